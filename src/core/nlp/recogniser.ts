import { WEIGHTS } from './model/weights.generated';
import { Perceptron, type WeightTable } from './perceptron';

/** The shipped recogniser: a first pass over each name's evidence, and a second that also reads the first's types of the article's other mentions. */
export interface Recogniser {
  first: Perceptron;
  second?: Perceptron;
}

let shipped: Recogniser | null = null;

/**
 * The shipped recogniser, parsed from the generated weights on first use: the weights are a string in the
 * analyser's bundle, so loading the extension costs nothing and the first analysis pays one `JSON.parse`.
 */
export function recogniser(): Recogniser {
  if (!shipped) {
    const table = JSON.parse(WEIGHTS) as WeightTable & { second?: WeightTable };
    shipped = { first: new Perceptron(table), second: table.second ? new Perceptron(table.second) : undefined };
  }
  return shipped;
}
