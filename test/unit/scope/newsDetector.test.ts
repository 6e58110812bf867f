import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { looksLikeNews, newsSignals } from '../../../src/core/newsDetector';

const root = join(__dirname, '..', '..', '..');
const read = (...p: string[]): string => readFileSync(join(root, ...p), 'utf8');

const CODE_README = `# fast-widget

A tiny library that renders widgets quickly. It was written by Jane Smith and is used by Acme Corp.

## Install

\`\`\`sh
npm install fast-widget
\`\`\`

## Usage

\`\`\`js
import { render } from 'fast-widget';
render(document.body, { size: 3 });
\`\`\`

- Fast: renders in under a millisecond.
- Small: 2 KB gzipped.

As one user said, "it just works and it is really fast". Contributions are welcome; see CONTRIBUTING.md.
`;

const MEETING_NOTES = `Notes from Tuesday

Attendees: Ann, Bob, Chidi
- Ann to send the budget to Finance by Friday.
- Bob said the server move is on track.
- Next meeting: 14 May, room 3.
`;

describe('news detector', () => {
  const articles = readdirSync(join(root, 'test', 'fixtures', 'heldout')).filter((f) => f.endsWith('.txt'));

  it('has articles to check', () => assert.ok(articles.length >= 10));

  for (const f of articles) {
    it(`takes the news article ${f} for news`, () => {
      const text = read('test', 'fixtures', 'heldout', f);
      assert.ok(looksLikeNews(text), JSON.stringify(newsSignals(text)));
    });
  }

  it('takes the seed article for news', () => {
    assert.ok(looksLikeNews(read('test', 'fixtures', 'workspace', 'seed-article.txt')));
  });

  const notNews: Array<[string, () => string]> = [
    ['the project README', () => read('README.md')],
    ['the project change log', () => read('CHANGELOG.md')],
    ['the project licence', () => read('LICENSE')],
    ['a code library README with a quotation', () => CODE_README],
    ['meeting notes', () => MEETING_NOTES],
    ['an empty file', () => ''],
    ['one sentence of news', () => 'The minister met President Putin in London, officials said.'],
  ];
  for (const [what, text] of notNews) {
    it(`does not take ${what} for news`, () => {
      const t = text();
      assert.equal(looksLikeNews(t), false, JSON.stringify(newsSignals(t)));
    });
  }

  it('reads only the start of a long file', () => {
    const long = `${read('test', 'fixtures', 'workspace', 'seed-article.txt')}\n\n`.repeat(1000);
    const started = Date.now();
    assert.ok(looksLikeNews(long));
    assert.ok(Date.now() - started < 500);
  });
});
