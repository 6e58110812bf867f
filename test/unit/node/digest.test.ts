import assert from 'node:assert/strict';
import { portableSha256Hex, sha256Hex, useNativeDigest } from '../../../src/core/digest';
import { nodeSha256Hex } from '../../../src/node/digest';

// The desktop worker and the CLI hash with Node's crypto, the web build with the portable digest: a workspace
// file written by one must match documents hashed by the other, so the two must agree on every string.
const SAMPLES = [
  '',
  'Russia',
  'Café, naïve, Zürich — “quoted” ‘text’',
  'e\u0301 composed later, \u200bzero-width, \u00a0no-break',
  '日本語の記事。 한국어 기사. العربية',
  'astral 😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'lone high \ud800 and lone low \udc00 surrogates',
  '\ufeffbyte order mark\r\nCRLF\u2028line separator',
  'x'.repeat(200_000),
];

describe('digest: the document hash', () => {
  it('Node’s native SHA-256 gives the portable digest’s hex for every kind of text', () => {
    for (const s of SAMPLES) assert.equal(nodeSha256Hex(s), portableSha256Hex(s), JSON.stringify(s.slice(0, 40)));
  });
  it('is the SHA-256 of the UTF-8 bytes', () => {
    assert.equal(portableSha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(portableSha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('sha256Hex uses the digest a host sets', () => {
    const seen: string[] = [];
    useNativeDigest((t) => { seen.push(t); return nodeSha256Hex(t); });
    try {
      assert.equal(sha256Hex('abc'), portableSha256Hex('abc'));
      assert.deepEqual(seen, ['abc']);
    } finally {
      useNativeDigest(portableSha256Hex);
    }
  });
});
