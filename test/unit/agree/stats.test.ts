import assert from 'node:assert/strict';
import { cohenKappa, krippendorffAlpha, prf } from '../../../src/core/agree/stats';

/** Expands a contingency table (rows: first coder, columns: second) into two label sequences. */
function fromTable(labels: readonly string[], table: readonly (readonly number[])[]): { a: string[]; b: string[] } {
  const a: string[] = [];
  const b: string[] = [];
  table.forEach((row, i) => row.forEach((n, j) => {
    for (let k = 0; k < n; k++) {
      a.push(labels[i] as string);
      b.push(labels[j] as string);
    }
  }));
  return { a, b };
}

/** Reliability data as Krippendorff prints it: one row per coder, `.` for a missing value; returns units. */
function units(rows: readonly string[]): Array<Array<string | undefined>> {
  const cells = rows.map((r) => r.trim().split(/\s+/));
  return (cells[0] as string[]).map((_, u) => cells.map((c) => (c[u] === '.' ? undefined : c[u])));
}

describe('agreement coefficients', () => {
  describe("Cohen's kappa", () => {
    it('matches the diagnosis example of Fleiss, Levin & Paik (2003), ch. 18: κ = .68', () => {
      // Fleiss, Levin & Paik, Statistical Methods for Rates and Proportions, 3rd ed., Table 18.1: two raters
      // diagnose 100 subjects. By hand: pₒ = (75 + 4 + 10) / 100 = .89; margins .80/.10/.10 and .80/.05/.15, so
      // pₑ = .80·.80 + .10·.05 + .10·.15 = .66; κ = (.89 − .66) / (1 − .66) = .23 / .34 = .6765.
      const { a, b } = fromTable(['psychological', 'neurological', 'organic'], [[75, 1, 4], [5, 4, 1], [0, 0, 10]]);
      assert.ok(Math.abs((cohenKappa(a, b) as number) - 0.23 / 0.34) < 1e-12);
      assert.equal((cohenKappa(a, b) as number).toFixed(2), '0.68');
    });

    it('matches the two-by-two example (20, 5, 10, 15): pₒ = .7, pₑ = .5, κ = .4', () => {
      // By hand: yes-margins 25/50 and 30/50, so pₑ = .5·.6 + .5·.4 = .5; κ = (.7 − .5) / .5 = .4.
      const { a, b } = fromTable(['yes', 'no'], [[20, 5], [10, 15]]);
      assert.ok(Math.abs((cohenKappa(a, b) as number) - 0.4) < 1e-12);
    });

    it('is 1 for identical labels, even when only one label is used, and undefined for nothing', () => {
      assert.equal(cohenKappa(['O', 'PERSON', 'O'], ['O', 'PERSON', 'O']), 1);
      assert.equal(cohenKappa(['O', 'O'], ['O', 'O']), 1);
      assert.equal(cohenKappa([], []), undefined);
    });

    it('is 0 when agreement is no better than chance', () => {
      const { a, b } = fromTable(['x', 'y'], [[25, 25], [25, 25]]);
      assert.equal(cohenKappa(a, b), 0);
    });
  });

  describe("Krippendorff's alpha (nominal)", () => {
    it('matches Krippendorff\'s worked example with four coders and missing values: α = .743', () => {
      // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers, 12 units,
      // nominal α = 0.743. By hand: 40 pairable values (unit 12 has one, so it drops out); value totals
      // n₁..n₅ = 9, 13, 10, 5, 3; the off-diagonal coincidences sum to 8 (units 2, 6 and 8: 6/3 + 12/3 + 6/3);
      // Σ n_c(n − n_c) = 9·31 + 13·27 + 10·30 + 5·35 + 3·37 = 1216; α = 1 − 39 · 8 / 1216 = .7434.
      const data = units([
        '1 2 3 3 2 1 4 1 2 . . .',
        '1 2 3 3 2 2 4 1 2 5 . 3',
        '. 3 3 3 2 3 4 2 2 5 1 .',
        '1 2 3 3 2 4 4 1 2 5 1 .',
      ]);
      assert.ok(Math.abs((krippendorffAlpha(data) as number) - (1 - (39 * 8) / 1216)) < 1e-12);
      assert.equal((krippendorffAlpha(data) as number).toFixed(3), '0.743');
    });

    it('matches Krippendorff\'s binary example with two coders: α = .095', () => {
      // Krippendorff (2011), section A: two observers, ten units, no missing values; α = 0.095.
      const data = units(['0 1 0 0 0 0 0 0 1 0', '1 1 1 0 0 1 0 0 0 0']);
      assert.equal((krippendorffAlpha(data) as number).toFixed(3), '0.095');
    });

    it('is 1 when everyone agrees and undefined without pairable values', () => {
      assert.equal(krippendorffAlpha(units(['a b c', 'a b c', 'a . c'])), 1);
      assert.equal(krippendorffAlpha(units(['a . .', '. b .'])), undefined);
    });
  });

  describe('precision, recall and F1', () => {
    it('counts from matches, and two empty annotations agree fully', () => {
      const p = prf(3, 1, 2);
      assert.equal(p.precision, 3 / 4);
      assert.equal(p.recall, 3 / 5);
      assert.equal(p.f1, 6 / 9);
      assert.deepEqual([prf(0, 0, 0).f1, prf(0, 0, 0).precision, prf(0, 0, 0).recall], [1, 1, 1]);
      assert.equal(prf(0, 2, 0).f1, 0);
    });
  });
});
