import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { fromJson, toJson, toJsonWorkspace } from '../../../src/core/export/json';
import { selectForExport } from '../../../src/core/export/select';
import { ImportError } from '../../../src/core/export/types';
import { emojiDocument, hostileDocument, ROOT, seedDocument } from './fixtures';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/analysis.schema.json'), 'utf8')) as object;

describe('JSON export', () => {
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

  for (const [name, make] of [['seed', seedDocument], ['hostile', hostileDocument], ['emoji', emojiDocument]] as const) {
    it(`validates against the analysis schema (${name})`, () => {
      const out = JSON.parse(toJson(make().annotations)) as unknown;
      assert.ok(validate(out), JSON.stringify(validate.errors));
    });
  }

  it('the schema rejects what the contract forbids', () => {
    const good = JSON.parse(toJson(seedDocument().annotations)) as Record<string, unknown> & { mentions: Array<Record<string, unknown>> };
    const badType = structuredClone(good);
    badType.mentions[0].type = 'animal';
    const badStatus = structuredClone(good);
    badStatus.mentions[0].status = 'maybe';
    const extra = structuredClone(good);
    extra.mentions[0].colour = 'red';
    const wrongSchema = { ...structuredClone(good), schema: 'news-annotator/analysis@2' };
    for (const bad of [badType, badStatus, extra, wrongSchema]) assert.equal(validate(bad), false);
  });

  it('drops fields outside the contract and keeps the contract key order', () => {
    const { annotations } = seedDocument();
    const polluted = { ...annotations, extra: 1, mentions: annotations.mentions.map((m) => ({ ...m, colour: 'red' })) };
    const out = JSON.parse(toJson(polluted)) as Record<string, unknown>;
    assert.deepEqual(Object.keys(out), ['schema', 'document', 'entities', 'mentions', 'quotes']);
    assert.ok(validate(out));
  });

  it('round trips: export then import gives the same annotations and decisions', () => {
    for (const make of [seedDocument, hostileDocument, emojiDocument]) {
      const { annotations, text } = make();
      const [back] = fromJson(toJson(annotations), 'x.json', () => text);
      assert.deepEqual(back, JSON.parse(toJson(annotations)));
      assert.deepEqual(back.mentions.map((m) => [m.start, m.status, m.origin, m.type]), annotations.mentions.map((m) => [m.start, m.status, m.origin, m.type]));
    }
  });

  it('round trips rejected items when they are kept', () => {
    const { annotations } = seedDocument();
    const kept = selectForExport(annotations, { includeRejected: true });
    const [back] = fromJson(toJson(kept), 'x.json');
    assert.equal(back.quotes.filter((q) => q.status === 'rejected').length, 1);
    assert.equal(back.mentions.filter((m) => m.status === 'rejected').length, 1);
  });

  it('imports a workspace export (an array)', () => {
    const docs = [seedDocument().annotations, emojiDocument().annotations];
    const back = fromJson(toJsonWorkspace(docs), 'all.json');
    assert.deepEqual(back.map((d) => d.document.path), docs.map((d) => d.document.path));
  });
});

describe('JSON import errors', () => {
  const good = toJson(seedDocument().annotations);
  const cases: Array<[string, string, RegExp]> = [
    ['not JSON', '{ "schema": ', /^in\.json: not valid JSON/],
    ['an empty array', '[]', /^in\.json: the array holds no analysis documents$/],
    ['a wrong schema id', good.replace('analysis@1', 'analysis@9'), /^in\.json: \/schema must be equal to constant$/],
    ['a malformed entity type', good.replace('"type": "PLACE"', '"type": "planet"'), /^in\.json: \/entities\/\d+\/type must match pattern "\^\[A-Z\]\[A-Z0-9_\]\{0,31\}\$"$/],
    ['an unknown field', good.replace('"status": "accepted"', '"status": "accepted", "score": 1'), /^in\.json: \/mentions\/0 must NOT have additional properties "score"$/],
    ['a span ending before it starts', good.replace('"start": 0,\n      "end": 6', '"start": 7,\n      "end": 6'), /^in\.json: \/mentions\/0 ends \(6\) before it starts \(7\)$/],
    ['a span longer than its text', good.replace('"end": 6', '"end": 7'), /^in\.json: \/mentions\/0 text is 6 long but its span is 7$/],
    ['a mention of an unknown entity', good.replace('"entityId": "place:russia"', '"entityId": "place:atlantis"'), /^in\.json: \/mentions\/0 refers to entity "place:atlantis", which is not in \/entities$/],
  ];
  for (const [name, input, message] of cases) {
    it(`says where: ${name}`, () => {
      assert.throws(() => fromJson(input, 'in.json'), (err: Error) => err instanceof ImportError && message.test(err.message) || assert.fail(err.message));
    });
  }

  it('checks spans against the document text when it is known', () => {
    const { text } = seedDocument();
    assert.throws(() => fromJson(good, 'in.json', () => `X${text.slice(1)}`), /\/mentions\/0 text "Russia" is not what the document holds at 0-6/);
  });
});
