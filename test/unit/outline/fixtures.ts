import { ANALYSIS_SCHEMA, type DocumentAnnotations, type EntityType, type Mention, type Quote, type Status } from '../../../src/core/model';

// Annotations for the outline tests, built from names found in a text.

/** Builds annotations from names found in `text`, so offsets always agree with the text. */
export function annotate(text: string, names: Array<[string, EntityType, string, Status?]>, quotes: Array<[string, string | null, Status?]> = []): DocumentAnnotations {
  const mentions: Mention[] = [];
  for (const [name, type, id, status] of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      mentions.push({ start: at, end: at + name.length, text: name, type, entityId: id, origin: 'auto', status: status ?? 'suggested' });
    }
  }
  const ids = [...new Set(names.map(([, , id]) => id))];
  return {
    schema: ANALYSIS_SCHEMA,
    document: { path: 'a.txt', length: text.length, sha256: '' },
    entities: ids.map((id) => {
      const own = names.filter(([, , x]) => x === id);
      return { id, type: own[0][1], name: own.map(([n]) => n).sort((x, y) => y.length - x.length)[0], aliases: [], descriptors: [], mentionCount: 0 };
    }),
    mentions: mentions.sort((x, y) => x.start - y.start),
    quotes: quotes.map(([q, speaker, status]): Quote => {
      const start = text.indexOf(q);
      const s = speaker === null ? -1 : text.indexOf(speaker);
      return {
        start, end: start + q.length, text: q,
        speaker: speaker === null ? null : { start: s, end: s + speaker.length, text: speaker, entityId: mentions.find((m) => m.start === s)?.entityId },
        cue: null, origin: 'auto', status: status ?? 'suggested',
      };
    }),
  };
}

export const TEXT = 'Vladimir Putin met Lammy in Moscow. Putin said: “No.” Lammy said “Yes.” Moscow agreed. Someone said “Maybe.”';
export const A = annotate(TEXT, [
  ['Vladimir Putin', 'PERSON', 'person:vladimir-putin'],
  ['Lammy', 'PERSON', 'person:david-lammy'],
  ['Moscow', 'PLACE', 'place:moscow'],
], [['“No.”', 'Putin'], ['“Yes.”', 'Lammy'], ['“Maybe.”', null]]);
// The lone surname is a second mention of the same entity.
A.mentions.push({ start: TEXT.indexOf('Putin said'), end: TEXT.indexOf('Putin said') + 5, text: 'Putin', type: 'PERSON', entityId: 'person:vladimir-putin', origin: 'auto', status: 'accepted' });
A.quotes[0].speaker!.entityId = 'person:vladimir-putin';
