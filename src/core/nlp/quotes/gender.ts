import type { Mention } from '../../model';

/** The grammatical gender the article gives a person: `f`, `m`, or none when it does not show one. */
export type Gender = 'f' | 'm';

// Honorifics and kinship or role nouns right before a name (`Mrs Holt`, `her nephew, Alan Lowe`, `the
// spokeswoman, Dana Reed`) say how the article refers to that person.
const FEMININE = new Set(('mrs ms miss madam madame dame lady queen princess duchess sister mother wife daughter ' +
  'aunt niece grandmother granddaughter widow girl woman businesswoman chairwoman spokeswoman congresswoman ' +
  'councilwoman actress waitress sportswoman policewoman').split(' '));
const MASCULINE = new Set(('mr sir lord king prince duke brother father husband son uncle nephew grandfather grandson ' +
  'widower boy man businessman chairman spokesman congressman councilman actor waiter sportsman policeman').split(' '));
const SHE = /^(?:she|her|hers|herself)$/u;
const HE = /^(?:he|his|him|himself)$/u;

/** How far after a mention its first pronoun is looked for, in UTF-16 units. */
const PRONOUN_LOOKAHEAD = 160;

/**
 * The gender the article shows for each person entity, from the honorific or role noun before a mention and
 * from the first personal pronoun after it, before any other person is named (`Margaret Oyelaran runs the
 * bakery. She has painted…`). Evidence both ways leaves the person without one. Linear in the mentions.
 */
export function personGenders(text: string, mentions: readonly Mention[]): Map<string, Gender> {
  const votes = new Map<string, { f: number; m: number }>();
  const persons = mentions.filter((m) => m.type === 'PERSON' && m.entityId);
  persons.forEach((m, i) => {
    const v = votes.get(m.entityId as string) ?? { f: 0, m: 0 };
    votes.set(m.entityId as string, v);
    const before = /([\p{L}]+)\.?[\s,]*$/u.exec(text.slice(Math.max(0, m.start - 24), m.start))?.[1]?.toLowerCase() ?? '';
    if (FEMININE.has(before)) v.f += 2;
    if (MASCULINE.has(before)) v.m += 2;
    const limit = Math.min(text.length, m.end + PRONOUN_LOOKAHEAD, persons[i + 1]?.start ?? Infinity);
    const word = /\b(?:she|her|hers|herself|he|his|him|himself)\b/iu.exec(text.slice(m.end, limit))?.[0].toLowerCase();
    if (word && SHE.test(word)) v.f += 1;
    if (word && HE.test(word)) v.m += 1;
  });
  const out = new Map<string, Gender>();
  for (const [id, v] of votes) {
    if (v.f > v.m) out.set(id, 'f');
    else if (v.m > v.f) out.set(id, 'm');
  }
  return out;
}
