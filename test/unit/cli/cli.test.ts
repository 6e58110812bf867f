import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { version } from '../../../package.json';
import { CLI, ROOT, runCli as run, type Run } from './runCli';

// The CLI as users run it: the built bundle, spawned in a scratch folder; exit codes and messages checked.
const SEED = readFileSync(join(ROOT, 'seeds', '000_2415d7d0c8b47aa8.txt'), 'utf8');

/** One line on stderr, prefixed with the program name, and never a stack trace. */
function assertOneLine(r: Run, pattern: RegExp): void {
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line on stderr, got: ${r.stderr}`);
  assert.match(lines[0], pattern);
  assert.ok(!/\n\s+at /.test(r.stderr));
}

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(relative(dir, join(d, e.name)).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

describe('news-annotator CLI', function () {
  this.timeout(120_000);
  let dir: string;

  before(() => {
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, `node scripts/build.mjs failed:\n${build.stderr}`);
    assert.ok(existsSync(CLI), 'dist/cli.js was not built');
  });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-cli-'));
    mkdirSync(join(dir, 'articles', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'articles', 'seed.txt'), SEED);
    writeFileSync(join(dir, 'articles', 'sub', 'short.md'), 'Angela Merkel visited Paris on Monday.\n');
    writeFileSync(join(dir, 'articles', 'sub', 'brief.news'), 'Boris Johnson spoke in London.\n');
    writeFileSync(join(dir, 'articles', 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('help and usage', () => {
    it('--version prints the package version', () => {
      const r = run(dir, '--version');
      assert.equal(r.status, 0);
      assert.equal(r.stdout.trim(), version);
    });

    for (const args of [['--help'], ['annotate', '--help'], ['import', '--help']]) {
      it(`${args.join(' ')} prints help and exits 0`, () => {
        const r = run(dir, ...args);
        assert.equal(r.status, 0);
        assert.match(r.stdout, /^Usage: news-annotator /);
      });
    }

    const usage: Array<[string[], RegExp]> = [
      [[], /Usage: news-annotator/],
      [['frobnicate'], /^news-annotator: unknown command "frobnicate"/],
      [['annotate'], /^news-annotator: annotate needs at least one file or folder/],
      [['annotate', 'articles', '--colour'], /^news-annotator: Unknown option '--colour'/],
      [['annotate', 'articles', '--format', 'pdf'], /^news-annotator: unknown format "pdf" \(expected one of json, csv, w3c, brat, conll, markdown, html\)$/],
      [['annotate', 'articles', '--max-size', 'lots'], /^news-annotator: --max-size needs a whole number of KB above 0, not "lots"$/],
      [['annotate', 'articles', '--format', 'brat'], /^news-annotator: brat writes two files per article: give --out DIR/],
      [['import', 'x.json'], /^news-annotator: import needs --store FILE/],
    ];
    for (const [args, pattern] of usage) {
      it(`exit 2 on a usage error: ${args.join(' ') || '(nothing)'}`, () => {
        const r = run(dir, ...args);
        assert.equal(r.status, 2);
        if (args.length === 0) assert.match(r.stderr, pattern);
        else assertOneLine(r, pattern);
      });
    }
  });

  describe('input failures (exit 1, one line naming the file and reason)', () => {
    it('a missing file', () => {
      const r = run(dir, 'annotate', 'nowhere.txt');
      assert.equal(r.status, 1);
      assertOneLine(r, /^news-annotator: nowhere\.txt: not found$/);
    });

    it('a folder with no articles', () => {
      mkdirSync(join(dir, 'empty'));
      writeFileSync(join(dir, 'empty', 'notes.pdf'), 'x');
      const r = run(dir, 'annotate', 'empty');
      assert.equal(r.status, 1);
      assertOneLine(r, /^news-annotator: empty: folder holds no articles \(\.txt, \.md, \.news files\)$/);
    });

    it('a binary file', () => {
      const r = run(dir, 'annotate', 'articles/photo.jpg');
      assert.equal(r.status, 1);
      assertOneLine(r, /^news-annotator: articles\/photo\.jpg: binary file, not text$/);
    });

    it('a file that is not UTF-8', () => {
      writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 M\xfcller', 'latin1'));
      const r = run(dir, 'annotate', 'latin1.txt');
      assert.equal(r.status, 1);
      assertOneLine(r, /^news-annotator: latin1\.txt: not UTF-8 text$/);
    });

    it('a file over the size limit', () => {
      const r = run(dir, 'annotate', 'articles/seed.txt', '--max-size', '1');
      assert.equal(r.status, 1);
      assertOneLine(r, /^news-annotator: articles\/seed\.txt: too large \(3 KB; the limit is 1 KB, see --max-size\)$/);
    });

    it('bad inputs do not stop the good ones', () => {
      const r = run(dir, 'annotate', 'articles/seed.txt', 'nowhere.txt', '--out', 'out');
      assert.equal(r.status, 1);
      assertOneLine(r, /nowhere\.txt: not found/);
      assert.deepEqual(files(join(dir, 'out')), ['seed.json']);
    });
  });

  describe('annotate', () => {
    it('walks a folder: .txt, .md and .news files, recursively, one JSON per article named after it', () => {
      const r = run(dir, 'annotate', 'articles', '--out', 'out');
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, '');
      assert.deepEqual(files(join(dir, 'out')), ['seed.json', 'sub/brief.json', 'sub/short.json']);
      const seed = JSON.parse(readFileSync(join(dir, 'out', 'seed.json'), 'utf8')) as { schema: string; document: { path: string; length: number } };
      assert.equal(seed.schema, 'news-annotator/analysis@1');
      assert.deepEqual(seed.document.path, 'articles/seed.txt');
      assert.equal(seed.document.length, SEED.length);
    });

    it('prints JSON to stdout without --out: an object for one article, an array for several', () => {
      const one = run(dir, 'annotate', 'articles/seed.txt');
      assert.equal(one.status, 0);
      assert.equal((JSON.parse(one.stdout) as { schema: string }).schema, 'news-annotator/analysis@1');
      const many = run(dir, 'annotate', 'articles');
      assert.equal(many.status, 0);
      assert.equal((JSON.parse(many.stdout) as unknown[]).length, 3);
    });

    const names: Record<string, string[]> = {
      json: ['seed.json'],
      csv: ['seed.csv'],
      w3c: ['seed.jsonld'],
      brat: ['annotation.conf', 'seed.ann', 'seed.txt'],
      conll: ['seed.conll'],
      markdown: ['seed.md'],
      html: ['seed.html'],
    };
    for (const [format, expected] of Object.entries(names)) {
      it(`--format ${format} --out writes ${expected.join(' and ')}`, () => {
        const r = run(dir, 'annotate', 'articles/seed.txt', '--format', format, '--out', 'out');
        assert.equal(r.status, 0, r.stderr);
        assert.deepEqual(files(join(dir, 'out')), expected);
        for (const f of expected) assert.ok(readFileSync(join(dir, 'out', f), 'utf8').length > 0);
      });
    }

    it('never overwrites an article with its own report', () => {
      const r = run(dir, 'annotate', 'articles/sub/short.md', '--format', 'markdown', '--out', 'articles/sub');
      assert.equal(r.status, 1);
      assertOneLine(r, /^news-annotator: articles\/sub\/short\.md: its markdown output articles\/sub\/short\.md would overwrite the input articles\/sub\/short\.md; nothing was written \(choose another --out folder\)$/);
      assert.equal(readFileSync(join(dir, 'articles', 'sub', 'short.md'), 'utf8'), 'Angela Merkel visited Paris on Monday.\n');
    });

    it('two articles whose names differ only by extension keep it in their output names', () => {
      writeFileSync(join(dir, 'articles', 'seed.md'), 'Another article.\n');
      const r = run(dir, 'annotate', 'articles/seed.txt', 'articles/seed.md', '--out', 'out');
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(files(join(dir, 'out')), ['seed.md.json', 'seed.txt.json']);
    });

    it('brat copies the article text beside the .ann', () => {
      run(dir, 'annotate', 'articles/seed.txt', '--format', 'brat', '--out', 'out');
      assert.equal(readFileSync(join(dir, 'out', 'seed.txt'), 'utf8'), SEED);
    });

    it('--bom starts a CSV with a byte order mark', () => {
      const plain = run(dir, 'annotate', 'articles/seed.txt', '--format', 'csv');
      const bom = run(dir, 'annotate', 'articles/seed.txt', '--format', 'csv', '--bom');
      assert.ok(!plain.stdout.startsWith('\uFEFF'));
      assert.ok(bom.stdout.startsWith('\uFEFF'));
      assert.match(plain.stdout, /^document,kind,type,start,end,text,/);
    });

    it('several articles to stdout: one CoNLL stream with a -DOCSTART- per article', () => {
      const r = run(dir, 'annotate', 'articles', '--format', 'conll');
      assert.equal(r.status, 0);
      assert.equal((r.stdout.match(/^-DOCSTART-/gm) ?? []).length, 3);
    });
  });

  describe('import', () => {
    it('reads a JSON export back', () => {
      run(dir, 'annotate', 'articles/seed.txt', '--out', 'out');
      const r = run(dir, 'import', 'out/seed.json', '--store', 'news-annotations.json');
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^imported 1 document\(s\) \(\d+ mentions, \d+ quotes\) into news-annotations\.json$/m);
      assert.ok(existsSync(join(dir, 'news-annotations.json')));
    });

    it('reads a brat export back', () => {
      run(dir, 'annotate', 'articles/seed.txt', '--format', 'brat', '--out', 'out');
      const r = run(dir, 'import', 'out/seed.ann', '--store', 'news-annotations.json');
      assert.equal(r.status, 0, r.stderr);
    });

    it('round trip: decisions imported, applied by annotate --store, exported and imported again are the same', () => {
      assert.equal(run(dir, 'annotate', 'articles/seed.txt', '--out', 'out1').status, 0);
      const exported = JSON.parse(readFileSync(join(dir, 'out1', 'seed.json'), 'utf8')) as { mentions: Array<{ status: string; origin: string; text: string }> };
      assert.ok(exported.mentions.length >= 3, 'the analyser finds a few mentions in the seed');
      exported.mentions[0].status = 'accepted';
      exported.mentions[1].status = 'rejected';
      writeFileSync(join(dir, 'out1', 'seed.json'), JSON.stringify(exported));
      assert.equal(run(dir, 'import', 'out1/seed.json', '--store', 'a.json').status, 0);

      const kept = run(dir, 'annotate', 'articles/seed.txt', '--store', 'a.json', '--include-rejected');
      const withRejected = JSON.parse(kept.stdout) as typeof exported;
      assert.equal(withRejected.mentions.find((m) => m.text === exported.mentions[0].text)?.status, 'accepted');
      assert.equal(withRejected.mentions.filter((m) => m.status === 'rejected').length, 1);
      const plain = JSON.parse(run(dir, 'annotate', 'articles/seed.txt', '--store', 'a.json').stdout) as typeof exported;
      assert.equal(plain.mentions.length, withRejected.mentions.length - 1, 'rejected mentions are left out by default');

      // JSON: export with the decisions, import into a new workspace file.
      assert.equal(run(dir, 'annotate', 'articles/seed.txt', '--store', 'a.json', '--include-rejected', '--out', 'out2').status, 0);
      assert.equal(run(dir, 'import', 'out2/seed.json', '--store', 'b.json').status, 0);
      // brat: written beside the article, so that its .txt is the article itself and the path stays the same.
      assert.equal(run(dir, 'annotate', 'articles/seed.txt', '--store', 'a.json', '--include-rejected', '--format', 'brat', '--out', 'articles').status, 0);
      assert.equal(readFileSync(join(dir, 'articles', 'seed.txt'), 'utf8'), SEED);
      assert.equal(run(dir, 'import', 'articles/seed.ann', '--store', 'c.json').status, 0);
      const a = readFileSync(join(dir, 'a.json'), 'utf8');
      assert.equal(readFileSync(join(dir, 'b.json'), 'utf8'), a);
      assert.equal(readFileSync(join(dir, 'c.json'), 'utf8'), a);
    });

    it('a broken workspace file is reported and left alone', () => {
      writeFileSync(join(dir, 'news-annotations.json'), '{ "schema": "news-annotator/store@1", ');
      const r = run(dir, 'annotate', 'articles/seed.txt', '--store', 'news-annotations.json');
      assert.equal(r.status, 1);
      assertOneLine(r, /^news-annotator: news-annotations\.json:1:\d+: /);
      assert.equal(readFileSync(join(dir, 'news-annotations.json'), 'utf8'), '{ "schema": "news-annotator/store@1", ');
    });

    it('says which file is wrong and why', () => {
      writeFileSync(join(dir, 'bad.json'), '{"schema": "news-annotator/analysis@1"}');
      const r = run(dir, 'import', 'bad.json', '--store', 'news-annotations.json');
      assert.equal(r.status, 1);
      assertOneLine(r, /^news-annotator: bad\.json: \(top level\) must have required property 'document'$/);
    });

    it('a brat file without its text', () => {
      writeFileSync(join(dir, 'lonely.ann'), 'T1\tPERSON 0 3\tAna\n');
      const r = run(dir, 'import', 'lonely.ann', '--store', 'news-annotations.json');
      assert.equal(r.status, 1);
      assertOneLine(r, /^news-annotator: lonely\.ann: brat needs its text file beside it \(lonely\.txt: not found\)$/);
    });
  });
});
