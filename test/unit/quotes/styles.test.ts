import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../../src/core/nlp/analyze';
import { scoreDocuments, type DocPair, type GoldDoc } from '../../../src/core/eval/score';

// Eighteen articles composed in styles the other sets lack (interview, press release, opinion, transcript,
// feature, briefs, sport, politics, review, science, tech, court, council; and, written after the rules, an
// obituary, a police report, an earnings call, diplomacy and a health explainer), with quote gold built from
// inline markup by `test/fixtures/quotes-styles/build.mjs`.
const root = path.join(__dirname, '..', '..', 'fixtures', 'quotes-styles');

function pairs(dir: string): DocPair[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((name) => {
    const r = analyze(fs.readFileSync(path.join(dir, name.replace(/\.json$/u, '.txt')), 'utf8'));
    return { name, gold: JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as GoldDoc, pred: { mentions: r.mentions, quotes: r.quotes } };
  });
}

// Floors a little under the scores reached; raise them when attribution improves, never lower them to let a
// change in.
const FLOOR = { quotes: 0.97, speaker: 0.95, cue: 0.95 };

describe('quotes: style set', () => {
  for (const dir of [root, path.join(root, 'later')]) {
    it(`scores above its floors in ${path.relative(root, dir) || 'the first set'}`, () => {
      const all = pairs(dir);
      assert.ok(all.length >= 5, `${all.length} articles`);
      const s = scoreDocuments(all).summary;
      const got = { quotes: s.quotes.f1, speaker: s.speakerAcc ?? 0, cue: s.cueAcc ?? 0 };
      for (const k of Object.keys(FLOOR) as Array<keyof typeof FLOOR>) assert.ok(got[k] >= FLOOR[k], `${k} ${got[k].toFixed(3)} < ${FLOOR[k]}`);
    }).timeout(60000);
  }
});
