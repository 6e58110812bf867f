import { strict as assert } from 'node:assert';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { toJson } from '../../../src/core/export/json';
import { analyze } from '../../../src/core/nlp/analyze';
import { parseStore } from '../../../src/core/store/parse';
import { FolderStore } from '../../../src/editor/store/folderStore';
import { nodeStoreAccess } from '../../../src/node/storeFile';

// Several writers of one workspace file at the same moment: command-line imports in their own processes and the
// editor's store logic (the same FolderStore the extension uses, on Node's fs). Every writer adds its own
// document; after each round the file must hold all of them.
const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = process.env.NEWS_CLI ?? path.join(ROOT, 'dist', 'cli.js');
const ROUNDS = Number(process.env.STORE_STRESS_ROUNDS ?? 200);
const CLI_WRITERS = 3;
const EDITOR_WRITERS = 3;
const TEXT = 'Angela Merkel visited Paris on Monday.\n';

// A long-lived CLI process per writer (start-up would dominate otherwise): it runs the CLI's own `main` on each
// command line it is sent and answers with the exit code and what went to stderr.
const DRIVER = `
const { main } = require(process.argv[1]);
const rl = require('node:readline').createInterface({ input: process.stdin });
rl.on('line', async (line) => {
  let err = '';
  const code = await main(JSON.parse(line), { stdout: () => undefined, stderr: (t) => { err += t; } });
  process.stdout.write(JSON.stringify({ code, err }) + '\\n');
});
`;

class CliWriter {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = '';
  private waiting: ((r: { code: number; err: string }) => void) | undefined;

  constructor() {
    this.child = spawn(process.execPath, ['-e', DRIVER, CLI], { stdio: 'pipe' });
    this.child.stdout.on('data', (d: Buffer) => {
      this.buffer += d.toString();
      const nl = this.buffer.indexOf('\n');
      if (nl >= 0) {
        const line = this.buffer.slice(0, nl);
        this.buffer = this.buffer.slice(nl + 1);
        this.waiting?.(JSON.parse(line) as { code: number; err: string });
      }
    });
  }

  run(args: string[]): Promise<{ code: number; err: string }> {
    return new Promise((resolve) => {
      this.waiting = resolve;
      this.child.stdin.write(`${JSON.stringify(args)}\n`);
    });
  }

  close(): void {
    this.child.stdin.end();
  }
}

describe('store: concurrent writers lose nothing', function () {
  this.timeout(900_000);
  let dir = '';
  let writers: CliWriter[] = [];

  before(() => {
    if (!existsSync(CLI)) {
      const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(build.status, 0, build.stderr);
    }
    dir = mkdtempSync(path.join(tmpdir(), 'news-store-stress-'));
    writers = Array.from({ length: CLI_WRITERS }, () => new CliWriter());
  });
  after(() => {
    for (const w of writers) w.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`${ROUNDS} rounds of ${CLI_WRITERS} command-line imports and ${EDITOR_WRITERS} editor stores writing one file at once`, async () => {
    const analysed = analyze(TEXT, { path: 'x' });
    assert.ok(analysed.mentions.length > 0);
    const started = Date.now();
    let lost = 0;
    let failures = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const roundDir = path.join(dir, `r${round}`);
      mkdirSync(roundDir);
      const storeFile = path.join(roundDir, 'news-annotations.json');
      const all = CLI_WRITERS + EDITOR_WRITERS;
      for (let i = 0; i < all; i++) writeFileSync(path.join(roundDir, `a${i}.txt`), TEXT);
      for (let i = 0; i < CLI_WRITERS; i++) {
        const doc = { ...analysed, document: { ...analysed.document, path: `a${i}.txt` }, mentions: analysed.mentions.map((m, k) => ({ ...m, status: k === 0 ? 'accepted' as const : m.status })) };
        writeFileSync(path.join(roundDir, `e${i}.json`), toJson(doc));
      }
      // The editor stores load the (missing) file first, so each holds a view that is stale by the time it writes.
      const editors = Array.from({ length: EDITOR_WRITERS }, () => new FolderStore(nodeStoreAccess(storeFile), 'news-annotations.json', { changed: () => undefined, problem: () => undefined }, 0));
      await Promise.all(editors.map((e) => e.load()));
      const results = await Promise.all([
        ...writers.map((w, i) => w.run(['import', path.join(roundDir, `e${i}.json`), '--store', storeFile])),
        ...editors.map(async (e, k) => {
          const i = CLI_WRITERS + k;
          await e.mutate(`a${i}.txt`, TEXT, { kind: 'addMention', mention: { start: 0, end: 13, type: 'PERSON' } });
          await e.flush();
          e.dispose();
          return { code: 0, err: '' };
        }),
      ]);
      for (const r of results) if (r.code !== 0) failures++;
      assert.equal(failures, 0, `round ${round}: ${results.map((r) => r.err).join(' ')}`);
      const parsed = parseStore(readFileSync(storeFile, 'utf8'));
      assert.ok(parsed.ok, `round ${round}: the file does not parse`);
      for (let i = 0; i < all; i++) {
        const doc = parsed.store.documents.get(`a${i}.txt`);
        if (!doc || doc.mentions.length === 0) lost++;
      }
      assert.equal(existsSync(`${storeFile}.lock`), false, `round ${round}: the lock was left behind`);
      rmSync(roundDir, { recursive: true, force: true });
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(`      ${ROUNDS} rounds x ${CLI_WRITERS + EDITOR_WRITERS} writers in ${seconds.toFixed(1)} s: ${lost} decisions lost, ${failures} writers failed`);
    assert.equal(lost, 0);
  });
});
