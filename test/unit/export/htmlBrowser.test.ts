import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { toHtml, toHtmlWorkspace } from '../../../src/core/export/html';
import { selectForExport } from '../../../src/core/export/select';
import { HOSTILE_NAME, HOSTILE_ORG, hostileDocument, ROOT, seedDocument } from './fixtures';

// The HTML report opened in a real browser (Debian's chromium): it must render without console errors (a CSP
// violation is one), request nothing beyond itself, and show hostile text as text.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Visit {
  page: Page;
  errors: string[];
  requests: string[];
}

describe('HTML report in headless Chromium', function () {
  this.timeout(90_000);
  let browser: Browser;
  let dir: string;

  before(async () => {
    assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: install Debian's chromium package (apt-get install -y chromium)`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    dir = mkdtempSync(join(tmpdir(), 'news-report-'));
  });

  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function visit(name: string, html: string): Promise<Visit> {
    const file = join(dir, name);
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('request', (req) => {
      if (req.url() !== url) requests.push(req.url());
    });
    await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    await page.goto(url, { waitUntil: 'load' });
    return { page, errors, requests };
  }

  it('the hostile article: no console errors, no requests, its text shown as text', async () => {
    const { page, errors, requests } = await visit('hostile.html', toHtml(hostileDocument()));
    assert.deepEqual(errors, []);
    assert.deepEqual(requests, []);
    assert.equal(await page.locator('script, img, iframe, object, embed, b, i').count(), 0, 'no element came from the document text');
    const text = await page.locator('body').innerText();
    assert.ok(text.includes(HOSTILE_ORG), 'the would-be image tag is visible as text');
    assert.ok(text.includes(HOSTILE_NAME), 'the formula is visible as text');
    assert.ok(text.includes('<script>alert("x")</script>'));
    assert.ok(text.includes('hostile/<b>article</b>.txt'));
    await page.close();
  });

  it('the seed report: styles apply under the CSP, highlights and chart render', async () => {
    const seed = seedDocument();
    const item = { annotations: selectForExport(seed.annotations), text: seed.text };
    const { page, errors, requests } = await visit('seed.html', toHtmlWorkspace([item], 'News Annotator report: seed article'));
    assert.deepEqual(errors, []);
    assert.deepEqual(requests, []);
    // Page functions are strings: they run in the browser, whose DOM types this Node project does not load.
    const background = await page.locator('.article .m.PERSON').first().evaluate('(el) => getComputedStyle(el).backgroundColor');
    assert.notEqual(background, 'rgba(0, 0, 0, 0)', 'the inline stylesheet is allowed by its hash');
    assert.equal(await page.locator('svg.chart rect').count(), 5);
    assert.equal(await page.locator('.article .q').first().innerText(), '“The ');
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      // The README shows the chart above the highlighted article, the report's most telling part.
      await page.evaluate(`document.querySelectorAll('section > h3, section > table, section > h4').forEach((el) => {
        if (el.textContent !== 'Text') el.remove();
      })`);
      await page.screenshot({ path: join(ROOT, 'media', 'report.png'), fullPage: false });
    }
    await page.close();
  });
});
