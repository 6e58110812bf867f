import { LEARN_LABELS } from './examples';
import { replay, type PreparedExample, type TeachOptions } from './teach';

const N = LEARN_LABELS.length;

/** One way of learning from decisions: how much the context learns next to the name, and how far a step goes. */
export interface TeachingSetting {
  /** A short name for the report. */
  name: string;
  /** Share of the step the context features take (the name's own take 4 and 2, see `nameEmphasis`). */
  context: number;
  margin: number;
  maxStep: number;
  maxWeight: number;
}

/** Whether a feature stands for the name itself (and how much of a step it takes). */
export function nameWeight(feature: string): number {
  if (feature.startsWith('w=')) return 4;
  if (feature.startsWith('first=') || feature.startsWith('last=') || feature.startsWith('lex:')) return 2;
  return 0;
}

/**
 * What a workspace falls back to: only the features that stand for a name learn. Spread over the context, the
 * same decisions helped on some corpora and made entity F1 worse on others (MODEL.md, "Learning from decisions"),
 * so the context learns only where the workspace's own decisions show that it helps.
 */
export const NAMES_ONLY: TeachingSetting = { name: 'names only', context: 0, margin: 5, maxStep: 5, maxWeight: 20 };

/** The settings a workspace chooses between, the fallback first. */
export const TEACHING_GRID: readonly TeachingSetting[] = [
  NAMES_ONLY,
  { name: 'context ×0.1', context: 0.1, margin: 5, maxStep: 5, maxWeight: 20 },
  { name: 'context ×0.25', context: 0.25, margin: 5, maxStep: 5, maxWeight: 20 },
  { name: 'context ×1, small steps', context: 1, margin: 2, maxStep: 1, maxWeight: 3 },
  { name: 'context ×0.25, small steps', context: 0.25, margin: 2, maxStep: 1, maxWeight: 6 },
];

/** The replay options of a setting. */
export function teachOptions(s: TeachingSetting): TeachOptions {
  const context = s.context;
  return { emphasis: (f) => nameWeight(f) || context, margin: s.margin, maxStep: s.maxStep, maxWeight: s.maxWeight };
}

/** Fewer taught articles than this, and the workspace cannot judge itself: names only. */
export const MIN_ARTICLES = 3;
/** Up to this many articles, each is left out in turn; beyond, `FOLDS` folds of articles (every k-th article). */
export const MAX_ONE_OUT = 8;
export const FOLDS = 5;
/** How much better (F1 on the left-out articles' decisions) a setting must do than names only to be chosen. */
export const MIN_GAIN = 0.01;

/**
 * Most decisions the choice replays: beyond them, every k-th article is kept (in file order) while that leaves at
 * least `MAX_ONE_OUT` articles, else every k-th decision of every article, so that choosing costs a bounded number
 * of replays of a bounded size however large the workspace, and a few long articles all judge.
 */
export const MAX_CHOICE_EXAMPLES = 400;

/** How a setting did on the articles left out of its replay. */
export interface SettingScore {
  setting: TeachingSetting;
  f1: number;
  /** Decisions of the left-out articles it gets right. */
  right: number;
  /** Per fold: F1 on the left-out articles. */
  folds: number[];
  /** Per fold: the left-out names typed as decided, the suggestions that are not, and the names missed. */
  counts: FoldCounts[];
}

/** What a setting got right and wrong on one fold's left-out articles. */
export interface FoldCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** The setting a workspace teaches with, and why. */
export interface TeachingChoice {
  setting: TeachingSetting;
  /** Articles with decisions, and the folds the choice was made over (0: too few articles to judge). */
  articles: number;
  folds: number;
  scores: SettingScore[];
}

/**
 * Entity-style F1 of a model's decisions on examples: a name typed as decided counts right; a name typed
 * otherwise, or a rejected span typed as a name, counts against.
 */
function foldCounts(delta: ReadonlyMap<string, Float64Array>, held: readonly PreparedExample[]): { tp: number; fp: number; fn: number; right: number } {
  let tp = 0, fp = 0, fn = 0, right = 0;
  const s = new Float64Array(N);
  for (const e of held) {
    for (let k = 0; k < N; k++) s[k] = e.base[k] as number;
    for (const f of e.fs) { const d = delta.get(f); if (d) for (let k = 0; k < N; k++) s[k] = (s[k] as number) + (d[k] as number); }
    let best = 0;
    for (let k = 1; k < N; k++) if ((s[k] as number) > (s[best] as number)) best = k;
    if (best === e.gold) { right++; if (best !== 0) tp++; continue; }
    if (best !== 0) fp++;
    if (e.gold !== 0) fn++;
  }
  return { tp, fp, fn, right };
}

/** F1 of the folds' counts pooled, leaving fold `skip` out (none when -1). */
function pooledF1(counts: readonly FoldCounts[], skip = -1): number {
  let tp = 0, fp = 0, fn = 0;
  counts.forEach((c, i) => { if (i !== skip) { tp += c.tp; fp += c.fp; fn += c.fn; } });
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/**
 * Whether a setting's gain over names only holds across the left-out articles rather than coming from one of them:
 * the gain in F1 over all the left-out decisions pooled (what the choice compares) is at least twice its jackknife
 * standard error, each fold left out of the pooled counts in turn. A paired test of the per-fold F1s weighed an
 * article of two decisions as much as one of sixty, so one short article the context got wrong outweighed its gain
 * on all the others (MODEL.md, "Judging the choice on the pooled decisions").
 */
export function gainHolds(setting: Pick<SettingScore, 'counts'>, base: Pick<SettingScore, 'counts'>): boolean {
  const n = setting.counts.length;
  if (n < 2 || base.counts.length !== n) return false;
  const gain = pooledF1(setting.counts) - pooledF1(base.counts);
  const without = Array.from({ length: n }, (_, i) => pooledF1(setting.counts, i) - pooledF1(base.counts, i));
  const mean = without.reduce((a, b) => a + b, 0) / n;
  const se = Math.sqrt(((n - 1) / n) * without.reduce((a, b) => a + (b - mean) ** 2, 0));
  return gain > 0 && gain >= 2 * se;
}

/**
 * Lets the workspace decide how much to trust its own decisions: each setting of `grid` is replayed with the
 * taught articles' decisions left out one article (or one fold of articles) at a time, and scored on the
 * decisions of the articles it did not see; the best setting wins if it beats names only by `MIN_GAIN`,
 * consistently across the folds (`gainHolds`), else names only stays. Only taught articles are ever scored: their
 * decisions, and their candidates nobody marked (a setting that would suggest one of them counts it against
 * itself). Deterministic: folds follow the order of the articles.
 */
export function chooseTeaching(all: readonly PreparedExample[], unmarked: readonly PreparedExample[] = [], grid: readonly TeachingSetting[] = TEACHING_GRID): TeachingChoice {
  let paths: string[] = [];
  const foldOfPath = new Map<string, number>();
  for (const e of all) if (!foldOfPath.has(e.path)) { foldOfPath.set(e.path, -1); paths.push(e.path); }
  const articles = paths.length;
  let examples = all;
  if (all.length > MAX_CHOICE_EXAMPLES) {
    const stride = Math.ceil(all.length / MAX_CHOICE_EXAMPLES);
    if (Math.floor(paths.length / stride) >= MAX_ONE_OUT) {
      paths = paths.filter((_, i) => i % stride === 0);
      foldOfPath.clear();
      for (const p of paths) foldOfPath.set(p, -1);
      examples = all.filter((e) => foldOfPath.has(e.path));
    } else {
      // Few articles with many decisions each: every article stays (each left-out article is a judge) with every
      // k-th of its decisions, rather than half of the articles judging the settings.
      examples = all.filter((_, i) => i % stride === 0);
    }
  }
  const fallback = grid[0] ?? NAMES_ONLY;
  if (paths.length < MIN_ARTICLES) return { setting: fallback, articles, folds: 0, scores: [] };
  const folds = paths.length <= MAX_ONE_OUT ? paths.length : FOLDS;
  paths.forEach((p, i) => foldOfPath.set(p, i % folds));
  const byFold = Array.from({ length: folds }, (): { train: PreparedExample[]; held: PreparedExample[] } => ({ train: [], held: [] }));
  for (const e of examples) {
    const k = foldOfPath.get(e.path) as number;
    byFold.forEach((f, j) => (j === k ? f.held : f.train).push(e));
  }
  for (const e of unmarked) {
    const k = foldOfPath.get(e.path);
    if (k !== undefined) byFold[k]?.held.push(e);
  }
  const scores: SettingScore[] = grid.map((setting) => {
    let right = 0;
    const options = teachOptions(setting);
    const counts: FoldCounts[] = [];
    for (const f of byFold) {
      const c = foldCounts(replay(f.train, options), f.held);
      right += c.right;
      counts.push({ tp: c.tp, fp: c.fp, fn: c.fn });
    }
    return { setting, f1: pooledF1(counts), right, folds: counts.map((c) => pooledF1([c])), counts };
  });
  const base = scores[0] as SettingScore;
  let best = base;
  for (const s of scores) if (s.f1 > best.f1 + 1e-12 && gainHolds(s, base)) best = s;
  const setting = best !== base && best.f1 >= base.f1 + MIN_GAIN ? best.setting : fallback;
  return { setting, articles, folds, scores };
}
