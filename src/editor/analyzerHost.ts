import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LearnRequest, LearnStatus } from '../core/learn/session';
import type { DocumentAnnotations } from '../core/model';
import type { SpanExplanation } from '../core/nlp/explainSpan';
import { unpackAnnotations, type PackedAnnotations } from '../core/wire';

/** Runs the analyser somewhere that does not block the extension host. */
export interface AnalyzerHost {
  analyze(text: string, docPath: string): Promise<DocumentAnnotations>;
  /** Why the analyser types the mention at `start`..`end` of `text` as it does (null: it finds no mention there). */
  explain(text: string, docPath: string, start: number, end: number): Promise<SpanExplanation | null>;
  /** Teaches the analyser's recogniser from the workspace's decisions; later analyses use what it learnt. */
  learn(request: LearnRequest): Promise<LearnStatus>;
  dispose(): void;
}

interface Reply {
  packed?: PackedAnnotations;
  explained?: SpanExplanation | null;
  learnt?: LearnStatus;
}

interface Pending {
  resolve(value: Reply): void;
  reject(error: Error): void;
}

/**
 * Desktop build: a `worker_threads` worker that loads compromise and the lexicon on first use, so activation stays
 * cheap and a long analysis never freezes the editor. The worker keeps its paragraph cache between requests.
 */
class WorkerAnalyzerHost implements AnalyzerHost {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly script: string) {}

  analyze(text: string, docPath: string): Promise<DocumentAnnotations> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: (r) => (r.packed ? resolve(unpackAnnotations(r.packed, text)) : reject(new Error('analysis failed'))), reject });
      worker.postMessage({ id, text, path: docPath });
    });
  }

  explain(text: string, docPath: string, start: number, end: number): Promise<SpanExplanation | null> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: (r) => resolve(r.explained ?? null), reject });
      worker.postMessage({ id, text, path: docPath, explain: { start, end } });
    });
  }

  learn(request: LearnRequest): Promise<LearnStatus> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: (r) => (r.learnt ? resolve(r.learnt) : reject(new Error('learning failed'))), reject });
      worker.postMessage({ id, learn: request });
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script);
    worker.on('message', (msg: Reply & { id: number; error?: string }) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.packed || msg.learnt || 'explained' in msg) p.resolve(msg);
      else p.reject(new Error(msg.error ?? 'analysis failed'));
    });
    const failAll = (error: Error): void => {
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
      this.worker = undefined;
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => { if (code !== 0) failAll(new Error(`analysis worker stopped (exit code ${code})`)); else this.worker = undefined; });
    // A worker must not keep the extension host alive when it shuts down.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(new Error('disposed'));
    this.pending.clear();
  }
}

/** Creates the analyser host of this build (the web build swaps this module for `analyzerHost.web.ts`). */
export function createAnalyzerHost(extensionDir: string): AnalyzerHost {
  return new WorkerAnalyzerHost(path.join(extensionDir, 'dist', 'analyzerWorker.js'));
}
