import { strict as assert } from 'node:assert';
import { escapeMarkdown } from '../../../src/core/markdownEscape';

describe('Markdown escaper', () => {
  const cases: Array<[string, string]> = [
    ['[x](command:workbench.action.quit)', '\\[x\\](command:workbench.action.quit)'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['![i](http://x/y.png)', '!\\[i\\](http://x/y.png)'],
    ['**bold** _it_ ~~s~~ `code`', '\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\`code\\`'],
    ['# heading\n- item', '\\# heading - item'],
    ['a | b', 'a \\| b'],
    ['$(alert) icon', '\\$(alert) icon'],
    ['Mr. Smith, 47, said so.', 'Mr. Smith, 47, said so.'],
    ['AT&T', 'AT&amp;T'],
    ['back\\slash', 'back\\\\slash'],
  ];
  for (const [input, expected] of cases) {
    it(`escapes ${JSON.stringify(input)}`, () => assert.equal(escapeMarkdown(input), expected));
  }

  it('leaves no unescaped link, image or tag', () => {
    const out = escapeMarkdown('[a](b) <c> ![d](e)');
    assert.ok(!/(^|[^\\])\[/.test(out));
    assert.ok(!out.includes('<'));
  });
});
