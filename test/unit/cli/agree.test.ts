import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli as run } from './runCli';

// `news-annotator agree` as users run it: the built bundle, two annotators' folders, exit codes and output.
const ARTICLE = 'Angela Merkel met Boris Johnson in Berlin.\n\n“We agreed on everything,” Merkel said.\n';

interface ExportDoc {
  mentions: Array<{ status: string; type: string; text: string }>;
  quotes: Array<{ status: string; speaker: unknown }>;
}

describe('news-annotator agree', function () {
  this.timeout(120_000);
  let dir: string;

  before(() => {
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, `node scripts/build.mjs failed:\n${build.stderr}`);
  });

  /** An annotator's folder: the article, a JSON export edited by `edit`, and a workspace file imported from it. */
  function annotator(name: string, edit: (doc: ExportDoc) => void): void {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'article.txt'), ARTICLE);
    const exported = run(join(dir, name), 'annotate', 'article.txt');
    assert.equal(exported.status, 0, exported.stderr);
    const doc = JSON.parse(exported.stdout) as ExportDoc;
    for (const m of doc.mentions) m.status = 'accepted';
    for (const q of doc.quotes) q.status = 'accepted';
    edit(doc);
    writeFileSync(join(dir, name, 'export.json'), JSON.stringify(doc));
    const imported = run(join(dir, name), 'import', 'export.json', '--store', 'news-annotations.json');
    assert.equal(imported.status, 0, imported.stderr);
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-agree-'));
    annotator('alice', () => undefined);
    annotator('bob', (doc) => {
      const berlin = doc.mentions.find((m) => m.text === 'Berlin');
      assert.ok(berlin, 'the analyser finds Berlin');
      berlin.status = 'rejected';
      doc.quotes[0]!.speaker = null;
    });
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints a table with the scores and every disagreement with its place', () => {
    const r = run(dir, 'agree', 'alice/news-annotations.json', 'bob/news-annotations.json');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Agreement of 2 annotators over 1 article\(s\)/);
    assert.match(r.stdout, /^PLACE +0 +1 +0 +0\.000 +0\.000 +0\.000/m);
    assert.match(r.stdout, /Cohen's kappa 0\.\d{3}; Krippendorff's alpha \(nominal\) 0\.\d{3}/);
    assert.match(r.stdout, /alice\/article\.txt:1:36 {2}mention {2}"Berlin" {2}1: PLACE {2}2: —/);
    assert.match(r.stdout, /alice\/article\.txt:3:1 {2}speaker {2}"“We agreed on everything,”" {2}1: Merkel {2}2: —/);
  });

  it('prints one JSON object as the last line, and 1.0 for a file against itself', () => {
    let r = run(dir, 'agree', 'alice/news-annotations.json', 'bob/news-annotations.json', '--format', 'json');
    assert.equal(r.status, 0, r.stderr);
    const last = JSON.parse(r.stdout.trimEnd().split('\n').pop() as string) as { annotators: number; entity: { f1: number }; kappa: number; quotes: { f1: number; speaker: number } };
    assert.equal(last.annotators, 2);
    assert.ok(last.entity.f1 < 1 && last.entity.f1 > 0.5);
    assert.ok(last.kappa < 1);
    assert.equal(last.quotes.f1, 1);
    assert.equal(last.quotes.speaker, 0);
    r = run(dir, 'agree', 'alice/news-annotations.json', 'alice/export.json', 'alice/news-annotations.json', '-f', 'json');
    assert.equal(r.status, 0, r.stderr);
    const same = JSON.parse(r.stdout) as { annotators: number; entity: { f1: number }; kappa: number; alpha: number; quotes: { f1: number; speaker: number }; disagreements: unknown[] };
    assert.deepEqual([same.annotators, same.entity.f1, same.kappa, same.alpha, same.quotes.f1, same.quotes.speaker, same.disagreements.length], [3, 1, 1, 1, 1, 1, 0]);
  });

  it('writes an HTML report', () => {
    const r = run(dir, 'agree', 'alice/export.json', 'bob/export.json', '--format', 'html', '--out', 'report.html');
    assert.equal(r.status, 0, r.stderr);
    assert.ok(existsSync(join(dir, 'report.html')));
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    assert.match(html, /<td><code>alice\/article\.txt:1:36<\/code><\/td><td>mention<\/td><td>Berlin<\/td><td>PLACE<\/td>/);
    assert.ok(!/<script/i.test(html));
  });

  it('refuses a different text of the same article in one line, exit 1', () => {
    writeFileSync(join(dir, 'bob', 'article.txt'), ARTICLE.replace('Berlin', 'Bonn'));
    for (const inputs of [['alice/news-annotations.json', 'bob/news-annotations.json'], ['alice/export.json', 'bob/export.json']]) {
      const r = run(dir, 'agree', ...inputs);
      assert.equal(r.status, 1);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /^news-annotator: .*(different text|not the text this export was made from)/);
    }
  });

  it('says in one line what is wrong with unreadable inputs and the command line', () => {
    writeFileSync(join(dir, 'broken.json'), '{"schema": "news-annotator/store@1", ');
    const cases: Array<[string[], number, RegExp]> = [
      [['alice/news-annotations.json', 'missing.json'], 1, /^news-annotator: missing\.json: not found$/],
      [['alice/news-annotations.json', 'broken.json'], 1, /^news-annotator: broken\.json/],
      [['alice/news-annotations.json', 'alice/article.txt'], 1, /^news-annotator: alice\/article\.txt: not a workspace file/],
      [['alice/news-annotations.json'], 2, /needs two or more/],
      [['alice/export.json', 'bob/export.json', '--format', 'xml'], 2, /unknown format "xml"/],
    ];
    for (const [args, status, pattern] of cases) {
      const r = run(dir, 'agree', ...args);
      assert.equal(r.status, status, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
      assert.match(r.stderr.trimEnd(), pattern);
    }
  });
});
