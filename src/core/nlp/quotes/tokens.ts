import { ABBREVIATIONS } from './lexicon';

/** A word or punctuation token with its offsets in the document (UTF-16, `end` exclusive). */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** True for words (letters or digits), false for punctuation. */
  word: boolean;
}

// Words keep inner apostrophes, hyphens, periods and ampersands (`Minister’s`, `al-Amr`, `U.S`, `A&M`), and a
// plural possessive apostrophe (`Thomas'`). Everything else that is not space is a one-character token.
const TOKEN_SOURCE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[’'\-.&/][\p{L}\p{N}\p{M}]+)*(?:(?<=s)[’'](?![\p{L}\p{N}]))?|\S/u.source;

/** Whether a word followed by a period keeps it as part of an abbreviation (`Mr.`, `U.S.`, `J.`). */
function keepsPeriod(word: string): boolean {
  return word.includes('.') || /^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

/** Tokenises `text.slice(from, to)`, offsets relative to the whole text. Linear in the slice length. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  const re = new RegExp(TOKEN_SOURCE, 'gu');
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    let t = m[0];
    const word = /^[\p{L}\p{N}]/u.test(t);
    if (word && slice[m.index + t.length] === '.' && keepsPeriod(t)) {
      t += '.';
      re.lastIndex++;
    }
    const start = from + m.index;
    out.push({ text: t, lower: t.toLowerCase(), start, end: start + t.length, word });
  }
  return out;
}

/** Whether a token begins with a capital letter, or is a name with a lower-case particle (`al-Amr`). */
export function isCapitalised(t: Token): boolean {
  return t.word && (/^\p{Lu}/u.test(t.text) || /^(?:al|el|ul|ad|ar|as|bin|ibn|abu|de|van|von|da|di|du|le|la|d|o)[-’']\p{Lu}/u.test(t.text));
}

/** Whether a token is a possessive (`Moscow’s`, `Thomas'`). */
export function isPossessive(t: Token): boolean {
  return t.word && /(?:[’']s|s[’'])$/u.test(t.text) && t.text.length > 2;
}

/** Length of the possessive ending of a token (2 for `’s`, 1 for `s'`), 0 if none. */
export function possessiveLength(t: Token): number {
  if (!isPossessive(t)) return 0;
  return /[’']s$/u.test(t.text) ? 2 : 1;
}
