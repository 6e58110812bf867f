import { parentPort } from 'node:worker_threads';
import { createAnalyzer } from './core/nlp/analyze';
import { explainSpan } from './core/nlp/explainSpan';
import { packAnnotations } from './core/wire';

// The desktop build's analysis worker: one cached analyser for the life of the worker, one request at a time.
const analyzer = createAnalyzer();

/** Why the analyser typed one span (a hover card asks), answered from the paragraphs the cache holds. */
interface ExplainRequest {
  start: number;
  end: number;
}

type Message = { id: number; text: string; path: string; explain?: ExplainRequest };

parentPort?.on('message', (msg: Message) => {
  try {
    if (msg.explain) {
      parentPort?.postMessage({ id: msg.id, explained: explainSpan(analyzer, msg.text, msg.explain.start, msg.explain.end, msg.path) });
      return;
    }
    const packed = packAnnotations(analyzer.analyze(msg.text, { path: msg.path }));
    parentPort?.postMessage({ id: msg.id, packed }, [packed.mentions.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort?.postMessage({ id: msg.id, error: e instanceof Error ? e.message : String(e) });
  }
});
