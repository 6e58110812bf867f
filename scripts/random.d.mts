/** Mulberry32: a small 32-bit generator; returns a function giving numbers in [0, 1). */
export function mulberry32(seed: number): () => number;
