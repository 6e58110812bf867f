import { CLUSTERS, FINE_PER_COARSE } from './clusters.generated';

/**
 * Word clusters as features: words that news and encyclopedia text use alike (`Volkswagen` and `Toyota`, `Nairobi`
 * and `Lagos`, `Mary` and `Alice`) share a cluster, so what the recogniser learns of one carries to the others,
 * including words the training data never shows. The table (`clusters.generated.ts`, from
 * `scripts/genClusters.mjs`) is a string of one line per fine cluster, most frequent words first; it is indexed in a map on the first lookup,
 * so importing this module builds nothing.
 */
export interface WordCluster {
  /** The coarse cluster (several fine ones). */
  coarse: number;
  /** The fine cluster, unique over the table. */
  fine: number;
}

let index: Map<string, number> | undefined;

function buildIndex(): Map<string, number> {
  const map = new Map<string, number>();
  let line = 0;
  let start = 0;
  for (let i = 0; i <= CLUSTERS.length; i++) {
    const c = i < CLUSTERS.length ? CLUSTERS.charCodeAt(i) : 10;
    if (c === 32 || c === 10) {
      if (i > start) map.set(CLUSTERS.slice(start, i), line);
      start = i + 1;
      if (c === 10) line++;
    }
  }
  return map;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The table's key of a word: lower case, without diacritics (the vectors' vocabulary is lower-case English). */
export function clusterKey(word: string): string {
  const w = PRINTABLE_ASCII.test(word) ? word : word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'");
  return w.toLowerCase();
}

/** The cluster of a word, whatever its case; undefined for a word the table does not hold. */
export function wordCluster(word: string): WordCluster | undefined {
  index ??= buildIndex();
  const fine = index.get(clusterKey(word));
  return fine === undefined ? undefined : { coarse: Math.floor(fine / FINE_PER_COARSE), fine };
}

/**
 * The most frequent words of a cluster named as a feature value names it (`f201` fine, `c12` coarse), for
 * explanations: `Toyota`'s fine cluster reads as `gm, toyota, chrysler`. Empty for a value that names no cluster.
 */
export function clusterExamples(value: string, n = 3): string[] {
  const id = Number(value.slice(1));
  if (!/^[cf]\d+$/.test(value) || !Number.isInteger(id)) return [];
  const first = value[0] === 'f' ? id : id * FINE_PER_COARSE;
  let start = 0;
  for (let line = 0; line < first; line++) {
    start = CLUSTERS.indexOf('\n', start) + 1;
    if (start === 0) return [];
  }
  const end = CLUSTERS.indexOf('\n', start);
  return CLUSTERS.slice(start, end < 0 ? CLUSTERS.length : end).split(' ').filter((w) => w.length > 0).slice(0, n);
}

/**
 * The features of a word's cluster under a name (`cf=c12`, `cf=f201`): `name=_` for a word the table lacks, `name=`
 * for no word (the edge of the paragraph).
 */
export function clusterFeatures(name: string, word: string | undefined): string[] {
  if (word === undefined) return [`${name}=`];
  const c = wordCluster(word);
  return c ? [`${name}=c${c.coarse}`, `${name}=f${c.fine}`] : [`${name}=_`];
}
