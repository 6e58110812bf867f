import type { DocumentAnnotations } from '../core/model';
import type { AnalyzerHost } from './analyzerHost';
import { createAnalyzer } from '../core/nlp/analyze';

/**
 * Web build: the extension host already runs in a web worker, so analysis runs in it, after yielding to the event
 * loop so that pending UI messages go first. The paragraph cache keeps re-analysis after an edit cheap.
 */
class InProcessAnalyzerHost implements AnalyzerHost {
  private analyzer: ReturnType<typeof createAnalyzer> | undefined;

  async analyze(text: string, docPath: string): Promise<DocumentAnnotations> {
    await new Promise((r) => setTimeout(r, 0));
    this.analyzer ??= createAnalyzer();
    return this.analyzer.analyze(text, { path: docPath });
  }

  dispose(): void {
    this.analyzer = undefined;
  }
}

/** Creates the analyser host of the web build. */
export function createAnalyzerHost(_extensionDir: string): AnalyzerHost {
  return new InProcessAnalyzerHost();
}
