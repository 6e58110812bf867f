import { describeFeature } from '../nlp/evidence';
import { featuresOf, handRule, passFeatures, typeOf, type MentionCandidate } from '../nlp/entities';
import { Perceptron, type Contribution, type Label } from '../nlp/perceptron';
import { recogniser, type Recogniser } from '../nlp/recogniser';
import type { Store } from '../store/types';
import { decisionExamples, type CandidateSpan, type DecisionExamples } from './examples';
import { learntReport } from './report';
import { teach, type TaughtModel, type TeachOptions } from './teach';

/**
 * Only the features that stand for a name itself (the whole name, its first and last word) learn from decisions:
 * a correction of `Brightwater` carries to `Brightwater` in the other articles, and cannot make the analyser read
 * every name after "said" differently. Spread over the context too, the same decisions made entity F1 slightly
 * worse on held-apart training articles (MODEL.md, "Learning from decisions").
 */
export function nameEmphasis(feature: string): number {
  if (feature.startsWith('w=')) return 4;
  if (feature.startsWith('first=') || feature.startsWith('last=')) return 2;
  return 0;
}

/**
 * The learning settings the editor and `eval --teach` share. The shipped weights of a confident decision are in
 * the tens, so a margin of 5 is what makes a correction hold in another article's context, and the bound of 20
 * per weight keeps any number of decisions about one name from outweighing everything else.
 */
export const WORKSPACE_TEACHING: TeachOptions = { emphasis: nameEmphasis, margin: 5, maxStep: 5, maxWeight: 20 };

/**
 * One pass of the recogniser once decisions have taught it: the shipped weights plus the taught changes. A
 * `Perceptron`, so the analyser takes it wherever it takes the shipped one.
 */
export class TaughtPass extends Perceptron {
  private readonly taught: TaughtModel;

  constructor(taught: TaughtModel, private readonly shipped: Perceptron) {
    super();
    this.taught = taught.over(shipped);
  }

  override scores(features: readonly string[], init?: readonly number[]): number[] {
    return this.taught.scores(features, init);
  }

  /** The shipped model's reasons, and the taught change when it weighs in for this label. */
  override explain(features: readonly string[], label: Label, top = 3): Contribution[] {
    const k = ['O', 'PERSON', 'ORG', 'PLACE'].indexOf(label);
    let learnt = 0;
    for (const f of new Set(features)) learnt += (this.taught.delta.get(f)?.[k] as number | undefined) ?? 0;
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
  const extra = shipped.second ? passFeatures(candidates.map((c) => ({ ...c, type: typeOf(c, shipped.first) }))) : [];
  const out: CandidateSpan[] = [];
  candidates.forEach((c, i) => {
    if (handRule(c) === undefined) out.push({ start: c.start, end: c.end, features: [...featuresOf(c), ...(extra[i] ?? [])] });
  });
  return out;
}

/** What the workspace's decisions taught: the examples, the model, and the recogniser to analyse with. */
export interface WorkspaceLearning {
  taught: DecisionExamples;
  model: TaughtModel;
  recogniser: Recogniser;
}

/**
 * Replays a workspace's decisions onto the shipped recogniser. `candidatesOf` gives an article's candidates (an
 * analyser's `candidates`, which reuses its paragraph cache); `reset` holds the fingerprints of decisions set
 * aside by *Reset What the Analyser Has Learnt*.
 */
export function learnFromStore(store: Store, textOf: (path: string) => string | undefined, candidatesOf: (text: string) => readonly MentionCandidate[], reset?: ReadonlySet<string>, shipped: Recogniser = recogniser()): WorkspaceLearning {
  const taught = decisionExamples(store, textOf, (_p, text) => learnableCandidates(candidatesOf(text), shipped), reset);
  // The pass that decides the type learns; the first pass of a two-pass recogniser stays as shipped, so the
  // second reads the same first-pass types it was taught with.
  const decider = shipped.second ?? shipped.first;
  const model = teach(decider, taught.examples, WORKSPACE_TEACHING);
  const taughtPass = new TaughtPass(model, decider);
  return { taught, model, recogniser: shipped.second ? { first: shipped.first, second: taughtPass } : { first: taughtPass } };
}

/** The report of *Show What the Analyser Has Learnt*, features read as the explanations read them. */
export function workspaceReport(learning: WorkspaceLearning): string {
  return learntReport(learning.model, learning.taught, describeFeature);
}
