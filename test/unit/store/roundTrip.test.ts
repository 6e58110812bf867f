import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { makeAnchor } from '../../../src/core/store/anchor';
import { parseStore } from '../../../src/core/store/parse';
import { serializeStore } from '../../../src/core/store/serialize';
import { emptyDocument, emptyStore, type MentionDecision, type Store } from '../../../src/core/store/types';
import { richStore } from './fixtures';

function reparse(text: string): Store {
  const r = parseStore(text);
  if (!r.ok) throw new Error(`${r.problem.line}:${r.problem.column} ${r.problem.reason}`);
  return r.store;
}

const GOLDEN = path.join(__dirname, '..', '..', 'fixtures', 'store', 'rich.news-annotations.json');

describe('store: round trip and layout', () => {
  it('parse(serialize(x)) equals x, and serialize is byte-stable', () => {
    const store = richStore();
    const text = serializeStore(store);
    const again = reparse(text);
    assert.deepEqual(again, store);
    assert.equal(serializeStore(again), text);
    assert.equal(serializeStore(reparse(serializeStore(again))), text);
  });

  it('matches the golden file byte for byte (two-space indentation, one span per line, trailing newline)', () => {
    assert.equal(serializeStore(richStore()), readFileSync(GOLDEN, 'utf8'));
  });

  it('sorts documents by path, registry and entities by id, spans by offset, whatever the order in memory', () => {
    const a = richStore();
    const b = richStore();
    const doc = b.documents.get('seeds/article.txt');
    if (!doc) throw new Error('fixture');
    doc.mentions.reverse();
    doc.quotes.reverse();
    b.documents = new Map([...b.documents].reverse());
    b.registry = new Map([...b.registry].reverse());
    doc.entities = new Map([...doc.entities].reverse());
    assert.equal(serializeStore(b), serializeStore(a));
    const lines = serializeStore(a).split('\n');
    assert.ok(lines.indexOf('    "archive/2024/b.md": {') < lines.indexOf('    "seeds/article.txt": {'));
    const spanLines = lines.filter((l) => l.startsWith('        {"start":'));
    assert.equal(spanLines.length, 6, 'each span decision on a line of its own');
    assert.ok(serializeStore(a).endsWith('}\n'));
  });

  it('keeps unknown keys of a newer minor version, in a stable place', () => {
    const text = serializeStore(richStore())
      .replace('"news-annotator/store@1"', '"news-annotator/store@1.4"')
      .replace('"registry": {', '"reviewers": {"zed": 1, "amy": [true, null]},\n  "registry": {')
      .replace('"status":"rejected","origin":"auto","type":"ORG"', '"status":"rejected","origin":"auto","type":"ORG","reason":"photo credit"');
    const r = parseStore(text);
    assert.ok(r.ok && !r.readOnly);
    const out = serializeStore(r.store);
    assert.match(out, /"schema": "news-annotator\/store@1\.4"/);
    assert.match(out, /"reviewers": \{\n {4}"amy": \[\n/);
    assert.match(out, /"type":"ORG","reason":"photo credit"\}/);
    assert.equal(serializeStore(reparse(out)), out);
  });

  it('round-trips random stores (property)', () => {
    const pathArb = fc.array(fc.stringMatching(/^[a-z0-9_-]{1,8}$/), { minLength: 1, maxLength: 3 }).map((s) => `${s.join('/')}.txt`);
    const textArb = fc.string({ minLength: 2, maxLength: 120, unit: 'grapheme' });
    const storeArb = fc.record({
      docs: fc.array(fc.record({ path: pathArb, text: textArb, spans: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean(), fc.constantFrom('PERSON', 'ORG', 'PLACE', 'NORP') as fc.Arbitrary<'PERSON'>), { maxLength: 6 }), note: fc.option(fc.string(), { nil: undefined }) }), { maxLength: 4 }),
      names: fc.array(fc.tuple(fc.stringMatching(/^[a-z]+:[a-z-]{1,10}$/), fc.string({ minLength: 1 }), fc.array(fc.string({ minLength: 1 }), { maxLength: 3 })), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(storeArb, ({ docs, names }) => {
        const store = emptyStore();
        for (const d of docs) {
          const doc = emptyDocument();
          for (const [a, b, rejected, type] of d.spans) {
            const start = a % (d.text.length - 1);
            const end = start + 1 + (b % (d.text.length - start));
            if (end > d.text.length) continue;
            const m: MentionDecision = { ...makeAnchor(d.text, start, end), status: rejected ? 'rejected' : 'accepted', origin: 'auto', type };
            doc.mentions.push(m);
          }
          if (d.note !== undefined) doc.entities.set('person:x', { note: d.note });
          store.documents.set(d.path, doc);
        }
        for (const [id, name, aliases] of names) store.registry.set(id, { type: 'ORG', name, aliases });
        const text = serializeStore(store);
        const back = reparse(text);
        assert.equal(serializeStore(back), text);
        const order = (x: MentionDecision, y: MentionDecision): number => x.start - y.start || x.end - y.end || (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1);
        for (const [p, doc] of store.documents) {
          const got = back.documents.get(p);
          assert.ok(got);
          assert.deepEqual([...got.mentions].sort(order), [...doc.mentions].sort(order));
          assert.deepEqual(got.entities, doc.entities);
        }
        assert.deepEqual(back.registry, store.registry);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
