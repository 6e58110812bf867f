import { strict as assert } from 'node:assert';
import { longestPhrase, phraseLists, wordLists } from '../../../src/core/nlp/knowledge';
import { findNames } from '../../../src/core/nlp/names';
import { tokenize } from '../../../src/core/nlp/tokens';

// Brands and chains as the recogniser's name lists know them (scripts/lists/brands.txt), and brands written in lower
// case in text not written as edited prose, which become candidates of their own.
describe('nlp: brand names', () => {
  describe('the brand list', () => {
    it('holds whole names of chains, shops and software makers, in any case', () => {
      assert.ok(phraseLists(['Olive', 'Garden']).includes('brand'));
      assert.ok(phraseLists(['hobby', 'lobby']).includes('brand'));
      assert.ok(wordLists('Firefox').includes('brand'));
      assert.ok(wordLists('starbucks').includes('brand'));
    });
    it('leaves out single ordinary words, words the lexicon knows otherwise, places and acronyms', () => {
      for (const w of ['Target', 'Subway', 'Shell', 'okay', 'Okay', 'London', 'ROS', 'IRIS']) {
        assert.ok(!wordLists(w).includes('brand'), `${w} is in the brand list`);
      }
    });
    it('keeps the words of a brand in capitals from changing how other lists read capitals', () => {
      // `CHINA` and `CITY` appear in brands' logo lettering; in a capitals headline they are still the country and the noun.
      assert.ok(wordLists('CHINA').includes('country'));
      assert.ok(wordLists('CITY').includes('commonNoun'));
    });
  });

  describe('brands in lower case', () => {
    // As training proposes them; analysis does once the shipped weights have learned such candidates.
    const candidates = (text: string, brands = true) => findNames(text, tokenize(text), { brands }).candidates;
    const brandSpans = (text: string): string[] => candidates(text).filter((c) => c.features.includes('src=brand')).map((c) => c.text);

    it('become candidates in text not written as edited prose', () => {
      const text = 'me and my sister got lunch at olive garden and then went to hobby lobby for yarn, the staff were nice';
      assert.deepEqual(brandSpans(text), ['olive garden', 'hobby lobby']);
      const c = candidates(text).find((x) => x.text === 'olive garden');
      assert.ok(c?.features.includes('k:brand'), 'the candidate carries the list feature');
    });
    it('not opening or closing on a function word', () => {
      // `At Home` and `The Body Shop` are chains too.
      assert.deepEqual(brandSpans('i told them at home about the body shop sale'), []);
      assert.ok(longestPhrase(['at', 'home'], 0)?.lists.includes('brand'), 'the list holds `at home` (so the test can fail)');
    });
    it('not in edited text, where a name is capitalised', () => {
      assert.deepEqual(brandSpans('My sister went to olive garden. The staff were nice.'), []);
    });
    it('not when turned off, as for weights that never learned such candidates', () => {
      const text = 'me and my sister got lunch at olive garden and then went to hobby lobby for yarn';
      assert.deepEqual(candidates(text, false).filter((c) => c.features.includes('src=brand')), []);
    });
  });
});
