import assert from 'node:assert/strict';
import { decisionsToGold } from '../../../src/core/learn/goldDecisions';
import { applyOperation } from '../../../src/core/store/operations';
import { emptyStore } from '../../../src/core/store/types';

describe('decisionsToGold', () => {
  const text = 'Jordan met Acme Corp in Paris on Friday.';
  const at = (s: string): { start: number; end: number } => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

  it('accepts, retypes, rejects and adds as an annotator bringing the article to the gold would', () => {
    const suggestions = [
      { ...at('Jordan'), type: 'PLACE' },
      { ...at('Acme Corp'), type: 'ORG' },
      { ...at('Friday'), type: 'PERSON' },
    ];
    const gold = [
      { ...at('Jordan'), type: 'PERSON' },
      { ...at('Acme Corp'), type: 'ORG' },
      { ...at('Paris'), type: 'PLACE' },
      { ...at('Friday'), type: 'TIME' },
    ];
    const ops = decisionsToGold(suggestions, gold);
    assert.deepEqual(ops.map((o) => o.kind), ['retypeMention', 'acceptMention', 'rejectMention', 'addMention']);
    // The store then holds exactly the gold, through the operations the editor's commands use.
    const store = ops.reduce((s, op) => applyOperation(s, 'a.txt', text, op), emptyStore());
    const kept = store.documents.get('a.txt')?.mentions.filter((m) => m.status === 'accepted').map((m) => [m.exact, m.type]).sort();
    assert.deepEqual(kept, [['Acme Corp', 'ORG'], ['Jordan', 'PERSON'], ['Paris', 'PLACE']]);
  });

  it('matches GUM-style gold by its noun phrase and head, as the scorer does', () => {
    const np = at('Acme Corp');
    const gold = [{ start: np.start, end: np.end, type: 'ORG', mention_start: np.start, mention_end: np.end, head: at('Corp') }];
    assert.deepEqual(decisionsToGold([{ ...at('Corp'), type: 'ORG' }], gold).map((o) => o.kind), ['acceptMention']);
    assert.deepEqual(decisionsToGold([{ ...at('Acme'), type: 'ORG' }], gold).map((o) => o.kind), ['rejectMention', 'addMention']);
  });
});
