import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { ANALYSIS_SCHEMA } from '../../../src/core/model';
import type { DocumentAnnotations, Entity, EntityType, Mention, Quote } from '../../../src/core/model';
import type { ExportDocument } from '../../../src/core/export/types';

/** Repository root. */
export const ROOT = join(__dirname, '..', '..', '..');

/** The seed article with hand-checked annotations (statuses, a user-added mention, a rejected quote, a note). */
export function seedDocument(): ExportDocument {
  const annotations = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/export/seed.annotations.json'), 'utf8')) as DocumentAnnotations;
  const text = readFileSync(join(ROOT, annotations.document.path), 'utf8');
  return { annotations, text };
}

/** Builds a document from phrases located in `text`, so that tests state spans by their text. */
export class DocBuilder {
  private readonly entities = new Map<string, Entity>();
  private readonly mentions: Mention[] = [];
  private readonly quotes: Quote[] = [];

  constructor(readonly text: string, readonly path = 'test/article.txt') {}

  /** The offset of the `nth` (1-based) occurrence of `phrase`. */
  at(phrase: string, nth = 1): number {
    let i = -1;
    for (let k = 0; k < nth; k++) {
      i = this.text.indexOf(phrase, i + 1);
      if (i < 0) throw new Error(`phrase not in text: ${phrase} #${nth}`);
    }
    return i;
  }

  span(phrase: string, nth = 1): { start: number; end: number; text: string } {
    const start = this.at(phrase, nth);
    return { start, end: start + phrase.length, text: phrase };
  }

  mention(phrase: string, type: EntityType, entityId: string, name = phrase, nth = 1, extra: Partial<Mention> = {}): this {
    const e = this.entities.get(entityId) ?? { id: entityId, type, name, aliases: [], descriptors: [], mentionCount: 0 };
    e.mentionCount++;
    if (phrase !== e.name && !e.aliases.includes(phrase)) e.aliases.push(phrase);
    this.entities.set(entityId, e);
    this.mentions.push({ ...this.span(phrase, nth), type, entityId, origin: 'auto', status: 'suggested', ...extra });
    return this;
  }

  note(entityId: string, note: string): this {
    const e = this.entities.get(entityId);
    if (!e) throw new Error(`no entity ${entityId}`);
    e.note = note;
    return this;
  }

  quote(phrase: string, speaker: string | null, cue: string | null, speakerEntity?: string, extra: Partial<Quote> = {}): this {
    const sp = speaker === null ? null : { ...this.span(speaker), ...(speakerEntity ? { entityId: speakerEntity } : {}) };
    this.quotes.push({ ...this.span(phrase), speaker: sp, cue: cue === null ? null : this.span(cue), origin: 'auto', status: 'suggested', ...extra });
    return this;
  }

  build(): ExportDocument {
    const annotations: DocumentAnnotations = {
      schema: ANALYSIS_SCHEMA,
      document: { path: this.path, length: this.text.length, sha256: createHash('sha256').update(this.text, 'utf8').digest('hex') },
      entities: [...this.entities.values()],
      mentions: [...this.mentions].sort((a, b) => a.start - b.start),
      quotes: [...this.quotes].sort((a, b) => a.start - b.start),
    };
    return { annotations, text: this.text };
  }
}

/** Names and quotes that try to break out of every format: formulas, separators, markup, line breaks. */
export const HOSTILE_NAME = '=HYPERLINK("http://evil.example/?a=1,2","click me")';
export const HOSTILE_ORG = '<img src=x onerror=alert(1)> & Co';

/** An article whose entity names and quotes are hostile to CSV, Markdown and HTML. */
export function hostileDocument(): ExportDocument {
  const text = [
    `${HOSTILE_NAME} said: “We said "no", twice,`,
    'and then we left | for good.”',
    '',
    `@admin told ${HOSTILE_ORG} that -5+3 was fine.`,
    '+Plus and\tTabbed News reported <script>alert("x")</script> nothing.',
  ].join('\n');
  return new DocBuilder(text, 'hostile/<b>article</b>.txt')
    .mention(HOSTILE_NAME, 'PERSON', 'person:hyperlink')
    .mention('@admin', 'PERSON', 'person:admin')
    .mention(HOSTILE_ORG, 'ORG', 'org:img')
    .mention('+Plus and\tTabbed News', 'ORG', 'org:plus')
    .note('org:img', '<i>note</i>\twith a tab\nand a line break')
    .quote('“We said "no", twice,\nand then we left | for good.”', HOSTILE_NAME, 'said', 'person:hyperlink')
    .build();
}

/** An article with emoji (outside the BMP, two UTF-16 code units each) before and inside spans. */
export function emojiDocument(): ExportDocument {
  const text = '🎉🎉 Ana María 👩‍👩‍👧 Silva met 🇫🇷 officials in Paris.\n\n“Great 😀 day,\nreally” said Ana María Silva 🙂 in Paris 🗼.';
  return new DocBuilder(text, 'emoji.txt')
    .mention('Ana María 👩‍👩‍👧 Silva', 'PERSON', 'person:ana-maria-silva')
    .mention('Paris', 'PLACE', 'place:paris')
    .mention('Ana María Silva', 'PERSON', 'person:ana-maria-silva', 'Ana María 👩‍👩‍👧 Silva')
    .mention('Paris', 'PLACE', 'place:paris', 'Paris', 2, { status: 'accepted', origin: 'user' })
    .quote('“Great 😀 day,\nreally”', 'Ana María Silva', 'said', 'person:ana-maria-silva', { status: 'accepted' })
    .build();
}
