import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { analyze, createAnalyzer } from '../../../src/core/nlp/analyze';
import { WEIGHTS } from '../../../src/core/nlp/model/weights.generated';
import { recogniser, spanTagger, useWeights } from '../../../src/core/nlp/recogniser';
import { LABELS, Perceptron, type Label } from '../../../src/core/nlp/perceptron';

const EXAMPLES: Array<[string[], Label]> = [
  [['bias', 'e:title', 'w=a'], 'PERSON'],
  [['bias', 'e:head-org', 'w=b'], 'ORG'],
  [['bias', 'e:locative', 'w=c'], 'PLACE'],
  [['bias', 'e:initial', 'w=d'], 'O'],
];

function fit(epochs = 5): Perceptron {
  const p = new Perceptron();
  for (let e = 0; e < epochs; e++) for (const [f, l] of EXAMPLES) p.update(f, l);
  return p;
}

describe('nlp: recogniser (averaged perceptron)', () => {
  it('learns separable examples and predicts them', () => {
    const p = new Perceptron(fit().averaged());
    for (const [f, l] of EXAMPLES) assert.equal(p.predict(f), l);
  });

  it('knows the features it was trained on, not others', () => {
    const p = new Perceptron(fit().averaged());
    assert.ok(p.knows('e:title'));
    assert.ok(!p.knows('src=never-seen'));
  });

  it('is deterministic: the same updates give identical weights', () => {
    assert.deepEqual(fit().averaged(), fit().averaged());
    assert.equal(JSON.stringify(fit().averaged()), JSON.stringify(fit().averaged()));
  });

  it('averages: weights are the mean over all steps, not the last ones', () => {
    const p = new Perceptron();
    p.update(['x'], 'PERSON'); // step 1: wrong (O), so x moves to PERSON +1, O −1 for the steps after it
    p.update(['x'], 'PERSON'); // step 2: right, no change
    const row = p.averaged().features.x as number[];
    // Before step 1 the weights were 0, after it ±1: the average over the two steps is ±0.5.
    assert.deepEqual(row, [-0.5, 0.5, 0, 0]);
  });

  it('moves only the features it is told to, predicting with all of them', () => {
    const p = new Perceptron();
    p.update(['x', 'd:alone'], 'PERSON', 1, ['d:alone']); // wrong (O): only `d:alone` moves
    p.update(['x', 'd:alone'], 'PERSON', 1, ['x']); // right with both features: no step
    assert.equal(p.averaged(3, 0).features.x, undefined);
    assert.deepEqual(p.averaged(3, 0).features['d:alone'], [-0.5, 0.5, 0, 0]);
    assert.equal(p.predict(['x']), 'O');
  });

  it('moves online: an update from a person’s decision changes the prediction', () => {
    const p = new Perceptron(fit().averaged());
    const f = ['bias', 'e:title', 'w=z'];
    assert.equal(p.predict(f), 'PERSON');
    for (let k = 0; k < 20 && p.predict(f) !== 'ORG'; k++) p.update(f, 'ORG');
    assert.equal(p.predict(f), 'ORG');
  });

  it('predicts O without evidence, and round-trips its table', () => {
    const p = new Perceptron();
    assert.equal(p.predict(['unknown']), 'O');
    const t = fit().averaged();
    assert.deepEqual(new Perceptron(t).averaged(), t);
    assert.deepEqual(t.labels, [...LABELS]);
  });

  it('explains a decision by its strongest features for the label against the runner-up', () => {
    const p = new Perceptron(fit().averaged());
    const why = p.explain(['bias', 'e:title', 'w=zz'], 'PERSON');
    assert.equal(why[0]?.feature, 'e:title');
    assert.ok((why[0]?.weight ?? 0) > 0);
  });
});

describe('nlp: the shipped recogniser', () => {
  it('types names by their evidence in invented sentences', () => {
    const r = analyze('Police named ringleader Orvin Delacroix, 47, on Monday. He was held at Corvin Stadium in Varrowby. The Westland Rowing Association said nothing.');
    const types = Object.fromEntries(r.mentions.map((m) => [m.text, m.type]));
    assert.equal(types['Orvin Delacroix'], 'PERSON');
    assert.equal(types['Westland Rowing Association'], 'ORG');
    assert.equal(types.Varrowby, 'PLACE');
  });

  it('adds why to each mention only when asked, escaped-ready plain text with signed weights', () => {
    const text = 'Yesterday Minister Hadra Volk, 52, visited Nairobi.';
    assert.ok(analyze(text).mentions.every((m) => m.why === undefined));
    const m = analyze(text, { explain: true }).mentions.find((x) => x.text === 'Hadra Volk');
    assert.ok(m?.why && m.why.length > 0 && m.why.length <= 3, JSON.stringify(m));
    for (const w of m.why) assert.match(w, /\([+−]\d+\.\d\)$/);
    assert.ok(m.why.some((w) => /title|age/.test(w)), JSON.stringify(m.why));
  });

  it('loads its weights lazily: a string in the bundle, parsed once on first use', async () => {
    const { WEIGHTS } = await import('../../../src/core/nlp/model/weights.generated');
    const { recogniser } = await import('../../../src/core/nlp/recogniser');
    assert.equal(typeof WEIGHTS, 'string');
    assert.equal(recogniser(), recogniser());
    // The editor loads the analyser (and so the weights) only in its analysis worker, by dynamic import.
    const host = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'src', 'editor', 'analyzerHost.web.ts'), 'utf8');
    assert.match(host, /await import\('..\/core\/nlp\/analyze'\)/);
  });

  it('ships weights with their licence notice, under the size budget', () => {
    const file = path.join(__dirname, '..', '..', '..', 'src', 'core', 'nlp', 'model', 'weights.generated.ts');
    const text = fs.readFileSync(file, 'utf8');
    assert.ok(text.length <= 3 * 1024 * 1024, `${text.length} bytes`);
    for (const s of ['CC BY-SA 4.0', 'GUM', 'Zeldes', 'UNER', 'Mayhew', 'Wikigold', 'Balasuriya']) assert.ok(text.includes(s), s);
  });

  it('analyses with other weights after useWeights (a held-out measurement), and with the shipped ones again after', () => {
    const text = 'Brightwater said on Monday it would cut 200 jobs.';
    const shipped = createAnalyzer().analyze(text).mentions.map((m) => `${m.text}:${m.type}`);
    assert.ok(!shipped.includes('Brightwater:PLACE'), shipped.join(', '));
    try {
      // Weights that read every name as a place, and no span tagger.
      useWeights(JSON.stringify({ labels: [...LABELS], features: { bias: [0, 0, 0, 50] } }));
      assert.equal(spanTagger(), null);
      assert.equal(recogniser().second, undefined);
      assert.ok(createAnalyzer().analyze(text).mentions.some((m) => m.text === 'Brightwater' && m.type === 'PLACE'));
    } finally {
      useWeights(WEIGHTS);
    }
    assert.deepEqual(createAnalyzer().analyze(text).mentions.map((m) => `${m.text}:${m.type}`), shipped);
    assert.ok(spanTagger());
  });
});
