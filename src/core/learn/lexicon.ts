import type { Candidate } from '../nlp/names';
import { spanCandidate } from '../nlp/names';
import type { SpanProposer } from '../nlp/recogniser';
import { tokenize } from '../nlp/tokens';
import type { Store } from '../store/types';
import { recogniserType, resolveScheme } from '../scheme';
import { decisionFingerprint, markedName } from './examples';

/** The types a lexicon entry may teach (nationalities and groups are the hand rules'). */
const TYPES = ['PERSON', 'ORG', 'PLACE'] as const;
type LexType = (typeof TYPES)[number];

/** What the workspace decided about one surface form: how often it was marked as each type, how often rejected. */
export interface Counts {
  PERSON: number;
  ORG: number;
  PLACE: number;
  rejected: number;
  /** How often it was accepted or added as a nationality or group (the demonym rule's type). */
  NORP: number;
  /**
   * How often the decided articles write it without any decision on it: the times the annotator left it alone
   * (`north` marked once as a region, written forty times as a direction).
   */
  unmarked: number;
}

const zero = (): Counts => ({ PERSON: 0, ORG: 0, PLACE: 0, rejected: 0, NORP: 0, unmarked: 0 });

/** Features a lexicon gives a candidate: the type it was marked as, that it was rejected, that the name finder missed it. */
export const LEXICON_FEATURES = { type: (t: LexType): string => `lex:${t}`, rejected: 'lex:rejected', added: 'lex:new' } as const;

/**
 * What the lexicon's features are worth before any decision teaches them, in the recogniser's units (O, PERSON,
 * ORG, PLACE): a name marked as a type elsewhere in the workspace leans to that type. A rejection starts at
 * nothing: people reject one mention for reasons of its own (the first `Russia` of an article), so a rejected
 * text counts against a name only as far as the workspace's articles show that it should. Replaying the
 * decisions moves every one of them as far as the workspace's own articles show the lexicon to be right.
 */
export const LEXICON_PRIOR: Readonly<Record<string, readonly number[]>> = {
  'lex:PERSON': [0, 12, 0, 0],
  'lex:ORG': [0, 0, 12, 0],
  'lex:PLACE': [0, 0, 0, 12],
};

const WORD = /[\p{L}\p{N}]/u;

/**
 * A workspace's lexicon of names: every surface form people accepted, retyped or added as a name, or rejected, with
 * how often, in total and per article. It proposes the names people added as candidates wherever their text
 * recurs (the name finder misses lower-case and unusual names), replaces a candidate whose text was rejected by
 * a longer or shorter name people marked in its place (a boundary correction), and gives candidates features the
 * recogniser weighs.
 */
export class WorkspaceLexicon {
  private readonly total = new Map<string, Counts>();
  private readonly byDoc = new Map<string, Map<string, Counts>>();
  /** Marked surface forms by their first word, longest first: what is proposed. */
  private readonly byFirstWord = new Map<string, string[]>();
  /** The same, by their first word in capitals, for the forms not written in capitals (see `inCapitals`). */
  private readonly byCapsFirstWord = new Map<string, string[]>();
  /** Decided surface forms not written in capitals, by their form in capitals. */
  private readonly byCaps = new Map<string, string[]>();

  /** The lexicon of a store's mention decisions (those a reset set aside left out; only decisions still anchored). */
  static fromStore(store: Store, textOf: (path: string) => string | undefined, reset: ReadonlySet<string> = new Set()): WorkspaceLexicon {
    const lex = new WorkspaceLexicon();
    const scheme = resolveScheme(store.scheme);
    const decided: Array<{ path: string; text: string; spans: Array<{ start: number; end: number }> }> = [];
    for (const [path, doc] of store.documents) {
      let text: string | undefined;
      const spans: Array<{ start: number; end: number }> = [];
      for (const m of doc.mentions) {
        if (m.state !== 'orphaned') spans.push({ start: m.start, end: m.end });
        // The recogniser's own three types (a scheme's type counts as the one it refines); NORP comes from the
        // demonym lexicon.
        const what = m.status === 'rejected' ? 'rejected' : m.type === 'NORP' ? 'NORP' : recogniserType(scheme, m.type) ?? null;
        if (m.state === 'orphaned' || what === null || typeof m.exact !== 'string') continue;
        if (reset.size > 0 && reset.has(decisionFingerprint(path, m))) continue;
        text ??= textOf(path);
        if (text === undefined || text.slice(m.start, m.end) !== m.exact) continue;
        // `Acme Corp’s` counts as `Acme Corp`, a name wrapped over a line end as written on one line.
        const surface = markedName(m.exact)?.surface;
        if (!surface || surface.length > 80) continue;
        lex.count(path, surface, what);
      }
      // An article counts as decided when one of its decisions taught (not all set aside by a reset).
      if (text !== undefined && lex.byDoc.has(path)) decided.push({ path, text, spans });
    }
    lex.index();
    for (const d of decided) lex.countUnmarked(d.path, d.text, d.spans);
    return lex;
  }

  /** Counts the occurrences of marked texts in a decided article that no decision touches. */
  private countUnmarked(path: string, text: string, spans: ReadonlyArray<{ start: number; end: number }>): void {
    for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const at = m.index;
      for (const s of this.byFirstWord.get(m[0]) ?? []) {
        const end = at + s.length;
        if (!text.startsWith(s, at) || WORD.test(text[end] ?? '')) continue;
        if (spans.some((d) => d.start < end && at < d.end)) continue;
        this.count(path, s, 'unmarked');
      }
    }
  }

  /**
   * Whether a marked text is proposed where the name finder missed it: the decided articles mark it more often than
   * they leave it alone, and it is not rejected as often as marked (people took back what the lexicon proposed;
   * proposed again, only the learnt weights of `lex:rejected` would stand between it and a suggestion). All
   * articles count (a name added in one article is a candidate there too, so it teaches).
   */
  private proposable(surface: string): boolean {
    const c = this.total.get(surface);
    return !!c && c.PERSON + c.ORG + c.PLACE > c.unmarked && !this.rejected(surface);
  }

  get size(): number {
    return this.total.size;
  }

  /** Every surface form with its counts, in code-unit order: what the lexicon proposes and weighs, for a fingerprint. */
  entries(): Array<[string, Counts]> {
    return [...this.total].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([s, c]) => [s, { ...c }]);
  }

  private count(path: string, surface: string, what: keyof Counts): void {
    const t = this.total.get(surface) ?? zero();
    t[what]++;
    this.total.set(surface, t);
    let d = this.byDoc.get(path);
    if (!d) { d = new Map(); this.byDoc.set(path, d); }
    const c = d.get(surface) ?? zero();
    c[what]++;
    d.set(surface, c);
  }

  private index(): void {
    const push = (m: Map<string, string[]>, k: string, s: string): void => { const l = m.get(k) ?? []; l.push(s); m.set(k, l); };
    for (const [surface, c] of this.total) {
      const caps = surface.toUpperCase();
      if (caps !== surface && caps.length === surface.length) push(this.byCaps, caps, surface);
      if (c.PERSON + c.ORG + c.PLACE === 0) continue;
      const first = firstWord(surface);
      if (!first) continue;
      push(this.byFirstWord, first, surface);
      if (caps !== surface && caps.length === surface.length) push(this.byCapsFirstWord, first.toUpperCase(), surface);
    }
    for (const m of [this.byFirstWord, this.byCapsFirstWord]) for (const l of m.values()) l.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  }

  /** The counts of exactly this surface form, without those of the article `exclude`. */
  private exactCounts(surface: string, exclude?: string): Counts | undefined {
    const t = this.total.get(surface);
    if (!t || exclude === undefined) return t;
    const own = this.byDoc.get(exclude)?.get(surface);
    if (!own) return t;
    return { PERSON: t.PERSON - own.PERSON, ORG: t.ORG - own.ORG, PLACE: t.PLACE - own.PLACE, rejected: t.rejected - own.rejected, NORP: t.NORP - own.NORP, unmarked: t.unmarked - own.unmarked };
  }

  /**
   * The counts of a surface form, without those of the article `exclude` (what the other articles say of it). A
   * text written in capitals the workspace never decided reads the forms that differ from it only in case
   * (`TAMPA BAY` in a headline, `tampa bay` added in a post): capitals hide the case, so they cannot contradict
   * it. Never the other way: `US` marked says nothing of `us`.
   */
  private countsOf(surface: string, exclude?: string): Counts | undefined {
    const exact = this.exactCounts(surface, exclude);
    if (exact || !inCapitals(surface)) return exact;
    const forms = this.byCaps.get(surface);
    if (!forms) return undefined;
    const sum = zero();
    for (const f of forms) {
      const c = this.exactCounts(f, exclude) as Counts;
      for (const k of Object.keys(sum) as Array<keyof Counts>) sum[k] += c[k];
    }
    return sum;
  }

  /** The lexicon features of a surface form (counts without `exclude`'s, so an article never vouches for itself). */
  features(surface: string, exclude?: string): string[] {
    const c = this.countsOf(surface, exclude);
    if (!c) return [];
    const out: string[] = [];
    let best: LexType | undefined;
    for (const t of TYPES) if (c[t] > 0 && (!best || c[t] > c[best])) best = t;
    if (best) out.push(LEXICON_FEATURES.type(best));
    if (c.rejected > c.PERSON + c.ORG + c.PLACE) out.push(LEXICON_FEATURES.rejected);
    return out;
  }

  /**
   * Whether the workspace rejected a nationality or group the demonym rule suggests (`Afghan` where nationalities
   * are not annotated): at least twice, and more often than it accepted it. The rule has no weights to learn
   * that, so the lexicon drops the candidate.
   */
  private rejectedGroup(c: Candidate, exclude?: string): boolean {
    if (!c.features.includes('e:norp') || c.features.includes('e:country')) return false;
    const n = this.countsOf(c.text, exclude);
    return !!n && n.rejected >= 2 && n.rejected > n.NORP;
  }

  /** Whether the workspace rejected this text as a name at least as often as it marked it. */
  private rejected(surface: string): boolean {
    const c = this.countsOf(surface);
    return !!c && c.rejected > 0 && c.rejected >= c.PERSON + c.ORG + c.PLACE;
  }

  /** The marked surface forms occurring in a paragraph on word boundaries, longest first where they overlap. */
  private matches(paragraph: string): Array<{ start: number; end: number }> {
    const out: Array<{ start: number; end: number }> = [];
    let covered = 0;
    for (const m of paragraph.matchAll(/[\p{L}\p{N}]+/gu)) {
      const at = m.index;
      if (at < covered) continue;
      const found = this.matchAt(paragraph, at, this.byFirstWord.get(m[0]), (s) => s)
        ?? (inCapitals(m[0]) ? this.matchAt(paragraph, at, this.byCapsFirstWord.get(m[0]), (s) => s.toUpperCase()) : undefined);
      if (found !== undefined) { out.push({ start: at, end: found }); covered = found; }
    }
    return out;
  }

  /** Where the longest proposable form of `forms` (as `written`) ends if it opens at `at` on word boundaries. */
  private matchAt(paragraph: string, at: number, forms: readonly string[] | undefined, written: (s: string) => string): number | undefined {
    for (const s of forms ?? []) {
      const w = written(s);
      const end = at + w.length;
      if (paragraph.startsWith(w, at) && !WORD.test(paragraph[end] ?? '') && this.proposable(s)) return end;
    }
    return undefined;
  }

  /**
   * The proposer a recogniser uses with this lexicon. `exclude` is an article whose own decisions give no features
   * (learning reads each taught article with what the other articles say, as analysis reads an untaught one).
   */
  proposer(exclude?: string): SpanProposer {
    const cache = new Map<string, readonly Candidate[]>();
    return {
      paragraph: (paragraph, candidates) => {
        if (this.total.size === 0) return candidates;
        let hit = cache.get(paragraph);
        if (!hit) {
          hit = this.propose(paragraph, candidates, exclude);
          if (cache.size >= 5000) cache.clear();
          cache.set(paragraph, hit);
        }
        return hit;
      },
    };
  }

  private propose(paragraph: string, candidates: readonly Candidate[], exclude: string | undefined): readonly Candidate[] {
    const found = this.matches(paragraph);
    const keep = candidates.map(() => true);
    const added: Candidate[] = [];
    let tokens: ReturnType<typeof tokenize> | undefined;
    for (const m of found) {
      // A run's part with the marked span is a hypothesis, not the name finder's reading: the marked name takes its place.
      const same = candidates.findIndex((c) => !c.part && c.start === m.start && c.end === m.end);
      if (same >= 0) continue;
      const overlapping = candidates.map((c, i) => (c.start < m.end && m.start < c.end ? i : -1)).filter((i) => i >= 0);
      // A marked name replaces the candidates it overlaps when it covers them (`Tampa Bay` → `Tampa Bay Lightning`)
      // or when people rejected their text (`Minister Jane Doe` rejected, `Jane Doe` added); else the name
      // finder's reading stands.
      const replaces = overlapping.every((i) => {
        const c = candidates[i] as Candidate;
        return c.part || (m.start <= c.start && c.end <= m.end) || this.rejected(c.text);
      });
      // Else it lies inside or across a longer candidate nobody rejected: proposed beside it, for the analyser to
      // settle once it has typed both (`yields`): a run typed no name (`Acme Corp Chief Executive Jane Roe`, the
      // run giving way to `Jane Roe`) no longer hides the company people added elsewhere, and a name the analyser
      // keeps (`George W. Bush` around a marked `Bush`) is never cut.
      tokens ??= tokenize(paragraph);
      const c = spanCandidate(paragraph, tokens, m.start, m.end);
      if (!c) continue;
      if (replaces) for (const i of overlapping) keep[i] = false;
      else c.yields = true;
      c.features.push(LEXICON_FEATURES.added);
      added.push(c);
    }
    let changed = added.length > 0 || keep.some((k) => !k);
    // Candidates the lexicon knows get its features: copies, since the name finder's are cached and shared.
    const kept: Candidate[] = [];
    const index = new Map<number, number>();
    const copies = new Map<Candidate, Candidate>();
    candidates.forEach((c, i) => {
      if (keep[i] && this.rejectedGroup(c, exclude)) { keep[i] = false; changed = true; }
      if (!keep[i]) return;
      const lex = this.features(c.text, exclude);
      index.set(i, kept.length);
      if (lex.length === 0) { kept.push(c); return; }
      changed = true;
      const copy = { ...c, features: [...c.features, ...lex], scores: undefined };
      copies.set(c, copy);
      kept.push(copy);
    });
    // A part points at its run: at the run's copy, when the run was copied.
    kept.forEach((c, k) => { const run = c.run && copies.get(c.run); if (run) kept[k] = { ...c, run, scores: undefined }; });
    for (const c of added) c.features.push(...this.features(c.text, exclude));
    if (!changed) return candidates;
    // Bracketed acronyms point at their name by index: the indices of the new list.
    const all = [...kept, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
    const at = new Map(all.map((c, i) => [c, i]));
    return all.map((c) => {
      if (c.expands === undefined) return c;
      const target = kept[index.get(c.expands) ?? -1];
      const copy = { ...c };
      if (target === undefined) delete copy.expands;
      else copy.expands = at.get(target) as number;
      return copy;
    });
  }
}

/** Whether a text is written in capitals: it has upper-case letters and no lower-case ones. */
function inCapitals(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

/** The first word of a surface form, as the paragraph scan reads words. */
function firstWord(s: string): string | undefined {
  return /^[\p{L}\p{N}]+/u.exec(s)?.[0];
}
