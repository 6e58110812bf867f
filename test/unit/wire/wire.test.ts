import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../../src/core/nlp/analyze';
import { packAnnotations, unpackAnnotations } from '../../../src/core/wire';

const seedDir = path.join(__dirname, '..', '..', '..', 'seeds');
const seed = fs.readFileSync(path.join(seedDir, fs.readdirSync(seedDir).filter((f) => f.endsWith('.txt'))[0]), 'utf8');

describe('wire format between the analysis worker and the editor', () => {
  it('round-trips the seed analysis exactly', () => {
    const a = analyze(seed, { path: 'seed.txt' });
    assert.ok(a.mentions.length > 10);
    const packed = packAnnotations(a);
    assert.equal(packed.mentions.length, a.mentions.length * 6);
    assert.deepEqual(unpackAnnotations(structuredClone(packed), seed), a);
  });

  it('round-trips an analysis with no mentions', () => {
    const a = analyze('', { path: 'empty.txt' });
    assert.deepEqual(unpackAnnotations(packAnnotations(a), ''), a);
  });

  it('keeps user decisions on mentions', () => {
    const a = analyze(seed);
    a.mentions[0] = { ...a.mentions[0], origin: 'user', status: 'rejected', type: 'NORP' };
    const back = unpackAnnotations(packAnnotations(a), seed);
    assert.deepEqual(back.mentions[0], a.mentions[0]);
  });
});
