import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** The first seed article of the repository: real news text with repeated captions and curly quotes. */
export function seedText(): string {
  const dir = path.join(__dirname, '..', '..', '..', 'seeds');
  const name = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()[0];
  if (!name) throw new Error('no seed article in seeds/');
  return readFileSync(path.join(dir, name), 'utf8');
}

/** Spans a person might decide about: runs of capitalised words (names, captions) and curly-quoted passages. */
export function seedSpans(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const re of [/\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*)*/gu, /“[^”]*”/g]) {
    for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
