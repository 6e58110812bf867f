import type { Recogniser } from './recogniser';
import type { EntityType, Mention } from '../model';
import { escapeMarkdown } from '../markdownEscape';
import type { Analyzer } from './analyze';

/** What the analyser made of one span: the type it chose and the features that weighed most for it. */
export interface SpanExplanation {
  type: EntityType;
  /** Strongest first, as `title "Sir" before (+2.1)`; empty when nothing weighed (no evidence either way). */
  why: string[];
}

/**
 * Explains the analyser's decision for the mention at exactly `start`..`end` of `text`, or `null` when the analyser
 * finds no mention there (a name a person added). Only that span is explained: with a cached analyser that has seen
 * the text, the cost is one re-merge of cached paragraphs and one explanation, not one per mention.
 */
export function explainSpan(analyzer: Pick<Analyzer, 'analyze'>, text: string, start: number, end: number, path = '', model?: Recogniser): SpanExplanation | null {
  const a = analyzer.analyze(text, { path, explain: { start, end } }, model);
  const m = a.mentions.find((x) => x.start === start && x.end === end);
  return m ? { type: m.type, why: m.why ?? [] } : null;
}

/** How many reasons the hover card shows. */
export const WHY_SHOWN = 3;

/**
 * The hover card's one line on why a mention has its type, as Markdown (document text escaped): the analyser's
 * strongest reasons when the type is its own; "Type set by you" when a person added the mention or gave it another
 * type, since the model's reasons for a type it did not pick would mislead. Undefined when there is nothing to say.
 */
export function whyLine(mention: Pick<Mention, 'type' | 'origin'>, explanation: SpanExplanation | null | undefined): string | undefined {
  if (mention.origin === 'user' || (explanation && explanation.type !== mention.type)) return 'Type set by you';
  if (!explanation || explanation.why.length === 0) return undefined;
  return `Why ${escapeMarkdown(mention.type)}: ${explanation.why.slice(0, WHY_SHOWN).map(escapeMarkdown).join('; ')}`;
}
