import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { StoreError } from '../../../src/core/store/errors';
import { parseStore } from '../../../src/core/store/parse';
import { serializeStore } from '../../../src/core/store/serialize';
import { readStoreFile, writeStoreFile } from '../../../src/node/storeFile';
import { richStore } from './fixtures';

/** 100 broken variants of a good file, by kind. */
function variants(good: string): Array<{ kind: string; bytes: Buffer }> {
  const out: Array<{ kind: string; bytes: Buffer }> = [];
  const add = (kind: string, text: string | Buffer): void => {
    out.push({ kind, bytes: typeof text === 'string' ? Buffer.from(text, 'utf8') : text });
  };
  const sub = (kind: string, from: string, to: string): void => {
    if (!good.includes(from)) throw new Error(`fixture lacks ${from}`);
    add(kind, good.replace(from, to));
  };
  // Truncated: a write cut short anywhere (25).
  for (let i = 0; i < 25; i++) add('truncated', good.slice(0, Math.floor(((i + 0.5) * (good.length - 2)) / 25)));
  // Wrong types (15).
  sub('wrong type', '"start":0,', '"start":"0",');
  sub('wrong type', '"status":"accepted","origin":"auto","type":"PLACE"', '"status":1,"origin":"auto","type":"PLACE"');
  sub('wrong type', '"mentions": []', '"mentions": {}');
  sub('wrong type', '"registry": {', '"registry": [],\n  "old": {');
  sub('wrong type', '"aliases":["UK","Britain"]', '"aliases":"UK"');
  sub('wrong type', '"exact":"Russia"', '"exact":null');
  sub('wrong type', '"type":"PLACE"}', '"type":"PEOPLE"}');
  sub('wrong type', '"origin":"user","type":"PERSON"', '"origin":"robot","type":"PERSON"');
  sub('wrong type', '"documents": {', '"documents": null, "x": {');
  sub('wrong type', '"schema": "news-annotator/store@1"', '"schema": 1');
  sub('wrong type', '"speaker":null', '"speaker":"him"');
  sub('wrong type', '"cue":null', '"cue":5');
  sub('wrong type', '"entities": {\n        "place:uk"', '"entities": [],\n      "e": {\n        "place:uk"');
  sub('wrong type', '"note":"UK ministry"', '"note":5');
  sub('wrong type', '"name":"United Kingdom"', '"name":""');
  // Git conflict markers (10).
  const lines = good.split('\n');
  for (let i = 0; i < 10; i++) {
    const at = 2 + i * 3;
    const block = i % 2 === 0
      ? ['<<<<<<< HEAD', lines[at] ?? '', '=======', (lines[at] ?? '').replace(/"/, '"x'), '>>>>>>> feature/annotate-b']
      : ['<<<<<<< ours', lines[at] ?? '', '||||||| base', '=======', '>>>>>>> theirs'];
    add('conflict', [...lines.slice(0, at), ...block, ...lines.slice(at + 1)].join('\n'));
  }
  // Wrong schema (10).
  sub('wrong schema', '"schema": "news-annotator/store@1",\n', '');
  sub('wrong schema', 'news-annotator/store@1"', 'news-annotator/analysis@1"');
  sub('wrong schema', 'news-annotator/store@1"', 'store@1"');
  sub('wrong schema', 'news-annotator/store@1"', 'news-annotator/store@x"');
  add('wrong schema', good.replace('"news-annotator/store@1"', '"news-annotator/store@2"').replace('"documents": {', '"documents": [],\n  "byPath": {'));
  sub('wrong schema', 'news-annotator/store@1"', '"');
  sub('wrong schema', 'news-annotator/store@1"', 'news-annotator/store@-1"');
  add('wrong schema', '[]');
  add('wrong schema', '"news-annotator/store@1"');
  add('wrong schema', JSON.stringify({ schema: 'news-annotator/store@1', documents: {} }));
  // Huge and impossible numbers (10).
  sub('number', '"start":0,', '"start":1e400,');
  sub('number', '"end":6,', '"end":99999999999999999999,');
  sub('number', '"start":0,', '"start":-1,');
  sub('number', '"start":0,', '"start":1.5,');
  sub('number', '"end":6,', '"end":2147483648,');
  sub('number', '"start":0,', '"start":1e308,');
  sub('number', '"end":6,', '"end":NaN,');
  sub('number', '"end":6,', '"end":Infinity,');
  sub('number', '"end":6,', '"end":5,');
  sub('number', '"start":0,"end":6,', '"start":6,"end":0,');
  // Hostile keys (10).
  sub('key', '"archive/2024/b.md"', '"__proto__"');
  sub('key', '"person:putin"', '"constructor"');
  sub('key', '"place:uk": {"type"', '"prototype": {"type"');
  sub('key', '"start":0,', '"__proto__":{"polluted":true},"start":0,');
  sub('key', '"archive/2024/b.md"', '"../../etc/passwd"');
  sub('key', '"archive/2024/b.md"', '"/etc/passwd"');
  sub('key', '"archive/2024/b.md"', '"C:/Windows/win.ini"');
  sub('key', '"archive/2024/b.md"', '"archive/../../b.md"');
  sub('key', '"archive/2024/b.md"', '"archive\\\\2024\\\\b.md"');
  sub('key', '"archive/2024/b.md"', '"./archive/b.md"');
  // Binary (10).
  add('binary', Buffer.from([0, 0, 0, 0]));
  add('binary', Buffer.concat([Buffer.from(good.slice(0, 40)), Buffer.from([0]), Buffer.from(good.slice(40))]));
  add('binary', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x12, 0x34, 0x56, 0x78, 0x00, 0x03]));
  add('binary', Buffer.from(good, 'utf16le'));
  add('binary', Buffer.concat([Buffer.from(good.slice(0, 100)), Buffer.from([0xc3, 0x28]), Buffer.from(good.slice(100))]));
  add('binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  add('binary', Buffer.alloc(64, 0xff));
  add('binary', Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 73 + 11) % 256)));
  add('binary', Buffer.concat([Buffer.from('{"schema":"'), Buffer.from([0x07, 0x08]), Buffer.from('"}')]));
  add('binary', Buffer.from([0xef, 0xbb, 0xbf, 0xfe, 0xff, 0x00]));
  // Spans that contradict themselves, and plain syntax slips (10).
  sub('invalid', '"exact":"Russia"', '"exact":"Moscow!"');
  sub('invalid', '"exact":"Russia"', '"exact":""');
  sub('invalid', '"type":"PLACE"}', '"type":"PLACE",}');
  sub('invalid', '"schema": "news-annotator/store@1",', '"schema": "news-annotator/store@1"');
  sub('invalid', '{\n  "schema"', '// comment\n{\n  "schema"');
  sub('invalid', '"person:putin": {"mergeInto":"person:vladimir-putin"}', '"person:putin": {"mergeInto":"person:putin"}');
  sub('invalid', '"status":"rejected","origin":"auto","type":"ORG"', '"status":"suggested","origin":"auto","type":"ORG"');
  sub('invalid', '"prefix":"","suffix"', '"prefix":"' + 'x'.repeat(400) + '","suffix"');
  sub('invalid', '"Russia"', "'Russia'");
  add('invalid', '   \n\t\n');
  return out;
}

describe('store: 100 corrupted files', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'news-store-corrupt-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('each gives one clear located error, is never overwritten, and nothing throws out of the loader', async () => {
    const good = serializeStore(richStore());
    const all = variants(good);
    assert.equal(all.length, 100);
    const kinds = new Map<string, number>();
    for (const [i, v] of all.entries()) {
      const file = path.join(dir, `v${i}.json`);
      writeFileSync(file, v.bytes);
      assert.doesNotThrow(() => parseStore(v.bytes.toString('utf8')), `core parser threw on variant ${i} (${v.kind})`);
      let error: unknown;
      try {
        await readStoreFile(file);
      } catch (e) {
        error = e;
      }
      assert.ok(error instanceof StoreError, `variant ${i} (${v.kind}) was accepted: ${v.bytes.toString('utf8').slice(0, 80)}`);
      assert.equal(error.file, file);
      assert.ok(error.line >= 1 && error.column >= 1, `variant ${i}: line ${error.line} column ${error.column}`);
      assert.ok(error.reason.length > 5 && !error.reason.includes('\n'), `variant ${i}: reason "${error.reason}"`);
      assert.equal(error.message, `${file}:${error.line}:${error.column}: ${error.reason}`);
      await assert.rejects(writeStoreFile(file, richStore()), StoreError, `variant ${i} (${v.kind}) was overwritten`);
      assert.deepEqual(readFileSync(file), v.bytes, `variant ${i} changed on disk`);
      kinds.set(v.kind, (kinds.get(v.kind) ?? 0) + 1);
    }
    assert.deepEqual(Object.fromEntries(kinds), { truncated: 25, 'wrong type': 15, conflict: 10, 'wrong schema': 10, number: 10, key: 10, binary: 10, invalid: 10 });
  });

  it('names the conflict, the line and the key', async () => {
    const good = serializeStore(richStore());
    const conflicted = good.replace('  "registry": {', '<<<<<<< HEAD\n  "registry": {\n=======\n  "registry": {\n>>>>>>> other');
    const r1 = parseStore(conflicted);
    assert.ok(!r1.ok);
    assert.equal(r1.problem.line, 3);
    assert.match(r1.problem.reason, /merge conflict.*<<<<<<< HEAD/);
    const r2 = parseStore(good.replace('"archive/2024/b.md"', '"../../etc/passwd"'));
    assert.ok(!r2.ok);
    assert.equal(r2.problem.line, 8);
    assert.match(r2.problem.reason, /outside the workspace folder/);
    const r3 = parseStore(good.replace('"start":0,', '"start":"0",'));
    assert.ok(!r3.ok);
    assert.match(r3.problem.reason, /documents\["seeds\/article.txt"\]\.mentions\[0\]\.start must be integer/);
    const r4 = parseStore(good.slice(0, 200));
    assert.ok(!r4.ok);
    assert.match(r4.problem.reason, /truncated/);
  });

  it('keeps prototype keys away from objects', () => {
    const r = parseStore('{"schema":"news-annotator/store@1","registry":{},"documents":{"__proto__":{"mentions":[],"quotes":[],"entities":{}}}}');
    assert.ok(!r.ok);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'mentions'), false);
  });
});
