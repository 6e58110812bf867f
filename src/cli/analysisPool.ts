import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { learnFromRequest, type LearnRequest } from '../core/learn/session';
import type { DocumentAnnotations } from '../core/model';
import { createAnalyzer } from '../core/nlp/analyze';
import type { Recogniser } from '../core/nlp/recogniser';

/** Analyses articles, in this thread or on worker threads; answers may come back in any order. */
export interface AnalysisPool {
  /** How many articles it analyses at once. */
  readonly size: number;
  /** `explain`: add to each mention why it got its type. */
  analyze(text: string, path: string, explain?: boolean): Promise<DocumentAnnotations>;
  /**
   * Teaches every analyser of the pool from a workspace file's decisions, as the editor does; the analyses asked
   * for afterwards use what they learnt. Call it before analysing. Resolves to the decisions learnt from.
   */
  learn(request: LearnRequest): Promise<number>;
  /** Stops the workers; pending analyses are abandoned. */
  close(): Promise<void>;
}

/** Options of `createAnalysisPool`. */
export interface PoolOptions {
  /** Worker threads to start; 0 analyses in this thread. Default: one per core when there are enough articles. */
  workers?: number;
  /** The worker script; default `annotateWorker.js` beside the CLI bundle. */
  script?: string;
}

// Starting a worker costs about as much as analysing a few articles (it loads compromise and its lexicon), so
// short runs stay in this thread.
const MIN_ARTICLES_PER_WORKER = 8;

/** The worker script next to the running bundle (dist/cli.js → dist/annotateWorker.js), if it was built. */
export function defaultWorkerScript(): string | undefined {
  const script = join(__dirname, 'annotateWorker.js');
  return existsSync(script) ? script : undefined;
}

/** How many workers suit `articles` articles on this machine: one per core, none for a short run. */
export function defaultWorkerCount(articles: number): number {
  const cores = availableParallelism();
  return cores < 2 ? 0 : Math.min(cores, Math.floor(articles / MIN_ARTICLES_PER_WORKER));
}

/**
 * Paragraphs each CLI analyser remembers: enough for the bylines, credits and boilerplate that articles of one
 * archive repeat, small enough that memory stays flat however many articles go through.
 */
export const CLI_CACHE_PARAGRAPHS = 1000;

/** An analyser in this thread, behind the pool's interface. */
function inThread(): AnalysisPool {
  const analyzer = createAnalyzer({ maxParagraphs: CLI_CACHE_PARAGRAPHS });
  let taught: Recogniser | undefined;
  return {
    size: 1,
    analyze: async (text, path, explain) => analyzer.analyze(text, { path, explain }, taught),
    learn: async (request) => {
      const { recogniser, status } = learnFromRequest(analyzer, request);
      taught = recogniser;
      return status.examples;
    },
    close: async () => analyzer.clear(),
  };
}

interface Task {
  id: number;
  text: string;
  path: string;
  explain?: boolean;
  resolve: (a: DocumentAnnotations) => void;
  reject: (e: Error) => void;
  /** A lesson rather than an article: resolved with the decisions the worker learnt from. */
  learnt?: (examples: number) => void;
}

/** `count` workers, each given one article at a time from a shared queue. */
function onWorkers(script: string, count: number): AnalysisPool {
  const queue: Task[] = [];
  const busy = new Map<Worker, Task>();
  const idle: Worker[] = [];
  let nextId = 0;
  let alive = count;
  let failure = new Error('the analysis worker stopped');
  const dispatch = (): void => {
    while (idle.length && queue.length) {
      const worker = idle.pop() as Worker;
      const task = queue.shift() as Task;
      busy.set(worker, task);
      worker.postMessage({ id: task.id, text: task.text, path: task.path, explain: task.explain });
    }
  };
  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(script);
    worker.on('message', (m: { id: number; annotations?: DocumentAnnotations; learnt?: number; error?: string }) => {
      const task = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      if (task?.learnt && m.learnt !== undefined) task.learnt(m.learnt);
      else if (task && m.annotations) task.resolve(m.annotations);
      else task?.reject(new Error(m.error ?? 'no answer from the analysis worker'));
      dispatch();
    });
    // A worker that dies fails its article; the others carry on with the queue, and when none is left every
    // waiting article fails rather than waiting for ever.
    worker.on('error', (err) => { failure = err; });
    worker.on('exit', () => {
      alive--;
      busy.get(worker)?.reject(failure);
      busy.delete(worker);
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      if (alive === 0) for (const t of queue.splice(0)) t.reject(failure);
    });
    idle.push(worker);
    return worker;
  });
  return {
    size: count,
    analyze: (text, path, explain) => new Promise((resolve, reject) => {
      if (alive === 0) { reject(failure); return; }
      queue.push({ id: nextId++, text, path, explain, resolve, reject });
      dispatch();
    }),
    // Every idle worker learns before it takes an article (a worker busy with one would learn after it: hence
    // "call it before analysing").
    learn: async (request) => {
      const lessons = idle.splice(0).map((worker) => new Promise<number>((learnt, reject) => {
        const task: Task = { id: nextId++, text: '', path: '', resolve: () => undefined, reject, learnt };
        busy.set(worker, task);
        worker.postMessage({ id: task.id, learn: request });
      }));
      const examples = await Promise.all(lessons);
      return examples[0] ?? 0;
    },
    close: async () => { await Promise.all(workers.map((w) => w.terminate())); },
  };
}

/**
 * A pool for analysing `articles` articles: worker threads running the same core as the editor (so a folder of
 * thousands of articles uses every core), or this thread when the run is short or no worker script was built.
 */
export function createAnalysisPool(articles: number, options: PoolOptions = {}): AnalysisPool {
  const script = options.script ?? defaultWorkerScript();
  const count = options.workers ?? defaultWorkerCount(articles);
  return script && count > 0 ? onWorkers(script, count) : inThread();
}
