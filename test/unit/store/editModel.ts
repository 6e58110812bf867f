import fc from 'fast-check';

// Random edits on a text tracked as character ids, shared by the re-anchoring property test.

/** A text and, per character, its offset in the original (-1 for typed characters). */
export interface Doc {
  text: string;
  ids: number[];
}

/** One random edit; positions are per mille of the current length. */
export type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; length: number; text: string }
  | { kind: 'move'; from: number; to: number };

function splice(doc: Doc, start: number, end: number, insert: string): Doc {
  return {
    text: doc.text.slice(0, start) + insert + doc.text.slice(end),
    ids: [...doc.ids.slice(0, start), ...new Array<number>(insert.length).fill(-1), ...doc.ids.slice(end)],
  };
}

/** Paragraph blocks that end with their blank line, so they can be moved without gluing paragraphs together. */
function blocks(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const m of text.matchAll(/\n{2,}/g)) {
    const end = m.index + m[0].length;
    out.push([start, end]);
    start = end;
  }
  return out;
}

/** Applies one edit to the text and its ids. */
export function applyEdit(doc: Doc, e: Edit): Doc {
  const n = doc.text.length;
  const at = (f: number): number => Math.min(n, Math.floor(f * (n + 1)));
  switch (e.kind) {
    case 'insert':
      return splice(doc, at(e.at / 1000), at(e.at / 1000), e.text);
    case 'delete': {
      const s = at(e.at / 1000);
      return splice(doc, s, Math.min(n, s + e.length), '');
    }
    case 'replace': {
      const s = at(e.at / 1000);
      return splice(doc, s, Math.min(n, s + e.length), e.text);
    }
    case 'move': {
      const bs = blocks(doc.text);
      if (bs.length < 3) return doc;
      const [fs, fe] = bs[e.from % bs.length] as [number, number];
      const [ts] = bs[e.to % bs.length] as [number, number];
      if (ts >= fs && ts <= fe) return doc;
      const moved = { text: doc.text.slice(fs, fe), ids: doc.ids.slice(fs, fe) };
      const rest = { text: doc.text.slice(0, fs) + doc.text.slice(fe), ids: [...doc.ids.slice(0, fs), ...doc.ids.slice(fe)] };
      const to = ts > fe ? ts - (fe - fs) : ts;
      return { text: rest.text.slice(0, to) + moved.text + rest.text.slice(to), ids: [...rest.ids.slice(0, to), ...moved.ids, ...rest.ids.slice(to)] };
    }
  }
}

const typed = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz  .,\n'.split('')), minLength: 1, maxLength: 24 });
/** Insertions, deletions, replacements and paragraph moves. */
export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.integer({ min: 0, max: 1000 }), text: typed }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.integer({ min: 0, max: 1000 }), length: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.integer({ min: 0, max: 1000 }), length: fc.integer({ min: 1, max: 30 }), text: typed }),
  fc.record({ kind: fc.constant('move' as const), from: fc.nat(40), to: fc.nat(40) }),
);

