import { STORE_VERSION } from './types';

/** Major and minor version of a schema id such as `news-annotator/store@1` or `news-annotator/store@1.2`. */
export interface SchemaVersion {
  major: number;
  minor: number;
}

const SCHEMA_ID = /^news-annotator\/store@([0-9]{1,6})(?:\.([0-9]{1,6}))?$/;

/** Parses a schema id, or `undefined` when it is not one of ours. */
export function parseSchemaId(id: unknown): SchemaVersion | undefined {
  if (typeof id !== 'string') return undefined;
  const m = SCHEMA_ID.exec(id);
  return m ? { major: Number(m[1]), minor: Number(m[2] ?? 0) } : undefined;
}

/** Rewrites a file of one major version into the next. Pure: returns new JSON, never edits its input. */
export type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * `news-annotator/store@0`, the draft layout: documents as an array of `{ path, mentions, quotes }`, spans with
 * `text` where version 1 has `exact`, no registry and no entity decisions.
 */
export function migrate0to1(raw: Record<string, unknown>): Record<string, unknown> {
  const renameText = (span: unknown): unknown => {
    if (!span || typeof span !== 'object' || Array.isArray(span)) return span;
    const { text, speaker, cue, ...rest } = span as Record<string, unknown>;
    const out: Record<string, unknown> = { ...rest };
    if (typeof text === 'string' && out.exact === undefined) out.exact = text;
    if (speaker !== undefined) out.speaker = renameText(speaker);
    if (cue !== undefined) out.cue = renameText(cue);
    return out;
  };
  const documents = Object.create(null) as Record<string, unknown>;
  if (Array.isArray(raw.documents)) {
    for (const d of raw.documents as unknown[]) {
      if (!d || typeof d !== 'object') continue;
      const doc = d as Record<string, unknown>;
      if (typeof doc.path !== 'string') continue;
      documents[doc.path] = {
        mentions: Array.isArray(doc.mentions) ? doc.mentions.map(renameText) : [],
        quotes: Array.isArray(doc.quotes) ? doc.quotes.map(renameText) : [],
        entities: {},
      };
    }
  }
  return { schema: 'news-annotator/store@1', registry: {}, documents };
}

/** Migrations by the major version they start from. */
export const MIGRATIONS: ReadonlyMap<number, Migration> = new Map([[0, migrate0to1]]);

/**
 * Brings raw JSON of an older major version up to the current one, step by step; `undefined` when a step is
 * missing. Files of the current or a newer version are returned unchanged.
 */
export function migrate(raw: Record<string, unknown>, from: SchemaVersion): Record<string, unknown> | undefined {
  let cur = raw;
  for (let major = from.major; major < STORE_VERSION.major; major++) {
    const step = MIGRATIONS.get(major);
    if (!step) return undefined;
    cur = step(cur);
  }
  return cur;
}
