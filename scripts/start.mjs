// `npm start`, after the build: annotates the seed articles with the CLI core (dist/cli.js), prints a summary
// (entities by type, who is quoted how often) and writes every export format and the reports under out/,
// which git ignores. It never writes anywhere else.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const cli = require(join(root, 'dist', 'cli.js'));

const FORMATS = ['json', 'csv', 'w3c', 'brat', 'conll', 'markdown', 'html'];
const outDir = join(root, 'out');

function write(file, content) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  return relative(root, file);
}

const result = await cli.annotatePaths(['seeds'], { includeRejected: false, maxKb: 5 * 1024 }, root);
for (const failure of result.failures) console.error(`news-annotator: ${failure}`);
if (result.items.length === 0) {
  console.error('news-annotator: nothing to annotate in seeds/');
  process.exit(1);
}

const docs = result.items.map((item) => item.annotations);
process.stdout.write(cli.formatSummary(docs));

const written = [];
for (const format of FORMATS) {
  for (const item of result.items) {
    for (const output of cli.renderOne(format, item, item.article.outputStem)) written.push(write(join(outDir, format, output.name), output.content));
  }
}
// brat shows the types, relations and attributes of the export once it has their configuration beside them.
written.push(write(join(outDir, 'brat', 'annotation.conf'), cli.bratAnnotationConf()));
const reports = [
  write(join(outDir, 'report.json'), cli.toJsonWorkspace(docs)),
  write(join(outDir, 'report.md'), cli.toMarkdownWorkspace(docs, 'News Annotator report: seeds')),
  write(join(outDir, 'report.html'), cli.toHtmlWorkspace(result.items, 'News Annotator report: seeds')),
];
console.log(`\nWrote ${written.length} export files under out/ (one folder per format) and the reports:`);
for (const r of reports) console.log(`  ${r}`);
process.exitCode = result.failures.length > 0 ? 1 : 0;
