import type { MentionDecision, QuoteDecision, Store } from '../store/types';
import { recogniserType, resolveScheme, type Scheme } from '../scheme';

/** The labels the learned recogniser chooses between, in the order of its score vectors. */
export const LEARN_LABELS = ['O', 'PERSON', 'ORG', 'PLACE'] as const;
export type LearnLabel = (typeof LEARN_LABELS)[number];

/** A span the analyser considered as a name, with the features the recogniser weighs for it. */
export interface CandidateSpan {
  start: number;
  end: number;
  features: readonly string[];
}

/** The candidate names of a document's text (what the analyser reads before typing them). */
export type CandidatesOf = (path: string, text: string) => readonly CandidateSpan[];

/** One decision made into a training example. */
export interface TrainingExample {
  path: string;
  start: number;
  end: number;
  text: string;
  /** `O` for a rejected suggestion, else the type the person accepted, chose or added. */
  label: LearnLabel;
  features: readonly string[];
}

/** Decisions that teach nothing, by reason: the report shows them so nothing is left out silently. */
export interface SkippedDecisions {
  /** Orphaned decisions, or ones whose text no longer reads as they say. */
  unanchored: number;
  /** The document is not in the workspace or could not be read. */
  noText: number;
  /** The span is not one the analyser considers a name (a person added something it never proposes). */
  notCandidate: number;
  /** Nationalities and groups, which a lexicon decides rather than the recogniser. */
  ruled: number;
  /** Decisions set aside by a reset of what the analyser has learnt. */
  reset: number;
}

export interface DecisionExamples {
  examples: TrainingExample[];
  skipped: SkippedDecisions;
  /**
   * The candidates of the decided articles that no decision touches, labelled `O`: the analyser did not suggest
   * them and nobody added them. Never trained on; choosing how far to trust the decisions counts a setting that
   * would start suggesting them against it.
   */
  unmarked: TrainingExample[];
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** FNV-1a over UTF-16 code units with a seed: two of them make a 64-bit fingerprint. */
function fnv(s: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * A decision's identity for a reset: its document, text, status and type, but not its offsets (which move as the
 * article is edited). A decision made again differently after a reset has another fingerprint, so it teaches.
 */
export function decisionFingerprint(path: string, m: Pick<MentionDecision, 'exact' | 'status' | 'type'>): string {
  const s = `${path}\u0000${m.exact}\u0000${m.status}\u0000${m.type}`;
  return fnv(s, 0x811c9dc5) + fnv(s, 0x01000193);
}

/** A quote decision's identity for a reset: its document, text, status and the speaker and cue chosen, if any. */
export function quoteFingerprint(path: string, q: Pick<QuoteDecision, 'exact' | 'status' | 'speaker' | 'cue'>): string {
  const who = q.speaker === undefined ? '\u0001' : q.speaker === null ? '\u0002' : q.speaker.exact;
  const cue = q.cue === undefined ? '\u0001' : q.cue === null ? '\u0002' : q.cue.exact;
  const s = `quote\u0000${path}\u0000${q.exact}\u0000${q.status}\u0000${who}\u0000${cue}`;
  return fnv(s, 0x811c9dc5) + fnv(s, 0x01000193);
}

/** Fingerprints of every mention and quote decision of the store: what a reset sets aside. */
export function storeFingerprints(store: Store): string[] {
  const out = new Set<string>();
  for (const [path, doc] of store.documents) {
    for (const m of doc.mentions) out.add(decisionFingerprint(path, m));
    for (const q of doc.quotes) out.add(quoteFingerprint(path, q));
  }
  return [...out].sort(byCodeUnit);
}

/**
 * The name a decided span marks, as the lexicon counts it and as a candidate holds it: the span less a trailing
 * possessive, which is no part of a name (the name finder and the gold data leave it out; a double click on
 * `Corp’s` takes the `’s` along), with blanks read as one space (a name wrapped over a line end, `Acme\nCorp`,
 * is `Acme Corp`). `length` is how much of the span the name takes. Undefined for a span with blanks around it.
 */
export function markedName(exact: string): { surface: string; length: number } | undefined {
  if (!exact || exact.trim() !== exact) return undefined;
  const length = /\S['’]s$/u.test(exact) ? exact.length - 2 : exact.length;
  return { surface: exact.slice(0, length).replace(/\s+/gu, ' '), length };
}

function labelOf(m: MentionDecision, scheme: Scheme): LearnLabel | null {
  // The recogniser learns the three types it tags (a scheme's type teaches the one it refines); NORP comes from
  // the demonym lexicon, so a nationality suggested and rejected was the lexicon's call, not the recogniser's.
  const type = recogniserType(scheme, m.type) ?? null;
  if (m.status === 'rejected') return type === null ? null : 'O';
  return type;
}

/**
 * The workspace's mention decisions as training examples, in the order the file stores them (documents by path,
 * decisions by offsets), so the same file always gives the same examples. Accepted and added mentions teach their
 * type, a type change teaches the new type (the store keeps it as accepted with that type), a rejected suggestion
 * teaches that the span is no name of these types. Only spans the analyser itself considers are learned from: a
 * person's decisions refine how names are typed here; what is a candidate is taught by the lexicon (`lexicon.ts`).
 */
export function decisionExamples(store: Store, textOf: (path: string) => string | undefined, candidatesOf: CandidatesOf, reset: ReadonlySet<string> = new Set()): DecisionExamples {
  const skipped: SkippedDecisions = { unanchored: 0, noText: 0, notCandidate: 0, ruled: 0, reset: 0 };
  const examples: TrainingExample[] = [];
  const scheme = resolveScheme(store.scheme);
  const unmarked: TrainingExample[] = [];
  for (const path of [...store.documents.keys()].sort(byCodeUnit)) {
    const doc = store.documents.get(path);
    if (!doc || doc.mentions.length === 0) continue;
    const mentions = [...doc.mentions].sort((a, b) => a.start - b.start || a.end - b.end || byCodeUnit(a.type, b.type) || byCodeUnit(a.status, b.status));
    let text: string | undefined;
    let byspan: Map<string, CandidateSpan> | undefined;
    for (const m of mentions) {
      if (reset.size > 0 && reset.has(decisionFingerprint(path, m))) { skipped.reset++; continue; }
      const label = labelOf(m, scheme);
      if (label === null) { skipped.ruled++; continue; }
      if (m.state === 'orphaned') { skipped.unanchored++; continue; }
      text ??= textOf(path);
      if (text === undefined) { skipped.noText++; continue; }
      if (text.slice(m.start, m.end) !== m.exact) { skipped.unanchored++; continue; }
      byspan ??= new Map(candidatesOf(path, text).map((c) => [`${c.start}:${c.end}`, c]));
      // A name added with its possessive teaches through the candidate without it.
      const name = markedName(m.exact);
      const c = byspan.get(`${m.start}:${m.end}`) ?? (name && name.length < m.exact.length ? byspan.get(`${m.start}:${m.start + name.length}`) : undefined);
      if (!c) { skipped.notCandidate++; continue; }
      examples.push({ path, start: c.start, end: c.end, text: text.slice(c.start, c.end), label, features: c.features });
    }
    if (!byspan || text === undefined) continue;
    const decided = mentions.filter((m) => m.state !== 'orphaned');
    for (const c of byspan.values()) {
      if (decided.some((m) => m.start < c.end && c.start < m.end)) continue;
      unmarked.push({ path, start: c.start, end: c.end, text: text.slice(c.start, c.end), label: 'O', features: c.features });
    }
  }
  return { examples, skipped, unmarked };
}
