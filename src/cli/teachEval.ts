import fs from 'node:fs';
import path from 'node:path';
import { scoreDocuments, type EvalSummary, type GoldDoc, type PredDoc } from '../core/eval/score';
import { decisionsToGold, quoteDecisionsToGold, type GoldQuote } from '../core/learn/goldDecisions';
import type { TeachingSetting } from '../core/learn/select';
import { learnFromStore, workspaceReport } from '../core/learn/taughtRecogniser';
import { createAnalyzer } from '../core/nlp/analyze';
import type { Recogniser } from '../core/nlp/recogniser';
import { applyOperation, OperationError } from '../core/store/operations';
import { emptyStore, type Store } from '../core/store/types';

/** What `eval --teach N` prints as its last line. */
export interface TeachResult {
  taught: number;
  scored: number;
  before: EvalSummary;
  after: EvalSummary;
  /** Decisions the taught documents took, and how many of them taught the recogniser. */
  decisions: number;
  examples: number;
  /** How the workspace chose to learn (the report's line). */
  learning: string;
}

interface GoldArticle {
  name: string;
  text: string;
  gold: GoldDoc;
}

function readArticles(goldDir: string): GoldArticle[] {
  if (!fs.existsSync(goldDir) || !fs.statSync(goldDir).isDirectory()) throw new Error(`not a folder: ${goldDir}`);
  const out: GoldArticle[] = [];
  for (const name of fs.readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
    const txt = path.join(goldDir, name.replace(/\.json$/u, '.txt'));
    if (!fs.existsSync(txt)) continue;
    let gold: unknown;
    try {
      gold = JSON.parse(fs.readFileSync(path.join(goldDir, name), 'utf8'));
    } catch {
      throw new Error(`cannot read gold file ${path.join(goldDir, name)}`);
    }
    if (!gold || typeof gold !== 'object') throw new Error(`cannot read gold file ${path.join(goldDir, name)}`);
    out.push({ name, text: fs.readFileSync(txt, 'utf8'), gold: gold as GoldDoc });
  }
  if (!out.length) throw new Error(`no gold files (DOC.json with DOC.txt) in ${goldDir}`);
  return out;
}

/**
 * Plays an annotator who brings the first `n` articles of `goldDir` (by file name) exactly to the gold, through the
 * store operations the editor's commands apply, replays those decisions onto the recogniser as the editor does,
 * and scores the other articles with the shipped and with the taught recogniser.
 */
export function teachAndScore(goldDir: string, n: number, grid?: readonly TeachingSetting[]): TeachResult {
  const articles = readArticles(goldDir);
  const teachSet = articles.slice(0, n);
  const rest = articles.slice(n);
  const analyzer = createAnalyzer();
  let store: Store = emptyStore();
  let decisions = 0;
  for (const a of teachSet) {
    const analysis = analyzer.analyze(a.text, { path: a.name });
    // A gold file with quotes and no entities marks only quotes (a quote-styles set): its names are not decided;
    // one with entities and no quotes (a corpus without a quote layer) marks only names.
    const entityLayer = (a.gold.entities ?? []).length > 0 || (a.gold.quotes ?? []).length === 0;
    const quoteLayer = (a.gold.quotes ?? []).length > 0 || !entityLayer;
    const ops = [
      ...(entityLayer ? decisionsToGold(analysis.mentions, a.gold.entities ?? []) : []),
      ...(quoteLayer ? quoteDecisionsToGold(a.text, analysis.quotes, (a.gold.quotes ?? []) as GoldQuote[]) : []),
    ];
    for (const op of ops) {
      try {
        store = applyOperation(store, a.name, a.text, op);
        decisions++;
      } catch (e) {
        // A gold span the store cannot hold (outside the text) is no decision an annotator could make.
        if (!(e instanceof OperationError)) throw e;
      }
    }
  }
  const texts = new Map(teachSet.map((a) => [a.name, a.text]));
  const learning = learnFromStore(store, (p) => texts.get(p), (text, proposer) => analyzer.candidates(text, proposer), undefined, undefined, (text) => analyzer.quoteChoices(text), grid);
  const score = (model?: Recogniser): EvalSummary => scoreDocuments(rest.map((a) => ({ name: a.name, gold: a.gold, pred: analyzer.analyze(a.text, { path: a.name }, model) as PredDoc }))).summary;
  return { taught: teachSet.length, scored: rest.length, before: score(), after: score(learning.recogniser), decisions, examples: learning.taught.examples.length + learning.quotes.examples.length, learning: workspaceReport(learning).split('\n').filter((l) => l.startsWith('Learning:') || l.startsWith('Quotes:')).join(' ') + (learning.choice.setting.context > 0 ? (learning.beat ? ` Beat of ${learning.beat.articles}, threshold ${learning.beat.threshold.toFixed(3)}.` : ' No beat.') : '') || 'nothing learnt' };
}
