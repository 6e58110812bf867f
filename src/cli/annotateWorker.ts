import { parentPort } from 'node:worker_threads';
import { learnFromRequest, type LearnRequest } from '../core/learn/session';
import { createAnalyzer } from '../core/nlp/analyze';
import type { Recogniser } from '../core/nlp/recogniser';
import { useNodeDigest } from '../node/digest';
import { CLI_CACHE_PARAGRAPHS } from './analysisPool';

// A worker of the CLI's analysis pool (dist/annotateWorker.js): the same core as the editor's worker, one article
// at a time. One analyser for the worker's life, so paragraphs repeated across articles (bylines, credits,
// boilerplate) are tagged once; a modest cache, since articles of an archive share few paragraphs.
useNodeDigest();
const analyzer = createAnalyzer({ maxParagraphs: CLI_CACHE_PARAGRAPHS });
// What the workspace file's decisions taught (none: the shipped recogniser), as the editor's worker keeps it.
let taught: Recogniser | undefined;

type Message = { id: number; text: string; path: string; explain?: boolean; learn?: undefined } | { id: number; learn: LearnRequest };

parentPort?.on('message', (msg: Message) => {
  try {
    if (msg.learn) {
      const { recogniser, status } = learnFromRequest(analyzer, msg.learn);
      taught = recogniser;
      parentPort?.postMessage({ id: msg.id, learnt: status.examples });
      return;
    }
    parentPort?.postMessage({ id: msg.id, annotations: analyzer.analyze(msg.text, { path: msg.path, explain: msg.explain }, taught) });
  } catch (e) {
    parentPort?.postMessage({ id: msg.id, error: e instanceof Error ? e.message : String(e) });
  }
});
