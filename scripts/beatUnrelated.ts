// How much unrelated articles resemble one another, as the beat measures it (`beat.ts`): the level a beat's
// articles must pass to be one. Reads the training corpora only (../shared/train): an article and the summed
// words of n others from other sources or other GUM genres (academic, bio, court, interview, voyage, UNER's web
// text, Wikigold's encyclopedia articles), many random draws per n; prints percentiles of the cosine per n, and
// the same for n others of the article's own GUM genre and for Wikigold articles among themselves (one
// genre, many subjects), for comparison. The 95th percentiles are `UNRELATED` in src/core/learn/beat.ts.
//
// Usage: npx tsx scripts/beatUnrelated.ts [--data DIR] [--draws N]
import fs from 'node:fs';
import path from 'node:path';
import { cosine, wordVector, type WordVector } from '../src/core/learn/beat';
import { mulberry32 } from './random.mjs';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => { const i = args.indexOf(name); return i >= 0 ? (args[i + 1] as string) : dflt; };
const DATA = path.resolve(opt('--data', path.join(__dirname, '..', '..', 'shared', 'train')));
const DRAWS = Number(opt('--draws', '4000'));
const NS = [1, 2, 3, 4, 6, 8, 12, 16, 25, 50, 100];

interface Doc { group: string; v: WordVector }
const docs: Doc[] = [];
const SOURCES = opt('--sources', 'gum,uner-ewt,wikigold').split(',');
for (const source of SOURCES) {
  const dir = path.join(DATA, source);
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const group = source === 'gum' ? (f.split('_')[1] as string) : source;
    docs.push({ group, v: wordVector(fs.readFileSync(path.join(dir, f), 'utf8')) });
  }
}

function centreOf(vs: readonly WordVector[]): Map<string, number> {
  const c = new Map<string, number>();
  for (const v of vs) for (const [w, x] of v) c.set(w, (c.get(w) ?? 0) + x);
  return c;
}
const pct = (xs: number[], p: number): number => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))] as number; };
const f3 = (x: number): string => x.toFixed(3);

const rand = mulberry32(20261202);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
function sample<T>(xs: readonly T[], n: number): T[] {
  const a = [...xs];
  for (let i = 0; i < n && i < a.length; i++) { const j = i + Math.floor(rand() * (a.length - i)); [a[i], a[j]] = [a[j] as T, a[i] as T]; }
  return a.slice(0, n);
}

console.log('n\tunrelated p50 / p90 / p95 / p99\tsame GUM genre p5 / p10 / p25 / p50\twikigold p50 / p90');
for (const n of NS) {
  const unrelated: number[] = [];
  const same: number[] = [];
  const wiki: number[] = [];
  for (let d = 0; d < DRAWS; d++) {
    const doc = pick(docs);
    const unrel = docs.filter((o) => o.group !== doc.group);
    if (unrel.length >= n) unrelated.push(cosine(doc.v, centreOf(sample(unrel, n).map((o) => o.v))));
    const g = pick(docs.filter((o) => !o.group.includes('-') && o.group !== 'wikigold'));
    const others = docs.filter((o) => o.group === g.group && o !== g);
    if (others.length >= n) same.push(cosine(g.v, centreOf(sample(others, n).map((o) => o.v))));
    const k = pick(docs.filter((o) => o.group === 'wikigold'));
    if (k) wiki.push(cosine(k.v, centreOf(sample(docs.filter((o) => o.group === 'wikigold' && o !== k), n).map((o) => o.v))));
  }
  if (!unrelated.length) continue;
  console.log(`${n}\t${[0.5, 0.9, 0.95, 0.99].map((p) => f3(pct(unrelated, p))).join(' / ')}\t${same.length ? [0.05, 0.1, 0.25, 0.5].map((p) => f3(pct(same, p))).join(' / ') : '-'}\t${[0.5, 0.9].map((p) => (wiki.length ? f3(pct(wiki, p)) : '-')).join(' / ')}`);
}
