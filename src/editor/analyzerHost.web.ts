import type { LearnRequest, LearnStatus } from '../core/learn/session';
import type { DocumentAnnotations } from '../core/model';
import type { SpanExplanation } from '../core/nlp/explainSpan';
import type { Recogniser } from '../core/nlp/recogniser';
import type { AnalyzerHost } from './analyzerHost';
import type { createAnalyzer } from '../core/nlp/analyze';

/** Longest stretch of work between two yields to the event loop, so the web extension host stays responsive. */
const SLICE_MS = 20;

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Web build: the extension host already runs in a web worker, shared with other extensions, so analysis runs in
 * it in slices. Paragraphs the cache has not seen are analysed a few at a time, yielding in between; the document
 * pass that follows finds every paragraph cached and only merges.
 */
class InProcessAnalyzerHost implements AnalyzerHost {
  private analyzer: ReturnType<typeof createAnalyzer> | undefined;
  /** Paragraph texts of the last document, which the analyser's cache holds. */
  private warm = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();
  /** The recogniser the workspace's decisions taught (none: the shipped one). */
  private taught: Recogniser | undefined;

  analyze(text: string, docPath: string): Promise<DocumentAnnotations> {
    // One analysis at a time: interleaved slices of two documents would evict each other's paragraphs.
    const next = this.queue.then(() => this.run(text, docPath));
    this.queue = next.catch(() => undefined);
    return next;
  }

  explain(text: string, docPath: string, start: number, end: number): Promise<SpanExplanation | null> {
    // Queued like an analysis; the document's paragraphs are usually all cached, so it is one merge and one explanation.
    const next = this.queue.then(async () => {
      const analyzer = await this.warmUp(text);
      const { explainSpan } = await import('../core/nlp/explainSpan');
      return explainSpan(analyzer, text, start, end, docPath, this.taught);
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  learn(request: LearnRequest): Promise<LearnStatus> {
    const next = this.queue.then(async () => {
      const { createAnalyzer: create } = await import('../core/nlp/analyze');
      const { learnFromRequest } = await import('../core/learn/session');
      const analyzer = (this.analyzer ??= create());
      // Each article's candidates in its own slice; the replay after them is a few milliseconds.
      const candidates = new Map<string, ReturnType<typeof analyzer.candidates>>();
      for (const d of request.documents) {
        await yieldToEventLoop();
        candidates.set(d.text, analyzer.candidates(d.text));
      }
      await yieldToEventLoop();
      const { recogniser, status } = learnFromRequest({ candidates: (t, proposer) => (proposer ? analyzer.candidates(t, proposer) : candidates.get(t) ?? analyzer.candidates(t)), quoteChoices: (t) => analyzer.quoteChoices(t) }, request);
      this.taught = recogniser;
      // The paragraph cache now holds the taught articles, not the last analysed one.
      this.warm.clear();
      return status;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async run(text: string, docPath: string): Promise<DocumentAnnotations> {
    const analyzer = await this.warmUp(text);
    return analyzer.analyze(text, { path: docPath }, this.taught);
  }

  /** Analyses in slices the paragraphs of `text` the cache has not seen, so that analysing `text` only merges. */
  private async warmUp(text: string): Promise<ReturnType<typeof createAnalyzer>> {
    await yieldToEventLoop();
    // Loaded on first use: compromise and the lexicon are most of the web bundle, and activation should not wait for
    // them to initialise (the bundler keeps a dynamically imported module's initialisation lazy).
    const { createAnalyzer: create } = await import('../core/nlp/analyze');
    const { splitParagraphs } = await import('../core/nlp/paragraphs');
    const analyzer = (this.analyzer ??= create());
    const paragraphs = splitParagraphs(text);
    let sliceStart = Date.now();
    for (const p of paragraphs) {
      if (this.warm.has(p.text)) continue;
      analyzer.analyze(p.text);
      this.warm.add(p.text);
      if (Date.now() - sliceStart > SLICE_MS) {
        await yieldToEventLoop();
        sliceStart = Date.now();
      }
    }
    this.warm = new Set(paragraphs.map((p) => p.text));
    return analyzer;
  }

  dispose(): void {
    this.analyzer = undefined;
    this.taught = undefined;
    this.warm.clear();
  }
}

/** Creates the analyser host of the web build. */
export function createAnalyzerHost(_extensionDir: string): AnalyzerHost {
  return new InProcessAnalyzerHost();
}
