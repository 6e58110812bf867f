import { sha256Hex } from '../digest';
import { bratReference, linkFromBratReference } from '../links';
import { ANALYSIS_SCHEMA } from '../model';
import type { DocumentAnnotations, Entity, EntityType, Mention, Origin, Quote, Span, Speaker, Status } from '../model';
import { ATTRIBUTE_ID, DEFAULT_SCHEME, TYPE_ID, type Scheme } from '../scheme';
import { codePointTable, utf16Table } from './offsets';
import { ImportError, type ExportDocument } from './types';

/**
 * brat standoff export and import (https://brat.nlplab.org/standoff.html). brat counts offsets in Unicode code
 * points and wants a discontinuous or multi-line span as `;`-separated fragments that never cross a newline.
 *
 * Layout of the `.ann` file:
 * - `T` lines: entity mentions (PERSON, ORG, PLACE, NORP or a scheme's own type such as PARTY), then quotes
 *   (`Quote`), speakers (`Speaker`) and cues (`Cue`);
 * - `R` lines: `SaidBy Arg1:<quote> Arg2:<speaker>` and `Cue Arg1:<quote> Arg2:<cue>`;
 * - `A` lines: `Status` (suggested/accepted/rejected) and `Origin` (auto/user) of mentions and quotes, and the
 *   scheme's quote attributes (`A7\tstance T5 oppose`);
 * - `N` lines: `Reference <T> NewsAnnotator:<entity id>\t<canonical name>` links mentions and speakers to entities;
 * - `#` lines: `AnnotatorNotes` carrying an entity's note, on its first mention.
 */

/** The two files of a brat document. */
export interface BratFiles {
  ann: string;
  txt: string;
}

const NORMALIZATION_DB = 'NewsAnnotator';

/** Splits a span into fragments at line breaks, dropping empty pieces; offsets stay UTF-16. */
export function lineFragments(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[^\r\n]+/g;
  const piece = text.slice(start, end);
  for (let m = re.exec(piece); m; m = re.exec(piece)) out.push([start + m.index, start + m.index + m[0].length]);
  return out.length > 0 ? out : [[start, end]];
}

/** Exports one article as a brat `.ann` file and the `.txt` copy it refers to. */
export function toBrat(item: ExportDocument): BratFiles {
  const { annotations: doc, text } = item;
  const cps = codePointTable(text);
  const lines: string[] = [];
  let t = 0;
  let n = 0;
  let a = 0;
  let r = 0;
  let notes = 0;
  const entities = new Map<string, Entity>(doc.entities.map((e) => [e.id, e]));
  const noted = new Set<string>();

  const tLine = (type: string, span: Span): string => {
    const id = `T${++t}`;
    const fragments = lineFragments(text, span.start, span.end);
    const offsets = fragments.map(([s, e]) => `${cps[s]} ${cps[e]}`).join(';');
    // brat shows a fragmented span's text as its fragments joined by a space.
    const shown = fragments.map(([s, e]) => text.slice(s, e)).join(' ');
    lines.push(`${id}\t${type} ${offsets}\t${shown}`);
    return id;
  };
  const state = (id: string, status: Status, origin: Origin): void => {
    lines.push(`A${++a}\tStatus ${id} ${status}`);
    lines.push(`A${++a}\tOrigin ${id} ${origin}`);
  };
  const reference = (id: string, entityId: string): void => {
    const name = entities.get(entityId)?.name ?? '';
    lines.push(`N${++n}\tReference ${id} ${NORMALIZATION_DB}:${entityId}\t${oneLine(name)}`);
    // Knowledge-base links as brat normalisations too (`N2\tReference T1 Wikidata:Q7747\tLondon`).
    for (const link of entities.get(entityId)?.links ?? []) lines.push(`N${++n}\tReference ${id} ${bratReference(link)}\t${oneLine(name)}`);
  };

  for (const m of doc.mentions) {
    const id = tLine(m.type, m);
    state(id, m.status, m.origin);
    reference(id, m.entityId);
    const note = entities.get(m.entityId)?.note;
    if (note !== undefined && !noted.has(m.entityId)) {
      noted.add(m.entityId);
      lines.push(`#${++notes}\tAnnotatorNotes ${id}\t${oneLine(note)}`);
    }
  }
  for (const q of doc.quotes) {
    const quoteId = tLine('Quote', q);
    state(quoteId, q.status, q.origin);
    for (const k of Object.keys(q.attributes ?? {}).sort()) lines.push(`A${++a}\t${k} ${quoteId} ${(q.attributes as Record<string, string>)[k]}`);
    if (q.speaker) {
      const speakerId = tLine('Speaker', q.speaker);
      if (q.speaker.entityId) reference(speakerId, q.speaker.entityId);
      lines.push(`R${++r}\tSaidBy Arg1:${quoteId} Arg2:${speakerId}`);
    }
    if (q.cue) {
      const cueId = tLine('Cue', q.cue);
      lines.push(`R${++r}\tCue Arg1:${quoteId} Arg2:${cueId}`);
    }
  }
  return { ann: lines.length > 0 ? `${lines.join('\n')}\n` : '', txt: text };
}

/** brat fields are tab-separated and line-based: keep free text on one line without tabs. */
function oneLine(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

/**
 * brat's configuration for these annotation types (`annotation.conf`), to put beside exported files: the scheme's
 * entity types (a type with a parent indented under it, as brat draws hierarchies) and its quote attributes.
 */
export function bratAnnotationConf(scheme: Scheme = DEFAULT_SCHEME): string {
  const enabled = new Set(scheme.types.map((t) => t.id));
  const entities: string[] = [];
  for (const t of scheme.types) {
    if (t.parent && enabled.has(t.parent)) continue;
    entities.push(t.id);
    for (const child of scheme.types) if (child.parent === t.id) entities.push(`\t${child.id}`);
  }
  return [
    '[entities]',
    ...entities,
    'Quote',
    'Speaker',
    'Cue',
    '[relations]',
    'SaidBy\tArg1:Quote, Arg2:Speaker',
    'Cue\tArg1:Quote, Arg2:Cue',
    '[events]',
    '[attributes]',
    'Status\tArg:<ANY>, Value:suggested|accepted|rejected',
    'Origin\tArg:<ANY>, Value:auto|user',
    ...scheme.attributes.map((x) => `${x.id}\tArg:Quote, Value:${x.values.join('|')}`),
    '',
  ].join('\n');
}

interface TextBound {
  type: string;
  start: number;
  end: number;
  text: string;
  line: number;
}

/** An entity type: a built-in one or a scheme's (capitals); the workspace file's scheme decides whether it may stay. */
function isEntityType(type: string): type is EntityType {
  return TYPE_ID.test(type);
}

function slug(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'x';
}

/** Parses the offsets field of a T line (`start end;start end`) into one UTF-16 span over all fragments. */
function parseOffsets(field: string, utf16: number[], where: string, text: string): [number, number] {
  const fragments: Array<[number, number, string]> = [];
  for (const fragment of field.split(';')) {
    const m = /^(\d+) (\d+)$/.exec(fragment.trim());
    if (!m) throw new ImportError(`${where}: bad offsets "${field}"`);
    const [s, e] = [Number(m[1]), Number(m[2])];
    if (e < s) throw new ImportError(`${where}: fragment ${fragment} ends before it starts`);
    if (e >= utf16.length) throw new ImportError(`${where}: offset ${e} is past the end of the text (${utf16.length - 1} characters)`);
    fragments.push([utf16[s], utf16[e], fragment.trim()]);
  }
  fragments.sort((a, b) => a[0] - b[0]);
  // Fragments split at line breaks or spaces (as brat draws a span over several lines) are one span; words between
  // them make a discontinuous annotation, which has no continuous span to become.
  for (let i = 1; i < fragments.length; i++) {
    const [prev, next] = [fragments[i - 1], fragments[i]];
    if (/\S/.test(text.slice(prev[1], next[0]))) {
      throw new ImportError(`${where}: discontinuous span ("${field}": text between fragments ${prev[2]} and ${next[2]}); only continuous spans can be imported, so draw it as one span or as separate annotations`);
    }
  }
  return [fragments[0][0], Math.max(...fragments.map((f) => f[1]))];
}

/**
 * Reads a brat `.ann` file (as written by `toBrat`, or by hand in brat) back into annotations over `text`.
 * Entity mentions need an entity type as their brat type; quotes, speakers and cues are tied together by the
 * `SaidBy` and `Cue` relations. Items without a Status attribute count as `accepted` and `user` when they come
 * without an Origin, since a person drew them in brat.
 * @throws ImportError naming `source`, the line and the problem.
 */
export function fromBrat(ann: string, text: string, path: string, source = `${path}.ann`): DocumentAnnotations {
  const utf16 = utf16Table(text);
  const bounds = new Map<string, TextBound>();
  const status = new Map<string, Status>();
  const origin = new Map<string, Origin>();
  const refs = new Map<string, { id: string; name: string }>();
  const notes = new Map<string, string>();
  const links = new Map<string, string[]>();
  const attributes = new Map<string, Record<string, string>>();
  const relations: Array<{ type: string; arg1: string; arg2: string; line: number }> = [];

  ann.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const where = `${source}:${line}`;
    if (raw.trim() === '') return;
    const fields = raw.split('\t');
    const id = fields[0];
    const head = (fields[1] ?? '').split(' ');
    switch (id[0]) {
      case 'T': {
        if (fields.length < 3) throw new ImportError(`${where}: a T line needs an id, "TYPE START END" and the text, separated by tabs`);
        const [type, ...rest] = head;
        const [start, end] = parseOffsets(rest.join(' '), utf16, where, text);
        const expected = fields.slice(2).join('\t');
        const actual = text.slice(start, end);
        // brat joins fragments with a space; compare with line breaks folded the same way.
        if (actual.replace(/[\r\n]+/g, ' ') !== expected && actual !== expected) {
          throw new ImportError(`${where}: text ${JSON.stringify(expected)} does not match the document at those offsets (${JSON.stringify(actual)})`);
        }
        bounds.set(id, { type, start, end, text: actual, line });
        return;
      }
      case 'A':
      case 'M': {
        const [name, target, value] = head;
        if (name === 'Status' && (value === 'suggested' || value === 'accepted' || value === 'rejected')) status.set(target, value);
        else if (name === 'Origin' && (value === 'auto' || value === 'user')) origin.set(target, value);
        else if (name === 'Status' || name === 'Origin') throw new ImportError(`${where}: unknown ${name} value "${value ?? ''}"`);
        else if (ATTRIBUTE_ID.test(name ?? '') && target && value) attributes.set(target, { ...attributes.get(target), [name]: value });
        return;
      }
      case 'N': {
        const [, target, ref] = head;
        const colon = ref?.indexOf(':') ?? -1;
        if (!target || colon < 0) throw new ImportError(`${where}: a normalization needs "Reference T<n> DB:ID"`);
        if (ref.slice(0, colon) === NORMALIZATION_DB) refs.set(target, { id: ref.slice(colon + 1), name: fields[2] ?? '' });
        else {
          // Knowledge-base references become entity links; other databases are left to the tools that know them.
          const link = linkFromBratReference(ref);
          if (link) links.set(target, [...(links.get(target) ?? []), link]);
        }
        return;
      }
      case 'R': {
        const [type, a1, a2] = head;
        const arg1 = /^Arg1:(\S+)$/.exec(a1 ?? '')?.[1];
        const arg2 = /^Arg2:(\S+)$/.exec(a2 ?? '')?.[1];
        if (!arg1 || !arg2) throw new ImportError(`${where}: a relation needs "TYPE Arg1:T<n> Arg2:T<n>"`);
        relations.push({ type, arg1, arg2, line });
        return;
      }
      case '#': {
        if (head[0] === 'AnnotatorNotes' && head[1]) notes.set(head[1], fields.slice(2).join('\t'));
        return;
      }
      case 'E':
        return; // events are not part of this format's model; brat users may add them freely
      default:
        throw new ImportError(`${where}: unknown annotation id "${id}"`);
    }
  });

  const entities = new Map<string, Entity>();
  const mentions: Mention[] = [];
  const quotesById = new Map<string, Quote>();
  const entityFor = (tid: string, type: EntityType, mentionText: string): string => {
    const ref = refs.get(tid);
    const id = ref?.id ?? `${type.toLowerCase()}:${slug(mentionText)}`;
    const name = ref?.name || mentionText;
    const e = entities.get(id) ?? { id, type, name, aliases: [], descriptors: [], mentionCount: 0, quoteCount: 0 };
    if (name.length > e.name.length) e.name = name;
    if (mentionText !== e.name && !e.aliases.includes(mentionText)) e.aliases.push(mentionText);
    const note = notes.get(tid);
    if (note !== undefined) e.note = note;
    for (const link of links.get(tid) ?? []) if (!(e.links ??= []).includes(link)) e.links.push(link);
    entities.set(id, e);
    return id;
  };
  for (const [tid, b] of bounds) {
    const st = status.get(tid) ?? 'accepted';
    const or = origin.get(tid) ?? (status.has(tid) ? 'auto' : 'user');
    if (isEntityType(b.type)) {
      const entityId = entityFor(tid, b.type, b.text);
      mentions.push({ start: b.start, end: b.end, text: b.text, type: b.type, entityId, origin: or, status: st });
    } else if (b.type === 'Quote') {
      const q: Quote = { start: b.start, end: b.end, text: b.text, speaker: null, cue: null, origin: or, status: st };
      const attrs = attributes.get(tid);
      if (attrs) q.attributes = attrs;
      quotesById.set(tid, q);
    } else if (b.type !== 'Speaker' && b.type !== 'Cue') {
      throw new ImportError(`${source}:${b.line}: unknown type "${b.type}" (expected an entity type in capitals such as PERSON or PARTY, Quote, Speaker or Cue)`);
    }
  }
  for (const rel of relations) {
    const where = `${source}:${rel.line}`;
    const quote = quotesById.get(rel.arg1);
    const arg = bounds.get(rel.arg2);
    if (!quote || !arg) throw new ImportError(`${where}: ${rel.type} must link a Quote (Arg1) to a text span (Arg2) defined in the file`);
    const span: Span = { start: arg.start, end: arg.end, text: arg.text };
    if (rel.type === 'SaidBy') {
      const ref = refs.get(rel.arg2);
      const speaker: Speaker = ref ? { ...span, entityId: ref.id } : span;
      quote.speaker = speaker;
    } else if (rel.type === 'Cue') {
      quote.cue = span;
    }
  }
  mentions.sort((x, y) => x.start - y.start || x.end - y.end);
  const quotes = [...quotesById.values()].sort((x, y) => x.start - y.start || x.end - y.end);
  for (const m of mentions) entities.get(m.entityId)!.mentionCount++;
  for (const q of quotes) {
    const e = q.speaker?.entityId ? entities.get(q.speaker.entityId) : undefined;
    if (e) e.quoteCount = (e.quoteCount ?? 0) + 1;
  }
  return {
    schema: ANALYSIS_SCHEMA,
    document: { path, length: text.length, sha256: sha256Hex(text) },
    entities: [...entities.values()],
    mentions,
    quotes,
  };
}
