import { strict as assert } from 'node:assert';
import { fitSoftmax, type SoftmaxOptions } from '../../../scripts/softmax';
import { Perceptron, type Label, type WeightTable } from '../../../src/core/nlp/perceptron';

// Separable: each label has a feature of its own, beside shared noise features.
const EXAMPLES: Array<[string[], Label]> = [
  [['bias', 'e:title', 'w=a', 'shape=Xx'], 'PERSON'],
  [['bias', 'e:title', 'w=e', 'shape=Xx'], 'PERSON'],
  [['bias', 'e:head-org', 'w=b', 'shape=Xx'], 'ORG'],
  [['bias', 'e:head-org', 'w=f', 'shape=XX'], 'ORG'],
  [['bias', 'e:locative', 'w=c', 'shape=Xx'], 'PLACE'],
  [['bias', 'e:locative', 'w=g', 'shape=XX'], 'PLACE'],
  [['bias', 'e:initial', 'w=d', 'shape=Xx'], 'O'],
  [['bias', 'e:initial', 'w=h', 'shape=XX'], 'O'],
];

const OPTIONS: SoftmaxOptions = { seed: 13, optimizer: 'adagrad', lr: 0.1, softEpochs: 30, l2: 0, scale: 3, cut: 0, oWeight: 1 };

const norm = (t: WeightTable): number => Object.values(t.features).reduce((n, row) => n + row.reduce((m, w) => m + w * w, 0), 0);

describe('train: softmax learner', () => {
  it('is deterministic: the same examples and seed give the same bytes', () => {
    assert.equal(JSON.stringify(fitSoftmax(EXAMPLES, OPTIONS)), JSON.stringify(fitSoftmax(EXAMPLES, OPTIONS)));
  });

  it('depends on the shuffling seed (the examples are shuffled)', () => {
    assert.notEqual(JSON.stringify(fitSoftmax(EXAMPLES, OPTIONS)), JSON.stringify(fitSoftmax(EXAMPLES, { ...OPTIONS, seed: 14 })));
  });

  for (const [optimizer, average] of [['adagrad', false], ['sgd', false], ['sgd', true]] as const) {
    it(`converges on a small separable set (${optimizer}${average ? ', mean of the passes' : ''}), with margins in the perceptron's units`, () => {
      const p = new Perceptron(fitSoftmax(EXAMPLES, { ...OPTIONS, optimizer, average, lr: optimizer === 'sgd' ? 0.5 : 0.1 }));
      for (const [f, l] of EXAMPLES) {
        assert.equal(p.predict(f), l, f.join(' '));
        const s = p.scores(f).sort((a, b) => b - a);
        assert.ok((s[0] as number) - (s[1] as number) > 3, `margin ${(s[0] as number) - (s[1] as number)} for ${f.join(' ')}`);
      }
    });
  }

  it('is untrained at zero epochs: the weights are the prior', () => {
    const prior: WeightTable = { labels: ['O', 'PERSON', 'ORG', 'PLACE'], features: { 'e:title': [0, 9, 0, 0] } };
    const t = fitSoftmax(EXAMPLES, { ...OPTIONS, softEpochs: 0, prior });
    assert.deepEqual(t.features, { 'e:title': [0, 9, 0, 0] });
  });

  it('regularisation shrinks the weights, and towards the prior', () => {
    const free = norm(fitSoftmax(EXAMPLES, OPTIONS));
    const held = norm(fitSoftmax(EXAMPLES, { ...OPTIONS, l2: 0.05 }));
    const tight = norm(fitSoftmax(EXAMPLES, { ...OPTIONS, l2: 0.5 }));
    assert.ok(held < free * 0.8, `${held} against ${free}`);
    assert.ok(tight < held * 0.5, `${tight} against ${held}`);
    // With a prior, strong regularisation keeps a weight near its prior value rather than near zero.
    const prior: WeightTable = { labels: ['O', 'PERSON', 'ORG', 'PLACE'], features: { 'e:title': [0, 9, 0, 0] } };
    const row = fitSoftmax(EXAMPLES, { ...OPTIONS, l2: 5, prior }).features['e:title'] as number[];
    assert.ok(Math.abs((row[1] as number) - 9) < 1, `e:title PERSON ${row[1]}`);
  });

  it('drops features whose weights all stay within the cut', () => {
    const all = fitSoftmax(EXAMPLES, OPTIONS);
    const cut = fitSoftmax(EXAMPLES, { ...OPTIONS, cut: 1 });
    assert.ok(Object.keys(cut.features).length < Object.keys(all.features).length);
    for (const row of Object.values(cut.features)) assert.ok(row.some((w) => Math.abs(w) > 1));
  });
});
