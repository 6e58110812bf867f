import { WEIGHTS } from './model/weights.generated';
import { Perceptron, type WeightTable } from './perceptron';

let shipped: Perceptron | null = null;

/**
 * The shipped recogniser, parsed from the generated weights on first use: the weights are a string in the
 * analyser's bundle, so loading the extension costs nothing and the first analysis pays one `JSON.parse`.
 */
export function recogniser(): Perceptron {
  shipped ??= new Perceptron(JSON.parse(WEIGHTS) as WeightTable);
  return shipped;
}
