import { strict as assert } from 'node:assert';
import { applyEdits, makeAnchor, type TextChange } from '../../../src/core/store/anchor';
import { applyEditsToDocument } from '../../../src/core/store/documentAnchors';
import { reanchorAnchors } from '../../../src/core/store/reanchor';
import { emptyDocument } from '../../../src/core/store/types';

const TEXT = 'Russia has expelled a British diplomat and the spouse of another in Moscow.';

function edit(text: string, changes: TextChange[]): string {
  let out = text;
  for (const c of [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset)) out = out.slice(0, c.rangeOffset) + c.text + out.slice(c.rangeOffset + c.rangeLength);
  return out;
}

describe('store: anchors follow live edits', () => {
  const at = (s: string): [number, number] => [TEXT.indexOf(s), TEXT.indexOf(s) + s.length];
  const cases: Array<{ name: string; span: string; change: TextChange; expect: string | 'orphaned'; state?: string }> = [
    { name: 'typing before shifts', span: 'British', change: { rangeOffset: 0, rangeLength: 0, text: 'Today ' }, expect: 'British' },
    { name: 'typing after leaves it', span: 'British', change: { rangeOffset: 60, rangeLength: 0, text: 'xx' }, expect: 'British' },
    { name: 'typing right after does not grow it', span: 'British', change: { rangeOffset: at('British')[1], rangeLength: 0, text: 'er' }, expect: 'British' },
    { name: 'typing right before does not grow it', span: 'British', change: { rangeOffset: at('British')[0], rangeLength: 0, text: 'a ' }, expect: 'British' },
    { name: 'deleting before shifts back', span: 'Moscow', change: { rangeOffset: 0, rangeLength: 7, text: '' }, expect: 'Moscow' },
    { name: 'an edit inside updates and marks changed', span: 'British', change: { rangeOffset: at('British')[0] + 2, rangeLength: 1, text: 'II' }, expect: 'BrIItish', state: 'changed' },
    { name: 'an edit over its start keeps the rest', span: 'British', change: { rangeOffset: at('British')[0] - 2, rangeLength: 4, text: '' }, expect: 'itish', state: 'changed' },
    { name: 'an edit over its end keeps the rest', span: 'British', change: { rangeOffset: at('British')[1] - 2, rangeLength: 5, text: 'X' }, expect: 'Briti', state: 'changed' },
    { name: 'replacing it whole orphans it', span: 'British', change: { rangeOffset: at('British')[0], rangeLength: 7, text: 'French' }, expect: 'orphaned' },
    { name: 'deleting around it orphans it', span: 'British', change: { rangeOffset: 10, rangeLength: 30, text: '' }, expect: 'orphaned' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const [s, e] = at(c.span);
      const after = edit(TEXT, [c.change]);
      const [out] = applyEdits([makeAnchor(TEXT, s, e)], [c.change], after);
      assert.ok(out);
      if (c.expect === 'orphaned') {
        assert.equal(out.state, 'orphaned');
        return;
      }
      assert.equal(after.slice(out.start, out.end), c.expect);
      assert.equal(out.exact, c.expect);
      assert.equal(out.state, c.state);
      assert.equal(out.prefix, after.slice(Math.max(0, out.start - 32), out.start));
    });
  }

  it('applies several changes of one event (multi-cursor), all relative to the text before it', () => {
    const changes: TextChange[] = [{ rangeOffset: 0, rangeLength: 6, text: 'The Russian Federation' }, { rangeOffset: at('Moscow')[0], rangeLength: 0, text: 'central ' }];
    const after = edit(TEXT, changes);
    const anchors = ['British', 'spouse', 'Moscow'].map((w) => makeAnchor(TEXT, ...at(w)));
    for (const a of applyEdits(anchors, changes, after)) assert.equal(after.slice(a.start, a.end), a.exact);
    assert.deepEqual(applyEdits(anchors, changes, after).map((a) => a.exact), ['British', 'spouse', 'Moscow']);
  });

  it('moves quotes with their speakers and cues', () => {
    const doc = emptyDocument();
    doc.quotes.push({ ...makeAnchor(TEXT, 0, 6), status: 'accepted', origin: 'user', speaker: makeAnchor(TEXT, ...at('Moscow')), cue: null });
    const change: TextChange = { rangeOffset: 0, rangeLength: 0, text: '>> ' };
    const out = applyEditsToDocument(doc, [change], edit(TEXT, [change]));
    assert.equal(out.quotes[0]?.start, 3);
    assert.equal(out.quotes[0]?.speaker?.start, at('Moscow')[0] + 3);
  });
});

describe('store: re-anchoring cases', () => {
  it('finds in place, moved and orphaned', () => {
    const text = 'Russia has expelled a British diplomat and the spouse of another after accusing the pair of spying.\n\nThe pair were ordered to leave Russia within two weeks after Moscow claimed they had used the embassy as cover.';
    const words = ['British', 'spouse', 'Moscow', 'embassy'];
    const anchors = words.map((w) => makeAnchor(text, text.indexOf(w), text.indexOf(w) + w.length));
    const changed = text.replace('spouse', 'husband').replace('within two weeks', 'within a fortnight');
    const { anchors: out, outcomes } = reanchorAnchors(anchors, changed);
    assert.deepEqual(outcomes, ['found', 'orphaned', 'moved', 'moved']);
    assert.equal(changed.slice(out[2]?.start, out[2]?.end), 'Moscow');
    assert.equal(out[1]?.state, 'orphaned');
    assert.equal(out[1]?.exact, 'spouse', 'an orphan keeps its last known text');
  });

  it('finds a span whose text was edited when both sides of it are intact (approximate match)', () => {
    const long = 'The Federal Security Service said: “The counter-intelligence operations exposed the presence of the United Kingdom.” However, later…';
    const q = long.indexOf('“');
    const qe = long.indexOf('”') + 1;
    const changed = long.replace('operations exposed', 'operation exposed');
    const { anchors, outcomes } = reanchorAnchors([makeAnchor(long, q, qe)], changed);
    assert.deepEqual(outcomes, ['changed']);
    assert.equal(anchors[0]?.exact, changed.slice(q, qe - 1));
    assert.equal(anchors[0]?.state, 'changed');
  });

  it('tells a caption printed twice apart, and never moves a deleted one onto its twin', () => {
    const text = 'Intro line one.\n\nThe arrest in Yarmouth, photo by PA Images\n\nMiddle paragraph text.\n\nThe arrest in Yarmouth, photo by PA Images\n\nEnd.';
    const first = text.indexOf('PA');
    const second = text.indexOf('PA', first + 1);
    const anchors = [makeAnchor(text, first, first + 2), makeAnchor(text, second, second + 2)];
    assert.ok((anchors[0]?.prefix.length ?? 0) > 32, 'context grows until it is distinctive');
    const shifted = `Breaking.\n\n${text}`;
    assert.deepEqual(reanchorAnchors(anchors, shifted).anchors.map((a) => a.start), [first + 11, second + 11]);
    const firstGone = text.replace('The arrest in Yarmouth, photo by PA Images\n\nMiddle', 'Middle');
    const { outcomes, anchors: out } = reanchorAnchors(anchors, firstGone);
    assert.deepEqual(outcomes, ['orphaned', 'moved']);
    assert.equal(firstGone.slice(out[1]?.start, out[1]?.end), 'PA');
  });
});
