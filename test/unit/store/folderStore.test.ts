import { strict as assert } from 'node:assert';
import { makeAnchor } from '../../../src/core/store/anchor';
import type { StoreError } from '../../../src/core/store/errors';
import { parseStore } from '../../../src/core/store/parse';
import { serializeStore } from '../../../src/core/store/serialize';
import { emptyDocument, emptyStore } from '../../../src/core/store/types';
import { FolderStore, type StoreFileAccess } from '../../../src/editor/store/folderStore';

const TEXT = 'Russia has expelled a British diplomat in Moscow.';

/** A file in memory, with the writes it received. */
class MemoryFile implements StoreFileAccess {
  bytes: Uint8Array | undefined;
  backup: Uint8Array | undefined;
  writes = 0;

  get text(): string | undefined {
    return this.bytes && new TextDecoder().decode(this.bytes);
  }

  set text(t: string | undefined) {
    this.bytes = t === undefined ? undefined : new TextEncoder().encode(t);
  }

  async read(): Promise<Uint8Array | undefined> {
    return this.bytes;
  }

  async writeAtomically(data: Uint8Array, backup: boolean): Promise<void> {
    if (backup) this.backup = this.bytes;
    this.bytes = data;
    this.writes++;
  }

  lock: string | undefined;

  async createLock(token: string): Promise<boolean> {
    if (this.lock !== undefined) return false;
    this.lock = token;
    return true;
  }

  async readLock(): Promise<{ token: string; ageMs: number } | undefined> {
    return this.lock === undefined ? undefined : { token: this.lock, ageMs: 0 };
  }

  async removeLock(): Promise<void> {
    this.lock = undefined;
  }
}

function open(file: MemoryFile, debounceMs = 5): { store: FolderStore; problems: StoreError[]; changes: () => number } {
  const problems: StoreError[] = [];
  let changes = 0;
  const store = new FolderStore(file, 'news-annotations.json', { changed: () => changes++, problem: (e) => problems.push(e) }, debounceMs);
  return { store, problems, changes: () => changes };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('store: folder store (the editor side, without the editor)', () => {
  it('creates the file on the first decision, after the debounce, and keeps a backup of the previous one', async () => {
    const file = new MemoryFile();
    const { store } = open(file);
    await store.mutate('a.txt', TEXT, { kind: 'addMention', mention: { start: 0, end: 6, type: 'PLACE' } });
    await store.mutate('a.txt', TEXT, { kind: 'addMention', mention: { start: 22, end: 29, type: 'NORP' } });
    assert.equal(file.writes, 0, 'debounced');
    await sleep(30);
    assert.equal(file.writes, 1, 'two decisions, one write');
    const parsed = parseStore(file.text ?? '');
    assert.ok(parsed.ok);
    assert.equal(parsed.store.documents.get('a.txt')?.mentions.length, 2);
    await store.mutate('a.txt', TEXT, { kind: 'clearMention', span: { start: 0, end: 6 } });
    await store.flush();
    assert.equal(file.writes, 2);
    assert.ok(new TextDecoder().decode(file.backup).includes('"exact":"Russia"'), 'the previous good copy is kept');
    store.dispose();
  });

  it('merges an outside edit (git pull) with decisions not yet written', async () => {
    const file = new MemoryFile();
    const { store, changes } = open(file, 10_000);
    await store.mutate('a.txt', TEXT, { kind: 'addMention', mention: { start: 0, end: 6, type: 'PLACE' } });
    await store.flush();
    await store.mutate('a.txt', TEXT, { kind: 'addMention', mention: { start: 22, end: 29, type: 'NORP' } });
    // Someone else's decision about another article arrives from outside.
    const theirs = parseStore(file.text ?? '');
    assert.ok(theirs.ok);
    const other = emptyDocument();
    other.mentions.push({ ...makeAnchor(TEXT, 42, 48), status: 'accepted', origin: 'auto', type: 'PLACE' });
    theirs.store.documents.set('b.txt', other);
    file.text = serializeStore(theirs.store);
    await store.reload();
    assert.ok(changes() >= 1);
    assert.ok(store.store.documents.has('b.txt'), 'the outside edit is loaded');
    assert.equal(store.store.documents.get('a.txt')?.mentions.length, 2, 'the unsaved decision is kept');
    await store.flush();
    const written = parseStore(file.text ?? '');
    assert.ok(written.ok);
    assert.ok(written.store.documents.has('b.txt'));
    assert.equal(written.store.documents.get('a.txt')?.mentions.length, 2);
    store.dispose();
  });

  it('keeps its decisions when it looks while another writer replaces the file (gone, under a live lock)', async () => {
    const file = new MemoryFile();
    const { store } = open(file, 10_000);
    await store.mutate('a.txt', TEXT, { kind: 'addMention', mention: { start: 0, end: 6, type: 'PLACE' } });
    await store.flush();
    const saved = file.text;
    // Another window saves: it holds the lock, and the file service deletes the file before renaming the new one in.
    file.lock = 'another-window';
    file.text = undefined;
    await store.reload();
    assert.equal(store.store.documents.get('a.txt')?.mentions.length, 1, 'a save under way is no deletion');
    file.text = saved;
    file.lock = undefined;
    // Deleted for good (no lock): the folder has no decisions any more.
    file.text = undefined;
    await store.reload();
    assert.equal(store.store.documents.has('a.txt'), false, 'a deleted file is taken at its word');
    store.dispose();
  });

  it('notices an outside edit at write time too, and keeps both', async () => {
    const file = new MemoryFile();
    const { store } = open(file, 10_000);
    await store.mutate('a.txt', TEXT, { kind: 'addMention', mention: { start: 0, end: 6, type: 'PLACE' } });
    await store.flush();
    const outside = emptyStore();
    outside.registry.set('place:russia', { type: 'PLACE', name: 'Russia', aliases: ['Russian Federation'] });
    file.text = serializeStore(outside);
    await store.mutate('a.txt', TEXT, { kind: 'addMention', mention: { start: 22, end: 29, type: 'NORP' } });
    await store.flush();
    const written = parseStore(file.text ?? '');
    assert.ok(written.ok);
    assert.ok(written.store.registry.has('place:russia'));
    assert.equal(written.store.documents.get('a.txt')?.mentions.length, 1, 'the outside version dropped a.txt; only the unsaved decision is replayed');
    store.dispose();
  });

  it('turns read-only with one message on a broken file, never writes it, and recovers when it is fixed', async () => {
    const file = new MemoryFile();
    const broken = '{\n  "schema": "news-annotator/store@1",\n<<<<<<< HEAD\n';
    file.text = broken;
    const { store, problems } = open(file);
    await store.load();
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.line, 3);
    assert.match(problems[0]?.reason ?? '', /merge conflict/);
    assert.ok(store.readOnly);
    await assert.rejects(store.mutate('a.txt', TEXT, { kind: 'addMention', mention: { start: 0, end: 6, type: 'PLACE' } }), /read-only/);
    await store.reload();
    await store.flush();
    assert.equal(problems.length, 1, 'the same problem is not reported twice');
    assert.equal(file.text, broken, 'never overwritten');
    file.text = serializeStore(emptyStore());
    await store.reload();
    assert.ok(!store.readOnly);
    await store.mutate('a.txt', TEXT, { kind: 'addMention', mention: { start: 0, end: 6, type: 'PLACE' } });
    await store.flush();
    assert.ok(file.text?.includes('"exact":"Russia"'));
    store.dispose();
  });

  it('reads a newer major version and never writes it', async () => {
    const file = new MemoryFile();
    file.text = serializeStore(emptyStore()).replace('store@1', 'store@3');
    const { store, problems } = open(file);
    await store.load();
    assert.equal(problems.length, 0);
    assert.ok(store.readOnly);
    await assert.rejects(store.mutate('a.txt', TEXT, { kind: 'addMention', mention: { start: 0, end: 6, type: 'PLACE' } }), /newer version/);
    assert.equal(file.writes, 0);
    store.dispose();
  });
});
