import { ENTITY_TYPES, type DocumentAnnotations, type EntityType, type Status } from './model';

// The entity tree's filter, as a pure function of one article's annotations: the tree is then built from what is
// left, so counts and nodes agree with the filter.

/** Which items the tree shows. An empty list or text means "any". */
export interface EntityFilter {
  types: EntityType[];
  statuses: Status[];
  /** Matched case-insensitively against the entity's name and aliases and the mention's text. */
  text: string;
}

/** No filter. */
export const NO_FILTER: EntityFilter = { types: [], statuses: [], text: '' };

/** Whether the filter lets everything through. */
export function isEmptyFilter(f: EntityFilter): boolean {
  return f.types.length === 0 && f.statuses.length === 0 && f.text.trim() === '';
}

/** The filter in a few words, for the tree's description: `PERSON, ORG · suggested · "putin"`. */
export function describeFilter(f: EntityFilter): string {
  const parts: string[] = [];
  // Built-in types in display order, then a scheme's own in the order picked.
  if (f.types.length > 0) parts.push([...ENTITY_TYPES.filter((t) => f.types.includes(t)), ...f.types.filter((t) => !ENTITY_TYPES.includes(t))].join(', '));
  if (f.statuses.length > 0) parts.push(f.statuses.join(', '));
  if (f.text.trim() !== '') parts.push(`"${f.text.trim()}"`);
  return parts.length > 0 ? `Filter: ${parts.join(' · ')}` : '';
}

/**
 * The mentions and quotes of an article that pass the filter. A mention passes on its own type and status; the
 * text matches its entity's name or aliases or its own text. A quote passes on its status and, when a type or text
 * is asked for, only if its speaker's entity passes them.
 */
export function filterAnnotations(a: DocumentAnnotations, f: EntityFilter): DocumentAnnotations {
  if (isEmptyFilter(f)) return a;
  const needle = f.text.trim().toLowerCase();
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const names = (id: string | undefined): string[] => {
    const e = id === undefined ? undefined : byId.get(id);
    return e ? [e.name, ...e.aliases] : [];
  };
  const textMatches = (texts: string[]): boolean => needle === '' || texts.some((t) => t.toLowerCase().includes(needle));
  const statusOk = (s: Status): boolean => f.statuses.length === 0 || f.statuses.includes(s);
  const typeOk = (t: EntityType | undefined): boolean => f.types.length === 0 || (t !== undefined && f.types.includes(t));
  const mentions = a.mentions.filter((m) => statusOk(m.status) && typeOk(m.type) && textMatches([m.text, ...names(m.entityId)]));
  const quotes = a.quotes.filter((q) => statusOk(q.status)
    && (f.types.length === 0 || typeOk(byId.get(q.speaker?.entityId ?? '')?.type))
    && (needle === '' || textMatches([...(q.speaker ? [q.speaker.text] : []), ...names(q.speaker?.entityId)])));
  return { ...a, mentions, quotes };
}
