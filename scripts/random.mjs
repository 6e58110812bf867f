// Deterministic pseudo-random numbers for training, cross-validation, generators and tests: the same seed gives
// the same numbers on every platform, so generated files are reproducible byte for byte.

/**
 * Mulberry32: a small 32-bit generator; returns a function giving numbers in [0, 1).
 * @param {number} seed
 * @returns {() => number}
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
