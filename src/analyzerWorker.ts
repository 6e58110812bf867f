import { parentPort } from 'node:worker_threads';
import { createAnalyzer } from './core/nlp/analyze';
import { packAnnotations } from './core/wire';

// The desktop build's analysis worker: one cached analyser for the life of the worker, one request at a time.
const analyzer = createAnalyzer();

parentPort?.on('message', (msg: { id: number; text: string; path: string }) => {
  try {
    const packed = packAnnotations(analyzer.analyze(msg.text, { path: msg.path }));
    parentPort?.postMessage({ id: msg.id, packed }, [packed.mentions.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort?.postMessage({ id: msg.id, error: e instanceof Error ? e.message : String(e) });
  }
});
