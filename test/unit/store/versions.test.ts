import { strict as assert } from 'node:assert';
import { migrate, migrate0to1, parseSchemaId } from '../../../src/core/store/migrate';
import { parseStore } from '../../../src/core/store/parse';
import { serializeStore } from '../../../src/core/store/serialize';
import { richStore } from './fixtures';

describe('store: versions and migrations', () => {
  it('reads schema ids', () => {
    assert.deepEqual(parseSchemaId('news-annotator/store@1'), { major: 1, minor: 0 });
    assert.deepEqual(parseSchemaId('news-annotator/store@1.12'), { major: 1, minor: 12 });
    for (const bad of ['news-annotator/store@', 'news-annotator/analysis@1', 'store@1', 1, null, 'news-annotator/store@1.2.3']) assert.equal(parseSchemaId(bad), undefined);
  });

  it('migrates the draft layout (documents as an array, spans with text) to version 1', () => {
    const draft = { schema: 'news-annotator/store@0', documents: [{ path: 'a.txt', mentions: [{ start: 0, end: 6, text: 'Russia', prefix: '', suffix: ' has', status: 'accepted', origin: 'auto', type: 'PLACE' }], quotes: [{ start: 10, end: 15, text: '“hi”!', prefix: '', suffix: '', status: 'rejected', origin: 'auto', speaker: { start: 1, end: 2, text: 'x', prefix: '', suffix: '' } }] }] };
    const v1 = migrate0to1(draft);
    assert.equal(v1.schema, 'news-annotator/store@1');
    const docs = v1.documents as Record<string, { mentions: Array<Record<string, unknown>>; quotes: Array<Record<string, unknown>> }>;
    assert.equal(Object.getPrototypeOf(docs), null);
    assert.equal(docs['a.txt']?.mentions[0]?.exact, 'Russia');
    assert.equal(docs['a.txt']?.mentions[0]?.text, undefined);
    assert.equal((docs['a.txt']?.quotes[0]?.speaker as Record<string, unknown>).exact, 'x');
    assert.equal(draft.documents[0]?.mentions[0]?.text, 'Russia', 'the input is left alone');
    const parsed = parseStore(JSON.stringify(draft));
    assert.ok(parsed.ok && !parsed.readOnly);
    assert.match(parsed.notice ?? '', /migrated from news-annotator\/store@0/);
    assert.equal(parsed.store.schema, 'news-annotator/store@1');
    assert.equal(parsed.store.documents.get('a.txt')?.mentions[0]?.exact, 'Russia');
  });

  it('leaves current files alone and reports a missing step', () => {
    const raw = { schema: 'news-annotator/store@1', registry: {}, documents: {} };
    assert.equal(migrate(raw, { major: 1, minor: 0 }), raw);
    assert.equal(migrate(raw, { major: -1, minor: 0 }), undefined);
  });

  it('reads a newer major version read-only when it fits, and refuses it when it does not', () => {
    const good = serializeStore(richStore());
    const newer = parseStore(good.replace('store@1"', 'store@2"'));
    assert.ok(newer.ok && newer.readOnly);
    assert.match(newer.notice ?? '', /newer version.*read-only/);
    const unfit = parseStore(good.replace('store@1"', 'store@2"').replace('"registry": {', '"registry": [], "r": {'));
    assert.ok(!unfit.ok);
    assert.match(unfit.problem.reason, /newer version \(news-annotator\/store@2\)/);
  });

  it('rejects unknown keys in the current version (a typo is not silently ignored)', () => {
    const r = parseStore(serializeStore(richStore()).replace('"type":"PLACE"}', '"type":"PLACE","stauts":"x"}'));
    assert.ok(!r.ok);
    assert.match(r.problem.reason, /unknown key "stauts"/);
  });
});
