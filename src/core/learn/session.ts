import type { Analyzer } from '../nlp/analyze';
import type { Recogniser } from '../nlp/recogniser';
import type { MentionDecision, QuoteDecision, Store } from '../store/types';
import { emptyDocument, emptyStore } from '../store/types';
import { learnFromStore, learningFingerprint, workspaceReport } from './taughtRecogniser';

/** One article's mention decisions and its current text, as the editor sends them to the analyser. */
export interface LearnDocument {
  /** Unique across the workspace's folders. */
  path: string;
  text: string;
  mentions: MentionDecision[];
  /** The article's quote decisions (absent: none). */
  quotes?: QuoteDecision[];
}

/** What the analyser learns from: the workspace's decisions, and the fingerprints a reset set aside. */
export interface LearnRequest {
  documents: LearnDocument[];
  reset: string[];
}

/** What the analyser has learnt, for the status bar and *Show What the Analyser Has Learnt*. */
export interface LearnStatus {
  /** Decisions the model learnt from. */
  examples: number;
  report: string;
  /**
   * A fingerprint of the taught recogniser ('' for the shipped one): equal fingerprints suggest the same way, so
   * analyses kept from before (the workspace index) are redone only when it changes.
   */
  model: string;
}

/**
 * Teaches an analyser's recogniser from the request. Runs where the analyser runs (the desktop worker, or the web
 * extension host in slices), so the decisions travel and the training stays off the editor's thread. `candidates`
 * defaults to the analyser's own, which reuses its paragraph cache.
 */
export function learnFromRequest(analyzer: Pick<Analyzer, 'candidates' | 'quoteChoices'>, request: LearnRequest): { recogniser: Recogniser | undefined; status: LearnStatus } {
  const store: Store = emptyStore();
  const texts = new Map<string, string>();
  for (const d of request.documents) {
    if (typeof d.path !== 'string' || typeof d.text !== 'string' || !Array.isArray(d.mentions)) continue;
    store.documents.set(d.path, { ...emptyDocument(), mentions: d.mentions, quotes: Array.isArray(d.quotes) ? d.quotes.filter((q) => !!q && typeof q === 'object') : [] });
    texts.set(d.path, d.text);
  }
  const learning = learnFromStore(store, (p) => texts.get(p), (text, proposer) => analyzer.candidates(text, proposer), new Set(request.reset), undefined, (text) => analyzer.quoteChoices(text));
  const examples = learning.taught.examples.length + learning.quotes.examples.length;
  return { recogniser: examples > 0 ? learning.recogniser : undefined, status: { examples, report: workspaceReport(learning), model: examples > 0 ? learningFingerprint(learning) : '' } };
}
