import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentAnnotations } from '../../../src/core/model';

// `annotate --explain`: each mention of the JSON output says which features weighed most for its type.
const ROOT = join(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

describe('news-annotator annotate --explain', function () {
  this.timeout(120_000);
  let dir: string;

  before(() => {
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
    assert.ok(existsSync(CLI));
    dir = mkdtempSync(join(tmpdir(), 'news-explain-'));
    writeFileSync(join(dir, 'a.txt'), 'Minister Hadra Volk, 52, visited Nairobi on Monday.\nSeveral Peruvian farmers met her.\n');
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  const annotate = (...args: string[]): DocumentAnnotations => {
    const r = spawnSync(process.execPath, [CLI, 'annotate', join(dir, 'a.txt'), ...args], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as DocumentAnnotations;
  };

  it('adds why, at most three signed features, to each mention', () => {
    const doc = annotate('--explain');
    assert.ok(doc.mentions.length >= 3);
    for (const m of doc.mentions) {
      assert.ok(Array.isArray(m.why) && m.why.length >= 1 && m.why.length <= 3, JSON.stringify(m));
    }
    const volk = doc.mentions.find((m) => m.text === 'Hadra Volk');
    assert.equal(volk?.type, 'PERSON');
    assert.ok(volk?.why?.every((w) => /\([+−]\d+\.\d\)$/.test(w)), JSON.stringify(volk?.why));
    assert.deepEqual(doc.mentions.find((m) => m.text === 'Peruvian')?.why, ['nationality or group name (lexicon rule)']);
  });

  it('leaves why out without the flag', () => {
    assert.ok(annotate().mentions.every((m) => !('why' in m)));
  });
});
