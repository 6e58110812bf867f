import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runEval } from '../../../src/cli/evalCommand';

// The development sets kept in the repository (what `npm run eval` scores).
const evalDir = path.join(__dirname, '..', '..', '..', 'eval');
const goldDir = path.join(evalDir, 'dev');
const gumDir = path.join(evalDir, 'dev-gum');

async function evalLines(args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runEval(args, (l) => lines.push(l));
  return { code, lines };
}

describe('eval command', () => {
  it('prints help', async () => {
    const { code, lines } = await evalLines(['--help']);
    assert.equal(code, 0);
    assert.match(lines[0], /^Usage: news-annotator eval GOLD_DIR/);
  });

  it('rejects a missing gold folder argument and unknown options with exit code 2', async () => {
    assert.equal((await evalLines([])).code, 2);
    assert.equal((await evalLines([goldDir, '--bogus'])).code, 2);
  });

  it('reports an unreadable folder with exit code 1', async () => {
    const { code, lines } = await evalLines([path.join(goldDir, 'nope')]);
    assert.equal(code, 1);
    assert.match(lines[0], /not a folder/);
  });

  it('scores given predictions and lists each document\'s misses', async () => {
    const pred = fs.mkdtempSync(path.join(os.tmpdir(), 'na-pred-'));
    try {
      const gold = JSON.parse(fs.readFileSync(path.join(goldDir, 'seed-article.json'), 'utf8'));
      // Everything right but one mention and one quote left out.
      fs.writeFileSync(path.join(pred, 'seed-article.json'), JSON.stringify({ mentions: gold.entities.slice(1), quotes: gold.quotes.slice(1) }));
      const { code, lines } = await evalLines([goldDir, gumDir, '--pred', pred]);
      assert.equal(code, 0);
      const text = lines.join('\n');
      assert.match(text, /entities {3}P 1\.000 {2}R 0\.\d{3}/);
      assert.match(text, /speaker accuracy \d\.\d{3} {2}cue accuracy \d\.\d{3}/);
      assert.match(text, /seed-article\.json {2}entity F1 0\.991 {2}quotes 7\/8 fp 0/);
      assert.match(text, /missed PLACE "Russia" 0-6/);
      assert.match(text, /missed quote "“The Federal Security Service’s/);
      // Documents without a prediction count as empty, as in the reference scorer.
      assert.match(text, /GUM_news_crane\.json {2}entity F1 0\.000 {2}quotes 0\/3 fp 0/);
      // Then one table of both sets, as in the README.
      const table = lines.slice(lines.indexOf('| set | entity F1 | PERSON | ORG | PLACE | NORP | quote F1 | speaker | cue |'));
      assert.equal(table.length, 4, text);
      assert.match(table[2], /^\| .*dev \(1 document\) \| 0\.99 \| 1\.00 \| 1\.00 \| 0\.98 \| 1\.00 \| 0\.93 \| 1\.00 \| 1\.00 \|$/);
      assert.match(table[3], /^\| .*dev-gum \(8 documents\) \| 0\.00 \| 0\.00 \| 0\.00 \| 0\.00 \| – \| 0\.00 \| – \| – \|$/);
    } finally {
      fs.rmSync(pred, { recursive: true, force: true });
    }
  });

  it('analyses the articles itself and prints JSON', async () => {
    const { code, lines } = await evalLines([gumDir, '--json']);
    assert.equal(code, 0);
    const out = JSON.parse(lines.join('\n')) as { sets: Array<{ gold: string; summary: { docs: number; quotes: { f1: number } }; documents: unknown[] }> };
    assert.equal(out.sets[0].summary.docs, 8);
    assert.equal(out.sets[0].documents.length, 8);
    assert.ok(out.sets[0].summary.quotes.f1 > 0.9, `quote F1 ${out.sets[0].summary.quotes.f1}`);
  });
});
