import type { QuoteChoice } from '../nlp/analyze';
import type { AttributionExample, AttributionReason } from '../nlp/quotes/choice';
import type { Anchor, QuoteDecision, Store } from '../store/types';
import { quoteFingerprint } from './examples';

/** Quote decisions that cannot teach the attribution choice, by reason (the report names them). */
export interface SkippedQuotes {
  /** Rejected quotes: what is a quote is decided by rules with no weights. */
  rejected: number;
  /** Quotes people added or moved: the quote finder did not propose them, so no choice was made. */
  notProposed: number;
  /** No proposed attribution gives the speaker (and cue) the person chose, or the person chose no speaker. */
  noRightCandidate: number;
  /** Only one speaker was proposed: there was nothing to choose between. */
  noChoice: number;
  /** Orphaned, set aside by a reset, or in an article that could not be read. */
  unanchored: number;
}

export interface QuoteExamples {
  examples: AttributionExample[];
  skipped: SkippedQuotes;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const lastWord = (s: string): string => (/(\p{L}{3,})\P{L}*$/u.exec(s)?.[1] ?? '').toLowerCase();

/** Whether a proposed speaker is the one a person chose: it overlaps it, or has its text or its last word. */
function sameSpeaker(text: string, proposed: { start: number; end: number }, chosen: Anchor): boolean {
  if (overlaps(proposed, chosen)) return true;
  const t = text.slice(proposed.start, proposed.end);
  return t === chosen.exact || (lastWord(t) !== '' && lastWord(t) === lastWord(chosen.exact));
}

/**
 * One quote decision as an example for the attribution choice, or the reason it is none. An accepted quote keeps
 * the speaker and cue the analyser chose unless the person set others; the proposed attributions that give them
 * are right, those that give another speaker (or, when the person set a cue, another cue) wrong. A pronoun that is
 * not the chosen speaker may still stand for that person, so it is neither.
 */
function quoteExample(text: string, q: QuoteDecision, choice: QuoteChoice | undefined, chosenNow: (c: QuoteChoice) => number): AttributionExample | keyof SkippedQuotes {
  if (q.status === 'rejected') return 'rejected';
  if (!choice) return 'notProposed';
  const cands = choice.candidates;
  let speaker: Anchor | null | undefined = q.speaker;
  let cue: Anchor | null | undefined = q.cue;
  const anchor = (x: unknown): boolean => !!x && typeof x === 'object' && typeof (x as Anchor).start === 'number' && typeof (x as Anchor).end === 'number' && typeof (x as Anchor).exact === 'string';
  if (speaker === null || (speaker !== undefined && !anchor(speaker)) || (cue !== undefined && cue !== null && !anchor(cue))) return 'noRightCandidate';
  if (speaker === undefined) {
    // The analyser's speaker kept: the attribution it chose is the right one.
    const k = chosenNow(choice);
    const a = (cands[k] ?? cands[0])?.attribution;
    if (!a) return 'noRightCandidate';
    speaker = { start: a.speaker.start, end: a.speaker.end, exact: text.slice(a.speaker.start, a.speaker.end), prefix: '', suffix: '' };
    if (cue === undefined) cue = a.cue && { start: a.cue.start, end: a.cue.end, exact: text.slice(a.cue.start, a.cue.end), prefix: '', suffix: '' };
  }
  const right: AttributionReason[] = [];
  const wrong: AttributionReason[] = [];
  for (const c of cands) {
    const a = c.attribution;
    const who = sameSpeaker(text, a.speaker, speaker);
    const how = cue === undefined || (cue === null ? a.cue === null : a.cue !== null && overlaps(a.cue, cue));
    if (who && how) right.push(c.reason);
    else if (!who && a.speaker.kind === 'pronoun') continue;
    else wrong.push(c.reason);
  }
  if (right.length === 0) return 'noRightCandidate';
  if (wrong.length === 0) return 'noChoice';
  return { right, wrong };
}

/**
 * The workspace's quote decisions as examples for the attribution choice, in file order (documents by path,
 * quotes by offset). `choicesOf` gives an article's quotes with their proposed attributions; `chosenNow` which of a
 * quote's attributions the shipped weights choose.
 */
export function quoteExamples(store: Store, textOf: (path: string) => string | undefined, choicesOf: (text: string) => readonly QuoteChoice[], chosenNow: (c: QuoteChoice) => number, reset: ReadonlySet<string> = new Set()): QuoteExamples {
  const skipped: SkippedQuotes = { rejected: 0, notProposed: 0, noRightCandidate: 0, noChoice: 0, unanchored: 0 };
  const examples: AttributionExample[] = [];
  for (const path of [...store.documents.keys()].sort()) {
    const quotes = [...(store.documents.get(path)?.quotes ?? [])].sort((a, b) => a.start - b.start || a.end - b.end);
    if (quotes.length === 0) continue;
    const text = textOf(path);
    let choices: Map<string, QuoteChoice> | undefined;
    for (const q of quotes) {
      if (q.state === 'orphaned' || text === undefined || text.slice(q.start, q.end) !== q.exact || (reset.size > 0 && reset.has(quoteFingerprint(path, q)))) { skipped.unanchored++; continue; }
      choices ??= new Map(choicesOf(text).map((c) => [`${c.start}:${c.end}`, c]));
      const r = quoteExample(text, q, q.origin === 'user' ? undefined : choices.get(`${q.start}:${q.end}`), chosenNow);
      if (typeof r === 'string') skipped[r]++;
      else examples.push(r);
    }
  }
  return { examples, skipped };
}
