// `node bench/learn.mjs`: how long replaying a workspace's decisions onto the recogniser takes (the editor does it
// after every decision, in the analyser worker). The decisions' features are ready (the worker keeps each open
// article's candidates), so this is the replay alone. Last line: one JSON object with the figures.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundled = await esbuild.build({
  stdin: { contents: "export { teach } from './src/core/learn/teach'; export { WORKSPACE_TEACHING } from './src/core/learn/taughtRecogniser';", resolveDir: root, loader: 'ts' },
  bundle: true, write: false, platform: 'node', format: 'cjs', target: 'es2022', mainFields: ['module', 'main'], logLevel: 'warning',
});
const file = path.join(os.tmpdir(), `news-annotator-bench-learn-${process.pid}.cjs`);
fs.writeFileSync(file, bundled.outputFiles[0].text);
const { teach, WORKSPACE_TEACHING } = createRequire(import.meta.url)(file);
fs.rmSync(file, { force: true });

// A stand-in for the shipped weights with the recogniser's shape: a map of rows of four weights.
const weights = new Map();
for (let i = 0; i < 50000; i++) weights.set(`f${i}`, [0, (i % 7) / 7, (i % 5) / 5, (i % 3) / 3]);
const base = {
  scores(features) {
    const s = [0, 0, 0, 0];
    for (const f of features) { const v = weights.get(f); if (v) for (let k = 0; k < 4; k++) s[k] += v[k]; }
    return s;
  },
};
// 5,000 decisions over 700 names with 44 features each, like a candidate's (words, shapes, context, evidence).
const labels = ['O', 'PERSON', 'ORG', 'PLACE'];
const examples = [];
for (let i = 0; i < 5000; i++) {
  const features = [`w=name${i % 700}`, `first=n${i % 300}`, `prev=p${i % 37}`, `suf=${i % 53}`, ...Array.from({ length: 40 }, (_, k) => `f${(i * 13 + k * 101) % 50000}`)];
  examples.push({ path: `d${i % 200}.txt`, start: 0, end: 1, text: 'x', label: labels[(i * 7) % 4], features });
}
// Wall time on a busy machine mostly measures the other processes, so the CPU time of this one is given too.
function measure(options) {
  const runs = [];
  const cpu = [];
  for (let j = 0; j < 5; j++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    teach(base, examples, options);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { wall: runs[2], min: runs[0], max: runs[4], cpu: cpu[2] };
}
const editor = measure(WORKSPACE_TEACHING);
const every = measure({});
const line = (label, m) => `${label}: median ${m.wall.toFixed(0)} ms wall (min ${m.min.toFixed(0)}, max ${m.max.toFixed(0)}), ${m.cpu.toFixed(0)} ms CPU`;
console.log(line("replay of 5,000 decisions as the editor teaches (the name's features learn)", editor));
console.log(line('replay of 5,000 decisions, every feature learning', every));
console.log(`5 runs each; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
console.log(JSON.stringify({ decisions: 5000, replayMs: Math.round(editor.wall), replayCpuMs: Math.round(editor.cpu), everyFeatureMs: Math.round(every.wall), loadAverage: Number(os.loadavg()[0].toFixed(1)) }));
