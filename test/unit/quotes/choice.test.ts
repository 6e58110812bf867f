import { strict as assert } from 'node:assert';
import { ATTRIBUTION_WEIGHTS, chooseAttribution, type Candidate } from '../../../src/core/nlp/quotes/choice';

const candidate = (reason: Candidate['reason'], start: number): Candidate => ({ reason, attribution: { speaker: { start, end: start + 1, kind: 'name' }, cue: null } });

describe('quotes: the attribution choice', () => {
  it('ranks the reasons as the rules do', () => {
    const order = ['cueBeforeAdjacent', 'clauseAfter', 'headline', 'cueEarlierInSentence', 'sameSentenceQuote', 'nearbySpeech', 'colonLead', 'previousParagraph'] as const;
    for (let i = 1; i < order.length; i++) assert.ok(ATTRIBUTION_WEIGHTS[order[i - 1]] > ATTRIBUTION_WEIGHTS[order[i]], order[i]);
  });

  it('takes the weightiest candidate whatever the order they come in', () => {
    const got = chooseAttribution([candidate('previousParagraph', 1), candidate('clauseAfter', 2), candidate('cueEarlierInSentence', 3)]);
    assert.equal(got?.reason, 'clauseAfter');
    assert.equal(chooseAttribution([]), null);
  });

  it('follows other weights when given them', () => {
    const weights = { ...ATTRIBUTION_WEIGHTS, previousParagraph: 2 };
    assert.equal(chooseAttribution([candidate('clauseAfter', 2), candidate('previousParagraph', 1)], weights)?.reason, 'previousParagraph');
  });
});
