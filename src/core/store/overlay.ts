import type { DocumentAnnotations, Entity, EntityType, Mention, Span, Speaker } from '../model';
import { normaliseLink } from '../links';
import { makeAnchors } from './anchor';
import { reanchorDocument } from './documentAnchors';
import { resolveMerge } from './operations';
import { emptyDocument, type Anchor, type DocumentDecisions, type EntityDecision, type MentionDecision, type QuoteDecision, type RegistryEntry, type SpeakerAnchor } from './types';

/** Same slug as the analyser's entity ids: `person:vladimir-putin`. */
export function entityIdFor(type: EntityType, name: string): string {
  const slug = name.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'x';
  return `${type.toLowerCase()}:${slug}`;
}

const spanKey = (s: { start: number; end: number }): string => `${s.start}:${s.end}`;

function pushUnique(list: string[], values: readonly string[], except: string): void {
  for (const v of values) if (v && v !== except && !list.includes(v)) list.push(v);
}

function speakerOf(a: SpeakerAnchor, text: string, mentionAt: ReadonlyMap<string, Mention>): Speaker {
  const s: Speaker = { start: a.start, end: a.end, text: text.slice(a.start, a.end) };
  const entityId = a.entityId ?? mentionAt.get(spanKey(a))?.entityId;
  if (entityId !== undefined) s.entityId = entityId;
  return s;
}

function spanOf(a: Anchor, text: string): Span {
  return { start: a.start, end: a.end, text: text.slice(a.start, a.end) };
}

/** Overlays mention decisions; returns the ids whose counts may have changed and the spans a person typed. */
function overlayMentions(out: DocumentAnnotations, decisions: readonly MentionDecision[], text: string): { touched: Set<string>; typed: Set<string> } {
  const touched = new Set<string>();
  const typed = new Set<string>();
  const index = new Map(out.mentions.map((m) => [spanKey(m), m]));
  for (const d of decisions) {
    if (d.state === 'orphaned') continue;
    const key = spanKey(d);
    const m = index.get(key);
    if (m) {
      touched.add(m.entityId);
      m.status = d.status;
      if (d.origin === 'user') m.origin = 'user';
      if (d.type !== m.type) {
        m.type = d.type;
        m.entityId = d.entityId ?? entityIdFor(d.type, m.text);
      } else if (d.entityId !== undefined) m.entityId = d.entityId;
      touched.add(m.entityId);
      typed.add(key);
    } else if (d.status === 'accepted') {
      const exact = text.slice(d.start, d.end);
      const added: Mention = { start: d.start, end: d.end, text: exact, type: d.type, entityId: d.entityId ?? entityIdFor(d.type, exact), origin: d.origin, status: 'accepted' };
      out.mentions.push(added);
      index.set(key, added);
      touched.add(added.entityId);
      typed.add(key);
    }
  }
  return { touched, typed };
}

function overlayQuotes(out: DocumentAnnotations, decisions: readonly QuoteDecision[], text: string): void {
  const index = new Map(out.quotes.map((q) => [spanKey(q), q]));
  const mentionAt = new Map(out.mentions.map((m) => [spanKey(m), m]));
  for (const d of decisions) {
    if (d.state === 'orphaned') continue;
    let q = index.get(spanKey(d));
    if (!q) {
      if (d.status !== 'accepted') continue;
      q = { start: d.start, end: d.end, text: text.slice(d.start, d.end), speaker: null, cue: null, origin: d.origin, status: 'accepted' };
      out.quotes.push(q);
      index.set(spanKey(d), q);
    } else {
      q.status = d.status;
      if (d.origin === 'user') q.origin = 'user';
    }
    // A speaker or cue that could not be found again is shown as the analyser has it, not guessed.
    if (d.speaker === null) q.speaker = null;
    else if (d.speaker && d.speaker.state !== 'orphaned') q.speaker = speakerOf(d.speaker, text, mentionAt);
    if (d.cue === null) q.cue = null;
    else if (d.cue && d.cue.state !== 'orphaned') q.cue = spanOf(d.cue, text);
    if (d.attributes && Object.keys(d.attributes).length > 0) q.attributes = { ...d.attributes };
  }
}

/** Entities for ids that mentions use but the analysis did not list (added mentions, retypes). */
function ensureEntities(out: DocumentAnnotations, byId: Map<string, Entity>, touched: ReadonlySet<string>): void {
  for (const id of touched) {
    if (byId.has(id)) continue;
    const mine = out.mentions.filter((m) => m.entityId === id);
    const first = mine[0];
    if (!first) continue;
    const names = [...new Set(mine.map((m) => m.text))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    const e: Entity = { id, type: first.type, name: names[0] ?? first.text, aliases: names.slice(1), descriptors: [], mentionCount: 0 };
    byId.set(id, e);
    out.entities.push(e);
  }
}

function recount(out: DocumentAnnotations, byId: ReadonlyMap<string, Entity>, touched: ReadonlySet<string>): void {
  for (const id of touched) {
    const e = byId.get(id);
    if (e) e.mentionCount = out.mentions.filter((m) => m.entityId === id && m.status !== 'rejected').length;
  }
}

/** Index of registry entries by type and every name they go by. */
function registryIndex(registry: ReadonlyMap<string, RegistryEntry>): Map<string, string> {
  const index = new Map<string, string>();
  for (const [id, r] of registry) {
    for (const name of [r.name, ...r.aliases]) {
      const k = `${r.type}\u0000${name}`;
      if (!index.has(k)) index.set(k, id);
    }
  }
  return index;
}

/** Where each entity ends up: its merge target, then the registry entry it matches. */
function finalIds(entities: readonly Entity[], decided: ReadonlyMap<string, EntityDecision>, registry: ReadonlyMap<string, RegistryEntry>): Map<string, string> {
  const index = registryIndex(registry);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const out = new Map<string, string>();
  for (const e of entities) {
    const merged = resolveMerge(decided, e.id);
    if (registry.has(merged)) {
      out.set(e.id, merged);
      continue;
    }
    const target = byId.get(merged) ?? e;
    out.set(e.id, index.get(`${target.type}\u0000${target.name}`) ?? merged);
  }
  return out;
}

function combine(id: string, members: readonly Entity[]): Entity {
  const base = members.find((m) => m.id === id) ?? members[0];
  if (!base) throw new Error('empty entity group');
  const e: Entity = { ...base, id, aliases: [...base.aliases], descriptors: [...base.descriptors] };
  for (const m of members) {
    if (m === base) continue;
    pushUnique(e.aliases, [m.name, ...m.aliases], e.name);
    pushUnique(e.descriptors, m.descriptors, '');
    e.mentionCount += m.mentionCount;
    if (m.quoteCount !== undefined) e.quoteCount = (e.quoteCount ?? 0) + m.quoteCount;
  }
  return e;
}

function rename(e: Entity, name: string): void {
  if (name === e.name) return;
  const old = e.name;
  e.name = name;
  e.aliases = e.aliases.filter((a) => a !== name);
  pushUnique(e.aliases, [old], name);
}

/** Merges, registry entries, renames and notes: the entity side of the decisions. */
function overlayEntities(out: DocumentAnnotations, decided: ReadonlyMap<string, EntityDecision>, registry: ReadonlyMap<string, RegistryEntry>, typed: ReadonlySet<string>): void {
  const finals = finalIds(out.entities, decided, registry);
  const groups = new Map<string, Entity[]>();
  for (const e of out.entities) {
    const id = finals.get(e.id) ?? e.id;
    groups.set(id, [...(groups.get(id) ?? []), e]);
  }
  const entities: Entity[] = [];
  for (const [id, members] of groups) {
    const entry = registry.get(id);
    const decision = decided.get(id);
    const single = members.length === 1 && members[0]?.id === id;
    if (single && !entry && !decision) {
      entities.push(members[0] as Entity);
      continue;
    }
    const e = combine(id, members);
    if (entry) {
      e.type = entry.type;
      rename(e, entry.name);
      pushUnique(e.aliases, entry.aliases, e.name);
      if (entry.note) e.note = entry.note;
    }
    if (decision?.name) rename(e, decision.name);
    if (decision?.note) e.note = decision.note;
    if (decision?.links && decision.links.length > 0) e.links = [...decision.links];
    entities.push(e);
  }
  const typeOf = new Map(entities.map((e) => [e.id, e.type]));
  const relabel = (id: string | undefined): string | undefined => (id === undefined ? id : finals.get(id) ?? resolveMerge(decided, id));
  for (const m of out.mentions) {
    m.entityId = relabel(m.entityId) as string;
    const t = typeOf.get(m.entityId);
    if (t && t !== m.type && !typed.has(spanKey(m))) m.type = t;
  }
  for (const q of out.quotes) if (q.speaker?.entityId !== undefined) q.speaker.entityId = relabel(q.speaker.entityId);
  out.entities = entities;
}

/** Quote counts follow the speakers after a person changed quotes or merged entities. */
function recountQuotes(out: DocumentAnnotations): void {
  const counts = new Map<string, number>();
  for (const q of out.quotes) {
    const id = q.speaker?.entityId;
    if (id !== undefined && q.status !== 'rejected') counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  for (const e of out.entities) {
    const n = counts.get(e.id) ?? 0;
    if (e.quoteCount !== undefined || n > 0) e.quoteCount = n;
  }
}

const byOffset = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

/**
 * Overlays a person's decisions on fresh analyser output: accepted and rejected statuses, added mentions and
 * quotes (origin `user`), changed types, chosen speakers and cues, merges and renames (in `entityId` and
 * `name`), notes (in `Entity.note`), and the workspace registry's names, aliases, types and notes. Decisions are
 * re-anchored in `text` first; orphaned ones do not show. Without decisions or registry the analysis comes back
 * equal to the input. Pure: the input is not modified.
 */
export function applyDecisions(analysis: DocumentAnnotations, decisions: DocumentDecisions | undefined, text: string, registry: ReadonlyMap<string, RegistryEntry> = new Map()): DocumentAnnotations {
  const out = structuredClone(analysis);
  const doc = decisions ? reanchorDocument(decisions, text).doc : emptyDocument();
  const { touched, typed } = overlayMentions(out, doc.mentions, text);
  overlayQuotes(out, doc.quotes, text);
  const byId = new Map(out.entities.map((e) => [e.id, e]));
  ensureEntities(out, byId, touched);
  recount(out, byId, touched);
  out.entities = out.entities.filter((e) => !touched.has(e.id) || out.mentions.some((m) => m.entityId === e.id) || (e.quoteCount ?? 0) > 0);
  if (doc.entities.size > 0 || registry.size > 0) overlayEntities(out, doc.entities, registry, typed);
  if (doc.quotes.length > 0 || doc.entities.size > 0 || registry.size > 0) recountQuotes(out);
  out.mentions.sort(byOffset);
  out.quotes.sort(byOffset);
  return out;
}

function anchorFor(span: Span, anchors: ReadonlyMap<string, Anchor>): Anchor {
  const found = anchors.get(`${span.start}:${span.end}`);
  if (found && found.exact === span.text) return found;
  // The span does not fit this text: keep it, as an orphan the user can re-attach, rather than drop it.
  return { start: span.start, end: span.start + span.text.length, exact: span.text, prefix: '', suffix: '', state: 'orphaned' };
}

/**
 * The decisions that annotations carry (the reverse of `applyDecisions`, for importing a colleague's JSON or
 * brat files): every mention and quote that is not an untouched suggestion, with its status, type, speaker and
 * cue, and every entity note. Spans that do not fit `text` are kept as orphans.
 */
export function decisionsFromAnnotations(annotations: DocumentAnnotations, text: string): DocumentDecisions {
  const doc = emptyDocument();
  // All anchors at once: one at a time would search the whole text for each, quadratic over a long article.
  const spans: Span[] = [...annotations.mentions, ...annotations.quotes.flatMap((q) => [q, q.speaker, q.cue].filter((x): x is Span => !!x && !!x.text))]
    .filter((x) => x.text && x.start >= 0 && x.end <= text.length && text.slice(x.start, x.end) === x.text);
  const made = makeAnchors(text, spans);
  const anchors = new Map(made.map((a) => [`${a.start}:${a.end}`, a]));
  for (const m of annotations.mentions) {
    if (m.status === 'suggested' && m.origin === 'auto') continue;
    if (!m.text) continue;
    const d: MentionDecision = { ...anchorFor(m, anchors), status: m.status === 'rejected' ? 'rejected' : 'accepted', origin: m.origin, type: m.type };
    if (m.origin === 'user') d.entityId = m.entityId;
    doc.mentions.push(d);
  }
  for (const q of annotations.quotes) {
    if (q.status === 'suggested' && q.origin === 'auto') continue;
    if (!q.text) continue;
    const d: QuoteDecision = { ...anchorFor(q, anchors), status: q.status === 'rejected' ? 'rejected' : 'accepted', origin: q.origin };
    d.speaker = q.speaker && q.speaker.text ? { ...anchorFor(q.speaker, anchors), ...(q.speaker.entityId !== undefined ? { entityId: q.speaker.entityId } : {}) } : null;
    d.cue = q.cue && q.cue.text ? anchorFor(q.cue, anchors) : null;
    if (q.attributes && Object.keys(q.attributes).length > 0) d.attributes = Object.assign(Object.create(null) as Record<string, string>, q.attributes);
    doc.quotes.push(d);
  }
  for (const e of annotations.entities) {
    const decided: EntityDecision = {};
    if (e.note) decided.note = e.note;
    // Links from another tool are kept only when they are links, in the one spelling the workspace file uses.
    const links = [...new Set((e.links ?? []).map(normaliseLink).flatMap((r) => (r.ok ? [r.link] : [])))];
    if (links.length > 0) decided.links = links;
    if (decided.note !== undefined || decided.links !== undefined) doc.entities.set(e.id, decided);
  }
  return doc;
}
