import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { type Dirent, chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { annotateOptions } from '../../../src/cli/annotateCommand';
import { gatherInputs } from '../../../src/cli/inputs';
import { EXPORT_FORMATS } from '../../../src/core/export/types';

// The command line used as a hostile user would: outputs aimed at the inputs, exports that point outside the
// workspace, devices and pipes as files, a full disk, read-only and private workspace files.
const ROOT = join(__dirname, '..', '..', '..');
const CLI = process.env.NEWS_CLI ?? join(ROOT, 'dist', 'cli.js');
const ARTICLE = 'Angela Merkel visited Paris on Monday. “We will help,” she said.\n';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(cwd: string, args: string[], stdout: 'pipe' | number = 'pipe'): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000, stdio: ['ignore', stdout, 'pipe'] });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr };
}

/** Every file under `dir` with its bytes, to compare before and after a command. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) out.set(relative(dir, full), readFileSync(full, 'latin1'));
    }
  };
  walk(dir);
  return out;
}

function assertInputsKept(before: Map<string, string>, after: Map<string, string>, what: string): void {
  for (const [name, bytes] of before) assert.equal(after.get(name), bytes, `${what}: ${name} was changed`);
}

describe('CLI under hostile use', function () {
  this.timeout(300_000);
  let dir: string;

  before(() => {
    if (!process.env.NEWS_CLI) {
      const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(build.status, 0, build.stderr);
    }
  });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-hostile-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('no command ever writes over an input', () => {
    // Folder layouts: articles whose names differ only by extension, nested folders, output into the input folder.
    const layouts: Record<string, Record<string, string>> = {
      'a.txt and a.md side by side': { 'd/a.txt': ARTICLE, 'd/a.md': `# Other\n\nBoris Johnson spoke in London.\n` },
      'nested, same names': { 'd/a.txt': ARTICLE, 'd/sub/a.txt': 'Boris Johnson spoke in London.\n', 'd/sub/a.md': 'Keir Starmer spoke.\n' },
      'an article named like an output': { 'd/a.txt': ARTICLE, 'd/a.txt.md': 'Boris Johnson spoke.\n', 'd/a.json.txt': 'Keir Starmer spoke.\n' },
    };
    for (const [layout, files] of Object.entries(layouts)) {
      for (const format of EXPORT_FORMATS) {
        it(`annotate d --format ${format} --out d (${layout})`, () => {
          for (const [name, text] of Object.entries(files)) {
            mkdirSync(join(dir, name, '..'), { recursive: true });
            writeFileSync(join(dir, name), text);
          }
          const before = snapshot(dir);
          const r = run(dir, ['annotate', 'd', '--format', format, '--out', 'd']);
          const after = snapshot(dir);
          assertInputsKept(before, after, `${format}, ${layout}`);
          assert.ok(!/\n\s+at /.test(r.stderr), r.stderr);
          if (r.status !== 0) {
            assert.equal(r.status, 1, r.stderr);
            assert.match(r.stderr, /would overwrite the input/);
            assert.equal(after.size, before.size, 'a refused run writes nothing');
          } else {
            assert.ok(after.size > before.size, 'outputs were written');
          }
        });
      }
    }

    it('a markdown report of a.md into its own folder is refused and nothing is written', () => {
      mkdirSync(join(dir, 'd'));
      writeFileSync(join(dir, 'd', 'a.md'), ARTICLE);
      writeFileSync(join(dir, 'd', 'b.txt'), ARTICLE);
      const r = run(dir, ['annotate', 'd', '--format', 'markdown', '--out', 'd']);
      assert.equal(r.status, 1);
      assert.equal(r.stderr.trim(), 'news-annotator: d/a.md: its markdown output d/a.md would overwrite the input d/a.md; nothing was written (choose another --out folder)');
      assert.deepEqual(readdirSync(join(dir, 'd')).sort(), ['a.md', 'b.txt']);
    });

    it('an output through a hard link to an input is refused', () => {
      mkdirSync(join(dir, 'd'));
      mkdirSync(join(dir, 'out'));
      writeFileSync(join(dir, 'd', 'a.txt'), ARTICLE);
      execFileSync('ln', [join(dir, 'd', 'a.txt'), join(dir, 'out', 'a.json')]);
      const r = run(dir, ['annotate', 'd', '--out', 'out']);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /would overwrite the input d\/a\.txt/);
      assert.equal(readFileSync(join(dir, 'd', 'a.txt'), 'utf8'), ARTICLE);
    });

    it('the workspace file is an input too: an article named like it does not replace it', () => {
      mkdirSync(join(dir, 'd'));
      writeFileSync(join(dir, 'd', 'news-annotations.txt'), ARTICLE);
      writeFileSync(join(dir, 'd', 'news-annotations.json'), '{"schema":"news-annotator/store@1","registry":{},"documents":{}}\n');
      const r = run(dir, ['annotate', 'd', '--store', 'd/news-annotations.json', '--out', 'd']);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /would overwrite the input d\/news-annotations\.json/);
    });

    it('import refuses a workspace file that is one of the exports', () => {
      writeFileSync(join(dir, 'a.txt'), ARTICLE);
      assert.equal(run(dir, ['annotate', 'a.txt', '--out', 'o']).status, 0);
      const before = readFileSync(join(dir, 'o', 'a.json'), 'utf8');
      const r = run(dir, ['import', 'o/a.json', '--store', 'o/a.json']);
      assert.equal(r.status, 1);
      assert.equal(readFileSync(join(dir, 'o', 'a.json'), 'utf8'), before);
    });
  });

  describe('import reads only inside the workspace and writes only what it can read back', () => {
    function exportWith(path: string, entityId?: string): string {
      writeFileSync(join(dir, 'a.txt'), ARTICLE);
      assert.equal(run(dir, ['annotate', 'a.txt', '--out', 'o']).status, 0);
      const doc = JSON.parse(readFileSync(join(dir, 'o', 'a.json'), 'utf8')) as { document: { path: string }; entities: Array<{ id: string }>; mentions: Array<{ entityId: string; status: string }> };
      doc.document.path = path;
      doc.mentions[0].status = 'accepted';
      if (entityId) {
        const old = doc.mentions[0].entityId;
        for (const e of doc.entities) if (e.id === old) e.id = entityId;
        for (const m of doc.mentions) if (m.entityId === old) m.entityId = entityId;
      }
      writeFileSync(join(dir, 'o', 'a.json'), JSON.stringify(doc));
      return 'o/a.json';
    }

    const hostile: Array<[string, () => string, RegExp]> = [
      ['a path with ..', () => { mkdirSync(join(dir, 'w')); writeFileSync(join(dir, 'secret.txt'), ARTICLE); return exportWith('../secret.txt'); }, /outside the workspace folder/],
      ['an absolute path', () => { mkdirSync(join(dir, 'w')); writeFileSync(join(dir, 'secret.txt'), ARTICLE); return exportWith(join(dir, 'secret.txt')); }, /absolute/],
      ['a link out of the folder', () => { mkdirSync(join(dir, 'w')); writeFileSync(join(dir, 'secret.txt'), ARTICLE); symlinkSync(join(dir, 'secret.txt'), join(dir, 'w', 'link.txt')); return exportWith('link.txt'); }, /outside the workspace folder/],
      ['an entity id __proto__', () => { mkdirSync(join(dir, 'w')); writeFileSync(join(dir, 'w', 'a.txt'), ARTICLE); return exportWith('a.txt', '__proto__'); }, /reserved name/],
    ];
    for (const [what, make, message] of hostile) {
      it(`refuses ${what}, exit 1, and leaves no store behind`, () => {
        const exp = make();
        const r = run(dir, ['import', exp, '--store', 'w/news-annotations.json']);
        assert.equal(r.status, 1, r.stderr);
        assert.match(r.stderr, message);
        assert.equal(existsSync(join(dir, 'w', 'news-annotations.json')), false, 'nothing written');
      });
    }

    it('an export over the size limit is refused with advice that import accepts', () => {
      mkdirSync(join(dir, 'w'));
      writeFileSync(join(dir, 'w', 'a.txt'), ARTICLE);
      const exp = exportWith('a.txt');
      // Whitespace is valid JSON: the export grows past 1 KB without changing.
      writeFileSync(join(dir, exp), readFileSync(join(dir, exp), 'utf8') + ' '.repeat(2048));
      const r = run(dir, ['import', exp, '--store', 'w/news-annotations.json', '--max-size', '1']);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /too large .* see --max-size/);
      const ok = run(dir, ['import', exp, '--store', 'w/news-annotations.json', '--max-size', '64']);
      assert.equal(ok.status, 0, ok.stderr);
    });
  });

  describe('reads nothing but regular files, and at most the limit', () => {
    it('annotate /dev/zero is refused at once', () => {
      const r = run(dir, ['annotate', '/dev/zero', '--max-size', '1']);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /\/dev\/zero: a device, not a regular file/);
    });

    it('a FIFO given as an article or as --store is refused without waiting for a writer', () => {
      execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
      writeFileSync(join(dir, 'a.txt'), ARTICLE);
      const a = run(dir, ['annotate', 'pipe.txt']);
      assert.equal(a.status, 1);
      assert.match(a.stderr, /pipe\.txt: a pipe \(FIFO\), not a regular file/);
      const s = run(dir, ['annotate', 'a.txt', '--store', 'pipe.txt']);
      assert.equal(s.status, 1);
      assert.match(s.stderr, /pipe\.txt:1:1: cannot read the file \(a pipe \(FIFO\), not a regular file\)/);
    });

    it('--store /dev/zero and a folder as --store are refused', () => {
      writeFileSync(join(dir, 'a.txt'), ARTICLE);
      mkdirSync(join(dir, 'folder'));
      for (const store of ['/dev/zero', 'folder']) {
        const r = run(dir, ['annotate', 'a.txt', '--store', store]);
        assert.equal(r.status, 1, store);
        assert.match(r.stderr, /not a (regular )?file/);
      }
    });
  });

  describe('output errors', () => {
    it('annotate a.txt > /dev/full exits 1 with one line', () => {
      writeFileSync(join(dir, 'a.txt'), ARTICLE);
      const fd = openSync('/dev/full', 'w');
      try {
        const r = run(dir, ['annotate', 'a.txt'], fd);
        assert.equal(r.status, 1);
        assert.match(r.stderr.trim(), /^news-annotator: cannot write the output \(ENOSPC/);
      } finally {
        closeSync(fd);
      }
    });

    it('eval prints its errors on stderr, not stdout', () => {
      const r = run(dir, ['eval', 'nowhere']);
      assert.equal(r.status, 1);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /not a folder/);
    });
  });

  describe('permissions of the workspace file', () => {
    function setUp(): string {
      mkdirSync(join(dir, 'w'));
      writeFileSync(join(dir, 'w', 'a.txt'), ARTICLE);
      assert.equal(run(dir, ['annotate', 'w/a.txt', '--out', 'o', '--store', 'w/news-annotations.json']).status, 0);
      const doc = JSON.parse(readFileSync(join(dir, 'o', 'a.json'), 'utf8')) as { document: { path: string }; mentions: Array<{ status: string }> };
      doc.mentions[0].status = 'accepted';
      writeFileSync(join(dir, 'o', 'a.json'), JSON.stringify(doc));
      writeFileSync(join(dir, 'w', 'news-annotations.json'), '{"schema":"news-annotator/store@1","registry":{},"documents":{}}\n');
      return 'o/a.json';
    }

    it('a 0600 file stays 0600 after a write', () => {
      const exp = setUp();
      chmodSync(join(dir, 'w', 'news-annotations.json'), 0o600);
      const r = run(dir, ['import', exp, '--store', 'w/news-annotations.json']);
      assert.equal(r.status, 0, r.stderr);
      assert.match(readFileSync(join(dir, 'w', 'news-annotations.json'), 'utf8'), /"accepted"/);
      assert.equal(statSync(join(dir, 'w', 'news-annotations.json')).mode & 0o777, 0o600);
    });

    it('a read-only file is not replaced', () => {
      const exp = setUp();
      chmodSync(join(dir, 'w', 'news-annotations.json'), 0o444);
      const before = readFileSync(join(dir, 'w', 'news-annotations.json'), 'utf8');
      const r = run(dir, ['import', exp, '--store', 'w/news-annotations.json']);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /read-only; not overwritten/);
      assert.equal(readFileSync(join(dir, 'w', 'news-annotations.json'), 'utf8'), before);
    });
  });

  describe('options and folders', () => {
    it('-j is clamped to the number of cores', () => {
      assert.equal(annotateOptions(['-j', '1000', 'x']).options.jobs, availableParallelism());
      assert.equal(annotateOptions(['-j', '1', 'x']).options.jobs, 1);
    });

    it('an unreadable subfolder is skipped with a message; the rest is annotated', () => {
      mkdirSync(join(dir, 'd', 'locked'), { recursive: true });
      writeFileSync(join(dir, 'd', 'a.txt'), ARTICLE);
      writeFileSync(join(dir, 'd', 'locked', 'b.txt'), ARTICLE);
      // Whoever runs the tests (root reads everything), the listing of one folder fails as EACCES would.
      const list = (d: string): Dirent[] => {
        if (d.endsWith('locked')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        return readdirSync(d, { withFileTypes: true });
      };
      const g = gatherInputs(['d'], dir, list);
      assert.deepEqual(g.items.map((i) => i.display), ['d/a.txt']);
      assert.deepEqual(g.failures, ['d/locked: cannot read the folder (permission denied); skipped, the rest was annotated']);
    });
  });
});
