import { WEIGHTS } from './model/weights.generated';
import type { Candidate } from './names';
import type { AttributionWeights } from './quotes/choice';
import { Perceptron, type WeightTable } from './perceptron';
import { Tagger, type TaggerTable } from './tagger';

/**
 * What may change a paragraph's candidate names before they are typed (a workspace's lexicon of the names people
 * added or rejected): the paragraph's full list of candidates, in order, given the name finder's.
 */
export interface SpanProposer {
  paragraph(paragraph: string, candidates: readonly Candidate[]): readonly Candidate[];
}

/** The shipped recogniser: a first pass over each name's evidence, and a second that also reads the first's types of the article's other mentions. */
export interface Recogniser {
  first: Perceptron;
  second?: Perceptron;
  /** Candidates taught by a workspace's decisions (none in the shipped recogniser). */
  proposer?: SpanProposer;
  /** Quote attribution weights taught by a workspace's quote decisions (the shipped table by default). */
  attribution?: AttributionWeights;
  /**
   * The recogniser to read one article with, where what was taught holds only for some articles (a workspace's
   * beat, `learn/beat.ts`); this one when absent. Returns the same objects for the same kind of article, so the
   * analyser's memo of a document's names stays valid between edits.
   */
  forText?: (text: string) => Recogniser;
}

let shipped: Recogniser | null = null;
let tagger: Tagger | null | undefined;

/** The weights in use: the shipped ones unless a measurement swapped them (`useWeights`). */
let weights: string = WEIGHTS;

function parse(): WeightTable & { second?: WeightTable; tagger?: TaggerTable } {
  return JSON.parse(weights) as WeightTable & { second?: WeightTable; tagger?: TaggerTable };
}

/**
 * Analyses with other weights (the same JSON as the generated file's) from now on, in this process: a measurement
 * of learning on text the weights never saw trains weights without some documents and analyses them with these.
 * Analysers made before keep what their paragraph caches hold, so make a new one after.
 */
export function useWeights(json: string): void {
  weights = json;
  shipped = null;
  tagger = undefined;
}

/**
 * The shipped recogniser, parsed from the generated weights on first use: the weights are a string in the
 * analyser's bundle, so loading the extension costs nothing and the first analysis pays one `JSON.parse`.
 */
export function recogniser(): Recogniser {
  if (!shipped) load();
  return shipped as Recogniser;
}

/**
 * Whether the shipped weights have learned candidates with this feature (`src=brand`): a kind of candidate added
 * after the weights were fitted is proposed only once they have been retrained with it.
 */
export function shippedKnows(feature: string): boolean {
  return recogniser().first.knows(feature);
}

/** The shipped span proposer (tagger.ts), parsed with the recogniser; null when the weights hold none. */
export function spanTagger(): Tagger | null {
  if (tagger === undefined) load();
  return tagger as Tagger | null;
}

function load(): void {
  const table = parse();
  shipped = { first: new Perceptron(table), second: table.second ? new Perceptron(table.second) : undefined };
  tagger = table.tagger ? new Tagger(table.tagger) : null;
}
