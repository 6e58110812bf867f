/**
 * Offset conversion between UTF-16 code units (JavaScript strings, VS Code, the analysis contract) and Unicode
 * code points (brat standoff, W3C TextPositionSelector). They differ after any character outside the Basic
 * Multilingual Plane, such as most emoji.
 */

/** A table mapping every UTF-16 offset `0..text.length` to its code-point offset. */
export function codePointTable(text: string): Uint32Array {
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    // An offset between the two halves of a surrogate pair maps to the code point the pair forms.
    if (isLow(text.charCodeAt(i)) && i > 0 && isHigh(text.charCodeAt(i - 1))) {
      table[i] = cp - 1;
      continue;
    }
    table[i] = cp++;
  }
  table[text.length] = cp;
  return table;
}

/** A table mapping every code-point offset `0..n` to its UTF-16 offset. */
export function utf16Table(text: string): number[] {
  const table: number[] = [];
  let i = 0;
  for (const ch of text) {
    table.push(i);
    i += ch.length;
  }
  table.push(i);
  return table;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Moves a UTF-16 offset off the middle of a surrogate pair (towards the start), so a slice never splits one. */
export function safeBoundary(text: string, offset: number): number {
  if (offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1))) {
    if (isLow(text.charCodeAt(offset))) return offset - 1;
  }
  return offset;
}
