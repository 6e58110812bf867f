import { strict as assert } from 'node:assert';
import { folderArticlesGlob, folderExcludeGlob, hasDefaultExtension, inArticleScope, parentDir, withItem, withoutItem, type ScopeFacts } from '../../../src/core/articleScope';

const base: ScopeFacts = { newsLanguage: false, untitled: false, articles: undefined, matchesArticles: false, folderHasStore: false, defaultExtension: true };

describe('article scope', () => {
  const cases: Array<[string, Partial<ScopeFacts>, boolean]> = [
    ['a .txt file in a folder without an annotation file', {}, false],
    ['a .txt file in a folder with an annotation file', { folderHasStore: true }, true],
    ['a file of another kind in a folder with an annotation file', { folderHasStore: true, defaultExtension: false }, false],
    ['a .news file anywhere', { newsLanguage: true, defaultExtension: false }, true],
    ['a .news file outside the set globs', { newsLanguage: true, articles: ['articles/**'] }, true],
    ['an untitled document', { untitled: true, defaultExtension: false }, true],
    ['a file the set globs match', { articles: ['articles/**'], matchesArticles: true }, true],
    ['a file the set globs miss, even with an annotation file', { articles: ['articles/**'], folderHasStore: true }, false],
    ['any file when the globs are set but empty', { articles: [], folderHasStore: true }, false],
  ];
  for (const [what, facts, expected] of cases) {
    it(`${expected ? 'takes' : 'leaves'} ${what}`, () => assert.equal(inArticleScope({ ...base, ...facts }), expected));
  }

  it('knows the default extensions, whatever their case', () => {
    assert.ok(hasDefaultExtension('a/b.TXT'));
    assert.ok(hasDefaultExtension('notes.md'));
    assert.ok(hasDefaultExtension('x.markdown'));
    assert.ok(!hasDefaultExtension('main.ts'));
    assert.ok(!hasDefaultExtension('news-annotations.json'));
  });

  it('writes globs for a folder and its subfolders', () => {
    assert.equal(folderArticlesGlob(''), '**/*.{txt,md,markdown}');
    assert.equal(folderArticlesGlob('press/2024'), 'press/2024/**/*.{txt,md,markdown}');
    assert.equal(folderArticlesGlob('press\\2024\\'), 'press/2024/**/*.{txt,md,markdown}');
    assert.equal(folderExcludeGlob('docs'), 'docs/**');
    assert.equal(parentDir('a/b/c.txt'), 'a/b');
    assert.equal(parentDir('c.txt'), '');
  });

  it('adds a glob once and removes it', () => {
    assert.deepEqual(withItem(['a'], 'b'), ['a', 'b']);
    assert.deepEqual(withItem(['a', 'b'], 'b'), ['a', 'b']);
    assert.deepEqual(withoutItem(['a', 'b'], 'a'), ['b']);
  });
});
