/**
 * Whether an article is on the beat of the articles decisions were made in. When the context learns from
 * decisions (how often a type comes up after "in", what a word's shape says), what it learns is true of that
 * beat: taught on court transcripts, it reads a travel guide's places as people (MODEL.md, "Learning stays on its
 * beat"). So the context's changes apply only to articles whose words resemble the taught ones; every article gets
 * what was learnt of the names themselves.
 */

// Frequent words of four letters or more, which every beat writes: left out so that what resembles is the topic.
const COMMON = new Set(
  ('that with from have this were they their said would there been which about will more when what into also than them some other only over '
    + 'just like then could after most these those where while being because very such your here does each through before made many much '
    + 'both should first last year years time people told says make back even still well week being since under between against during '
    + 'who whom whose itself themselves there\'s it\'s don\'t').split(' '),
);

const WORD = /\p{L}[\p{L}'’]{3,}/gu;

/** An article's words as a vector: log-damped counts of its lower-case words of four letters or more. */
export type WordVector = ReadonlyMap<string, number>;

/**
 * How much of an article says what it is about: its opening. The analyser asks at every analysis, a keystroke
 * included, and reading all of a 200 KB article cost 7 to 8 ms; its first 20,000 characters cost under one.
 */
export const BEAT_SAMPLE = 20_000;

export function wordVector(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.slice(0, BEAT_SAMPLE).matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (!COMMON.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  for (const [w, n] of counts) counts.set(w, 1 + Math.log(n));
  return counts;
}

function add(into: Map<string, number>, v: WordVector): void {
  for (const [w, x] of v) into.set(w, (into.get(w) ?? 0) + x);
}

function cosine(a: WordVector, b: WordVector): number {
  let dot = 0, na = 0, nb = 0;
  for (const [w, x] of a) { na += x * x; const y = b.get(w); if (y !== undefined) dot += x * y; }
  for (const y of b.values()) nb += y * y;
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * The beat of a set of taught articles: their words summed, and how far an article may stray from them and still
 * be on it, which is as far as the least typical taught article strays from the others (each compared with the
 * sum of the rest), so the taught articles themselves say how wide their beat is.
 */
export class Beat {
  private constructor(private readonly centre: WordVector, readonly threshold: number, readonly articles: number) {}

  /** `null` with fewer than two articles: one article says nothing of how wide its beat is. */
  static of(texts: readonly string[]): Beat | null {
    if (texts.length < 2) return null;
    const vectors = texts.map(wordVector);
    const centre = new Map<string, number>();
    for (const v of vectors) add(centre, v);
    let threshold = Infinity;
    for (const v of vectors) {
      const rest = new Map(centre);
      for (const [w, x] of v) {
        const y = (rest.get(w) as number) - x;
        if (y > 1e-9) rest.set(w, y); else rest.delete(w);
      }
      threshold = Math.min(threshold, cosine(v, rest));
    }
    return new Beat(centre, threshold, texts.length);
  }

  /** How much an article's words resemble the taught articles' (cosine, 0 to 1). */
  similarity(text: string): number {
    return cosine(wordVector(text), this.centre);
  }

  /** Whether the article resembles the taught ones at least as much as the least typical of them does. */
  covers(text: string): boolean {
    return this.similarity(text) >= this.threshold;
  }
}
