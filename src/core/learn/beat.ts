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

export function cosine(a: WordVector, b: WordVector): number {
  let dot = 0, na = 0, nb = 0;
  for (const [w, x] of a) { na += x * x; const y = b.get(w); if (y !== undefined) dot += x * y; }
  for (const y of b.values()) nb += y * y;
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * How much an article's words resemble the summed words of n articles unrelated to it: the 95th percentile of the
 * cosine between a GUM article and n GUM articles of other genres (academic, bio, court, interview, voyage: long
 * articles, as a workspace's are), 4,000 random draws per n, from `scripts/beatUnrelated.ts --sources gum` (n,
 * level). It grows with n: many articles summed share some words with anything. Articles of one genre pass it
 * about three times in four (their 25th percentile: 0.147 at n = 4, 0.188 at n = 8). UNER's short web posts
 * resemble anything less (0.071 at n = 4 with them drawn too), so a level of all three corpora would let nearly
 * any set of long articles be a beat.
 */
const UNRELATED: readonly (readonly [number, number])[] = [
  [1, 0.092], [2, 0.115], [3, 0.131], [4, 0.141], [6, 0.156], [8, 0.167], [12, 0.189], [16, 0.198], [25, 0.216],
  [50, 0.234],
];

/** How much an article resembles n unrelated ones (`UNRELATED`, linear between the measured n, flat beyond). */
export function unrelatedLevel(n: number): number {
  let [n0, y0] = UNRELATED[0] as readonly [number, number];
  if (n <= n0) return y0;
  for (const [n1, y1] of UNRELATED) {
    if (n <= n1) return y0 + ((y1 - y0) * (n - n0)) / (n1 - n0);
    [n0, y0] = [n1, y1];
  }
  return y0;
}

/**
 * The beat of a set of taught articles: their words summed, and how far an article may stray from them and still
 * be on it. Each taught article is compared with the sum of the rest. The articles form a beat only when they
 * resemble one another more than unrelated articles do (the median of those similarities passes `unrelatedLevel`
 * of the rest's number): taught on four news reports of four subjects, what the context learns is no one beat's,
 * and it applies nowhere. An article is on a beat when it resembles the taught articles at least as much as the
 * least typical of them does the others, and more than an unrelated article would: one generic taught article
 * no longer widens the beat to everything.
 */
export class Beat {
  private constructor(private readonly centre: WordVector, readonly threshold: number, readonly articles: number) {}

  /**
   * `null` with fewer than two articles (one article says nothing of how wide its beat is) and when the articles
   * resemble one another no more than unrelated ones do.
   */
  static of(texts: readonly string[]): Beat | null {
    if (texts.length < 2) return null;
    const vectors = texts.map(wordVector);
    const centre = new Map<string, number>();
    for (const v of vectors) add(centre, v);
    const own = vectors.map((v) => {
      const rest = new Map(centre);
      for (const [w, x] of v) {
        const y = (rest.get(w) as number) - x;
        if (y > 1e-9) rest.set(w, y); else rest.delete(w);
      }
      return cosine(v, rest);
    }).sort((a, b) => a - b);
    const mid = own.length / 2;
    const median = own.length % 2 ? (own[Math.floor(mid)] as number) : ((own[mid - 1] as number) + (own[mid] as number)) / 2;
    if (!(median > unrelatedLevel(texts.length - 1))) return null;
    return new Beat(centre, Math.max(own[0] as number, unrelatedLevel(texts.length)), texts.length);
  }

  /** How much an article's words resemble the taught articles' (cosine, 0 to 1). */
  similarity(text: string): number {
    return cosine(wordVector(text), this.centre);
  }

  /** Whether the article resembles the taught ones at least as much as the least typical of them does, and more than an unrelated one. */
  covers(text: string): boolean {
    return this.similarity(text) >= this.threshold;
  }
}
