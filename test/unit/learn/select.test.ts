import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { chooseTeaching, gainHolds, MAX_CHOICE_EXAMPLES, MIN_ARTICLES, NAMES_ONLY, TEACHING_GRID, type FoldCounts } from '../../../src/core/learn/select';
import { prepareExamples, type Scorer } from '../../../src/core/learn/teach';
import type { TrainingExample } from '../../../src/core/learn/examples';

// The stand-in shipped model: it reads nothing as a name.
const base: Scorer = { scores: (features) => [features.includes('bias') ? 1 : 0, 0, 0, 0] };

const ex = (path: string, name: string, label: TrainingExample['label'], context: string[]): TrainingExample => ({ path, start: 0, end: 1, text: name, label, features: [`w=${name}`, ...context] });

/**
 * Articles where every name after "at" is an organisation (a company's results at its rivals), each with names of
 * its own: only the context can carry the correction to the next article.
 */
function contextArticles(n: number): TrainingExample[] {
  const out: TrainingExample[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < 3; j++) out.push(ex(`a${String(i).padStart(2, '0')}`, `firm${i}-${j}`, 'ORG', ['prev=at', 'bias']));
  return out;
}

describe('choosing how far a workspace trusts its decisions', () => {
  it('keeps names only when there are too few articles to judge', () => {
    const c = chooseTeaching(prepareExamples(base, contextArticles(MIN_ARTICLES - 1)));
    assert.equal(c.setting, NAMES_ONLY);
    assert.equal(c.folds, 0);
  });

  it('lets the context learn when the left-out articles show that it helps', () => {
    const c = chooseTeaching(prepareExamples(base, contextArticles(6)));
    assert.notEqual(c.setting, NAMES_ONLY);
    assert.ok(c.setting.context > 0);
    assert.equal(c.folds, 6);
    const names = c.scores.find((s) => s.setting === NAMES_ONLY);
    assert.equal(names?.f1, 0, 'names alone never carry a correction to names never seen');
  });

  it('keeps names only when the context would make the untouched candidates of the left-out articles names', () => {
    // Every article names two firms all articles name and one of its own, and has words after "at" nobody marked:
    // the context would carry the correction to the firms of its own but suggest every such word, which the
    // left-out articles count against it.
    const examples: TrainingExample[] = [];
    const unmarked: TrainingExample[] = [];
    for (let i = 0; i < 6; i++) {
      const path = `a${String(i).padStart(2, '0')}`;
      for (const name of ['acme', 'brill', `firm${i}`]) examples.push(ex(path, name, 'ORG', ['prev=at', 'bias']));
      for (let j = 0; j < 12; j++) unmarked.push(ex(path, `word${i}-${j}`, 'O', ['prev=at', 'bias']));
    }
    const c = chooseTeaching(prepareExamples(base, examples), prepareExamples(base, unmarked));
    assert.equal(c.setting, NAMES_ONLY);
    const names = c.scores.find((s) => s.setting === NAMES_ONLY);
    assert.ok((names?.f1 ?? 0) > 0.7, 'names alone carry the firms every article names');
  });

  it('lets every one of a few long articles judge, however many decisions they hold', () => {
    // Six articles of 80 decisions each: more than the choice replays, yet each article is left out in turn.
    const examples: TrainingExample[] = [];
    for (let i = 0; i < 6; i++) for (let j = 0; j < 80; j++) examples.push(ex(`a${i}`, `firm${i}-${j}`, 'ORG', ['prev=at', 'bias']));
    assert.ok(examples.length > MAX_CHOICE_EXAMPLES);
    const c = chooseTeaching(prepareExamples(base, examples));
    assert.equal(c.articles, 6);
    assert.equal(c.folds, 6);
    assert.ok(c.setting.context > 0, 'the context carries the correction to the left-out articles');
  });

  it('judges the gain on the pooled decisions: one short article the context gets wrong does not outweigh the rest', () => {
    // Four folds of twenty decisions where the context gains steadily, and one of a single decision it gets wrong:
    // per-fold F1 falls from 1 to 0 there, which a paired test of the per-fold F1s reads as no gain at all.
    const fold = (tp: number, fp: number, fn: number): FoldCounts => ({ tp, fp, fn });
    const base = { counts: [fold(10, 5, 5), fold(10, 5, 5), fold(10, 5, 5), fold(10, 5, 5), fold(1, 0, 0)] };
    const context = { counts: [fold(14, 3, 3), fold(14, 3, 3), fold(14, 3, 3), fold(14, 3, 3), fold(0, 1, 1)] };
    assert.ok(gainHolds(context, base));
    const f1 = (c: FoldCounts): number => (c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn));
    const d = context.counts.map((c, i) => f1(c) - f1(base.counts[i] as FoldCounts));
    assert.ok(d.reduce((a, b) => a + b, 0) < 0, 'the per-fold F1s average to a loss');
  });

  it('does not take a gain that comes from one article', () => {
    const fold = (tp: number, fp: number, fn: number): FoldCounts => ({ tp, fp, fn });
    const base = { counts: [fold(10, 5, 5), fold(10, 5, 5), fold(10, 5, 5), fold(10, 5, 5), fold(10, 5, 5)] };
    const oneArticle = { counts: [fold(10, 5, 5), fold(10, 5, 5), fold(10, 5, 5), fold(10, 5, 5), fold(20, 0, 0)] };
    assert.ok(!gainHolds(oneArticle, base));
    assert.ok(!gainHolds(base, base), 'no gain, nothing to take');
    assert.ok(!gainHolds({ counts: [fold(20, 0, 0)] }, { counts: [fold(10, 5, 5)] }), 'one fold says nothing of how the gain varies');
  });

  it('lets the context learn when a short left-out article is all it gets wrong', () => {
    // Four articles whose firms each come after "at", each naming Smith; the fifth, five decisions long, names Smith
    // and rejects four words after "at". Left out, it is the only article the context gets wrong (names alone get
    // it all right), and the choice still takes the context the other four gain from.
    const examples: TrainingExample[] = [];
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 12; j++) examples.push(ex(`a${i}`, `firm${i}-${j}`, 'ORG', ['prev=at', 'bias']));
      examples.push(ex(`a${i}`, 'smith', 'PERSON', ['prev=said', 'bias']));
    }
    examples.push(ex('a4', 'smith', 'PERSON', ['prev=said', 'bias']));
    for (let j = 0; j < 4; j++) examples.push(ex('a4', `word${j}`, 'O', ['prev=at', 'bias']));
    const c = chooseTeaching(prepareExamples(base, examples));
    assert.ok(c.setting.context > 0, `chose ${c.setting.name}`);
    const names = c.scores.find((s) => s.setting === NAMES_ONLY) as (typeof c.scores)[number];
    const chosen = c.scores.find((s) => s.setting === c.setting) as (typeof c.scores)[number];
    assert.equal(names.folds[4], 1);
    assert.ok((chosen.folds[4] as number) < 0.5);
    // A paired test of the per-fold F1s (mean gain at least twice its standard error) would have kept names only.
    const d = chosen.folds.map((x, i) => x - (names.folds[i] as number));
    const mean = d.reduce((x, y) => x + y, 0) / d.length;
    const se = Math.sqrt(d.reduce((x, y) => x + (y - mean) ** 2, 0) / (d.length - 1) / d.length);
    assert.ok(mean < 2 * se);
  });

  it('is deterministic and scores every setting of the grid', () => {
    const a = chooseTeaching(prepareExamples(base, contextArticles(5)));
    const b = chooseTeaching(prepareExamples(base, contextArticles(5)));
    assert.deepEqual(a, b);
    assert.equal(a.scores.length, TEACHING_GRID.length);
  });

  it('chooses over 5,000 decisions in bounded time (figure printed, not asserted: the machine is shared)', () => {
    const examples: TrainingExample[] = [];
    for (let i = 0; i < 5000; i++) {
      const features = [`w=name${i % 700}`, `first=n${i % 300}`, `prev=p${i % 37}`, ...Array.from({ length: 40 }, (_, k) => `f${(i * 13 + k * 101) % 50000}`)];
      examples.push({ path: `d${String(i % 200).padStart(3, '0')}`, start: 0, end: 1, text: 'x', label: (['O', 'PERSON', 'ORG', 'PLACE'] as const)[(i * 7) % 4], features });
    }
    const prepared = prepareExamples(base, examples);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const c = chooseTeaching(prepared);
    const cpu = process.cpuUsage(c0);
    console.log(`      choice over 5,000 decisions of 200 articles (${c.folds} folds × ${c.scores.length} settings): ${Math.round(performance.now() - t0)} ms wall, ${Math.round((cpu.user + cpu.system) / 1000)} ms CPU`);
    assert.equal(c.folds, 5);
  });
});
