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
 * The gender the article shows for a person entity, from the honorific or role noun before a mention and from the
 * first personal pronoun after it, before any other person is named (`Margaret Oyelaran runs the bakery. She has
 * painted…`). Evidence both ways leaves the person without one. Each entity is worked out when first asked: a
 * pronoun speaker asks about the few people named before it, so a long article's other mentions are never read.
 */
export function personGenderLookup(text: string, mentions: readonly Mention[]): { get(entityId: string): Gender | undefined } {
  let persons: Mention[] | undefined;
  let byEntity: Map<string, number[]> | undefined;
  const known = new Map<string, Gender | undefined>();
  return {
    get(id) {
      if (known.has(id)) return known.get(id);
      if (!persons || !byEntity) {
        persons = mentions.filter((m) => m.type === 'PERSON' && m.entityId);
        byEntity = new Map();
        persons.forEach((m, i) => {
          const l = (byEntity as Map<string, number[]>).get(m.entityId as string);
          if (l) l.push(i);
          else (byEntity as Map<string, number[]>).set(m.entityId as string, [i]);
        });
      }
      let f = 0;
      let m = 0;
      for (const i of byEntity.get(id) ?? []) {
        const v = vote(text, persons, i);
        f += v.f;
        m += v.m;
      }
      const gender = f > m ? 'f' : m > f ? 'm' : undefined;
      known.set(id, gender);
      return gender;
    },
  };
}

/** What the mention `persons[i]` says of its person's gender: the word before it, and the first pronoun after it. */
function vote(text: string, persons: readonly Mention[], i: number): { f: number; m: number } {
  const v = { f: 0, m: 0 };
  const mention = persons[i] as Mention;
  const before = /([\p{L}]+)\.?[\s,]*$/u.exec(text.slice(Math.max(0, mention.start - 24), mention.start))?.[1]?.toLowerCase() ?? '';
  if (FEMININE.has(before)) v.f += 2;
  if (MASCULINE.has(before)) v.m += 2;
  const limit = Math.min(text.length, mention.end + PRONOUN_LOOKAHEAD, persons[i + 1]?.start ?? Infinity);
  const word = /\b(?:she|her|hers|herself|he|his|him|himself)\b/iu.exec(text.slice(mention.end, limit))?.[0].toLowerCase();
  if (word && SHE.test(word)) v.f += 1;
  if (word && HE.test(word)) v.m += 1;
  return v;
}
