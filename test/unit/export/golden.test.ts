import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bratAnnotationConf, toBrat } from '../../../src/core/export/brat';
import { toConll } from '../../../src/core/export/conll';
import { toCsv } from '../../../src/core/export/csv';
import { toHtml } from '../../../src/core/export/html';
import { toJson } from '../../../src/core/export/json';
import { toMarkdown } from '../../../src/core/export/markdown';
import { selectForExport } from '../../../src/core/export/select';
import { toW3c } from '../../../src/core/export/w3c';
import { ROOT, seedDocument } from './fixtures';

// Golden files pin every format's exact output on the seed article. After an intended change, regenerate them
// with UPDATE_GOLDEN=1 and review the diff.
const GOLDEN = join(ROOT, 'test', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

function checkGolden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (update) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  assert.ok(existsSync(file), `missing golden file ${name}: run UPDATE_GOLDEN=1 npx mocha 'test/unit/export/**/*.test.ts'`);
  assert.equal(actual, readFileSync(file, 'utf8'), `${name} differs from its golden file (UPDATE_GOLDEN=1 to accept)`);
}

describe('golden exports of the seed article', () => {
  const seed = seedDocument();
  const item = { annotations: selectForExport(seed.annotations), text: seed.text };

  it('json', () => checkGolden('seed.json', toJson(item.annotations)));
  it('csv', () => checkGolden('seed.csv', toCsv([item.annotations])));
  it('w3c', () => checkGolden('seed.jsonld', toW3c(item)));
  it('brat', () => {
    const files = toBrat(item);
    checkGolden('seed.ann', files.ann);
    checkGolden('seed.txt', files.txt);
    checkGolden('annotation.conf', bratAnnotationConf());
  });
  it('conll', () => checkGolden('seed.conll', toConll([item])));
  it('markdown', () => checkGolden('seed.md', toMarkdown(item.annotations)));
  it('html', () => checkGolden('seed.html', toHtml(item)));
  it('json with rejected items kept', () => checkGolden('seed.with-rejected.json', toJson(selectForExport(seed.annotations, { includeRejected: true }))));
});
