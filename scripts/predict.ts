// Writes the analyser's output for every DOC.txt of IN_DIR to OUT_DIR/DOC.json, for the reference scorer
// (node test/fixtures/eval/score.mjs IN_DIR OUT_DIR).
// Usage: npx tsx scripts/predict.ts IN_DIR OUT_DIR
import fs from 'node:fs';
import path from 'node:path';
import { createAnalyzer } from '../src/core/nlp/analyze';

const [inDir, outDir] = process.argv.slice(2);
if (!inDir || !outDir) {
  console.error('usage: predict.ts IN_DIR OUT_DIR');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });
const analyzer = createAnalyzer();
for (const f of fs.readdirSync(inDir).filter((n) => n.endsWith('.txt')).sort()) {
  const text = fs.readFileSync(path.join(inDir, f), 'utf8');
  const t0 = performance.now();
  const result = analyzer.analyze(text, { path: f });
  const ms = performance.now() - t0;
  fs.writeFileSync(path.join(outDir, f.replace(/\.txt$/, '.json')), JSON.stringify(result, null, 1));
  console.log(`${f}: ${result.mentions.length} mentions, ${result.entities.length} entities, ${result.quotes.length} quotes, ${ms.toFixed(1)} ms`);
}
