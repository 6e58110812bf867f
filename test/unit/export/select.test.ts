import assert from 'node:assert/strict';
import { codePointTable, safeBoundary, utf16Table } from '../../../src/core/export/offsets';
import { selectForExport } from '../../../src/core/export/select';
import { seedDocument } from './fixtures';

describe('selectForExport', () => {
  it('leaves rejected mentions and quotes out, and recounts entities', () => {
    const { annotations } = seedDocument();
    const out = selectForExport(annotations);
    assert.equal(out.mentions.length, annotations.mentions.length - 1);
    assert.equal(out.quotes.length, annotations.quotes.length - 1);
    assert.ok(out.mentions.every((m) => m.status !== 'rejected') && out.quotes.every((q) => q.status !== 'rejected'));
    const russian = out.entities.find((e) => e.id === 'norp:russian')!;
    assert.equal(russian.mentionCount, out.mentions.filter((m) => m.entityId === 'norp:russian').length);
    assert.equal(out.entities.find((e) => e.id === 'org:downing-street')!.quoteCount, 2);
  });

  it('keeps them with includeRejected', () => {
    const { annotations } = seedDocument();
    const out = selectForExport(annotations, { includeRejected: true });
    assert.equal(out.mentions.length, annotations.mentions.length);
    assert.equal(out.quotes.length, annotations.quotes.length);
  });

  it('drops entities left with nothing to show and does not modify its input', () => {
    const { annotations } = seedDocument();
    const before = JSON.stringify(annotations);
    const only = { ...annotations, mentions: annotations.mentions.map((m) => (m.entityId === 'place:old-bailey' ? { ...m, status: 'rejected' as const } : m)) };
    assert.ok(!selectForExport(only).entities.some((e) => e.id === 'place:old-bailey'));
    assert.equal(JSON.stringify(annotations), before);
  });
});

describe('offset tables', () => {
  const text = 'a😀b\u{1F469}\u200D\u{1F467}c';

  it('map UTF-16 offsets to code points and back', () => {
    const cps = codePointTable(text);
    const utf16 = utf16Table(text);
    assert.equal(cps[text.length], Array.from(text).length);
    for (let cp = 0; cp < utf16.length; cp++) assert.equal(cps[utf16[cp]], cp);
    assert.equal(cps[text.indexOf('b')], 2);
  });

  it('never cut a surrogate pair', () => {
    const inside = text.indexOf('😀') + 1;
    assert.equal(safeBoundary(text, inside), inside - 1);
    assert.equal(safeBoundary(text, 1), 1);
  });
});
