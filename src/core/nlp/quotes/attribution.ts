import { DOCUMENT_NOUNS, NAMING_WORDS, NP_STOP, PASSIVE_AUXILIARIES, PHRASE_CUES, REFLEXIVES, TERM_NOUNS, type CueKind } from './lexicon';
import { INVERTIBLE_VERBS, SPEECH_VERBS } from '../speechVerbs';
import { nameOrRole, sentenceSubject, speakerAfter, subjectBefore, type SpeakerFound } from './speaker';
import { isCapitalised, type Token } from './tokens';

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
    if (kind) out.push({ first: i, last: i, kind });
  }
  return out;
}

function cueSpan(tokens: Token[], c: CueFound): { start: number; end: number } {
  return { start: tokens[c.first].start, end: tokens[c.last].end };
}

/** Index of `quoted` in `quoted X as <participle>` ending at token `participle`, or -1. */
function quotedAs(tokens: Token[], participle: number): number {
  if (tokens[participle - 1]?.lower !== 'as') return -1;
  for (let i = participle - 2; i >= 0 && i >= participle - 8; i--) if (/^quot(?:ed|es|ing|e)$/u.test(tokens[i].lower)) return i;
  return -1;
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
  let end = tokens.findIndex((t, i) => i >= from && /^[.!?;…]$/u.test(t.text));
  const closedBySentence = end >= 0;
  if (end < 0) end = tokens.length;
  const clause = tokens.slice(from, end);
  const cues = findCues(clause).filter((c) => c.first <= 14);
  if (!cues.length) return null;
  const c = cues[0];
  if (endsSentence && (!closedBySentence || clause.length - c.last > 4)) return null;
  if (c.kind === 'participle' || c.kind === 'document') return null;
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
  if (clause.some((t) => t.word && t.start < speaker.start && NP_STOP.has(t.lower))) return null;
  return { speaker, cue: cueSpan(clause, c) };
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);

/**
 * Whether the words right before a quote make it a name, title or term (`dubbed the “Minions”`, `a film called
 * "X"`, `the word "y"`, `going by the name "Z"`) rather than someone's words.
 */
export function isNamedTerm(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.word).slice(-3).map((t) => t.lower);
  const last = words[words.length - 1];
  if (!last) return false;
  // `which they called “…”` is their words; `a film called “…”`, `dubbed the “…”` give a name.
  const subject = words[words.length - 2];
  if (NAMING_WORDS.has(last) && subject && SUBJECT_PRONOUNS.has(subject)) return false;
  if (NAMING_WORDS.has(last) || TERM_NOUNS.has(last)) return true;
  if (REFLEXIVES.has(last) && words.length >= 2 && /^call/u.test(words[words.length - 2])) return true;
  if (words.length >= 2 && ['the', 'a', 'an', 'as'].includes(last)) {
    const before = words[words.length - 2];
    if (NAMING_WORDS.has(before) || TERM_NOUNS.has(before) || before === 'known') return true;
    if (last === 'as' && words.length >= 2 && ['known', 'referred', 'described'].includes(before)) return true;
  }
  return last === 'as' && words[words.length - 2] === 'known';
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
