import { strict as assert } from 'node:assert';
import { findCandidates } from '../../../src/core/nlp/names';
import { tokenize } from '../../../src/core/nlp/tokens';

const spans = (text: string): string[] => findCandidates(text, tokenize(text)).map((c) => c.text);

// Letters and e-mails whose lines were run together: the frame of the letter and a signature written twice are
// not part of the names they run into. Invented names.
describe('nlp: names in run-together letters', () => {
  it('a sign-off or greeting inside a run of capitals ends one name and opens the next', () => {
    assert.deepEqual(spans('Thanks for the draft. Orla Penrith Regards Tomas Vekker'), ['Thanks', 'Orla Penrith', 'Tomas Vekker']);
    assert.deepEqual(spans('See you soon. Marit Dunlow Let me know. Teo Graves'), ['See', 'Marit Dunlow', 'Teo Graves']);
  });

  it('a given name written twice at once is two names', () => {
    assert.deepEqual(spans('Call me at noon. Marta Marta Brannock'), ['Call', 'Marta', 'Marta Brannock']);
  });

  it('a mail address glued to a name in a header is not part of the name', () => {
    assert.deepEqual(spans('From: "Orla Penrith"<openr...@example.com> wrote:'), ['Orla Penrith']);
    assert.deepEqual(spans('Sent by: Tomas Vekker/QUELL@quellcorp on 03/28/2001'), ['Sent', 'Tomas Vekker']);
  });

  it('a possessive written as a word of its own is no word, and marks the name before it', () => {
    const tokens = tokenize('We read Marit Dunlow \'s letter.');
    assert.deepEqual(tokens.map((t) => t.text), ['We', 'read', 'Marit', 'Dunlow', 'letter']);
    assert.ok(tokens[3]?.possessive);
    assert.ok(!tokenize('She said \' s \' twice.').some((t) => t.possessive));
  });

  it('leaves ordinary names alone', () => {
    assert.deepEqual(spans('Walla Walla hosted the Orvin Trust Fund meeting. Visitors came.'), ['Walla Walla', 'Orvin Trust Fund', 'Visitors']);
    // The letter's words open names too: they break a run only where it ends on them or a given name follows.
    assert.deepEqual(spans('Shares of Check Point Software rose, and Visit Scotland agreed.'), ['Shares', 'Check Point Software', 'Visit Scotland']);
    assert.deepEqual(spans('Thanks again. Marit Dunlow Call Sarah Graves today.'), ['Thanks', 'Marit Dunlow', 'Sarah Graves']);
  });
});
