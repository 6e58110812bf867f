import assert from 'node:assert/strict';
import { bratAnnotationConf, fromBrat, toBrat } from '../../../src/core/export/brat';
import { toConll } from '../../../src/core/export/conll';
import { toCsv } from '../../../src/core/export/csv';
import { reportCsp, toHtml } from '../../../src/core/export/html';
import { fromJson, toJson } from '../../../src/core/export/json';
import { toMarkdown } from '../../../src/core/export/markdown';
import type { ExportDocument } from '../../../src/core/export/types';
import { toW3c } from '../../../src/core/export/w3c';
import type { DocumentAnnotations } from '../../../src/core/model';
import { resolveScheme, typesToOffer, typeForKey, withinScheme, type SchemeSpec } from '../../../src/core/scheme';
import { makeAnchor } from '../../../src/core/store/anchor';
import { applyOperation } from '../../../src/core/store/operations';
import { applyDecisions } from '../../../src/core/store/overlay';
import { parseStore } from '../../../src/core/store/parse';
import { serializeStore } from '../../../src/core/store/serialize';
import { validateStoreJson } from '../../../src/core/store/validate';
import { emptyDocument, emptyStore, type Store } from '../../../src/core/store/types';
import { sha256Hex } from './hash';

const TEXT = 'Keir Starmer of the Labour Party met voters in Leeds. “We will win,” Starmer said.\n';
const PATH = 'a.txt';

const SPEC: SchemeSpec = {
  types: [{ id: 'PARTY', label: 'Political party', parent: 'ORG', colour: '#8E44AD', key: '5' }, { id: 'EVENT', label: 'Event', colour: '#0a0' }],
  quoteAttributes: [{ id: 'stance', label: 'Stance', values: ['support', 'oppose', 'neutral'] }],
  disabled: ['NORP'],
};

const at = (phrase: string): { start: number; end: number } => {
  const start = TEXT.indexOf(phrase);
  assert.ok(start >= 0, phrase);
  return { start, end: start + phrase.length };
};

/** The raw analysis the editor would have: built by hand, so the test does not depend on the recogniser. */
function analysis(): DocumentAnnotations {
  const m = (phrase: string, type: string, entityId: string): DocumentAnnotations['mentions'][number] => ({ ...at(phrase), text: phrase, type, entityId, origin: 'auto', status: 'suggested' });
  const quote = at('“We will win,”');
  return {
    schema: 'news-annotator/analysis@1',
    document: { path: PATH, length: TEXT.length, sha256: sha256Hex(TEXT) },
    entities: [
      { id: 'person:keir-starmer', type: 'PERSON', name: 'Keir Starmer', aliases: ['Starmer'], descriptors: [], mentionCount: 2 },
      { id: 'org:labour-party', type: 'ORG', name: 'Labour Party', aliases: [], descriptors: [], mentionCount: 1 },
      { id: 'place:leeds', type: 'PLACE', name: 'Leeds', aliases: [], descriptors: [], mentionCount: 1 },
    ],
    mentions: [m('Keir Starmer', 'PERSON', 'person:keir-starmer'), m('Labour Party', 'ORG', 'org:labour-party'), m('Leeds', 'PLACE', 'place:leeds')],
    quotes: [{ ...quote, text: '“We will win,”', speaker: { start: TEXT.indexOf('Starmer said'), end: TEXT.indexOf('Starmer said') + 7, text: 'Starmer', entityId: 'person:keir-starmer' }, cue: { ...at('said'), text: 'said' }, origin: 'auto', status: 'suggested' }],
  };
}

/** A workspace file with the scheme, Labour Party retyped as PARTY and the quote's stance set. */
function decided(): Store {
  let store = applyOperation(emptyStore(), PATH, TEXT, { kind: 'setScheme', scheme: SPEC });
  store = applyOperation(store, PATH, TEXT, { kind: 'retypeMention', mention: { ...at('Labour Party'), type: 'ORG', entityId: 'org:labour-party' }, type: 'PARTY' });
  store = applyOperation(store, PATH, TEXT, { kind: 'setQuoteAttribute', quote: at('“We will win,”'), attribute: 'stance', value: 'support' });
  return store;
}

function exportItem(): ExportDocument {
  const store = decided();
  return { annotations: applyDecisions(analysis(), store.documents.get(PATH), TEXT, store.registry), text: TEXT, scheme: resolveScheme(store.scheme) };
}

function problemOf(text: string): string {
  const r = parseStore(text);
  assert.ok(!r.ok, 'the file is refused');
  return `${r.problem.line}:${r.problem.column} ${r.problem.reason}`;
}

/** A file with a scheme, pretty-printed so that each key has a line of its own (for located errors). */
function fileWith(scheme: unknown, documents: unknown = {}): string {
  return JSON.stringify({ schema: 'news-annotator/store@1.2', scheme, registry: {}, documents }, null, 2);
}

describe('annotation scheme', () => {
  describe('validation, with located one-line errors', () => {
    const type = (fields: Record<string, unknown>): unknown => ({ types: [{ id: 'PARTY', label: 'Party', colour: '#8e44ad', ...fields }], quoteAttributes: [], disabled: [] });
    const cases: Array<[string, unknown, RegExp]> = [
      ['a bad id', type({ id: 'party' }), /^6:\d+ bad type id "party": use capitals/],
      ['a built-in id', type({ id: 'ORG' }), /^6:\d+ duplicate id: ORG is a built-in type/],
      ['a bad colour', type({ colour: 'purple' }), /^8:\d+ bad colour "purple" for PARTY: use "#rrggbb"/],
      ['an unknown parent', type({ parent: 'CLUB' }), /^9:\d+ unknown parent "CLUB" for PARTY: use one of PERSON, ORG, PLACE, NORP$/],
      ['a bad key', type({ key: '1' }), /^9:\d+ bad key "1" for PARTY: use one of "5" to "9"/],
      ['a duplicate id', { types: [{ id: 'PARTY', label: 'A', colour: '#000' }, { id: 'PARTY', label: 'B', colour: '#fff' }] }, /^11:\d+ duplicate id: PARTY is already types\[0\]$/],
      ['a duplicate key', { types: [{ id: 'PARTY', label: 'A', colour: '#000', key: '5' }, { id: 'EVENT', label: 'B', colour: '#fff', key: '5' }] }, /^15:\d+ duplicate key "5": PARTY already has it$/],
      ['a chain of parents', { types: [{ id: 'PARTY', label: 'A', colour: '#000', parent: 'ORG' }, { id: 'WING', label: 'B', colour: '#fff', parent: 'PARTY' }] }, /^15:\d+ parent chains are not supported: the parent of WING must be a built-in type/],
      ['an unknown type switched off', { disabled: ['PARTY'] }, /^5:\d+ "PARTY" is not a built-in type; only PERSON, ORG, PLACE, NORP can be switched off$/],
      ['an unknown key', { types: [], colours: {} }, /^5:\d+ unknown key "colours" in the scheme/],
      ['a duplicate attribute value', { quoteAttributes: [{ id: 'stance', values: ['for', 'for'] }] }, /^9:\d+ duplicate value "for" of stance$/],
    ];
    for (const [name, scheme, expected] of cases) {
      it(`refuses ${name}`, () => assert.match(problemOf(fileWith(scheme)), expected));
    }

    it('gives the JSON editor the same limits through the contributed schema (squiggles and completion)', () => {
      const file = (scheme: unknown): unknown => JSON.parse(fileWith(scheme));
      assert.equal(validateStoreJson(file(SPEC), false), undefined);
      const bad: Array<[unknown, RegExp]> = [
        [{ types: [{ id: 'party', label: 'P', colour: '#000' }] }, /^scheme\.types\[0\]\.id must match pattern/],
        [{ types: [{ id: 'PARTY', label: 'P', colour: 'red' }] }, /^scheme\.types\[0\]\.colour must match pattern/],
        [{ types: [{ id: 'PARTY', label: 'P', colour: '#000', key: '1' }] }, /^scheme\.types\[0\]\.key must be one of "5", "6", "7", "8", "9"$/],
        [{ types: [{ id: 'PARTY', label: 'P', colour: '#000', parent: 'CLUB' }] }, /^scheme\.types\[0\]\.parent must be one of "PERSON", "ORG", "PLACE", "NORP"$/],
        [{ disabled: ['PARTY'] }, /^scheme\.disabled\[0\] must be one of/],
        [{ types: [], colours: [] }, /unknown key "colours"/],
      ];
      for (const [scheme, message] of bad) assert.match(validateStoreJson(file(scheme), false)?.message ?? 'accepted', message);
    });

    it('accepts a good scheme and resolves it: built-in types first, the one switched off left out', () => {
      const r = parseStore(fileWith(SPEC));
      assert.ok(r.ok);
      const scheme = resolveScheme(r.store.scheme);
      assert.deepEqual(scheme.types.map((t) => t.id), ['PERSON', 'ORG', 'PLACE', 'PARTY', 'EVENT']);
      assert.equal(scheme.types[3].colour, '#8e44ad');
      assert.equal(scheme.types[4].colour, '#00aa00', '#rgb is widened');
      assert.equal(typeForKey(scheme, '5')?.id, 'PARTY');
    });

    it('leaves out suggestions of a type switched off', () => {
      const a = analysis();
      a.mentions.push({ ...at('Leeds'), text: 'Leeds', type: 'NORP', entityId: 'norp:leeds', origin: 'auto', status: 'suggested' });
      a.entities.push({ id: 'norp:leeds', type: 'NORP', name: 'Leeds', aliases: [], descriptors: [], mentionCount: 1 });
      const shown = withinScheme(a, resolveScheme(SPEC));
      assert.deepEqual(shown.mentions.map((m) => m.type), ['PERSON', 'ORG', 'PLACE']);
      assert.equal(shown.entities.some((e) => e.type === 'NORP'), false);
      assert.equal(withinScheme(a, resolveScheme()), a, 'nothing switched off: the same analysis');
    });

    it('offers a type first where the analyser suggests its parent', () => {
      const scheme = resolveScheme(SPEC);
      assert.deepEqual(typesToOffer(scheme, 'ORG').map((t) => t.id), ['PARTY', 'PERSON', 'PLACE', 'EVENT']);
      assert.deepEqual(typesToOffer(scheme, 'PERSON').map((t) => t.id), ['ORG', 'PLACE', 'PARTY', 'EVENT']);
    });
  });

  describe('decisions and the scheme', () => {
    it('records a scheme type and a quote attribute, and refuses types and values the scheme lacks', () => {
      const store = decided();
      const doc = store.documents.get(PATH);
      assert.equal(doc?.mentions[0].type, 'PARTY');
      assert.deepEqual({ ...doc?.quotes[0].attributes }, { stance: 'support' });
      assert.throws(() => applyOperation(store, PATH, TEXT, { kind: 'retypeMention', mention: { ...at('Leeds'), type: 'PLACE' }, type: 'NORP' }), /NORP is not a type of this workspace's annotation scheme/);
      assert.throws(() => applyOperation(store, PATH, TEXT, { kind: 'retypeMention', mention: { ...at('Leeds'), type: 'PLACE' }, type: 'CITY' }), /CITY is not a type/);
      assert.throws(() => applyOperation(store, PATH, TEXT, { kind: 'setQuoteAttribute', quote: at('“We will win,”'), attribute: 'stance', value: 'maybe' }), /"maybe" is not a value of stance \(support, oppose, neutral\)/);
      const cleared = applyOperation(store, PATH, TEXT, { kind: 'setQuoteAttribute', quote: at('“We will win,”'), attribute: 'stance', value: null });
      assert.equal(cleared.documents.get(PATH)?.quotes[0].attributes, undefined);
    });

    it('refuses a scheme change that would orphan decisions, naming the count', () => {
      // PARTY on 12 mentions over 3 articles.
      let store = applyOperation(emptyStore(), PATH, TEXT, { kind: 'setScheme', scheme: SPEC });
      const text = 'Labour, Labour, Labour, Labour and more.';
      for (const [path, n] of [['a.txt', 4], ['b.txt', 4], ['c.txt', 4]] as const) {
        const doc = emptyDocument();
        for (let i = 0; i < n; i++) doc.mentions.push({ ...makeAnchor(text, i * 8, i * 8 + 6), status: 'accepted', origin: 'user', type: 'PARTY', entityId: 'party:labour' });
        store.documents.set(path, doc);
      }
      const withoutParty: SchemeSpec = { ...SPEC, types: SPEC.types.filter((t) => t.id !== 'PARTY') };
      assert.throws(() => applyOperation(store, PATH, TEXT, { kind: 'setScheme', scheme: withoutParty }), (e: Error) => e.message === 'PARTY is used by 12 decisions in 3 articles but is not a type of the scheme; change or remove them first');
      // Switching off a built-in type in use is refused the same way.
      store = applyOperation(store, 'c.txt', text, { kind: 'addMention', mention: { start: 0, end: 6, type: 'PERSON' } });
      assert.throws(() => applyOperation(store, PATH, TEXT, { kind: 'setScheme', scheme: { ...SPEC, disabled: ['PERSON'] } }), (e: Error) => e.message === 'PERSON is used by 1 decision in 1 article but is switched off in the scheme; change or remove them first');
      // And removing a quote attribute still set on a quote.
      const q = decided();
      assert.throws(() => applyOperation(q, PATH, TEXT, { kind: 'setScheme', scheme: { ...SPEC, quoteAttributes: [] } }), /quote attribute "stance" is not in "scheme.quoteAttributes" but 1 quote sets it in 1 article/);
      // A change that orphans nothing goes through.
      const more = applyOperation(store, PATH, TEXT, { kind: 'setScheme', scheme: { ...SPEC, types: [...SPEC.types, { id: 'LAW', label: 'Law', colour: '#123456' }] } });
      assert.equal(more.scheme?.types.length, 3);
    });

    it('refuses a file whose decisions use a type its scheme does not have, at the first such decision, with the count', () => {
      const text = serializeStore(decided()).replace(/"types": \[\n.*\n.*\n {4}\]/, '"types": []');
      assert.doesNotMatch(text, /"id":"PARTY"/);
      assert.match(problemOf(text), /^\d+:\d+ PARTY is used by 1 decision in 1 article but is not a type of the scheme; change or remove them first$/);
    });
  });

  describe('versions and migration', () => {
    it('reads 1.0 and 1.1 files unchanged and writes a file with a scheme as 1.2', () => {
      const v10 = '{"schema": "news-annotator/store@1", "registry": {}, "documents": {"a.txt": {"mentions": [], "quotes": [], "entities": {"place:leeds": {"note": "city"}}}}}';
      const parsed = parseStore(v10);
      assert.ok(parsed.ok && !parsed.readOnly && parsed.notice === undefined);
      assert.equal(parsed.store.scheme, undefined);
      assert.match(serializeStore(parsed.store), /"schema": "news-annotator\/store@1",/, 'nothing new: still 1.0');
      const upgraded = applyOperation(parsed.store, PATH, TEXT, { kind: 'setScheme', scheme: SPEC });
      const written = serializeStore(upgraded);
      assert.match(written, /"schema": "news-annotator\/store@1\.2",/);
      assert.match(written, /^ {2}"scheme": \{\n {4}"types": \[\n {6}\{"id":"PARTY","label":"Political party","parent":"ORG","colour":"#8E44AD","key":"5"\},$/m);
      const again = parseStore(written);
      assert.ok(again.ok);
      assert.deepEqual(again.store.scheme, SPEC);
      assert.equal(serializeStore(again.store), written, 'byte-stable');
      assert.equal(again.store.documents.get('a.txt')?.entities.get('place:leeds')?.note, 'city');
    });

    it('goes back to the lowest version once the scheme is removed, so older builds read the file again', () => {
      const store = applyOperation(emptyStore(), PATH, TEXT, { kind: 'setScheme', scheme: SPEC });
      const back = applyOperation(store, PATH, TEXT, { kind: 'setScheme', scheme: { types: [], quoteAttributes: [], disabled: [] } });
      assert.equal(back.scheme, undefined);
      assert.match(serializeStore(back), /"schema": "news-annotator\/store@1",/);
      assert.doesNotMatch(serializeStore(back), /"scheme"/);
      const linked = applyOperation(back, PATH, TEXT, { kind: 'setEntityLinks', entityId: 'place:leeds', links: ['wikidata:Q39121'] });
      assert.match(serializeStore(linked), /"schema": "news-annotator\/store@1\.1",/);
    });

    it('keeps unknown scheme keys of a newer minor version and refuses a newer major version it cannot read, never overwriting', () => {
      const newer = fileWith({ types: [{ id: 'PARTY', label: 'Party', colour: '#000', icon: 'flag' }], quoteAttributes: [], disabled: [], palettes: ['a'] }).replace('store@1.2', 'store@1.7');
      const r = parseStore(newer);
      assert.ok(r.ok && !r.readOnly);
      const out = serializeStore(r.store);
      assert.match(out, /"schema": "news-annotator\/store@1\.7"/);
      assert.match(out, /\{"id":"PARTY","label":"Party","colour":"#000","icon":"flag"\}/);
      assert.match(out, /"palettes": \[/);
      const major = fileWith({ types: [{ id: 'party', label: 'Party', colour: '#000' }] }).replace('store@1.2', 'store@2');
      assert.match(problemOf(major), /written by a newer version \(news-annotator\/store@2\) whose scheme this one cannot read: bad type id "party"/);
    });
  });

  describe('every export follows the scheme', () => {
    it('brat: annotation.conf lists the types (a child under its parent, the one switched off left out) and the quote attributes', () => {
      const conf = bratAnnotationConf(resolveScheme(SPEC));
      assert.match(conf, /^\[entities\]\nPERSON\nORG\n\tPARTY\nPLACE\nEVENT\nQuote\n/);
      assert.doesNotMatch(conf, /NORP/);
      assert.match(conf, /\nstance\tArg:Quote, Value:support\|oppose\|neutral\n/);
    });

    it('brat: a PARTY mention is a PARTY T line, the stance an A line, and both come back on import', () => {
      const item = exportItem();
      const { ann } = toBrat(item);
      assert.match(ann, /^T2\tPARTY 20 32\tLabour Party$/m);
      assert.match(ann, /^A\d+\tstance T\d+ support$/m);
      const back = fromBrat(ann, TEXT, PATH);
      assert.equal(back.mentions.find((m) => m.text === 'Labour Party')?.type, 'PARTY');
      assert.deepEqual(back.quotes[0].attributes, { stance: 'support' });
    });

    it('CoNLL: the mention is tagged with its own type, not its parent', () => {
      const out = toConll([exportItem()]);
      assert.match(out, /^Labour _ _ B-PARTY\nParty _ _ I-PARTY$/m);
      assert.match(out, /^Keir _ _ B-PER$/m);
    });

    it('CSV: the type column holds PARTY and each quote attribute has a column', () => {
      const csv = toCsv([exportItem().annotations], { scheme: resolveScheme(SPEC) });
      const [header, ...rows] = csv.trim().split('\r\n');
      assert.match(header, /,links,stance$/);
      assert.ok(rows.some((r) => r.startsWith('a.txt,mention,PARTY,20,32,Labour Party,')));
      assert.ok(rows.some((r) => /^a\.txt,quote,QUOTE,.*,support$/.test(r)));
    });

    it('JSON: the type and the quote attributes, valid against the contract and read back', () => {
      const json = toJson(exportItem().annotations);
      const doc = JSON.parse(json) as DocumentAnnotations;
      assert.equal(doc.mentions.find((m) => m.text === 'Labour Party')?.type, 'PARTY');
      assert.equal(doc.entities.find((e) => e.name === 'Labour Party')?.type, 'PARTY');
      assert.deepEqual(doc.quotes[0].attributes, { stance: 'support' });
      assert.deepEqual(fromJson(json, 'in.json')[0].quotes[0].attributes, { stance: 'support' });
    });

    it('W3C: PARTY as the tagging body, the stance as a classifying body', () => {
      const w3c = JSON.parse(toW3c(exportItem())) as { items?: unknown[] } & Record<string, unknown>;
      const text = JSON.stringify(w3c);
      assert.match(text, /"purpose":"tagging","value":"PARTY"/);
      assert.match(text, /"purpose":"classifying","value":"stance: support"/);
    });

    it('HTML and Markdown: the type under its label and colour (allowed by the page\'s CSP), the stance in the quote table', () => {
      const html = toHtml(exportItem());
      assert.match(html, /\.PARTY \{ background: #8e44ad40; \}/);
      assert.match(html, /<li><span class="m PARTY">Political party<\/span><\/li>/);
      assert.match(html, /<h4><span class="m PARTY">Political party<\/span> \(1\)<\/h4>/);
      assert.match(html, /<th>Stance<\/th>/);
      assert.match(html, /<td>support<\/td>/);
      assert.doesNotMatch(html, /Nationalities and groups/);
      const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
      assert.ok(html.includes(reportCsp(style)), 'the stylesheet with the scheme colours is the one the CSP allows');
      const md = toMarkdown(exportItem().annotations, resolveScheme(SPEC));
      assert.match(md, /^## Political party \(1\)$/m);
      assert.match(md, /\| Speaker \| Cue \| Quote \| Status \| Stance \|/);
    });
  });
});
