import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scoreDocuments, type GoldDoc, type GoldEntity, type GoldQuote, type PredDoc, type PredMention, type PredQuote } from '../../../src/core/eval/score';
import { analyze } from '../../../src/core/nlp/analyze';
import { mulberry32 } from '../../../scripts/random.mjs';

// The built-in scorer must give the numbers of the evaluation's reference scorer, a copy of which is kept in
// test/fixtures/eval/score.mjs: both run here on the same predictions and their summaries (and each document's
// row) must be identical.
const repo = path.join(__dirname, '..', '..', '..');
const reference = path.join(repo, 'test', 'fixtures', 'eval', 'score.mjs');
const SETS = ['eval/dev', 'eval/dev-gum'];

type Preds = Map<string, PredDoc | string | null>;

interface GoldSet {
  dir: string;
  names: string[];
  golds: Map<string, GoldDoc>;
}

function loadSet(dir: string): GoldSet {
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return { dir, names, golds: new Map(names.map((n) => [n, JSON.parse(fs.readFileSync(path.join(dir, n), 'utf8')) as GoldDoc])) };
}

const TYPES = ['PERSON', 'ORG', 'PLACE', 'NORP'];

/**
 * A prediction made from gold with random damage: dropped, shifted, retyped, rejected and invented items;
 * mentions of optional gold (nested names, coordinations, names inside common-noun phrases) predicted on their
 * own; and quotes split in two around an imagined attribution, sometimes covering less than half of the gold.
 */
function perturb(gold: GoldDoc, rnd: () => number): PredDoc {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const mentions: PredMention[] = (gold.entities ?? []).flatMap((e: GoldEntity) => {
    const optional = e.optional || e.nested || e.coordination;
    if (rnd() < (optional ? 0.4 : 0.15)) return [];
    const base = e.head && rnd() < 0.5 ? e.head : e;
    const shift = rnd() < 0.15 ? pick([-2, -1, 1, 2]) : 0;
    const type = rnd() < 0.1 ? pick(TYPES) : e.type === 'ANY' ? pick(TYPES) : e.type;
    const status = rnd() < 0.05 ? 'rejected' : 'suggested';
    const m = { start: base.start + shift, end: base.end, text: base.text, type, status };
    // Sometimes both the name and the longer name around it, as a flat list cannot hold.
    return rnd() < 0.2 && e.mention_start !== undefined && e.mention_end !== undefined
      ? [m, { start: e.mention_start, end: e.mention_end, text: 'x', type: e.type, status: 'suggested' }]
      : [m];
  });
  for (let k = 0; k < 5; k++) {
    const start = Math.floor(rnd() * 3000);
    mentions.push({ start, end: start + 1 + Math.floor(rnd() * 12), text: 'x', type: pick(TYPES), status: 'suggested' });
  }
  const quotes: PredQuote[] = (gold.quotes ?? []).flatMap((q: GoldQuote) => {
    if (rnd() < 0.15) return [];
    const len = q.end - q.start;
    const speaker = rnd() < 0.2 ? null : rnd() < 0.2 ? { start: 0, end: 3, text: pick(['he', 'The', 'Mohib', 'Smith']) } : q.speaker ?? (q.alt?.[0] ?? null);
    const cue = rnd() < 0.2 ? null : rnd() < 0.2 ? { start: q.end + 50, end: q.end + 54, text: 'said' } : q.cue ?? null;
    const status = rnd() < 0.05 ? 'rejected' : 'suggested';
    if (rnd() < 0.35 && len > 10) {
      // Two parts, each mostly inside the gold; together they cover between 30 % and 90 % of it.
      const cover = 0.3 + rnd() * 0.6;
      const first = Math.max(1, Math.floor((len * cover) / 2));
      const second = Math.max(1, Math.floor(len * cover) - first);
      const parts = [
        { start: q.start, end: q.start + first, text: 'a', speaker, cue, status },
        { start: q.end - second, end: q.end + (rnd() < 0.3 ? 2 : 0), text: 'b', speaker: rnd() < 0.5 ? speaker : null, cue: null, status: 'suggested' },
      ];
      return rnd() < 0.5 ? parts : parts.reverse();
    }
    const start = rnd() < 0.2 ? q.start + Math.floor(len * (0.3 + rnd() * 0.5)) : q.start;
    return [{ start, end: q.end, text: q.text, speaker, cue, status }];
  });
  quotes.push({ start: 5, end: 40, text: 'x', speaker: null, cue: null, status: 'suggested' });
  return { mentions, quotes };
}

interface Scored {
  summary: unknown;
  rows: unknown[];
}

/** Writes predictions and runs the reference scorer on them; returns its summary and its per-document rows. */
function referenceScore(set: GoldSet, preds: Preds): Scored {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-eval-'));
  try {
    for (const [name, pred] of preds) {
      if (pred === null) continue;
      fs.writeFileSync(path.join(dir, name), typeof pred === 'string' ? pred : JSON.stringify(pred));
    }
    const out = execFileSync(process.execPath, [reference, set.dir, dir], { encoding: 'utf8', env: { ...process.env, SCORE_VERBOSE: '1' } })
      .trim().split('\n').map((l) => JSON.parse(l) as unknown);
    return { summary: out[out.length - 1], rows: out.slice(0, -1) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function ourScore(set: GoldSet, preds: Preds): Scored {
  const { summary, documents } = scoreDocuments(set.names.map((name) => {
    const p = preds.get(name);
    let pred: PredDoc | null;
    if (typeof p === 'string') { try { pred = JSON.parse(p) as PredDoc; } catch { pred = null; } } else pred = p ?? null;
    return { name, gold: set.golds.get(name) as GoldDoc, pred };
  }));
  return { summary, rows: documents.map((d) => ({ doc: d.doc, ...(d.entityF1 !== undefined ? { entityF1: d.entityF1 } : {}), ...(d.quotes !== undefined ? { quotes: d.quotes } : {}) })) };
}

function assertSame(set: GoldSet, preds: Preds): Scored {
  const ours = ourScore(set, preds);
  assert.deepEqual(ours, referenceScore(set, preds));
  return ours;
}

/** Gold that the development sets lack: type ANY, a `uner` source, PolNeAR quote kinds, optional gold of each kind. */
function syntheticSet(dir: string): GoldSet {
  const text = 'Ana Silva of Acme Corp met the Lisbon mayor. "We agree," Silva said. "Fully."';
  const docs: Record<string, GoldDoc> = {
    'any.json': {
      source: 'conll_test',
      entities: [
        { start: 0, end: 9, text: 'Ana Silva', type: 'PERSON' },
        { start: 13, end: 22, text: 'Acme Corp', type: 'ANY' },
        { start: 31, end: 37, text: 'Lisbon', type: 'PLACE', optional: true },
        { start: 38, end: 43, text: 'mayor', type: 'PERSON', coordination: true },
      ],
      quotes: [
        { start: 45, end: 56, text: '"We agree,"', speaker: { start: 57, end: 62, text: 'Silva' }, cue: { start: 63, end: 67, text: 'said' }, kind: 'direct' },
        { start: 45, end: 77, text: text.slice(45, 77), speaker: { start: 57, end: 62, text: 'Silva' }, cue: null, kind: 'indirect' },
      ],
    },
    'uner.json': {
      source: 'uner_en',
      annotation_layers: ['entities'],
      entities: [
        { start: 0, end: 9, text: 'Ana Silva', type: 'PERSON' },
        { start: 4, end: 9, text: 'Silva', type: 'PERSON', nested: true },
        { start: 13, end: 22, text: 'Acme Corp', type: 'ORG' },
      ],
    },
    'interrupted.json': {
      annotation_layers: ['quotes'],
      quotes: [{ start: 45, end: 77, text: text.slice(45, 77), speaker: { start: 57, end: 62, text: 'Silva' }, cue: { start: 63, end: 67, text: 'said' } }],
    },
  };
  for (const [name, gold] of Object.entries(docs)) fs.writeFileSync(path.join(dir, name), JSON.stringify(gold));
  return loadSet(dir);
}

describe('eval scorer agrees with the reference scorer', function () {
  this.timeout(120_000);

  for (const dir of SETS) {
    const set = loadSet(path.join(repo, dir));

    it(`${dir}: on the analyser's output`, () => {
      const preds: Preds = new Map(set.names.map((n) => {
        const txt = path.join(set.dir, n.replace(/\.json$/u, '.txt'));
        const r = analyze(fs.readFileSync(txt, 'utf8'));
        return [n, { mentions: r.mentions, quotes: r.quotes }];
      }));
      const ours = assertSame(set, preds) as { summary: { entity: { n: number } } };
      assert.ok(ours.summary.entity.n > 0, 'gold mentions were scored');
    });

    it(`${dir}: on gold given back as the prediction`, () => {
      const preds: Preds = new Map(set.names.map((n) => {
        const g = set.golds.get(n) as GoldDoc;
        return [n, { mentions: (g.entities ?? []).map((e) => ({ ...e })), quotes: g.quotes ?? [] }];
      }));
      const ours = assertSame(set, preds) as { summary: { quotes: { f1: number }; entity: { r: number } } };
      assert.equal(ours.summary.quotes.f1, 1);
      assert.equal(ours.summary.entity.r, 1);
    });

    for (const seed of [1, 2, 3, 4, 5, 6]) {
      it(`${dir}: on damaged predictions (seed ${seed})`, () => {
        const rnd = mulberry32(seed);
        const preds: Preds = new Map(set.names.map((n) => [n, perturb(set.golds.get(n) as GoldDoc, rnd)]));
        if (seed === 5) preds.set(set.names[0], null); // a missing prediction
        if (seed === 6) preds.set(set.names[set.names.length - 1], '{ not json'); // an unreadable one
        const ours = assertSame(set, preds) as { summary: { entity: { f1: number }; quotes: { f1: number } } };
        assert.ok(ours.summary.entity.f1 < 1, 'the damage shows in the scores');
      });
    }

    it(`${dir}: on empty predictions`, () => {
      assertSame(set, new Map(set.names.map((n) => [n, { mentions: [], quotes: [] }])));
    });
  }

  it('on gold the development sets lack: ANY, uner, quote kinds, optional gold, an interrupted quote', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-gold-'));
    try {
      const set = syntheticSet(dir);
      const silva = { start: 57, end: 62, text: 'Silva' };
      const said = { start: 63, end: 67, text: 'said' };
      const cases: Preds[] = [
        new Map<string, PredDoc>([
          ['any.json', { mentions: [{ start: 0, end: 9, type: 'PERSON' }, { start: 13, end: 22, type: 'PLACE' }, { start: 31, end: 37, type: 'PLACE' }], quotes: [{ start: 45, end: 56, speaker: silva, cue: said }] }],
          ['uner.json', { mentions: [{ start: 4, end: 9, type: 'PERSON' }, { start: 0, end: 9, type: 'PERSON' }, { start: 13, end: 22, type: 'NORP' }], quotes: [] }],
          ['interrupted.json', { mentions: [], quotes: [{ start: 45, end: 56, speaker: silva, cue: said }, { start: 68, end: 77, speaker: null, cue: null }] }],
        ]),
        new Map<string, PredDoc>([
          ['any.json', { mentions: [{ start: 38, end: 43, type: 'PERSON' }, { start: 0, end: 3, type: 'PERSON' }], quotes: [{ start: 45, end: 77, speaker: null, cue: null }] }],
          ['uner.json', { mentions: [{ start: 4, end: 9, type: 'PERSON' }], quotes: [] }],
          ['interrupted.json', { mentions: [], quotes: [{ start: 68, end: 77, speaker: silva, cue: null }] }],
        ]),
      ];
      const results = cases.map((preds) => assertSame(set, preds).summary as { quotes: { tp?: number; r: number } });
      assert.equal(results[0].quotes.r, 1, 'the interrupted quote is found from its two parts');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('eval scorer misses', () => {
  it('lists misses a person can act on', () => {
    const gold: GoldDoc = {
      entities: [{ start: 0, end: 6, text: 'Russia', type: 'PLACE' }, { start: 10, end: 15, text: 'Putin', type: 'PERSON' }],
      quotes: [
        { start: 20, end: 30, text: '"a b c d"', speaker: { start: 31, end: 33, text: 'he' }, cue: { start: 34, end: 38, text: 'said' }, alt: [{ start: 10, end: 15, text: 'Putin' }] },
        { start: 40, end: 50, text: '"e f g h"', speaker: { start: 51, end: 56, text: 'Lammy' }, cue: null },
      ],
    };
    const pred: PredDoc = {
      mentions: [{ start: 0, end: 6, text: 'Russia', type: 'ORG' }],
      quotes: [
        { start: 20, end: 30, text: '"a b c d"', speaker: { start: 0, end: 5, text: 'Putin' }, cue: { start: 60, end: 64, text: 'told' } },
        { start: 70, end: 80, text: '"x"', speaker: null, cue: null },
      ],
    };
    const { summary, documents } = scoreDocuments([{ name: 'a.json', gold, pred }]);
    assert.deepEqual(documents[0].misses.map((m) => `${m.kind} ${m.gold?.text ?? ''}/${m.pred?.text ?? ''}`), [
      'missed-entity Russia/',
      'missed-entity Putin/',
      'spurious-entity /Russia',
      'wrong-cue said/told',
      'missed-quote "e f g h"/',
      'spurious-quote /"x"',
    ]);
    // The speaker `Putin` is right through the gold quote's `alt`, although it does not overlap `he`.
    assert.equal(summary.speakerAcc, 1);
    assert.equal(summary.cueAcc, 0);
    assert.equal(documents[0].quotes, '1/2 fp 1');
  });

  it('never lists optional gold as missed, nor a prediction it absorbed as spurious', () => {
    const gold: GoldDoc = {
      entities: [
        { start: 0, end: 26, text: 'University of Texas Arlington', type: 'ORG', mention_start: 0, mention_end: 26, head: { start: 0, end: 10, text: 'University' } },
        { start: 14, end: 19, text: 'Texas', type: 'PLACE', mention_start: 14, mention_end: 19, head: { start: 14, end: 19, text: 'Texas' }, nested: true },
        { start: 40, end: 54, text: 'Tiziano Lugli', type: 'PERSON', mention_start: 31, mention_end: 54, head: { start: 48, end: 54, text: 'Lugli' }, optional: true },
      ],
      quotes: [{ start: 60, end: 100, text: 'q', speaker: null, cue: null }],
    };
    const pred: PredDoc = {
      mentions: [{ start: 14, end: 19, text: 'Texas', type: 'PLACE' }],
      quotes: [{ start: 60, end: 72, text: 'a' }, { start: 85, end: 100, text: 'b' }],
    };
    const { summary, documents } = scoreDocuments([{ name: 'b.json', gold, pred }]);
    assert.deepEqual(documents[0].misses.map((m) => `${m.kind} ${m.gold?.text ?? ''}/${m.pred?.text ?? ''}`), ['missed-entity University of Texas Arlington/']);
    assert.deepEqual(summary.entity, { p: 0, r: 0, f1: 0, n: 1 });
    assert.equal(documents[0].quotes, '1/1 fp 0');
  });
});
