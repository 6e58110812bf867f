import { strict as assert } from 'node:assert';
import { ANALYSIS_SCHEMA, type DocumentAnnotations, type Entity, type EntityType, type Mention } from '../../../src/core/model';
import { applyOperation, OperationError, pruneDocuments, renameDocument, type StoreOp } from '../../../src/core/store/operations';
import { applyDecisions, decisionsFromAnnotations, entityIdFor } from '../../../src/core/store/overlay';
import { emptyStore, type Store } from '../../../src/core/store/types';

const TEXT = 'Vladimir Putin met Keir Starmer. Putin said: “We will see.” Downing Street said nothing. GETTY';
const PATH = 'news/a.txt';

function span(s: string, from = 0): { start: number; end: number } {
  const start = TEXT.indexOf(s, from);
  if (start < 0) throw new Error(s);
  return { start, end: start + s.length };
}

function mention(s: string, type: EntityType, entityId: string, from = 0): Mention {
  return { ...span(s, from), text: s, type, entityId, origin: 'auto', status: 'suggested' };
}

/** What an analyser might say about TEXT. */
function analysis(): DocumentAnnotations {
  const mentions = [
    mention('Vladimir Putin', 'PERSON', 'person:vladimir-putin'),
    mention('Keir Starmer', 'PERSON', 'person:keir-starmer'),
    mention('Putin', 'PERSON', 'person:putin', 20),
    mention('Downing Street', 'PLACE', 'place:downing-street'),
    mention('GETTY', 'ORG', 'org:getty'),
  ];
  const entity = (id: string, type: EntityType, name: string, count: number): Entity => ({ id, type, name, aliases: [], descriptors: [], mentionCount: count });
  return {
    schema: ANALYSIS_SCHEMA,
    document: { path: PATH, length: TEXT.length, sha256: '0'.repeat(64) },
    entities: [entity('person:vladimir-putin', 'PERSON', 'Vladimir Putin', 1), entity('person:keir-starmer', 'PERSON', 'Keir Starmer', 1), entity('person:putin', 'PERSON', 'Putin', 1), entity('place:downing-street', 'PLACE', 'Downing Street', 1), entity('org:getty', 'ORG', 'GETTY', 1)],
    mentions,
    quotes: [{ ...span('“We will see.”'), text: '“We will see.”', speaker: { ...span('Putin', 20), text: 'Putin', entityId: 'person:putin' }, cue: { ...span('said'), text: 'said' }, origin: 'auto', status: 'suggested' }],
  };
}

function run(ops: StoreOp[], store: Store = emptyStore()): Store {
  return ops.reduce((s, op) => applyOperation(s, PATH, TEXT, op), store);
}

function overlay(store: Store, text = TEXT): DocumentAnnotations {
  return applyDecisions(analysis(), store.documents.get(PATH), text, store.registry);
}

describe('store: decisions over fresh analysis', () => {
  it('without decisions, gives the analysis back unchanged (and does not modify its input)', () => {
    const a = analysis();
    assert.deepEqual(applyDecisions(a, undefined, TEXT), a);
    assert.deepEqual(applyDecisions(a, emptyStore().documents.get(PATH), TEXT, new Map()), analysis());
  });

  it('accepts, rejects and retypes mentions', () => {
    const a = analysis();
    const s = run([
      { kind: 'acceptMention', mention: a.mentions[0] as Mention },
      { kind: 'rejectMention', mention: a.mentions[4] as Mention },
      { kind: 'retypeMention', mention: a.mentions[3] as Mention, type: 'ORG' },
    ]);
    const out = overlay(s);
    const by = (t: string): Mention | undefined => out.mentions.find((m) => m.text === t);
    assert.equal(by('Vladimir Putin')?.status, 'accepted');
    assert.equal(by('GETTY')?.status, 'rejected');
    assert.equal(out.entities.find((e) => e.id === 'org:getty')?.mentionCount, 0, 'a rejected mention is not counted');
    assert.equal(by('Downing Street')?.type, 'ORG');
    assert.equal(by('Downing Street')?.entityId, 'org:downing-street');
    assert.ok(out.entities.some((e) => e.id === 'org:downing-street' && e.type === 'ORG' && e.mentionCount === 1));
    assert.ok(!out.entities.some((e) => e.id === 'place:downing-street'), 'an entity left without mentions goes');
    assert.equal(s.documents.get(PATH)?.mentions.length, 3, 'only decisions are stored');
  });

  it('adds mentions and quotes a person marked (origin user), with speaker and cue', () => {
    const s = run([
      { kind: 'addMention', mention: { ...span('Downing Street'), type: 'ORG', entityId: 'org:no10' } },
      { kind: 'addQuote', quote: span('nothing'), speaker: { ...span('Downing Street') }, cue: span('said', 70) },
    ]);
    const out = overlay(s);
    const q = out.quotes.find((x) => x.text === 'nothing');
    assert.equal(q?.origin, 'user');
    assert.equal(q?.status, 'accepted');
    assert.equal(q?.speaker?.text, 'Downing Street');
    assert.equal(q?.speaker?.entityId, 'org:no10', 'the speaker links to the mention there');
    assert.equal(q?.cue?.text, 'said');
    const m = out.mentions.find((x) => x.text === 'Downing Street');
    assert.equal(m?.origin, 'user');
    assert.equal(m?.entityId, 'org:no10');
    assert.equal(out.entities.find((e) => e.id === 'org:no10')?.quoteCount, 1);
  });

  it('sets and clears a quote speaker', () => {
    const a = analysis();
    const quote = a.quotes[0];
    if (!quote) throw new Error('fixture');
    const s = run([{ kind: 'setQuoteSpeaker', quote, speaker: { ...span('Keir Starmer'), entityId: 'person:keir-starmer' } }]);
    assert.equal(overlay(s).quotes[0]?.speaker?.text, 'Keir Starmer');
    assert.equal(overlay(s).entities.find((e) => e.id === 'person:keir-starmer')?.quoteCount, 1);
    const cleared = run([{ kind: 'setQuoteSpeaker', quote, speaker: null }], s);
    assert.equal(overlay(cleared).quotes[0]?.speaker, null);
  });

  it('merges, renames and notes entities; mentions and speakers follow', () => {
    const s = run([
      { kind: 'mergeEntities', sourceId: 'person:putin', targetId: 'person:vladimir-putin' },
      { kind: 'renameEntity', entityId: 'person:keir-starmer', name: 'Sir Keir Starmer' },
      { kind: 'setEntityNote', entityId: 'person:vladimir-putin', note: 'Russian president' },
    ]);
    const out = overlay(s);
    assert.ok(!out.entities.some((e) => e.id === 'person:putin'));
    const putin = out.entities.find((e) => e.id === 'person:vladimir-putin');
    assert.equal(putin?.mentionCount, 2);
    assert.deepEqual(putin?.aliases, ['Putin']);
    assert.equal(putin?.note, 'Russian president');
    assert.equal(out.mentions.find((m) => m.text === 'Putin')?.entityId, 'person:vladimir-putin');
    assert.equal(out.quotes[0]?.speaker?.entityId, 'person:vladimir-putin');
    const keir = out.entities.find((e) => e.id === 'person:keir-starmer');
    assert.equal(keir?.name, 'Sir Keir Starmer');
    assert.deepEqual(keir?.aliases, ['Keir Starmer']);
  });

  it('applies the workspace registry: names, aliases, type and note, and joins look-alikes', () => {
    const s = run([{ kind: 'setRegistryEntry', id: 'person:vladimir-putin', entry: { type: 'PERSON', name: 'Vladimir Vladimirovich Putin', aliases: ['Putin', 'Vladimir Putin'], note: 'since 2000' } }]);
    const out = overlay(s);
    const e = out.entities.find((x) => x.id === 'person:vladimir-putin');
    assert.equal(e?.name, 'Vladimir Vladimirovich Putin');
    assert.equal(e?.note, 'since 2000');
    assert.equal(e?.mentionCount, 2, '"Putin" joined by its alias');
    assert.ok(e?.aliases.includes('Putin') && e.aliases.includes('Vladimir Putin'));
  });

  it('follows chains of merges and survives a cycle', () => {
    const s = run([
      { kind: 'mergeEntities', sourceId: 'person:putin', targetId: 'person:vladimir-putin' },
      { kind: 'mergeEntities', sourceId: 'person:vladimir-putin', targetId: 'person:keir-starmer' },
    ]);
    assert.equal(overlay(s).mentions.filter((m) => m.entityId === 'person:keir-starmer').length, 3);
    assert.throws(() => run([{ kind: 'mergeEntities', sourceId: 'person:keir-starmer', targetId: 'person:putin' }], s), OperationError);
  });

  it('shows decisions after the text changed, and hides orphans', () => {
    const a = analysis();
    const s = run([{ kind: 'rejectMention', mention: a.mentions[4] as Mention }, { kind: 'acceptMention', mention: a.mentions[1] as Mention }]);
    const edited = `Breaking: ${TEXT.replace('GETTY', 'REUTERS')}`;
    const shifted = analysis();
    for (const m of shifted.mentions) {
      m.start += 10;
      m.end += 10;
    }
    const out = applyDecisions(shifted, s.documents.get(PATH), edited, s.registry);
    assert.equal(out.mentions.find((m) => m.text === 'Keir Starmer')?.status, 'accepted');
    assert.ok(out.mentions.every((m) => m.status !== 'rejected'), 'the orphaned rejection is not applied elsewhere');
  });

  it('refuses unsafe operations and leaves the store alone', () => {
    const s = emptyStore();
    assert.throws(() => applyOperation(s, '../../etc/passwd', TEXT, { kind: 'addMention', mention: { start: 0, end: 5, type: 'PERSON' } }), OperationError);
    assert.throws(() => applyOperation(s, PATH, TEXT, { kind: 'addMention', mention: { start: 0, end: 500, type: 'PERSON' } }), OperationError);
    assert.throws(() => applyOperation(s, PATH, TEXT, { kind: 'setEntityNote', entityId: '__proto__', note: 'x' }), OperationError);
    assert.equal(s.documents.size, 0);
  });

  it('renames and prunes documents', () => {
    const s = run([{ kind: 'addMention', mention: { ...span('GETTY'), type: 'ORG' } }]);
    const moved = renameDocument(s, PATH, 'news/2024/a.txt');
    assert.deepEqual([...moved.documents.keys()], ['news/2024/a.txt']);
    assert.throws(() => renameDocument(s, PATH, '/abs/a.txt'), OperationError);
    const { store, removed } = pruneDocuments(moved, () => false);
    assert.deepEqual(removed, ['news/2024/a.txt']);
    assert.equal(store.documents.size, 0);
  });
});

describe('store: decisions from annotations (import)', () => {
  it('keeps what was decided or added, not untouched suggestions, and round-trips through applyDecisions', () => {
    const a = analysis();
    (a.mentions[0] as Mention).status = 'accepted';
    (a.mentions[4] as Mention).status = 'rejected';
    a.mentions.push({ ...span('Downing Street'), text: 'Downing Street', type: 'ORG', entityId: entityIdFor('ORG', 'Downing Street'), origin: 'user', status: 'accepted' });
    (a.entities[1] as Entity).note = 'PM';
    const d = decisionsFromAnnotations(a, TEXT);
    assert.equal(d.mentions.length, 3);
    assert.equal(d.quotes.length, 0);
    assert.deepEqual(d.entities.get('person:keir-starmer'), { note: 'PM' });
    const back = applyDecisions(analysis(), d, TEXT);
    assert.equal(back.mentions.find((m) => m.text === 'Vladimir Putin')?.status, 'accepted');
    assert.equal(back.mentions.find((m) => m.text === 'GETTY')?.status, 'rejected');
    assert.ok(back.mentions.some((m) => m.text === 'Downing Street' && m.origin === 'user' && m.type === 'ORG'));
  });

  it('keeps spans that do not fit the text, as orphans', () => {
    const a = analysis();
    a.mentions = [{ start: 3, end: 8, text: 'Smith', type: 'PERSON', entityId: 'person:smith', origin: 'user', status: 'accepted' }];
    const d = decisionsFromAnnotations(a, TEXT);
    assert.equal(d.mentions[0]?.state, 'orphaned');
    assert.equal(d.mentions[0]?.exact, 'Smith');
  });
});
