import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { ANALYSIS_SCHEMA, type DocumentAnnotations, type EntityType, type Mention, type Quote, type Status } from '../../../src/core/model';
import {
  articleOutline, countOf, documentOutline, findUnbalancedQuoteMarks, firstMention, quoteLabel, quoteProblems,
  quotesWithoutSpeaker, workspaceOutline,
} from '../../../src/core/outline';

/** Builds annotations from names found in `text`, so offsets always agree with the text. */
function annotate(text: string, names: Array<[string, EntityType, string, Status?]>, quotes: Array<[string, string | null, Status?]> = []): DocumentAnnotations {
  const mentions: Mention[] = [];
  for (const [name, type, id, status] of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      mentions.push({ start: at, end: at + name.length, text: name, type, entityId: id, origin: 'auto', status: status ?? 'suggested' });
    }
  }
  const ids = [...new Set(names.map(([, , id]) => id))];
  return {
    schema: ANALYSIS_SCHEMA,
    document: { path: 'a.txt', length: text.length, sha256: '' },
    entities: ids.map((id) => {
      const own = names.filter(([, , x]) => x === id);
      return { id, type: own[0][1], name: own.map(([n]) => n).sort((x, y) => y.length - x.length)[0], aliases: [], descriptors: [], mentionCount: 0 };
    }),
    mentions: mentions.sort((x, y) => x.start - y.start),
    quotes: quotes.map(([q, speaker, status]): Quote => {
      const start = text.indexOf(q);
      const s = speaker === null ? -1 : text.indexOf(speaker);
      return {
        start, end: start + q.length, text: q,
        speaker: speaker === null ? null : { start: s, end: s + speaker.length, text: speaker, entityId: mentions.find((m) => m.start === s)?.entityId },
        cue: null, origin: 'auto', status: status ?? 'suggested',
      };
    }),
  };
}

const TEXT = 'Vladimir Putin met Lammy in Moscow. Putin said: “No.” Lammy said “Yes.” Moscow agreed. Someone said “Maybe.”';
const A = annotate(TEXT, [
  ['Vladimir Putin', 'PERSON', 'person:vladimir-putin'],
  ['Lammy', 'PERSON', 'person:david-lammy'],
  ['Moscow', 'PLACE', 'place:moscow'],
], [['“No.”', 'Putin'], ['“Yes.”', 'Lammy'], ['“Maybe.”', null]]);
// The lone surname is a second mention of the same entity.
A.mentions.push({ start: TEXT.indexOf('Putin said'), end: TEXT.indexOf('Putin said') + 5, text: 'Putin', type: 'PERSON', entityId: 'person:vladimir-putin', origin: 'auto', status: 'accepted' });
A.quotes[0].speaker!.entityId = 'person:vladimir-putin';

describe('articleOutline', () => {
  it('groups mentions by type then entity, most mentioned first, in document order inside', () => {
    const groups = articleOutline(A);
    assert.deepEqual(groups.map((g) => g.type), ['PERSON', 'PLACE']);
    const people = groups[0].entities;
    assert.deepEqual(people.map((e) => e.entity.id), ['person:david-lammy', 'person:vladimir-putin']);
    assert.deepEqual(people[1].mentions.map((m) => m.text), ['Vladimir Putin', 'Putin']);
    assert.deepEqual(people[1].quotes.map((q) => q.text), ['“No.”']);
    assert.deepEqual(groups[1].entities[0].mentions.map((m) => m.start), [TEXT.indexOf('Moscow'), TEXT.lastIndexOf('Moscow')]);
  });

  it('leaves out rejected mentions and quotes, and entities left with none', () => {
    const a = annotate('Moscow and Kyiv. Kyiv said “x”.', [['Moscow', 'PLACE', 'place:moscow', 'rejected'], ['Kyiv', 'PLACE', 'place:kyiv']], [['“x”', 'Kyiv', 'rejected']]);
    const groups = articleOutline(a);
    assert.deepEqual(groups.map((g) => g.entities.map((e) => e.entity.id)), [['place:kyiv']]);
    assert.equal(groups[0].entities[0].quotes.length, 0);
  });

  it('lists a mention whose entity record is missing under a stand-in entity', () => {
    const a = annotate('Ann met Bob.', [['Ann', 'PERSON', 'person:ann'], ['Bob', 'PERSON', 'person:bob']]);
    a.entities = a.entities.filter((e) => e.id !== 'person:bob');
    const bob = articleOutline(a)[0].entities.find((e) => e.entity.id === 'person:bob');
    assert.equal(bob?.entity.name, 'Bob');
  });

  it('files a retyped mention under its new type', () => {
    const a = annotate('Jordan won.', [['Jordan', 'PLACE', 'place:jordan']]);
    a.mentions[0].type = 'PERSON';
    assert.deepEqual(articleOutline(a).map((g) => g.type), ['PERSON']);
  });
});

describe('workspaceOutline', () => {
  it('merges the same entity id across articles and keeps each article share', () => {
    const b = annotate('Putin spoke in Kyiv.', [['Putin', 'PERSON', 'person:vladimir-putin'], ['Kyiv', 'PLACE', 'place:kyiv']]);
    const groups = workspaceOutline([{ key: 'file:///a', annotations: A }, { key: 'file:///b', annotations: b }]);
    const putin = groups.find((g) => g.type === 'PERSON')!.entities.find((e) => e.id === 'person:vladimir-putin')!;
    assert.equal(putin.name, 'Vladimir Putin');
    assert.equal(putin.mentionCount, 3);
    assert.equal(putin.quoteCount, 1);
    assert.deepEqual(putin.articles.map((x) => [x.key, x.mentions.length]), [['file:///a', 2], ['file:///b', 1]]);
    assert.deepEqual(putin.aliases, ['Putin']);
    assert.deepEqual(groups.find((g) => g.type === 'PLACE')!.entities.map((e) => e.id), ['place:moscow', 'place:kyiv']);
  });

  it('is empty for no articles', () => {
    assert.deepEqual(workspaceOutline([]), []);
  });
});

describe('documentOutline', () => {
  it('nests type → entity → mention with ranges that cover the children, then the quotes', () => {
    const nodes = documentOutline(A);
    assert.deepEqual(nodes.map((n) => [n.kind, n.name]), [['type', 'People'], ['type', 'Places'], ['quotes', 'Quotes']]);
    const people = nodes[0];
    assert.equal(people.detail, '2 entities');
    for (const n of [people, ...people.children]) {
      assert.ok(n.start <= n.selectStart && n.selectEnd <= n.end, `${n.name}: selection inside range`);
      for (const c of n.children) assert.ok(n.start <= c.start && c.end <= n.end, `${c.name} inside ${n.name}`);
    }
    const putin = people.children.find((c) => c.name === 'Vladimir Putin')!;
    assert.deepEqual(putin.children.map((c) => [c.name, c.start]), [['Vladimir Putin', 0], ['Putin', TEXT.indexOf('Putin said')]]);
    assert.equal(putin.detail, '2 mentions');
    assert.equal(people.selectStart, 0);
    assert.deepEqual(nodes[2].children.map((q) => [q.name, q.detail]), [['“No.”', 'Putin'], ['“Yes.”', 'Lammy'], ['“Maybe.”', 'no speaker']]);
  });

  it('has no nodes for an article without annotations', () => {
    assert.deepEqual(documentOutline(annotate('Nothing here.', [])), []);
  });
});

describe('firstMention', () => {
  it('finds the earliest live mention of an entity', () => {
    const a = annotate('Kyiv, Kyiv, Kyiv.', [['Kyiv', 'PLACE', 'place:kyiv']]);
    a.mentions[0].status = 'rejected';
    assert.equal(firstMention(a, 'place:kyiv')?.start, 6);
    assert.equal(firstMention(a, 'place:nowhere'), undefined);
  });
});

describe('quoteLabel and countOf', () => {
  it('flattens and shortens long quotes', () => {
    assert.equal(quoteLabel('“a\n b”'), '“a b”');
    const long = quoteLabel(`“${'word '.repeat(30)}”`, 20);
    assert.equal(long.length, 20);
    assert.ok(long.endsWith('…'));
  });
  it('says singular and plural right', () => {
    assert.deepEqual([countOf(1, 'quote'), countOf(2, 'quote'), countOf(0, 'entity', 'entities')], ['1 quote', '2 quotes', '0 entities']);
  });
});

describe('quotesWithoutSpeaker', () => {
  it('reports live quotes with no speaker, over the quote span', () => {
    const start = TEXT.indexOf('“Maybe.”');
    assert.deepEqual(quotesWithoutSpeaker(A), [{ kind: 'noSpeaker', start, end: start + '“Maybe.”'.length }]);
    const rejected = annotate('He said “x”.', [], [['“x”', null, 'rejected']]);
    assert.deepEqual(quotesWithoutSpeaker(rejected), []);
  });
});

describe('findUnbalancedQuoteMarks', () => {
  const cases: Array<{ name: string; text: string; mode?: 'line' | 'blankLine'; want: Array<[string, string]> }> = [
    { name: 'balanced curly and straight marks', text: 'He said “yes” and "no".\nShe said “fine”.', want: [] },
    { name: 'a curly quote left open at the end of its paragraph', text: 'He said “yes and left.\nThen she came.', want: [['unclosed', '“yes and left.']] },
    { name: 'an opening mark while another is open', text: 'He said “yes and “no”.', want: [['unclosed', '“yes and “no”.']] },
    { name: 'a closing mark with nothing open', text: 'He said yes” and left.', want: [['unopened', '”']] },
    { name: 'a straight quote left open', text: 'He said "yes.\nNext.', want: [['unclosed', '"yes.']] },
    { name: 'a long quote continued across paragraphs, news style', text: '“First part,\n“second part,\n“and the end.”', want: [] },
    { name: 'a long quote continued but never closed', text: '“First part,\n“second part.\nHe left.', want: [['unclosed', '“second part.']] },
    { name: 'a quote open at the very end of the text', text: 'Last words: “never', want: [['unclosed', '“never']] },
    { name: 'guillemets and low-9 marks', text: 'Il a dit « oui ». Er sagte „ja“ und „nein.\nEnde.', want: [['unclosed', '„nein.']] },
    { name: 'apostrophes and single curly marks are ignored', text: 'Moscow’s spokesman said ‘no’ and left.', want: [] },
    { name: 'a hard-wrapped Markdown paragraph closes on a later line', text: 'He said “this goes\non and on” today.\n\nNext.', mode: 'blankLine', want: [] },
    { name: 'a Markdown paragraph ending open', text: 'He said “this goes\non.\n\nNext paragraph.', mode: 'blankLine', want: [['unclosed', '“this goes\non.']] },
    { name: 'the same hard wrap read line by line', text: 'He said “this goes\non and on” today.', mode: 'line', want: [['unclosed', '“this goes'], ['unopened', '”']] },
    { name: 'Windows line breaks', text: 'He said “yes.\r\nNext.', want: [['unclosed', '“yes.']] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = findUnbalancedQuoteMarks(c.text, c.mode).map((p) => [p.kind, c.text.slice(p.start, p.end)]);
      assert.deepEqual(got, c.want);
    });
  }

  it('finds nothing wrong in the seed article', () => {
    const seed = readFileSync(new URL('../../fixtures/workspace/seed-article.txt', import.meta.url), 'utf8');
    assert.deepEqual(findUnbalancedQuoteMarks(seed), []);
    const broken = seed.replace('“unapologetic”', '“unapologetic');
    const problems = findUnbalancedQuoteMarks(broken);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].start, broken.indexOf('“unapologetic'));
  });
});

describe('quoteProblems', () => {
  it('combines both finders in document order', () => {
    const text = 'Ann said “hi.\nSomeone said “bye.”';
    const a = annotate(text, [], [['“bye.”', null]]);
    assert.deepEqual(quoteProblems(a, text).map((p) => p.kind), ['unclosed', 'noSpeaker']);
    assert.deepEqual(quoteProblems(undefined, text).map((p) => p.kind), ['unclosed']);
  });
});
