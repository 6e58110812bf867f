#!/usr/bin/env node
// How much each name list of src/core/nlp/knowledge.ts knows of a gold-annotated corpus: the share of gold
// PERSON / ORG / PLACE names found whole in the list, the share of their capitalised words in it, and the share of
// capitalised words outside every gold name that it holds (false hits). A proxy for what each list can add to the
// recogniser, until cross-validation measures it.
// Usage: node --import tsx scripts/knowledgeCoverage.mjs [TRAIN_DIR] [--by-source]
//   TRAIN_DIR (default ../shared/train) holds folders of NAME.txt + NAME.json gold documents (gum/, wikigold/, ...).
import fs from 'node:fs';
import path from 'node:path';
import { KNOWLEDGE_LISTS, phraseLists, wordLists } from '../src/core/nlp/knowledge.ts';

const args = process.argv.slice(2);
// The shared folder sits beside the repository, or beside the folder of work trees holding it.
const dir = args.find((a) => !a.startsWith('--'))
  ?? ['../../shared/train', '../../../shared/train'].map((p) => path.join(import.meta.dirname, p)).find((p) => fs.existsSync(p))
  ?? '../shared/train';
const bySource = args.includes('--by-source');
// --top=N: also print each list's N most frequent false hits (the entries most worth pruning).
const top = Number(args.find((a) => a.startsWith('--top='))?.slice(6) ?? 0);
const falseHits = new Map(); // list -> Map(word -> count)
if (!fs.existsSync(dir)) {
  console.error(`knowledgeCoverage: no folder ${dir}`);
  process.exit(1);
}

const TYPES = ['PERSON', 'ORG', 'PLACE'];
// Rows for the union of the lists of each kind, after the lists themselves.
const UNIONS = {
  anyPerson: ['firstName', 'surname', 'personName', 'personWn', 'personLex'],
  anyOrg: ['company', 'orgWn', 'orgLex', 'sportsTeam', 'brand'],
  anyPlace: ['placeWn', 'city', 'country', 'region', 'placeLex'],
};
const ROWS = [...KNOWLEDGE_LISTS, ...Object.keys(UNIONS)];
/** The lists and the unions a lookup's lists belong to. */
const withUnions = (lists) => [...lists, ...Object.keys(UNIONS).filter((u) => UNIONS[u].some((l) => lists.includes(l)))];
// A word: letters or digits, with the inner punctuation names carry (`O'Brien`, `AT&T`, `U.S.`, `Coca-Cola`).
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’&.-]*[\p{L}\p{N}.])?/gu;
const capitalised = (w) => /^\p{Lu}/u.test(w);
// A possessive is no part of a name; a full stop ends a sentence unless the word is an abbreviation (`U.S.`, `St.`).
const clean = (w) => w.replace(/['’]s$/u, '').replace(/(?<=\p{L}{2,})\.$/u, '');

function wordsOf(text, offset = 0) {
  const out = [];
  for (const m of text.matchAll(WORD)) out.push({ text: clean(m[0]), start: offset + m.index, end: offset + m.index + m[0].length });
  return out;
}

/** Whether the word at `start` opens a sentence, a line or a quotation. */
function initial(text, start) {
  const before = text.slice(Math.max(0, start - 4), start).replace(/[\s"“‘'([«]+$/u, '');
  return before === '' || /[.!?:\n]$/.test(before) || start === 0 || /\n\s*$/.test(text.slice(Math.max(0, start - 4), start));
}

const blank = () => ({
  mentions: Object.fromEntries(TYPES.map((t) => [t, { n: 0, phrase: {}, word: {}, words: 0, anyWord: {} }])),
  other: { n: 0, hits: {}, initialN: 0, initialHits: {} },
});
const inc = (o, k) => { o[k] = (o[k] ?? 0) + 1; };

function addDocument(stats, txt, gold) {
  const covered = new Uint8Array(txt.length);
  for (const e of gold.entities) for (let i = e.mention_start ?? e.start; i < (e.mention_end ?? e.end); i++) covered[i] = 1;
  for (const e of gold.entities) {
    if (!TYPES.includes(e.type) || e.optional || e.nested || e.coordination) continue;
    const s = stats.mentions[e.type];
    s.n++;
    // GUM marks the name inside a longer mention (`Afghan Ambassador Hamdullah Mohib` → `Hamdullah Mohib`).
    const name = e.name?.text ?? e.text;
    for (const l of withUnions(phraseLists(wordsOf(name).map((w) => w.text)))) inc(s.phrase, l);
    const any = new Set();
    for (const w of wordsOf(name).filter((x) => capitalised(x.text))) {
      s.words++;
      for (const l of withUnions(wordLists(w.text))) { inc(s.word, l); any.add(l); }
    }
    for (const l of any) inc(s.anyWord, l);
  }
  for (const w of wordsOf(txt)) {
    if (!capitalised(w.text) || covered[w.start]) continue;
    const lists = withUnions(wordLists(w.text));
    if (initial(txt, w.start)) {
      stats.other.initialN++;
      for (const l of lists) inc(stats.other.initialHits, l);
    } else {
      stats.other.n++;
      for (const l of lists) inc(stats.other.hits, l);
      if (stats === all) for (const l of lists) {
        if (!falseHits.has(l)) falseHits.set(l, new Map());
        falseHits.get(l).set(w.text, (falseHits.get(l).get(w.text) ?? 0) + 1);
      }
    }
  }
}

const pct = (k, n) => (n === 0 ? '   -' : `${((100 * (k ?? 0)) / n).toFixed(1)}`.padStart(5));
function print(title, st) {
  const m = st.mentions;
  console.log(`\n${title}: gold names PERSON ${m.PERSON.n}, ORG ${m.ORG.n}, PLACE ${m.PLACE.n}; capitalised words outside names ${st.other.n} (+ ${st.other.initialN} opening a sentence)`);
  console.log('% of gold names found whole (phrase), of their capitalised words (word), of capitalised non-name words (false hits; inner / sentence-initial)');
  const head = ['list'.padEnd(13), ...TYPES.flatMap((t) => [`${t.slice(0, 3)}phr`, `${t.slice(0, 3)}wrd`]), 'falseIn', 'falseInit'];
  console.log(head.map((h) => h.padStart(10)).join(''));
  for (const l of ROWS) {
    const row = [l.padEnd(13)];
    for (const t of TYPES) row.push(pct(m[t].phrase[l], m[t].n), pct(m[t].word[l], m[t].words));
    row.push(pct(st.other.hits[l], st.other.n), pct(st.other.initialHits[l], st.other.initialN));
    console.log(row.map((c) => String(c).padStart(10)).join(''));
  }
}

const all = blank();
const sources = {};
for (const source of fs.readdirSync(dir).sort()) {
  const sub = path.join(dir, source);
  if (!fs.statSync(sub).isDirectory()) continue;
  sources[source] = blank();
  for (const f of fs.readdirSync(sub).filter((x) => x.endsWith('.json')).sort()) {
    const txtFile = path.join(sub, f.replace(/\.json$/, '.txt'));
    if (!fs.existsSync(txtFile)) continue;
    const gold = JSON.parse(fs.readFileSync(path.join(sub, f), 'utf8'));
    const txt = fs.readFileSync(txtFile, 'utf8');
    addDocument(all, txt, gold);
    addDocument(sources[source], txt, gold);
  }
}
if (bySource) for (const [s, st] of Object.entries(sources)) print(s, st);
print(`all (${Object.keys(sources).join(', ')})`, all);
if (top > 0) {
  console.log(`\nMost frequent false hits (capitalised words outside gold names, not opening a sentence):`);
  for (const l of ROWS) {
    const words = [...(falseHits.get(l) ?? new Map())].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top);
    console.log(`${l}: ${words.map(([w, n]) => `${w} ${n}`).join(', ')}`);
  }
}
