import assert from 'node:assert/strict';
import { toConll, tokenize } from '../../../src/core/export/conll';
import type { EntityType } from '../../../src/core/model';
import { emojiDocument, hostileDocument, seedDocument } from './fixtures';

const BACK: Record<string, EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'PLACE', MISC: 'NORP' };

/**
 * An independent CoNLL reader: splits documents at -DOCSTART-, reads the first and last column, finds each token
 * in the text in order and rebuilds the IOB2 entity spans as UTF-16 offsets.
 */
function readConll(conll: string, texts: string[]): Array<Array<{ start: number; end: number; type: EntityType }>> {
  const docs: string[][] = [];
  for (const line of conll.split('\n')) {
    if (line.startsWith('-DOCSTART-')) docs.push([]);
    else if (line !== '') docs[docs.length - 1].push(line);
  }
  assert.equal(docs.length, texts.length);
  return docs.map((lines, d) => {
    const text = texts[d];
    let cursor = 0;
    const spans: Array<{ start: number; end: number; type: EntityType }> = [];
    for (const line of lines) {
      const cols = line.split(' ');
      assert.equal(cols.length, 4, `four columns: ${line}`);
      const [token, , , tag] = cols;
      const start = text.indexOf(token, cursor);
      assert.ok(start >= 0 && text.slice(cursor, start).trim() === '' || start >= cursor, `token ${token} found in order`);
      const end = start + token.length;
      cursor = end;
      assert.match(tag, /^(O|[BI]-(PER|ORG|LOC|MISC))$/);
      if (tag.startsWith('B-')) spans.push({ start, end, type: BACK[tag.slice(2)] });
      else if (tag.startsWith('I-')) {
        const last = spans[spans.length - 1];
        assert.ok(last && last.type === BACK[tag.slice(2)], `I- tag continues an entity of its type: ${line}`);
        last.end = end;
      }
    }
    return spans;
  });
}

describe('CoNLL export', () => {
  it('tags every mention with IOB2 and nothing else (seed, emoji, hostile; one -DOCSTART- each)', () => {
    const items = [seedDocument(), emojiDocument(), hostileDocument()];
    const read = readConll(toConll(items), items.map((i) => i.text));
    items.forEach((item, d) => {
      assert.deepEqual(read[d], item.annotations.mentions.map((m) => ({ start: m.start, end: m.end, type: m.type })));
    });
  });

  it('writes NORP as MISC and PLACE as LOC', () => {
    const out = toConll([seedDocument()]);
    assert.match(out, /^British _ _ B-MISC$/m);
    assert.match(out, /^Russia _ _ B-LOC$/m);
    assert.match(out, /^Yarmouth _ _ I-LOC$/m);
  });

  it('separates sentences with blank lines', () => {
    const out = toConll([seedDocument()]);
    assert.match(out, /^Moscow _ _ B-LOC\n\. _ _ O\n\nThe _ _ O\npair _ _ O$/m);
  });

  it('cuts a token at a mention boundary inside it (captions glued to names)', () => {
    const tokens = tokenize('PutinGetty', [{ start: 0, end: 5, text: 'Putin', type: 'PERSON', entityId: 'p', origin: 'auto', status: 'suggested' }]);
    assert.deepEqual(tokens.map((t) => t.text), ['Putin', 'Getty']);
  });
});
