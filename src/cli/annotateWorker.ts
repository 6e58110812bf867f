import { parentPort } from 'node:worker_threads';
import { createAnalyzer } from '../core/nlp/analyze';
import { CLI_CACHE_PARAGRAPHS } from './analysisPool';

// A worker of the CLI's analysis pool (dist/annotateWorker.js): the same core as the editor's worker, one article
// at a time. One analyser for the worker's life, so paragraphs repeated across articles (bylines, credits,
// boilerplate) are tagged once; a modest cache, since articles of an archive share few paragraphs.
const analyzer = createAnalyzer({ maxParagraphs: CLI_CACHE_PARAGRAPHS });

parentPort?.on('message', (msg: { id: number; text: string; path: string; explain?: boolean }) => {
  try {
    parentPort?.postMessage({ id: msg.id, annotations: analyzer.analyze(msg.text, { path: msg.path, explain: msg.explain }) });
  } catch (e) {
    parentPort?.postMessage({ id: msg.id, error: e instanceof Error ? e.message : String(e) });
  }
});
