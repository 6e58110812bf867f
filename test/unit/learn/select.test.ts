import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { chooseTeaching, MAX_CHOICE_EXAMPLES, MIN_ARTICLES, NAMES_ONLY, TEACHING_GRID } from '../../../src/core/learn/select';
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
