import type { QuoteChoice } from '../nlp/analyze';
import { describeFeature } from '../nlp/evidence';
import { chooseAttribution, teachAttribution, type Candidate } from '../nlp/quotes/choice';
import { featuresOf, passFeatures, typed } from '../nlp/entities';
import { handRule, type MentionCandidate } from '../nlp/placedName';
import { Perceptron, type Contribution, type Label } from '../nlp/perceptron';
import { recogniser, type Recogniser, type SpanProposer } from '../nlp/recogniser';
import type { Store } from '../store/types';
import { Beat } from './beat';
import { decisionExamples, type CandidateSpan, type DecisionExamples } from './examples';
import { LEXICON_PRIOR, WorkspaceLexicon } from './lexicon';
import { quoteExamples, type QuoteExamples } from './quotes';
import { learntReport } from './report';
import { chooseTeaching, NAMES_ONLY, nameWeight, TEACHING_GRID, teachOptions, type TeachingChoice, type TeachingSetting } from './select';
import { prepareExamples, replay, TaughtModel, type PreparedExample, type Scorer, type TeachOptions } from './teach';

/**
 * Only the features that stand for a name itself (the whole name, its first and last word) learn from decisions
 * unless the workspace's own decisions show that letting the context learn helps (`chooseTeaching`): a correction
 * of `Brightwater` carries to `Brightwater` in the other articles, and cannot make the analyser read every name
 * after "said" differently.
 */
export const nameEmphasis = nameWeight;

/**
 * The fallback settings (names only). The shipped weights of a confident decision are in the tens, so a margin of 5
 * is what makes a correction hold in another article's context, and the bound of 20 per weight keeps any number of
 * decisions about one name from outweighing everything else.
 */
export const WORKSPACE_TEACHING: TeachOptions = teachOptions(NAMES_ONLY);

/**
 * One pass of the recogniser once decisions have taught it: the shipped weights plus the taught changes. A
 * `Perceptron`, so the analyser takes it wherever it takes the shipped one.
 */
export class TaughtPass extends Perceptron {
  private readonly taught: TaughtModel;

  /** `taught` replays over the shipped pass (with the lexicon's prior, `withLexiconPrior`). */
  constructor(taught: TaughtModel, private readonly shipped: Perceptron) {
    super();
    this.taught = taught;
  }

  override scores(features: readonly string[], init?: readonly number[]): number[] {
    return this.taught.scores(features, init);
  }

  /** The shipped model's reasons, and the taught change when it weighs in for this label. */
  override explain(features: readonly string[], label: Label, top = 3): Contribution[] {
    const k = ['O', 'PERSON', 'ORG', 'PLACE'].indexOf(label);
    let learnt = 0;
    for (const f of new Set(features)) learnt += ((this.taught.delta.get(f)?.[k] as number | undefined) ?? 0) + (LEXICON_PRIOR[f]?.[k] ?? 0);
    const out = this.shipped.explain(features, label, top);
    if (Math.abs(learnt) >= 0.05) out.unshift({ feature: 'learnt from decisions', weight: Math.round(learnt * 10) / 10 });
    return out.slice(0, top);
  }
}

/**
 * The candidates the recogniser types, with the features of the pass that decides their type: the second pass when
 * the recogniser has one (it also reads what the shipped first pass made of the article's other mentions). Those
 * the hand rules decide are left out: the recogniser never sees them.
 */
export function learnableCandidates(candidates: readonly MentionCandidate[], shipped: Recogniser = recogniser()): CandidateSpan[] {
  const extra = shipped.second ? passFeatures(candidates.map((c) => ({ ...c, ...typed(c, shipped.first) }))) : [];
  const out: CandidateSpan[] = [];
  candidates.forEach((c, i) => {
    if (handRule(c) === undefined) out.push({ start: c.start, end: c.end, features: [...featuresOf(c), ...(extra[i] ?? [])] });
  });
  return out;
}

/** The shipped pass with the prior weights of the lexicon's features, which it has never seen. */
export function withLexiconPrior(base: Scorer): Scorer {
  return {
    scores(features, init) {
      const s = base.scores(features, init);
      for (const f of features) {
        const p = LEXICON_PRIOR[f];
        if (p) for (let k = 0; k < s.length; k++) s[k] = (s[k] as number) + (p[k] as number);
      }
      return s;
    },
  };
}

/**
 * The shipped first pass reading the lexicon's features with their prior (and nothing learnt): the second pass
 * reads the first's types of the article's names, so a name the lexicon marks is read the same way in both.
 */
class PriorPass extends Perceptron {
  private readonly withPrior: Scorer;

  constructor(private readonly shipped: Perceptron) {
    super();
    this.withPrior = withLexiconPrior(shipped);
  }

  override scores(features: readonly string[], init?: readonly number[]): number[] {
    return this.withPrior.scores(features, init);
  }

  override explain(features: readonly string[], label: Label, top = 3): Contribution[] {
    return this.shipped.explain(features, label, top);
  }
}

/** What the workspace's decisions taught: the examples, the model, and the recogniser to analyse with. */
export interface WorkspaceLearning {
  taught: DecisionExamples;
  model: TaughtModel;
  recogniser: Recogniser;
  /** How the settings were chosen (leave-one-article-out over the taught articles). */
  choice: TeachingChoice;
  /** The names people marked or rejected, which the taught recogniser proposes and weighs. */
  lexicon: WorkspaceLexicon;
  /** What the quote decisions taught the attribution choice. */
  quotes: QuoteExamples;
  /**
   * Where the context learnt too (the choice's setting is not names only): the taught articles' beat, on which the
   * context's changes apply; off it the recogniser learnt only of the names. `null` when only names learnt, and
   * when the taught articles form no beat (then the recogniser is the one that learnt only of the names).
   */
  beat: Beat | null;
}

/** FNV-1a over the examples' articles, labels and features: the key of the cached choice of settings. */
function examplesKey(examples: readonly PreparedExample[]): string {
  let h = 0x811c9dc5;
  let g = 0x01000193;
  const mix = (s: string): void => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h = Math.imul(h ^ c, 0x01000193) >>> 0;
      g = Math.imul(g ^ c, 0x811c9dc5) >>> 0;
    }
    h = Math.imul(h ^ 0xff, 0x01000193) >>> 0;
  };
  for (const e of examples) { mix(e.path); mix(String(e.gold)); for (const f of e.fs) mix(f); }
  return `${examples.length}:${h.toString(16)}${g.toString(16)}`;
}

// The choice of settings replays the decisions a few dozen times; the editor learns again after every decision,
// mostly from the same examples (re-analysis moves nothing), so the last few choices are kept.
const choices = new Map<string, TeachingChoice>();
const MAX_CHOICES = 4;

function cachedChoice(decider: Scorer, taught: DecisionExamples, examples: readonly PreparedExample[], grid: readonly TeachingSetting[]): TeachingChoice {
  const key = examplesKey(examples) + examplesKey(prepareExamples({ scores: () => [0, 0, 0, 0] }, taught.unmarked)) + JSON.stringify(grid);
  let c = choices.get(key);
  if (!c) {
    c = chooseTeaching(examples, prepareExamples(decider, taught.unmarked), grid);
    choices.set(key, c);
    if (choices.size > MAX_CHOICES) choices.delete(choices.keys().next().value as string);
  }
  return c;
}

/**
 * Replays a workspace's decisions onto the shipped recogniser. `candidatesOf` gives an article's candidates (an
 * analyser's `candidates`, which reuses its paragraph cache); `reset` holds the fingerprints of decisions set
 * aside by *Reset What the Analyser Has Learnt*.
 */
export function learnFromStore(store: Store, textOf: (path: string) => string | undefined, candidatesOf: (text: string, proposer?: SpanProposer) => readonly MentionCandidate[], reset?: ReadonlySet<string>, shipped: Recogniser = recogniser(), quoteChoicesOf?: (text: string) => readonly QuoteChoice[], grid: readonly TeachingSetting[] = TEACHING_GRID): WorkspaceLearning {
  const lexicon = WorkspaceLexicon.fromStore(store, textOf, reset);
  const first = shipped.second && lexicon.size ? new PriorPass(shipped.first) : shipped.first;
  // Each taught article is read with what the other articles' decisions say of its names, as an untaught one is.
  const taught = decisionExamples(store, textOf, (path, text) => learnableCandidates(candidatesOf(text, lexicon.size ? lexicon.proposer(path) : undefined), { first, second: shipped.second }), reset);
  // The pass that decides the type learns; the first pass of a two-pass recogniser stays as shipped, so the
  // second reads the same first-pass types it was taught with.
  const decider = withLexiconPrior(shipped.second ?? shipped.first);
  const prepared = prepareExamples(decider, taught.examples);
  const choice = cachedChoice(decider, taught, prepared, grid);
  const proposer = lexicon.size ? lexicon.proposer() : undefined;
  // Quote decisions teach the attribution choice: which of the attributions proposed for a quote wins.
  const quotes = quoteChoicesOf ? quoteExamples(store, textOf, quoteChoicesOf, (c) => c.candidates.indexOf(chooseAttribution(c.candidates) as Candidate), reset) : { examples: [], skipped: { rejected: 0, notProposed: 0, noRightCandidate: 0, noChoice: 0, unanchored: 0 } };
  const attribution = quotes.examples.length ? teachAttribution(quotes.examples) : undefined;
  const recogniserOf = (m: TaughtModel): Recogniser => {
    const pass = new TaughtPass(m, shipped.second ?? shipped.first);
    return shipped.second ? { first, second: pass, proposer, attribution } : { first: pass, proposer, attribution };
  };
  const contextLearnt = choice.setting.context > 0;
  const beat = contextLearnt ? Beat.of([...new Set(taught.examples.map((e) => e.path))].map((p) => textOf(p) ?? '')) : null;
  const model = new TaughtModel(decider, replay(prepared, teachOptions(choice.setting)), taught.examples.length);
  const onBeat = recogniserOf(model);
  let recogniser = onBeat;
  if (contextLearnt) {
    const offBeat = recogniserOf(new TaughtModel(decider, replay(prepared, teachOptions(NAMES_ONLY)), taught.examples.length));
    // Taught articles that form no beat (no more alike than unrelated ones) taught the context of no beat: only
    // what was learnt of the names applies, everywhere.
    recogniser = beat ? { ...onBeat, forText: (text) => (beat.covers(text) ? onBeat : offBeat) } : offBeat;
  }
  return { taught, model, choice, lexicon, quotes, beat, recogniser };
}

/** The report of *Show What the Analyser Has Learnt*, features read as the explanations read them. */
export function workspaceReport(learning: WorkspaceLearning): string {
  return learntReport(learning.model, learning.taught, describeFeature, 10, learning.choice, learning.quotes, learning.beat);
}

/**
 * A fingerprint of what the decisions taught: the weight changes, the lexicon and the quote weights. Two learnings
 * with the same fingerprint make the same recogniser (up to rounding well below what moves a decision).
 */
export function learningFingerprint(learning: WorkspaceLearning): string {
  const round = (x: number): number => Math.round(x * 1e6) / 1e6;
  const delta = [...learning.model.delta].map(([f, d]) => [f, [...d].map(round)] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const attribution = learning.recogniser.attribution ? Object.entries(learning.recogniser.attribution).map(([r, w]) => [r, round(w)]).sort() : [];
  const s = JSON.stringify([delta, learning.lexicon.entries(), attribution]);
  let h = 0x811c9dc5;
  let g = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h = Math.imul(h ^ c, 0x01000193) >>> 0;
    g = Math.imul(g ^ c, 0x811c9dc5) >>> 0;
  }
  return `${learning.model.examples}:${h.toString(16).padStart(8, '0')}${g.toString(16).padStart(8, '0')}`;
}
