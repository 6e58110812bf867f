import { DOCUMENT_NOUNS, NAMING_WORDS, NP_STOP, PASSIVE_AUXILIARIES, PHRASE_CUES, PRONOUNS, REFLEXIVES, TERM_NOUNS, VERB_MODIFIERS, type CueKind } from './lexicon';
import { INVERTIBLE_VERBS, SPEECH_VERBS } from '../speechVerbs';
import { nameOrRole, sentenceSubject, speakerAfter, subjectBefore, type SpeakerFound } from './speaker';
import { isCapitalised, isPossessive, type Token } from './tokens';

/** A cue found among tokens: token indices `first..last` and its kind. */
export interface CueFound {
  first: number;
  last: number;
  kind: CueKind;
}

/** A speaker and cue for a quote, as document offsets. */
export interface Attribution {
  speaker: SpeakerFound;
  /** Null for attribution by juxtaposition with no word doing it (`Putin: 'We will respond'`). */
  cue: { start: number; end: number } | null;
}

/** Finds reporting cues among tokens, in order. Verbs must be in lower case (`State` is not `state`). */
export function findCues(tokens: Token[]): CueFound[] {
  const out: CueFound[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    let matched = false;
    for (const c of PHRASE_CUES) {
      if (c.words[0] !== t.lower || i + c.words.length > tokens.length) continue;
      if (c.words.every((w, k) => tokens[i + k].lower === w && (k === 0 || tokens[i + k].text === w))) {
        out.push({ first: i, last: i + c.words.length - 1, kind: c.kind });
        i += c.words.length - 1;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const kind = SPEECH_VERBS.get(t.text);
    if (kind && !readsAsNoun(tokens, i) && !goesOn(tokens, i)) out.push({ first: i, last: i, kind });
  }
  return out;
}

// A verb of saying that, after a modal or `to`, says that something goes on rather than that someone speaks
// (`said attacks would continue "until the aggression stops"`).
const GOING_ON = new Set(['continue']);
const MODALS = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'to']);

function goesOn(tokens: Token[], i: number): boolean {
  return GOING_ON.has(tokens[i].lower) && MODALS.has(tokens[i - 1]?.lower ?? '');
}

// Articles and possessive determiners: what follows them is a noun phrase (`some`, `many`, `that` may be subjects).
const NOUN_DETERMINERS = new Set('the a an these those his her its their our my your'.split(' '));

// Endings of words that are adjectives rather than nouns (`Democratic`, `similar`, `dangerous`, `memorable`).
const ADJECTIVE_ENDING = /(?:ic|ar|ous|ful|less|ish|ese|able|ible)$/u;

// Nouns for groups, which take a plural verb in a base form (`the police say`, `the government insist`).
const COLLECTIVE_NOUNS = new Set('police people staff public media press crowd team family government council committee board audience jury crew army navy couple club'.split(' '));

// Auxiliaries, which no verb of saying is followed by.
const AUXILIARIES = new Set('had has have was were is are will would could should may might must can'.split(' '));

// What a state runs, after `state` as its modifier.
const STATE_RUN = new Set('media news television tv radio broadcaster broadcasters agency newspaper newspapers press outlet outlets channel daily'.split(' '));

// Past forms are verbs whatever precedes them (`the official said`); only a present or base form can be a noun.
const PAST_FORMS = new Set('said told wrote written spoke spoken swore sworn'.split(' '));

/**
 * Whether the verb form at `i` is a noun or modifier here: right after an article or possessive (`the claims`,
 * `Trump's comments`, `a writing workshop`), or a present form right after an adjective (`the Democratic
 * demands`, `a similar note`).
 */
function readsAsNoun(tokens: Token[], i: number): boolean {
  // `state` before the media a state runs is their modifier (`told the Iranian state news agency`, `"…," state media
  // quoted the general as saying`).
  if (tokens[i].lower === 'state' && STATE_RUN.has(tokens[i + 1]?.lower ?? '')) return true;
  const prev = tokens[i - 1];
  if (!prev?.word) return false;
  if (NOUN_DETERMINERS.has(prev.lower) || isPossessive(prev)) return true;
  const form = tokens[i].lower;
  if (/(?:ed|ing)$/u.test(form) || PAST_FORMS.has(form) || PRONOUNS.has(prev.lower)) return false;
  // A base form after a singular common noun, before an auxiliary, is that noun's compound (`ticket demand had been
  // "extraordinary"`): a verb would agree with a singular subject (`says`); after a plural, a group or a name the base
  // form is the verb of a clause (`who police say was`, `which organisers say has been`).
  if (AUXILIARIES.has(tokens[i + 1]?.lower ?? '') && !/s$/u.test(form) && prev.lower === prev.text && !/s$/u.test(prev.lower) && !COLLECTIVE_NOUNS.has(prev.lower) && !NOUN_DETERMINERS.has(prev.lower)) return true;
  // A present form after a bare noun that a past verb governs, before `and`, is that verb's object (`thanked member
  // states and industry: "…"`); not a headline's participle before its subject (`Retired teacher says`).
  const governor = tokens[i - 2];
  if (/s$/u.test(form) && prev.lower === prev.text && governor?.word && governor.text === governor.lower && /ed$/u.test(governor.lower) && tokens[i + 1]?.lower === 'and' && !COLLECTIVE_NOUNS.has(prev.lower)) return true;
  // Right after a finite verb of saying a base or present form opens its clause as a noun (`said demand was
  // "insane"`, `says claims were false`): two finite verbs do not follow each other.
  if ((PAST_FORMS.has(prev.lower) || /(?:ed|s)$/u.test(prev.lower)) && SPEECH_VERBS.has(prev.text) && !/(?:ed|ing)$/u.test(form)) return true;
  // A base form before a colon after a singular word is a label's noun (`Key quote: “…”`, `Best quote:`): a verb
  // would agree with it (`Bochy quotes:`); plurals and groups take the base form (`Officials say:`, `Police say:`).
  if (tokens[i + 1]?.text === ':' && !/s$/u.test(form) && !/s$/u.test(prev.lower) && !COLLECTIVE_NOUNS.has(prev.lower)) return true;
  // `an encouraging note`, `an international contest`: after an article and a singular word, a base form is a
  // noun (a verb would agree: `the official says`); collective nouns take plural verbs (`the police say`).
  const article = ['the', 'a', 'an'].includes(tokens[i - 2]?.lower ?? '');
  if (article && !/s$/u.test(form) && !/s$/u.test(prev.lower) && prev.lower === prev.text && !COLLECTIVE_NOUNS.has(prev.lower)) return true;
  if (!ADJECTIVE_ENDING.test(prev.lower)) return false;
  // A capitalised word with such an ending is a name as often (`Anas Sarwar says`, `Kubilay says`): an adjective only
  // after a determiner (`the Democratic demands`).
  if (prev.text !== prev.lower && !NOUN_DETERMINERS.has(tokens[i - 2]?.lower ?? '')) return false;
  return /[^s]s$/u.test(form) || NOUN_DETERMINERS.has(tokens[i - 2]?.lower ?? '');
}

function cueSpan(tokens: Token[], c: CueFound): { start: number; end: number } {
  return { start: tokens[c.first].start, end: tokens[c.last].end };
}

/** Index of `quoted` in `quoted X as <participle>` ending at token `participle`, or -1. */
function quotedAs(tokens: Token[], participle: number): number {
  if (tokens[participle - 1]?.lower !== 'as') return -1;
  for (let i = participle - 2; i >= 0 && i >= participle - 16; i--) if (/^quot(?:ed|es|ing|e)$/u.test(tokens[i].lower)) return i;
  return -1;
}

/**
 * Index of `with` opening an absolute clause whose subject is the participle's (`with its director, Miriam
 * Ochoa, saying`), or -1: nothing but a noun phrase and commas between them.
 */
function withSubject(tokens: Token[], participle: number): number {
  for (let i = participle - 1, words = 0; i >= 0 && words <= 10; i--) {
    const t = tokens[i];
    if (t.lower === 'with') return words > 0 ? i : -1;
    // `with Russia blaming Kyiv and Turkish mediators saying`: the last of coordinated absolute clauses.
    if (t.lower === 'and' && words > 0) return absoluteWith(tokens, i) ? i : -1;
    if (!t.word && t.text !== ',') return -1;
    if (t.word && (NP_STOP.has(t.lower) || SPEECH_VERBS.has(t.lower))) return -1;
    if (t.word) words++;
  }
  return -1;
}

/** Whether `with` opens the clause that token `i` is in, at most 20 tokens back and within the sentence. */
function absoluteWith(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 20; k--) {
    if (tokens[k].lower === 'with') return true;
    if (!tokens[k].word && tokens[k].text !== ',') return false;
  }
  return false;
}

/** Index of the verb an infinitive `to` at `to` hangs on (`goes on to`, `wanted to`), or -1. */
function governingVerb(tokens: Token[], to: number): number {
  let g = to - 1;
  if (tokens[g]?.lower === 'on' || tokens[g]?.lower === 'up') g--;
  const t = tokens[g];
  return t && t.word && t.lower === t.text && !NP_STOP.has(t.lower) && !SPEECH_VERBS.has(t.lower) && /(?:s|ed|es|ent|nt|ant)$|^(?:go|went|gone)$/u.test(t.lower) ? g : -1;
}

/** Whether a finite verb is the second of two coordinated verbs (`declined …, but insisted`, `and added`). */
function coordinated(tokens: Token[], verb: number): boolean {
  let k = verb - 1;
  while (k >= 0 && tokens[k].word && VERB_MODIFIERS.has(tokens[k].lower)) k--;
  return k >= 0 && (tokens[k].lower === 'and' || tokens[k].lower === 'but');
}

/**
 * Resolves the speaker of one cue. `sentenceTokens` (tokens from the sentence start) serve participle cues,
 * whose speaker is the subject of the main clause.
 */
export function resolveCue(tokens: Token[], c: CueFound, sentenceTokens: Token[] | null): Attribution | null {
  let speaker: SpeakerFound | null;
  if (c.kind === 'preposition') speaker = speakerAfter(tokens, c.last + 1, tokens.length);
  else if (c.kind === 'participle' && quotedAs(tokens, c.first) >= 0) {
    // `The newspaper quoted him as saying`: the speaker is the one quoted, not the one quoting.
    speaker = speakerAfter(tokens, quotedAs(tokens, c.first) + 1, c.first - 1);
  } else if (c.kind === 'participle' && withSubject(tokens, c.first) >= 0) {
    // `…, with the Polish delegate saying`: the participle has its own subject, after `with`.
    speaker = subjectBefore(tokens, c.first, withSubject(tokens, c.first) + 1);
  } else if (c.kind === 'participle') {
    // The participle shares the subject of the clause it hangs on: an earlier reporting verb's (`Jones told
    // the committee, adding that`), or else the main clause's (`Lammy defended the decision by saying`).
    const earlier = findCues(tokens.slice(0, c.first)).filter((e) => e.kind === 'finite').pop();
    const viaVerb = earlier ? resolveCue(tokens, earlier, null) : null;
    if (viaVerb) speaker = viaVerb.speaker;
    else {
      const st = sentenceTokens ?? tokens;
      const idx = st.findIndex((t) => t.start === tokens[c.first].start);
      speaker = sentenceSubject(st, 0, idx < 0 ? st.length : idx);
    }
  } else if (c.kind === 'document') {
    // `X's statement read:` — the cue is only a cue after a document noun, and the speaker is its possessor.
    const prev = tokens[c.first - 1];
    if (!prev || !DOCUMENT_NOUNS.has(prev.lower)) return null;
    speaker = subjectBefore(tokens, c.first, 0);
  } else if (PASSIVE_AUXILIARIES.has(tokens[c.first - 1]?.lower ?? '')) {
    // `He was described by colleagues as`: the speaker is the agent after `by`, if any.
    const by = tokens.findIndex((t, i) => i > c.last && t.lower === 'by');
    speaker = by > 0 && by - c.last <= 3 ? speakerAfter(tokens, by + 1, tokens.length) : null;
  } else if (tokens[c.first - 1]?.lower === 'to' && governingVerb(tokens, c.first - 1) >= 0) {
    // `the Court goes on to say`, `she went on to add`: the infinitive takes the subject of the verb it hangs on.
    speaker = subjectBefore(tokens, governingVerb(tokens, c.first - 1), 0);
  } else if (coordinated(tokens, c.first)) {
    // `X said …, and added`, `A spokesperson declined to comment, but insisted that`: a second verb shares the
    // subject of the reporting verb before it, or else the sentence's.
    const earlier = findCues(tokens.slice(0, c.first)).filter((e) => e.kind === 'finite').pop();
    const viaVerb = earlier ? resolveCue(tokens, earlier, null) : null;
    const st = sentenceTokens ?? tokens;
    const idx = st.findIndex((t) => t.start === tokens[c.first].start);
    speaker = viaVerb?.speaker ?? sentenceSubject(st, 0, idx < 0 ? st.length : idx);
  } else {
    const inverted = (c.first === 0 || tokens[c.first - 1].text === ',') && INVERTIBLE_VERBS.has(tokens[c.first].lower);
    speaker = subjectBefore(tokens, c.first, 0) ?? (inverted ? speakerAfter(tokens, c.last + 1, tokens.length) : null);
  }
  return speaker ? { speaker, cue: cueSpan(tokens, c) } : null;
}

/** Result of looking for an attribution before a quote. */
export interface BeforeResult extends Attribution {
  /** The cue introduces the quote directly (`said: “`, `told the press, “`), nothing but a short object between. */
  adjacent: boolean;
}

/**
 * Attribution before a quote within its sentence (`tokens` run from the sentence start, or from the end of
 * the previous quote, to the quote): the nearest cue whose speaker can be resolved.
 */
export function attributeBefore(tokens: Token[], sentenceTokens: Token[] | null): BeforeResult | null {
  const cues = findCues(tokens);
  for (let k = cues.length - 1; k >= 0 && k >= cues.length - 2; k--) {
    const c = cues[k];
    const found = resolveCue(tokens, c, sentenceTokens);
    if (!found) continue;
    const between = tokens.slice(c.last + 1).filter((t) => t.word).length;
    return { ...found, adjacent: between <= 4 };
  }
  return null;
}

/**
 * Attribution after a quote (`“…,” X said`, `“…,” said X`, `“…”, according to X`). `tokens` run from the
 * closing mark to the next quote or the end of the sentence; `endsSentence` says the quote itself ended its
 * sentence, in which case only a short clause of its own (`“…” Smith said.`) may attribute it.
 */
export function attributeAfter(tokens: Token[], endsSentence: boolean): Attribution | null {
  let from = 0;
  while (from < tokens.length && !tokens[from].word && /[,:\u2014\u2013-]/u.test(tokens[from].text)) from++;
  // A period before a closing bracket ends an abbreviation (`(D-Ore.)`), not the sentence.
  let end = tokens.findIndex((t, i) => i >= from && /^[.!?;…]$/u.test(t.text) && tokens[i + 1]?.text !== ')');
  const closedBySentence = end >= 0;
  if (end < 0) end = tokens.length;
  const clause = tokens.slice(from, end);
  // The cue comes early in the clause, or closes a subject's appositive (`“…,” Dr. Marta Kowalska, a space policy
  // researcher at the Polish Academy of Sciences in Warsaw, told reporters`).
  const appositive = (c: CueFound): boolean => c.first <= 32 && clause[c.first - 1]?.text === ',' && clause.slice(1, c.first - 1).some((t) => t.text === ',');
  const cues = findCues(clause).filter((c) => c.first <= 14 || appositive(c));
  if (!cues.length) return null;
  const c = cues[0];
  // After a quote that ends its sentence the clause is a new sentence unless it is short (`“Go.” said Ann.`) or opens
  // with the verb in lower case, which no sentence does (`“Why now?” said John Smith, a trader at Barclays.`).
  const inverted = c.first === 0 && clause[0]?.text === clause[0]?.lower;
  if (endsSentence && (!closedBySentence || (clause.length - c.last > 4 && !inverted))) return null;
  if (c.kind === 'participle') return null;
  if (c.kind === 'document') {
    // `"…," the placard read.`: only a document reads.
    if (c.first === 0 || !DOCUMENT_NOUNS.has(clause[c.first - 1].lower)) return null;
    const speaker = subjectBefore(clause, c.first, 0);
    return speaker ? { speaker, cue: cueSpan(clause, c) } : null;
  }
  if (c.kind === 'preposition') {
    if (c.first !== 0) return null;
    const speaker = speakerAfter(clause, c.last + 1, clause.length);
    return speaker ? { speaker, cue: cueSpan(clause, c) } : null;
  }
  if (c.first === 0) {
    if (!INVERTIBLE_VERBS.has(clause[0].lower)) return null;
    const speaker = speakerAfter(clause, 1, clause.length);
    return speaker ? { speaker, cue: cueSpan(clause, c) } : null;
  }
  const speaker = subjectBefore(clause, c.first, 0);
  if (!speaker) return null;
  // The subject must open the clause (`“…,” team member Rodaba Noori told`), not sit in another clause
  // (`“…” in what he said`).
  if (clause.some((t, k) => t.word && t.start < speaker.start && NP_STOP.has(t.lower) && !(t.lower === 'in' && clause[k + 1]?.text === 'Charge'))) return null;
  return { speaker, cue: cueSpan(clause, c) };
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);

/**
 * Whether the words right before a quote make it a name, title or term (`dubbed the “Minions”`, `a film called
 * "X"`, `the word "y"`, `going by the name "Z"`) rather than someone's words.
 */
export function isNamedTerm(tokens: Token[], titleLike = false): boolean {
  const words = tokens.filter((t) => t.word).slice(-3).map((t) => t.lower);
  const last = words[words.length - 1];
  if (!last) return false;
  // `which they called “…”` is their words; `a film called “…”`, `dubbed the “…”` give a name.
  const subject = words[words.length - 2];
  // …unless the words are in title case: `which its founders call "Clean Streets Now"` gives a name.
  if (NAMING_WORDS.has(last) && subject && SUBJECT_PRONOUNS.has(subject) && !titleLike) return false;
  if (titleLike && /^call(?:s|ed|ing)?$/u.test(last)) return true;
  if (NAMING_WORDS.has(last) || TERM_NOUNS.has(last)) return true;
  if (REFLEXIVES.has(last) && words.length >= 2 && /^call/u.test(words[words.length - 2])) return true;
  if (words.length >= 2 && ['the', 'a', 'an', 'as'].includes(last)) {
    const before = words[words.length - 2];
    if (NAMING_WORDS.has(before) || TERM_NOUNS.has(before) || before === 'known') return true;
    if (last === 'as' && words.length >= 2 && ['known', 'referred'].includes(before)) return true;
  }
  return last === 'as' && words[words.length - 2] === 'known';
}

/**
 * Whether a quote in title case is a modifier inside a noun phrase, the name of a campaign, scheme or work (`its
 * "Save Our Hall" petition`, `the flagship "Homes for Heroes" scheme`): `before` runs up to the quote, `after`
 * from its end. Lower-case words in the same place are someone's (`the “largest and most complex” operation`).
 */
export function isModifierQuote(before: Token[], after: Token[], body: string): boolean {
  const prev = before[before.length - 1];
  if (!prev?.word || SPEECH_VERBS.has(prev.lower) || NAMING_WORDS.has(prev.lower)) return false;
  const inPhrase = NOUN_DETERMINERS.has(prev.lower) || isPossessive(prev) || (!NP_STOP.has(prev.lower) && prev.lower === prev.text && NOUN_DETERMINERS.has(before[before.length - 2]?.lower ?? ''));
  if (!inPhrase) return false;
  // A quotation followed by a common noun modifies it; a reporting clause (`"…" officials said`) does not.
  const next = after[0];
  if (!next?.word || /[,.;:!?]\P{L}*$/u.test(body)) return false;
  if (next.lower !== next.text || NP_STOP.has(next.lower) || SPEECH_VERBS.has(next.lower) || PRONOUNS.has(next.lower)) return false;
  return !SPEECH_VERBS.has(after[1]?.lower ?? '');
}

/**
 * A headline quote followed by its speaker (`'I wrote it in a shed': Ines Carvalho on her debut`): a colon and a
 * name of two to four capitalised words right after the quote that opens the paragraph. No word attributes it.
 */
export function headlineSpeakerAfter(tokens: Token[]): Attribution | null {
  if (tokens[0]?.text !== ':') return null;
  let e = 1;
  while (e < tokens.length && e <= 5 && isCapitalised(tokens[e]) && !NP_STOP.has(tokens[e].lower)) e++;
  const next = tokens[e];
  if (e - 1 < 2 || e - 1 > 4 || (next && next.word && next.lower !== next.text)) return null;
  const speaker = nameOrRole(tokens, 1, e - 1);
  return speaker?.kind === 'name' ? { speaker, cue: null } : null;
}

/**
 * A headline's speaker by juxtaposition (`Putin: 'We will respond'`): the paragraph opens with a short name
 * and a colon right before the quote. No word attributes it, so there is no cue.
 */
export function headlineSpeaker(tokens: Token[]): Attribution | null {
  if (tokens.length < 2 || tokens.length > 5 || tokens[tokens.length - 1].text !== ':') return null;
  const words = tokens.slice(0, -1);
  if (!words.every((t) => isCapitalised(t) && !NP_STOP.has(t.lower))) return null;
  const speaker = nameOrRole(words, 0, words.length - 1);
  return speaker?.kind === 'name' ? { speaker, cue: null } : null;
}
