import { linkIri } from '../links';
import type { Entity, Origin, Span, Status } from '../model';
import { codePointTable, safeBoundary } from './offsets';
import type { ExportDocument } from './types';

/**
 * W3C Web Annotation Data Model (JSON-LD) export: an AnnotationCollection per article holding one annotation per
 * mention and per quote, each targeting the article with a TextQuoteSelector (exact, prefix, suffix) and a
 * TextPositionSelector. The model counts TextPositionSelector positions in Unicode code points, so offsets are
 * converted from the UTF-16 code units used everywhere else.
 */

/** Options for the W3C export. */
export interface W3cOptions {
  /** IRI of the annotated article; by default a content-addressed `urn:sha256:` IRI of its text. */
  sourceIri?: string;
  /** How many characters of context the TextQuoteSelector keeps on each side. */
  contextLength?: number;
}

/** A W3C TextualBody. */
export interface W3cTextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'identifying' | 'describing' | 'assessing' | 'classifying';
  value: string;
  format: 'text/plain';
  id?: string;
}

/** A body that identifies the entity by its IRI in a knowledge base (Wikidata, GeoNames…). */
export interface W3cLinkBody {
  type: 'SpecificResource';
  purpose: 'identifying';
  source: string;
}

/** One W3C Web Annotation as this exporter writes it. */
export interface W3cAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'identifying' | 'tagging';
  created?: string;
  creator: { type: 'Software' | 'Person'; name?: string };
  body: Array<W3cTextualBody | W3cLinkBody>;
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

/** The AnnotationCollection written per article. */
export interface W3cCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3cAnnotation[] };
}

const CREATORS: Record<Origin, W3cAnnotation['creator']> = {
  auto: { type: 'Software', name: 'News Annotator' },
  user: { type: 'Person' },
};

function textBody(purpose: W3cTextualBody['purpose'], value: string, id?: string): W3cTextualBody {
  const body: W3cTextualBody = { type: 'TextualBody', purpose, value, format: 'text/plain' };
  if (id !== undefined) body.id = id;
  return body;
}

/** The review state as an `assessing` body, so that consumers can tell confirmed items from suggestions. */
function statusBody(status: Status): W3cTextualBody {
  return textBody('assessing', status);
}

/** Builds the target of a span: quote selector with context, position selector in code points. */
function target(text: string, cps: Uint32Array, source: string, span: Span, context: number): W3cAnnotation['target'] {
  const prefixStart = safeBoundary(text, Math.max(0, span.start - context));
  const suffixEnd = safeBoundary(text, Math.min(text.length, span.end + context));
  return {
    source,
    selector: [
      { type: 'TextQuoteSelector', exact: span.text, prefix: text.slice(prefixStart, span.start), suffix: text.slice(span.end, suffixEnd) },
      { type: 'TextPositionSelector', start: cps[span.start], end: cps[span.end] },
    ],
  };
}

/** The W3C AnnotationCollection of one article. */
export function toW3cCollection(item: ExportDocument, options: W3cOptions = {}): W3cCollection {
  const { annotations: doc, text } = item;
  const source = options.sourceIri ?? `urn:sha256:${doc.document.sha256}`;
  const context = options.contextLength ?? 32;
  const cps = codePointTable(text);
  const entities = new Map<string, Entity>(doc.entities.map((e) => [e.id, e]));
  const base = `${source}#annotations`;
  const items: W3cAnnotation[] = [];
  doc.mentions.forEach((m, i) => {
    const entity = entities.get(m.entityId);
    items.push({
      id: `${base}/mention-${i + 1}`,
      type: 'Annotation',
      motivation: 'identifying',
      creator: CREATORS[m.origin],
      body: [
        textBody('tagging', m.type),
        textBody('identifying', entity?.name ?? m.text, `${base}/entity/${encodeURIComponent(m.entityId)}`),
        ...(entity?.links ?? []).map((link): W3cLinkBody => ({ type: 'SpecificResource', purpose: 'identifying', source: linkIri(link) })),
        statusBody(m.status),
      ],
      target: target(text, cps, source, m, context),
    });
  });
  doc.quotes.forEach((q, i) => {
    const body = [textBody('tagging', 'QUOTE')];
    if (q.speaker) {
      const name = q.speaker.entityId ? entities.get(q.speaker.entityId)?.name : undefined;
      body.push(textBody('describing', `speaker: ${name ?? q.speaker.text}`));
    }
    if (q.cue) body.push(textBody('describing', `cue: ${q.cue.text}`));
    // The scheme's quote attributes classify the quote: `stance: oppose`.
    for (const k of Object.keys(q.attributes ?? {}).sort()) body.push(textBody('classifying', `${k}: ${(q.attributes as Record<string, string>)[k]}`));
    body.push(statusBody(q.status));
    items.push({ id: `${base}/quote-${i + 1}`, type: 'Annotation', motivation: 'tagging', creator: CREATORS[q.origin], body, target: target(text, cps, source, q, context) });
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: base,
    type: 'AnnotationCollection',
    label: `News Annotator: ${doc.document.path}`,
    total: items.length,
    first: { id: `${base}/page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** W3C JSON-LD of one article (an AnnotationCollection), two-space indent, trailing newline. */
export function toW3c(item: ExportDocument, options: W3cOptions = {}): string {
  return `${JSON.stringify(toW3cCollection(item, options), null, 2)}\n`;
}

/** W3C JSON-LD of several articles: a JSON array of AnnotationCollections. */
export function toW3cWorkspace(items: readonly ExportDocument[]): string {
  return `${JSON.stringify(items.map((item) => toW3cCollection(item)), null, 2)}\n`;
}

