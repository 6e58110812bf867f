import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../../src/core/nlp/analyze';
import { scoreDocuments, type DocPair, type EvalSpan, type GoldDoc } from '../../../src/core/eval/score';

// Twelve articles written for this set and never tuned on: wire copy with datelines, British style with single
// quotes in a headline, local news, sport, a court report, earnings, science, a Q&A interview, a Markdown blog
// post, a quotation over several paragraphs, pronoun speakers, foreign names and acronyms. Their gold is built
// from inline markup by `test/fixtures/heldout/build.mjs`.
const dir = path.join(__dirname, '..', '..', 'fixtures', 'heldout');
const names = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const textOf = (name: string): string => fs.readFileSync(path.join(dir, name.replace(/\.json$/, '.txt')), 'utf8');
const goldOf = (name: string): GoldDoc => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as GoldDoc;

// Floors a little under the scores this analyser reaches, so that a change which fits the dev articles at the
// expense of unseen ones fails here. Raise them when the analyser improves; never lower them to let a change in.
// The hand-set rules reached entity 0.93 (PLACE 0.95) here, having been written while looking at these articles;
// the learned recogniser, fitted on other corpora only, reaches 0.87 (PERSON 0.94, ORG 0.78, PLACE 0.90), so the
// entity, ORG and PLACE floors moved from 0.90, 0.85 and 0.91 to 0.86, 0.77 and 0.89 when it replaced them
// (src/core/nlp/MODEL.md).
const FLOOR = { entity: 0.86, PERSON: 0.93, ORG: 0.77, PLACE: 0.89, NORP: 0.5, quotes: 0.95, speaker: 0.95, cue: 0.95 };

describe('nlp: held-out articles', () => {
  it('has about a dozen articles whose gold spans all match their text', () => {
    assert.ok(names.length >= 12, `${names.length} articles`);
    for (const name of names) {
      const text = textOf(name);
      const gold = goldOf(name);
      const spans: EvalSpan[] = [...(gold.entities ?? []), ...(gold.quotes ?? []).flatMap((q) => [q, q.speaker, q.cue, ...(q.alt ?? [])].filter((s): s is EvalSpan => !!s))];
      for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text, `${name} ${s.start}-${s.end}`);
    }
  });

  it('scores above its floors on entities, quotes, speakers and cues', () => {
    const pairs: DocPair[] = names.map((name) => {
      const r = analyze(textOf(name));
      return { name, gold: goldOf(name), pred: { mentions: r.mentions, quotes: r.quotes } };
    });
    const s = scoreDocuments(pairs).summary;
    const got = {
      entity: s.entity.f1, PERSON: s.byType.PERSON?.f1 ?? 0, ORG: s.byType.ORG?.f1 ?? 0, PLACE: s.byType.PLACE?.f1 ?? 0,
      NORP: s.byType.NORP?.f1 ?? 0, quotes: s.quotes.f1, speaker: s.speakerAcc ?? 0, cue: s.cueAcc ?? 0,
    };
    for (const [k, floor] of Object.entries(FLOOR)) assert.ok(got[k as keyof typeof got] >= floor, `${k} ${got[k as keyof typeof got]} < ${floor} (all: ${JSON.stringify(got)})`);
  });
});
