/**
 * Which words a document writes in lower case, kept up to date across edits: a count per word of the paragraphs
 * that contain it. Paragraph word sets are compared by identity (a cached paragraph keeps its set), so after an
 * edit only the changed paragraphs' words are counted in or out, instead of re-reading the whole document.
 */
export interface WordIndex {
  /** Makes the index describe a document made of these paragraph word sets (duplicates count twice). */
  update(paragraphs: readonly ReadonlySet<string>[]): void;
  /** Whether any paragraph of the current document contains `word`. */
  has(word: string): boolean;
}

/** Creates an empty word index. */
export function createWordIndex(): WordIndex {
  const counts = new Map<string, number>();
  let current: readonly ReadonlySet<string>[] = [];
  const add = (words: ReadonlySet<string>, by: number): void => {
    for (const w of words) {
      const n = (counts.get(w) ?? 0) + by;
      if (n > 0) counts.set(w, n);
      else counts.delete(w);
    }
  };
  return {
    update(paragraphs) {
      const delta = new Map<ReadonlySet<string>, number>();
      for (const s of current) delta.set(s, (delta.get(s) ?? 0) - 1);
      for (const s of paragraphs) delta.set(s, (delta.get(s) ?? 0) + 1);
      for (const [s, d] of delta) if (d !== 0) add(s, d);
      current = paragraphs;
    },
    has: (word) => counts.has(word),
  };
}
