import { applyEdits, type TextChange } from './anchor';
import { countOutcomes, reanchorAnchors } from './reanchor';
import type { Anchor, DocumentDecisions, QuoteDecision, ReanchorReport } from './types';

/** Re-anchors the speakers and cues chosen for quotes, each list on its own. */
function reanchorNested(quotes: QuoteDecision[], text: string): QuoteDecision[] {
  const pick = (key: 'speaker' | 'cue'): number[] => quotes.map((q, i) => (q[key] ? i : -1)).filter((i) => i >= 0);
  const out = quotes.map((q) => ({ ...q }));
  for (const key of ['speaker', 'cue'] as const) {
    const idx = pick(key);
    const { anchors } = reanchorAnchors(idx.map((i) => quotes[i]?.[key] as Anchor), text);
    idx.forEach((i, k) => {
      (out[i] as QuoteDecision)[key] = anchors[k] as never;
    });
  }
  return out;
}

/**
 * Finds a document's decisions again in its current text (opened after a change while closed, or reloaded after
 * a git pull), and counts what was found in place, moved, changed and orphaned. Nothing is dropped.
 */
export function reanchorDocument(doc: DocumentDecisions, text: string): { doc: DocumentDecisions; report: ReanchorReport } {
  const m = reanchorAnchors(doc.mentions, text);
  const q = reanchorAnchors(doc.quotes, text);
  const report = countOutcomes(q.outcomes, countOutcomes(m.outcomes));
  return { doc: { ...doc, mentions: m.anchors, quotes: reanchorNested(q.anchors, text) }, report };
}

/** Moves a document's decisions along with the changes of one `onDidChangeTextDocument` event. */
export function applyEditsToDocument(doc: DocumentDecisions, changes: readonly TextChange[], textAfter: string): DocumentDecisions {
  if (changes.length === 0) return doc;
  const quotes = applyEdits(doc.quotes, changes, textAfter).map((q) => {
    const next = { ...q };
    if (q.speaker) next.speaker = applyEdits([q.speaker], changes, textAfter)[0] ?? q.speaker;
    if (q.cue) next.cue = applyEdits([q.cue], changes, textAfter)[0] ?? q.cue;
    return next;
  });
  return { ...doc, mentions: applyEdits(doc.mentions, changes, textAfter), quotes };
}

/** The decisions that could not be found again, for the orphans view. */
export function orphansOf(doc: DocumentDecisions): Array<{ kind: 'mention' | 'quote'; key: string; anchor: Anchor }> {
  return [
    ...doc.mentions.filter((m) => m.state === 'orphaned').map((m) => ({ kind: 'mention' as const, key: anchorKey(m), anchor: m })),
    ...doc.quotes.filter((q) => q.state === 'orphaned').map((q) => ({ kind: 'quote' as const, key: anchorKey(q), anchor: q })),
  ];
}

/** A stable identity for a stored span: its last known offsets and text. */
export function anchorKey(a: Anchor): string {
  return `${a.start}:${a.end}:${a.exact}`;
}
