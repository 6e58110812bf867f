import { makeAnchor } from '../../../src/core/store/anchor';
import { emptyDocument, emptyStore, type Store } from '../../../src/core/store/types';
import { seedText } from './seed';

/** A store holding one of every kind of decision about the seed article. */
export function richStore(): Store {
  const text = seedText();
  const at = (s: string, from = 0): [number, number] => {
    const i = text.indexOf(s, from);
    if (i < 0) throw new Error(`not in seed: ${s}`);
    return [i, i + s.length];
  };
  const store = emptyStore();
  const doc = emptyDocument();
  const [rs, re] = at('Russia');
  doc.mentions.push({ ...makeAnchor(text, rs, re), status: 'accepted', origin: 'auto', type: 'PLACE' });
  const [gs, ge] = at('GETTY');
  doc.mentions.push({ ...makeAnchor(text, gs, ge), status: 'rejected', origin: 'auto', type: 'ORG' });
  const [ks, ke] = at('Keir Starmer');
  doc.mentions.push({ ...makeAnchor(text, ks, ke), status: 'accepted', origin: 'user', type: 'PERSON', entityId: 'person:keir-starmer' });
  const [qs, qe] = at('“The Federal Security Service’s');
  const qend = text.indexOf('”', qe) + 1;
  const [ss, se] = at('Federal Security Service');
  const [cs, ce] = at('said', se);
  doc.quotes.push({ ...makeAnchor(text, qs, qend), status: 'accepted', origin: 'auto', speaker: { ...makeAnchor(text, ss, se), entityId: 'org:federal-security-service' }, cue: makeAnchor(text, cs, ce) });
  const [ms, me] = at('“Minions”');
  doc.quotes.push({ ...makeAnchor(text, ms, me), status: 'rejected', origin: 'auto' });
  const [us, ue] = at('“unapologetic”');
  doc.quotes.push({ ...makeAnchor(text, us, ue), status: 'accepted', origin: 'user', speaker: null, cue: null });
  doc.entities.set('person:putin', { mergeInto: 'person:vladimir-putin' });
  doc.entities.set('org:foreign-office', { name: 'Foreign, Commonwealth and Development Office', note: 'UK ministry' });
  store.documents.set('seeds/article.txt', doc);
  const other = emptyDocument();
  other.entities.set('place:uk', { note: 'a note with "quotes" and a line\nbreak' });
  store.documents.set('archive/2024/b.md', other);
  store.registry.set('person:vladimir-putin', { type: 'PERSON', name: 'Vladimir Putin', aliases: ['Putin', 'President Putin'], note: 'President of Russia' });
  store.registry.set('place:uk', { type: 'PLACE', name: 'United Kingdom', aliases: ['UK', 'Britain'] });
  return store;
}
