import { parentPort } from 'node:worker_threads';
import { learnFromRequest, type LearnRequest } from './core/learn/session';
import { createAnalyzer } from './core/nlp/analyze';
import { explainSpan } from './core/nlp/explainSpan';
import type { Recogniser } from './core/nlp/recogniser';
import { packAnnotations } from './core/wire';
import { useNodeDigest } from './node/digest';

// The desktop build's analysis worker: one cached analyser for the life of the worker, one request at a time.
useNodeDigest();
const analyzer = createAnalyzer();
// The recogniser the workspace's decisions taught (none: the shipped one).
let taught: Recogniser | undefined;

/** Why the analyser typed one span (a hover card asks), answered from the paragraphs the cache holds. */
interface ExplainRequest {
  start: number;
  end: number;
}

type Message =
  | { id: number; text: string; path: string; explain?: ExplainRequest; learn?: undefined }
  | { id: number; learn: LearnRequest };

parentPort?.on('message', (msg: Message) => {
  try {
    if (msg.learn) {
      const { recogniser, status } = learnFromRequest(analyzer, msg.learn);
      taught = recogniser;
      parentPort?.postMessage({ id: msg.id, learnt: status });
      return;
    }
    if (msg.explain) {
      parentPort?.postMessage({ id: msg.id, explained: explainSpan(analyzer, msg.text, msg.explain.start, msg.explain.end, msg.path, taught) });
      return;
    }
    const packed = packAnnotations(analyzer.analyze(msg.text, { path: msg.path }, taught));
    parentPort?.postMessage({ id: msg.id, packed }, [packed.mentions.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort?.postMessage({ id: msg.id, error: e instanceof Error ? e.message : String(e) });
  }
});
