import { ENTITY_TYPES, type DocumentAnnotations, type Mention, type Origin, type Status } from './model';

// Mentions are the bulk of a large document's analysis. Sending them between threads as objects makes the
// receiving thread deserialise tens of thousands of objects in one go; six integers per mention in a transferable
// buffer cost nothing to send and little to rebuild, since the receiver holds the text the spans point into.

const ORIGINS: readonly Origin[] = ['auto', 'user'];
const STATUSES: readonly Status[] = ['suggested', 'accepted', 'rejected'];
const FIELDS = 6;

/** Analysis in transferable form: mentions packed into integers, everything else as is. */
export interface PackedAnnotations {
  head: Omit<DocumentAnnotations, 'mentions'>;
  entityIds: string[];
  mentions: Int32Array;
}

/** Packs an analysis for `postMessage`; transfer `mentions.buffer`. */
export function packAnnotations(a: DocumentAnnotations): PackedAnnotations {
  const ids = new Map<string, number>();
  const buf = new Int32Array(a.mentions.length * FIELDS);
  a.mentions.forEach((m, i) => {
    let id = ids.get(m.entityId);
    if (id === undefined) ids.set(m.entityId, (id = ids.size));
    buf.set([m.start, m.end, ENTITY_TYPES.indexOf(m.type), id, ORIGINS.indexOf(m.origin), STATUSES.indexOf(m.status)], i * FIELDS);
  });
  const { mentions: _omit, ...head } = a;
  return { head, entityIds: [...ids.keys()], mentions: buf };
}

/** Rebuilds an analysis packed by `packAnnotations`; `text` is the document text it was made from. */
export function unpackAnnotations(p: PackedAnnotations, text: string): DocumentAnnotations {
  const n = p.mentions.length / FIELDS;
  const mentions: Mention[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const o = i * FIELDS;
    const start = p.mentions[o];
    const end = p.mentions[o + 1];
    mentions[i] = {
      start, end, text: text.slice(start, end), type: ENTITY_TYPES[p.mentions[o + 2]], entityId: p.entityIds[p.mentions[o + 3]],
      origin: ORIGINS[p.mentions[o + 4]], status: STATUSES[p.mentions[o + 5]],
    };
  }
  return { ...p.head, mentions };
}
