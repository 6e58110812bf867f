import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync, existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import * as path from 'node:path';
import { fromBrat } from '../../../src/core/export/brat';
import { ImportError } from '../../../src/core/export/types';
import type { DocumentAnnotations, Mention } from '../../../src/core/model';
import { makeAnchor, makeAnchors } from '../../../src/core/store/anchor';
import { StoreError } from '../../../src/core/store/errors';
import { commitStore, withStoreLock } from '../../../src/core/store/fileProtocol';
import { decisionsFromAnnotations } from '../../../src/core/store/overlay';
import { parseStore } from '../../../src/core/store/parse';
import { serializeStore } from '../../../src/core/store/serialize';
import { emptyDocument, emptyStore } from '../../../src/core/store/types';
import { changeStoreFile, nodeStoreAccess, readStoreFile } from '../../../src/node/storeFile';

describe('store: reliability of the workspace file', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'news-store-rel-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a duplicate key is a located error, not a silent "last copy wins"', () => {
    const text = '{\n  "schema": "news-annotator/store@1",\n  "registry": {},\n  "documents": {\n    "a.txt": {"mentions": [], "quotes": [], "entities": {}},\n    "a.txt": {"mentions": [], "quotes": [], "entities": {}}\n  }\n}\n';
    const r = parseStore(text);
    assert.ok(!r.ok);
    assert.equal(r.problem.line, 6);
    assert.equal(r.problem.column, 5);
    assert.match(r.problem.reason, /the key "a\.txt" occurs twice in the same object/);
    // The same key in two different objects is fine.
    assert.ok(parseStore('{"schema": "news-annotator/store@1", "registry": {}, "documents": {"a.txt": {"mentions": [], "quotes": [], "entities": {}}, "b.txt": {"mentions": [], "quotes": [], "entities": {}}}}').ok);
  });

  it('a lock held by a writer that died is taken over; a live one makes the other writer wait, then give up clearly', async () => {
    const file = path.join(dir, 'news-annotations.json');
    // A process id that cannot be running: the writer that left this lock is gone.
    writeFileSync(`${file}.lock`, `${hostname()} 999999999 dead`);
    assert.equal(await changeStoreFile(file, (s) => ({ ...s, documents: new Map([['a.txt', { ...emptyDocument(), entities: new Map([['e', { note: 'n' }]]) }]]) })), true);
    assert.equal(existsSync(`${file}.lock`), false);
    const access = nodeStoreAccess(file);
    let release!: () => void;
    const held = withStoreLock(access, file, () => new Promise<void>((r) => { release = r; }));
    await new Promise((r) => setTimeout(r, 20));
    await assert.rejects(commitStore(access, file, ({ store }) => store, { timeoutMs: 150, staleMs: 60_000 }), (e: unknown) => e instanceof StoreError && /another program has been writing it/.test(e.reason));
    release();
    await held;
    assert.equal(existsSync(`${file}.lock`), false);
  });

  it('never writes a store its own reader would refuse', async () => {
    const file = path.join(dir, 'news-annotations.json');
    const bad = emptyStore();
    bad.documents.set('../outside.txt', emptyDocument());
    bad.documents.get('../outside.txt')?.entities.set('x', { note: 'n' });
    await assert.rejects(changeStoreFile(file, () => bad), /not written: the result would not be readable/);
    assert.equal(existsSync(file), false);
  });

  it('keeps the mode of the file (0600 stays 0600) and refuses a read-only file', async () => {
    const file = path.join(dir, 'news-annotations.json');
    writeFileSync(file, serializeStore(emptyStore()));
    chmodSync(file, 0o600);
    const note = (n: string) => (s: ReturnType<typeof emptyStore>) => ({ ...s, registry: new Map([['org:x', { type: 'ORG' as const, name: n, aliases: [] }]]) });
    assert.equal(await changeStoreFile(file, note('A')), true);
    assert.equal(statSync(file).mode & 0o777, 0o600);
    chmodSync(file, 0o400);
    const before = readFileSync(file, 'utf8');
    await assert.rejects(changeStoreFile(file, note('B')), /read-only; not overwritten/);
    assert.equal(readFileSync(file, 'utf8'), before);
  });

  it('reads no workspace file that is not a regular file', async () => {
    await assert.rejects(readStoreFile('/dev/zero'), /a device, not a regular file/);
    await assert.rejects(readStoreFile(dir), /a folder, not a file/);
  });

  it('brat: a discontinuous span is refused with a precise message; fragments split at a line break are one span', () => {
    const text = 'Angela Merkel met\nher staff in Paris.';
    assert.throws(() => fromBrat('T1\tPERSON 0 5;14 17\tAngel met', text, 'a.txt'), (e: unknown) => e instanceof ImportError && /a\.txt\.ann:1: discontinuous span \("0 5;14 17": text between fragments 0 5 and 14 17\)/.test(e.message));
    const doc = fromBrat('T1\tPERSON 14 17;18 21\tmet her', text, 'a.txt');
    assert.equal(doc.mentions[0]?.text, 'met\nher');
  });

  it('anchors many decisions in time linear in the text, the same anchors as one at a time', () => {
    const words = ['Moscow', 'embassy', 'said', 'the', 'Federal', 'Security', 'Service', 'diplomat', 'British', 'spy', 'ring', 'of', 'and', 'in', 'court', 'week'];
    const textOf = (n: number): string => Array.from({ length: n }, (_, i) => `${words[(i * 7 + ((i * i) % 13)) % words.length]}${i % 50 === 0 ? ` Person${i}` : ''}`).join(' ');
    const decisionsOver = (text: string): DocumentAnnotations => {
      const mentions: Mention[] = [];
      for (let i = text.indexOf('Moscow'); i !== -1; i = text.indexOf('Moscow', i + 1)) mentions.push({ start: i, end: i + 6, text: 'Moscow', type: 'PLACE', entityId: 'place:moscow', origin: 'auto', status: 'accepted' });
      return { schema: 'news-annotator/analysis@1', document: { path: 'a.txt', length: text.length, sha256: '' }, entities: [], mentions, quotes: [] };
    };
    const small = textOf(600);
    const same = decisionsFromAnnotations(decisionsOver(small), small).mentions;
    assert.deepEqual(same.map(({ start, end, exact, prefix, suffix }) => ({ start, end, exact, prefix, suffix })), same.map((m) => makeAnchor(small, m.start, m.end)));
    assert.deepEqual(makeAnchors(small, same), same.map((m) => makeAnchor(small, m.start, m.end)));
    const time = (n: number): { ms: number; count: number } => {
      const text = textOf(n);
      const ann = decisionsOver(text);
      const t = process.hrtime.bigint();
      decisionsFromAnnotations(ann, text);
      return { ms: Number(process.hrtime.bigint() - t) / 1e6, count: ann.mentions.length };
    };
    time(2000);
    const a = time(20_000);
    const b = time(80_000);
    // Four times the text and the decisions: linear is about 4x, quadratic 16x. Allow noise of a busy machine.
    assert.ok(b.count > 3 * a.count);
    assert.ok(b.ms < a.ms * 9 + 50, `20k words: ${a.ms.toFixed(0)} ms for ${a.count} decisions; 80k words: ${b.ms.toFixed(0)} ms for ${b.count}`);
  });
});
