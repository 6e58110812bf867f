import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  KNOWLEDGE_LISTS, buildKnowledgeIndex, isGivenPlace, knowledgeKey, longestPhrase, phraseLists, phraseMask, searchTable, wordLists,
  wordMask, type KnowledgeList,
} from '../../../src/core/nlp/knowledge';
import { PHRASES, WORDS } from '../../../src/core/nlp/knowledge.generated';

const ROOT = path.resolve(__dirname, '../../..');
const has = (lists: readonly KnowledgeList[], ...want: KnowledgeList[]): void => {
  for (const w of want) assert.ok(lists.includes(w), `${w} not in ${JSON.stringify(lists)}`);
};
const hasNot = (lists: readonly KnowledgeList[], ...unwanted: KnowledgeList[]): void => {
  for (const w of unwanted) assert.ok(!lists.includes(w), `${w} in ${JSON.stringify(lists)}`);
};

describe('nlp: knowledge lists', () => {
  describe('each source', () => {
    it('company names (cspell companies), without the ordinary words of split names', () => {
      has(wordLists('Chevron'), 'company');
      has(wordLists('Google'), 'company');
      hasNot(wordLists('The'), 'company');
      hasNot(wordLists('Third'), 'company');
      hasNot(wordLists('Texas'), 'company');
    });
    it('the news lexicon’s firms with a possessive and news agencies, an ampersand standing alone', () => {
      has(phraseLists(['Standard', '&', 'Poor’s']), 'company');
      has(wordLists('Sotheby’s'), 'company');
      has(wordLists('Xinhua'), 'company');
      has(phraseLists(['Agence', 'France-Presse']), 'company');
      hasNot(wordLists('Moody'), 'company');
    });
    it('first names (human-names, compromise) and surnames (cspell people names)', () => {
      has(wordLists('Jennifer'), 'firstName', 'personName');
      has(wordLists('Abernathy'), 'surname', 'personName');
      // Faker's locales: Polish, Nigerian, Turkish names.
      has(wordLists('Kowalski'), 'surname');
      has(wordLists('Okafor'), 'surname');
      has(wordLists('Yılmaz'), 'surname');
      has(wordLists('Priya'), 'firstName');
      hasNot(wordLists('Jennifer'), 'surname');
    });
    it('people-name lists leave out months, demonyms and what WordNet knows as no one (`June`, `German`, `Sunni`)', () => {
      for (const w of ['June', 'September', 'Friday', 'German', 'Sunni', "I'm", "We'll"]) {
        hasNot(wordLists(w), 'firstName', 'surname', 'personName');
      }
      has(wordLists('Bush'), 'personWn');
    });
    it('famous people (Pantheon): the surnames news names them by, not suffixes, particles or ordinary words', () => {
      for (const w of ['Yeltsin', 'Netanyahu', 'Chirac', 'Sampras', 'Aristotle', 'Gaulle']) has(wordLists(w), 'famous');
      for (const w of ['Jr', 'II', 'Great', 'De']) hasNot(wordLists(w), 'famous');
      // Whole names are left to the given-name and surname lists, which cover them word by word.
      hasNot(phraseLists(['Boris', 'Yeltsin']), 'famous');
    });
    it('looks a name written in capitals up whole in lower case, its short words too', () => {
      has(phraseLists(['NEW', 'YORK']), 'region');
      has(phraseLists(['SAN', 'FRANCISCO']), 'city');
    });
    it('famous surnames that are ordinary words are a list of their own', () => {
      for (const w of ['Trump', 'Bush', 'Major']) { has(wordLists(w), 'famousCommon'); hasNot(wordLists(w), 'famous'); }
      hasNot(wordLists('Yeltsin'), 'famousCommon');
      hasNot(wordLists('Great'), 'famousCommon');
    });
    it('WordNet people, members of groups, organisations, places, facilities, events', () => {
      has(wordLists('Einstein'), 'personWn');
      has(phraseLists(['Albert', 'Einstein']), 'personWn');
      has(wordLists('Frenchman'), 'memberWn');
      has(phraseLists(['United', 'Nations']), 'orgWn');
      has(wordLists('Congress'), 'orgWn');
      hasNot(wordLists('Here'), 'personWn');
      has(phraseLists(['Mississippi', 'River']), 'placeWn');
      has(phraseLists(['Eiffel', 'Tower']), 'facilityWn');
      has(phraseLists(['World', 'War', 'II']), 'eventWn');
    });
    it('common nouns are the lower-case lemma, whatever the case of the word', () => {
      has(wordLists('Bank'), 'commonNoun');
      has(wordLists('bank'), 'commonNoun');
      hasNot(wordLists('In'), 'commonNoun');
      hasNot(wordLists('Einstein'), 'commonNoun');
    });
    it('GeoNames cities, countries, regions and demonyms', () => {
      has(wordLists('Goma'), 'city');
      has(phraseLists(['Khan', 'Yunis']), 'city');
      has(wordLists('Afghanistan'), 'country');
      has(wordLists('Tigray'), 'region');
      has(wordLists('Afghans'), 'demonym');
      hasNot(wordLists('Mobile'), 'city');
      // GeoNames' `Al Fallūjah`, as news writes it.
      has(wordLists('Fallujah'), 'city');
      has(wordLists('al-Fallujah'), 'city');
    });
    it('head words that end many names of a kind, counted over the lists', () => {
      has(wordLists('Party'), 'orgHead');
      has(wordLists('River'), 'placeHead');
      has(wordLists('Bridge'), 'facilityHead');
      hasNot(wordLists('China'), 'placeHead');
    });
    it("compromise's lexicon: people, organisations, places, teams, titles, role nouns", () => {
      has(wordLists('Voltaire'), 'personLex');
      has(wordLists('Interpol'), 'orgLex');
      has(wordLists('Brooklyn'), 'placeLex');
      has(wordLists('Yankees'), 'sportsTeam');
      has(wordLists('Mr'), 'honorific');
      has(wordLists('therapist'), 'roleNoun');
    });

    it('English given names that are also places or nationalities, which the first-name list leaves out', () => {
      for (const w of ['Jordan', 'Israel', 'Florence', 'Dane', 'JORDAN']) assert.ok(isGivenPlace(w), w);
      hasNot(wordLists('Jordan'), 'firstName');
      // A given name the first-name list holds, a place that is no given name, and an unknown word are not.
      for (const w of ['Mary', 'Madrid', 'Quellbrook', '']) assert.ok(!isGivenPlace(w), w);
    });
  });

  describe('normalisation', () => {
    it('folds diacritics, curly apostrophes, full stops and case', () => {
      assert.deepEqual(wordLists('Zürich'), wordLists('Zurich'));
      assert.deepEqual(wordLists('O’Brien'), wordLists("O'Brien"));
      has(wordLists('O’Brien'), 'surname');
      assert.deepEqual(phraseLists(['São', 'Paulo']), phraseLists(['sao', 'PAULO']));
      has(phraseLists(['St.', 'Louis']), 'city');
      assert.equal(knowledgeKey('Ḩerāt'), 'herat');
    });
    it('normalises spaces in phrases', () => {
      assert.deepEqual(phraseLists(['New', 'York']), phraseLists(['  new york ']));
      assert.deepEqual(phraseLists(['New', 'York']), wordLists('New  York'));
      has(phraseLists(['New', 'York']), 'region');
    });
    it('keeps acronyms that spell an ordinary word in capitals', () => {
      has(wordLists('US'), 'country');
      has(wordLists('U.S.'), 'country');
      assert.deepEqual(wordLists('us'), []);
      has(wordLists('WHO'), 'orgWn');
      assert.deepEqual(wordLists('who'), []);
      has(phraseLists(['U.S.', 'ARMY']), 'orgWn');
    });
    it('reads two or three capitals as an acronym, not as a name in capitals', () => {
      has(wordLists('Ko'), 'firstName');
      assert.deepEqual(wordLists('KO'), []);
      has(wordLists('UN'), 'orgWn');
      has(wordLists('BBC'), 'orgLex');
      has(wordLists('3M'), 'company');
      hasNot(wordLists('AT'), 'company');
      has(wordLists('NATO'), 'orgWn');
      has(wordLists('Nato'), 'orgWn');
    });
    it('knows nothing of unknown, empty or over-long input', () => {
      assert.deepEqual(wordLists('Xqzzvt'), []);
      assert.deepEqual(wordLists(''), []);
      assert.deepEqual(phraseLists([]), []);
      assert.deepEqual(phraseLists(['a', 'b', 'c', 'd', 'e', 'f']), []);
      assert.equal(wordMask('Xqzzvt'), 0);
    });
  });

  describe('longestPhrase', () => {
    const tokens = 'Officials in New York City and the United Nations met George W. Bush'.split(' ');
    it('finds the longest name starting at a token', () => {
      assert.equal(longestPhrase(tokens, 2)?.length, 3);
      has(longestPhrase(tokens, 2)!.lists, 'city');
      assert.equal(longestPhrase(tokens, 7)?.length, 2);
      assert.equal(longestPhrase(tokens, 10)?.length, 3);
    });
    it('honours maxWords and falls back to the single word', () => {
      assert.equal(longestPhrase(tokens, 2, 2)?.length, 2);
      assert.equal(longestPhrase(tokens, 2, 1), undefined, '`New` alone is in no list');
      assert.equal(longestPhrase(tokens, 3, 1)?.length, 1);
      assert.deepEqual(longestPhrase(tokens, 3)?.lists, wordLists('York'));
    });
    it('is undefined for a word in no list and outside the tokens', () => {
      assert.equal(longestPhrase(['Xqzzvt', 'York'], 0), undefined);
      assert.equal(longestPhrase(tokens, tokens.length), undefined);
      assert.equal(longestPhrase(tokens, -1), undefined);
    });
  });

  it('the generator folds names as lookups do: every key of the tables is its own key', () => {
    for (const table of [WORDS, PHRASES]) {
      for (const line of table.split('\n')) {
        const key = line.slice(0, line.indexOf('\t'));
        assert.equal(key.split(' ').map(knowledgeKey).join(' '), key);
      }
    }
    assert.ok([...WORDS, ...PHRASES].every((c) => c.charCodeAt(0) <= 0xff), 'one-byte strings');
  });

  it('folds letters NFD leaves alone, as English news writes them', () => {
    assert.equal(knowledgeKey('Łódź'), 'lodz');
    assert.equal(knowledgeKey('Søren'), 'soren');
    assert.equal(knowledgeKey('Hawaiʻi'), 'hawaii');
    has(wordLists('Łódź'), 'city');
  });

  it('answers the same from the binary search and from the maps built after many lookups', () => {
    const lines = [...WORDS.split('\n').filter((_, i) => i % 37 === 0), ...PHRASES.split('\n').filter((_, i) => i % 11 === 0)];
    const keys = lines.map((l) => l.slice(0, l.indexOf('\t')));
    const before = keys.map((k) => searchTable(k.includes(' ') ? PHRASES : WORDS, k));
    assert.ok(before.every((m) => m > 0));
    buildKnowledgeIndex();
    assert.deepEqual(keys.map((k) => (k.includes(' ') ? phraseMask(k.split(' ')) : wordMask(k))), before);
    assert.equal(wordMask('Xqzzvt'), 0);
    assert.equal(searchTable(PHRASES, 'new york ', true), 1);
    assert.equal(longestPhrase('Officials in New York City'.split(' '), 2)?.length, 3);
  });

  it('returns one shared frozen array per combination of lists', () => {
    assert.equal(wordLists('Moscow'), wordLists('moscow'));
    assert.ok(Object.isFrozen(wordLists('Moscow')));
    assert.equal(KNOWLEDGE_LISTS.length, new Set(KNOWLEDGE_LISTS).size);
    assert.ok(KNOWLEDGE_LISTS.length <= 31, 'masks are 31-bit integers');
  });

  it('importing builds nothing: no table is split or indexed, at import or at the first lookup', () => {
    // Counted rather than timed (timings swing on a loaded machine): building a Set or a Map of the tables means
    // splitting one of their strings, all over 10 kB long.
    const script = path.join(os.tmpdir(), `knowledge-import-${process.pid}.mts`);
    fs.writeFileSync(script, `
      let bigSplits = 0;
      const split = String.prototype.split;
      String.prototype.split = function (...args) {
        if (this.length > 10000) bigSplits++;
        return split.apply(this, args);
      };
      const k = await import(${JSON.stringify(path.join(ROOT, 'src/core/nlp/knowledge.ts'))});
      const afterImport = bigSplits;
      const lists = k.wordLists('Moscow');
      const phrase = k.longestPhrase(['New', 'York', 'City'], 0);
      console.log(JSON.stringify({ afterImport, afterLookup: bigSplits, lists, phrase }));
    `);
    try {
      const out = execFileSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, encoding: 'utf8' });
      const r = JSON.parse(out.trim().split('\n').pop()!) as { afterImport: number; afterLookup: number; lists: string[]; phrase: { length: number } };
      assert.ok(r.lists.includes('city'));
      assert.equal(r.phrase.length, 3);
      assert.equal(r.afterImport, 0);
      assert.equal(r.afterLookup, 0);
    } finally {
      fs.rmSync(script, { force: true });
    }
  });

  it('a lookup is a binary search: 10,000 of them take well under a second', () => {
    const t0 = performance.now();
    for (let i = 0; i < 10000; i++) wordLists(i % 2 ? 'Moscow' : 'Xqzzvt');
    const ms = performance.now() - t0;
    assert.ok(ms < 1000, `10,000 lookups took ${ms} ms`);
  });

  it('the tables stay within their share of the bundle (1.65 MB)', () => {
    const bytes = fs.statSync(path.join(ROOT, 'src/core/nlp/knowledge.generated.ts')).size;
    assert.ok(bytes < 1_650_000, `knowledge.generated.ts is ${bytes} bytes`);
  });

  it('the generated file is what the generator writes (deterministic, up to date)', function () {
    this.timeout(60000);
    const out = execFileSync(process.execPath, [path.join(ROOT, 'scripts/genKnowledge.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.match(out, /up to date/);
  });
});
