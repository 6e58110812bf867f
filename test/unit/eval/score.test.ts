import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scoreDocuments, type GoldDoc, type PredDoc } from '../../../src/core/eval/score';

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'quotes', 'eval');
const goldDir = path.join(fixtures, 'gold');
const reference = path.join(fixtures, 'score.reference.mjs');
const goldNames = fs.readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
const golds = new Map(goldNames.map((n) => [n, JSON.parse(fs.readFileSync(path.join(goldDir, n), 'utf8')) as GoldDoc]));

/** A small deterministic generator (mulberry32), so that every run scores the same predictions. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = ['PERSON', 'ORG', 'PLACE', 'NORP'];

/** A prediction made from gold with random damage: dropped, shifted, retyped, rejected and invented items. */
function perturb(gold: GoldDoc, rnd: () => number): PredDoc {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const mentions = (gold.entities ?? []).flatMap((e) => {
    if (rnd() < 0.15) return [];
    const base = e.head && rnd() < 0.5 ? e.head : e;
    const shift = rnd() < 0.15 ? pick([-2, -1, 1, 2]) : 0;
    const type = rnd() < 0.1 ? pick(TYPES) : e.type;
    const status = rnd() < 0.05 ? 'rejected' : 'suggested';
    return [{ start: base.start + shift, end: base.end, text: base.text, type, status }];
  });
  for (let k = 0; k < 5; k++) {
    const start = Math.floor(rnd() * 3000);
    mentions.push({ start, end: start + 1 + Math.floor(rnd() * 12), text: 'x', type: pick(TYPES), status: 'suggested' });
  }
  const quotes = (gold.quotes ?? []).flatMap((q) => {
    if (rnd() < 0.15) return [];
    const len = q.end - q.start;
    const start = rnd() < 0.2 ? q.start + Math.floor(len * (0.3 + rnd() * 0.5)) : q.start;
    const speaker = rnd() < 0.2 ? null : rnd() < 0.2 ? { start: 0, end: 3, text: pick(['he', 'The', 'Mohib', 'Smith']) } : q.speaker ?? (q.alt?.[0] ?? null);
    const cue = rnd() < 0.2 ? null : rnd() < 0.2 ? { start: q.end + 50, end: q.end + 54, text: 'said' } : q.cue ?? null;
    return [{ start, end: q.end, text: q.text, speaker, cue, status: rnd() < 0.05 ? 'rejected' : 'suggested' }];
  });
  quotes.push({ start: 5, end: 40, text: 'x', speaker: null, cue: null, status: 'suggested' });
  return { mentions, quotes };
}

/** Writes predictions and runs the reference scorer on them; returns its JSON summary. */
function referenceSummary(preds: Map<string, PredDoc | string | null>): unknown {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-eval-'));
  try {
    for (const [name, pred] of preds) {
      if (pred === null) continue;
      fs.writeFileSync(path.join(dir, name), typeof pred === 'string' ? pred : JSON.stringify(pred));
    }
    const out = execFileSync(process.execPath, [reference, goldDir, dir], { encoding: 'utf8' }).trim().split('\n');
    return JSON.parse(out[out.length - 1]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function ourSummary(preds: Map<string, PredDoc | string | null>): unknown {
  return scoreDocuments(goldNames.map((name) => {
    const p = preds.get(name);
    let pred: PredDoc | null;
    if (typeof p === 'string') { try { pred = JSON.parse(p) as PredDoc; } catch { pred = null; } } else pred = p ?? null;
    return { name, gold: golds.get(name) as GoldDoc, pred };
  })).summary;
}

describe('eval scorer', () => {
  it('agrees with the reference scorer on perfect predictions', () => {
    const preds = new Map(goldNames.map((n) => {
      const g = golds.get(n) as GoldDoc;
      return [n, { mentions: (g.entities ?? []).map((e) => ({ ...e })), quotes: g.quotes ?? [] } as PredDoc];
    }));
    const ours = ourSummary(preds) as { quotes: { f1: number } };
    assert.deepEqual(ours, referenceSummary(preds));
    assert.equal(ours.quotes.f1, 1);
  });

  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`agrees with the reference scorer on damaged predictions (seed ${seed})`, () => {
      const rnd = prng(seed);
      const preds = new Map<string, PredDoc | string | null>(goldNames.map((n) => [n, perturb(golds.get(n) as GoldDoc, rnd)]));
      if (seed === 5) preds.set(goldNames[0], null); // a missing prediction
      if (seed === 6) preds.set(goldNames[1], '{ not json'); // an unreadable one
      const ours = ourSummary(preds) as { entity: { f1: number }; quotes: { f1: number } };
      assert.deepEqual(ours, referenceSummary(preds));
      assert.ok(ours.entity.f1 < 1 && ours.quotes.f1 < 1, 'the damage shows in the scores');
    });
  }

  it('agrees with the reference scorer on empty predictions', () => {
    const preds = new Map<string, PredDoc | string | null>(goldNames.map((n) => [n, { mentions: [], quotes: [] }]));
    assert.deepEqual(ourSummary(preds), referenceSummary(preds));
  });

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
});
