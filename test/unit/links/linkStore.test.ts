import assert from 'node:assert/strict';
import { fromBrat, toBrat } from '../../../src/core/export/brat';
import { csvRows, CSV_COLUMNS } from '../../../src/core/export/csv';
import { toHtml } from '../../../src/core/export/html';
import { fromJson, toJson } from '../../../src/core/export/json';
import { toW3cCollection } from '../../../src/core/export/w3c';
import { analyze } from '../../../src/core/nlp/analyze';
import { applyOperation } from '../../../src/core/store/operations';
import { applyDecisions, decisionsFromAnnotations } from '../../../src/core/store/overlay';
import { parseStore } from '../../../src/core/store/parse';
import { serializeStore } from '../../../src/core/store/serialize';
import { emptyStore, type Store } from '../../../src/core/store/types';

const TEXT = 'Boris Johnson flew to London on Monday. Johnson said nothing.\n';
const PATH = 'a.txt';

function reparse(text: string): Store {
  const r = parseStore(text);
  if (!r.ok) throw new Error(`${r.problem.line}:${r.problem.column} ${r.problem.reason}`);
  return r.store;
}

/** The article with London linked (by its Wikidata page URL and its GeoNames id) in a workspace file. */
function linked(): { store: Store; londonId: string } {
  const analysis = analyze(TEXT, { path: PATH });
  const london = analysis.entities.find((e) => e.name === 'London');
  assert.ok(london, 'the analyser finds London');
  const store = applyOperation(emptyStore(), PATH, TEXT, { kind: 'setEntityLinks', entityId: london.id, links: ['https://www.wikidata.org/wiki/Q84', 'geonames:2643743', 'wikidata:Q84'] });
  return { store, londonId: london.id };
}

function exported(): ReturnType<typeof applyDecisions> {
  const { store } = linked();
  return applyDecisions(analyze(TEXT, { path: PATH }), store.documents.get(PATH), TEXT, store.registry);
}

describe('entity links in the workspace file and the exports', () => {
  it('stores normalised links once each, refuses a bad one, and removes them all with an empty list', () => {
    const { store, londonId } = linked();
    assert.deepEqual(store.documents.get(PATH)?.entities.get(londonId)?.links, ['wikidata:Q84', 'geonames:2643743']);
    assert.throws(() => applyOperation(store, PATH, TEXT, { kind: 'setEntityLinks', entityId: londonId, links: ['javascript:alert(1)'] }), /javascript: links are not allowed/);
    const cleared = applyOperation(store, PATH, TEXT, { kind: 'setEntityLinks', entityId: londonId, links: [] });
    assert.equal(cleared.documents.get(PATH), undefined, 'nothing else was decided, so the document goes');
  });

  it('writes a file with links as store@1.1 and one without as store@1, both reading back the same', () => {
    const { store } = linked();
    const text = serializeStore(store);
    assert.match(text, /^ {2}"schema": "news-annotator\/store@1\.1",$/m);
    assert.match(text, /"links":\["wikidata:Q84","geonames:2643743"\]/);
    const again = reparse(text);
    assert.deepEqual(again.documents, store.documents);
    assert.equal(serializeStore(again), text, 'byte-stable');
    assert.match(serializeStore(emptyStore()), /"schema": "news-annotator\/store@1"/);
  });

  it('reads a 1.0 file (no links) and refuses links that are not IRIs', () => {
    const v10 = '{"schema": "news-annotator/store@1", "registry": {}, "documents": {"a.txt": {"mentions": [], "quotes": [], "entities": {"place:london": {"note": "capital"}}}}}';
    assert.equal(reparse(v10).documents.get('a.txt')?.entities.get('place:london')?.links, undefined);
    const bad = parseStore(v10.replace('"note": "capital"', '"links": ["not a link"]'));
    assert.equal(bad.ok, false);
  });

  it('carries the links in JSON, CSV, W3C, brat and HTML', () => {
    const doc = exported();
    const london = doc.entities.find((e) => e.name === 'London');
    assert.deepEqual(london?.links, ['wikidata:Q84', 'geonames:2643743']);

    const json = toJson(doc);
    const back = fromJson(json, 'x.json')[0];
    assert.deepEqual(back?.entities.find((e) => e.name === 'London')?.links, ['wikidata:Q84', 'geonames:2643743']);
    // Importing the export gives the same decisions back.
    assert.deepEqual(decisionsFromAnnotations(back!, TEXT).entities.get(london!.id)?.links, ['wikidata:Q84', 'geonames:2643743']);

    const rows = csvRows(doc);
    const londonRow = rows.find((r) => r[5] === 'London');
    assert.equal(londonRow?.[CSV_COLUMNS.indexOf('links')], 'wikidata:Q84 geonames:2643743');
    assert.equal(rows.find((r) => r[5] === 'Boris Johnson')?.[CSV_COLUMNS.indexOf('links')], '');

    const item = { annotations: doc, text: TEXT };
    const w3c = toW3cCollection(item).first.items.find((a) => a.target.selector[0].exact === 'London');
    assert.deepEqual(w3c?.body.filter((b) => b.type === 'SpecificResource'), [
      { type: 'SpecificResource', purpose: 'identifying', source: 'http://www.wikidata.org/entity/Q84' },
      { type: 'SpecificResource', purpose: 'identifying', source: 'https://sws.geonames.org/2643743/' },
    ]);

    const ann = toBrat(item).ann;
    const t = /^(T\d+)\tPLACE \d+ \d+\tLondon$/m.exec(ann)?.[1];
    assert.ok(t, ann);
    assert.match(ann, new RegExp(`^N\\d+\\tReference ${t} Wikidata:Q84\\tLondon$`, 'm'));
    assert.match(ann, new RegExp(`^N\\d+\\tReference ${t} GeoNames:2643743\\tLondon$`, 'm'));
    // brat's normalisations come back as links when the .ann is imported.
    const fromAnn = fromBrat(ann, TEXT, PATH);
    assert.deepEqual(fromAnn.entities.find((e) => e.name === 'London')?.links, ['wikidata:Q84', 'geonames:2643743']);

    const html = toHtml(item);
    assert.match(html, /<a href="https:\/\/www\.wikidata\.org\/wiki\/Q84" rel="noreferrer noopener">wikidata:Q84<\/a>/);
  });

  it('shows only https links as links in HTML, escaped', () => {
    const doc = exported();
    const london = doc.entities.find((e) => e.name === 'London')!;
    london.links = ['http://example.org/"><script>x</script>', 'https://example.org/?a=1&b="2"'];
    const html = toHtml({ annotations: doc, text: TEXT });
    assert.ok(!html.includes('<script>x'));
    assert.ok(!html.includes('href="http://'));
    assert.match(html, /href="https:\/\/example\.org\/\?a=1&amp;b=%222%22"/);
  });
});
