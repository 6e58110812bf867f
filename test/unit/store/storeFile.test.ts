import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { StoreError } from '../../../src/core/store/errors';
import { serializeStore } from '../../../src/core/store/serialize';
import { emptyStore } from '../../../src/core/store/types';
import { readStoreFile, writeStoreFile } from '../../../src/node/storeFile';
import { richStore } from './fixtures';

describe('store: reading and writing files (Node)', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'news-store-file-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a missing file as an empty store (no decisions yet)', async () => {
    const r = await readStoreFile(path.join(dir, 'news-annotations.json'));
    assert.equal(r.exists, false);
    assert.equal(r.readOnly, false);
    assert.equal(r.store.documents.size, 0);
  });

  it('writes, reads back the same, keeps the previous copy as .bak and leaves no temporary file', async () => {
    const file = path.join(dir, 'news-annotations.json');
    assert.equal(await writeStoreFile(file, emptyStore()), true);
    assert.equal(existsSync(`${file}.bak`), false, 'nothing to back up the first time');
    assert.equal(await writeStoreFile(file, richStore()), true);
    assert.equal(readFileSync(`${file}.bak`, 'utf8'), serializeStore(emptyStore()));
    const back = await readStoreFile(file);
    assert.deepEqual(back.store, richStore());
    assert.equal(await writeStoreFile(file, back.store), false, 'an unchanged store is not rewritten');
    assert.deepEqual(readdirSync(dir).sort(), ['news-annotations.json', 'news-annotations.json.bak']);
  });

  it('refuses to replace a broken or newer file, and to write a store of a newer version', async () => {
    const file = path.join(dir, 'news-annotations.json');
    writeFileSync(file, '{"schema": "news-annotator/store@1", "registry": {');
    await assert.rejects(writeStoreFile(file, emptyStore()), (e: unknown) => e instanceof StoreError && e.line === 1 && /not overwritten: the file ends too early/.test(e.reason));
    const newer = serializeStore(emptyStore()).replace('store@1', 'store@2');
    writeFileSync(file, newer);
    const r = await readStoreFile(file);
    assert.ok(r.readOnly);
    await assert.rejects(writeStoreFile(file, emptyStore()), /newer version/);
    await assert.rejects(writeStoreFile(path.join(dir, 'other.json'), r.store), /newer version/);
    assert.equal(readFileSync(file, 'utf8'), newer);
  });

  it('gives one-line errors: file, line, column, reason', async () => {
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, '{\n  "schema": "news-annotator/store@1",\n  "registry": {},\n  "documents": {"/etc/passwd": {"mentions": [], "quotes": [], "entities": {}}}\n}\n');
    await assert.rejects(readStoreFile(file), (e: unknown) => {
      assert.ok(e instanceof StoreError);
      assert.equal(e.message, `${file}:4:17: document path "/etc/passwd" is absolute; it must be relative to the workspace folder`);
      return true;
    });
  });
});
