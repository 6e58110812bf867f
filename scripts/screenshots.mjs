// Takes the README's screenshots of the extension at work in a real VS Code: code-server (the same Node
// extension host the integration tests use) with the extension loaded for development, driven by Debian's
// Chromium. Writes media/editor.png (highlighted article), media/hover.png (hover card on a mention) and
// media/explorer.png (the Entities view) and media/walkthrough.png (the getting-started walkthrough).
// Usage: node scripts/build.mjs && node scripts/screenshots.mjs [--only editor,hover,explorer,walkthrough]
// (after scripts/setup-test-hosts.sh)
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { codeServer, killGroup, node24, startCodeServer, waitUntilServing, workbenchUrl } from '../test/runner/codeServer.mjs';
import { chromiumPath, copyFixtures, freePort, isLocalUrl, root } from '../test/runner/common.mjs';

const label = 'screenshots';
const extensionBundle = join(root, 'dist', 'extension.js');
const mediaDir = join(root, 'media');
const article = 'seed-article.txt';
const viewport = { width: 1400, height: 900 };

/** The scenes to capture: all, or those named after `--only` (comma-separated). */
const onlyArg = process.argv.indexOf('--only');
const scenes = new Set(onlyArg >= 0 ? (process.argv[onlyArg + 1] ?? '').split(',') : ['editor', 'hover', 'explorer', 'walkthrough']);

/** Settings that show the highlights well and keep the workbench free of first-run pages. */
const userSettings = {
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.commandCenter.enabled': false,
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  // The editor's own word and selection highlights would look like the extension's; the sticky header and the
  // light bulb would cover text.
  'editor.occurrencesHighlight': 'off',
  'editor.selectionHighlight': false,
  'editor.stickyScroll.enabled': false,
  'editor.lightbulb.enabled': 'off',
  'editor.renderLineHighlight': 'none',
  'editor.hover.delay': 300,
  'editor.fontSize': 14,
  'window.commandCenter': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
};

/** Fails with `message` and no stack: the caller prints it as the reason the run stopped. */
function fail(message) {
  throw Object.assign(new Error(message), { plain: true });
}

/** Runs `step`, turning a playwright timeout into a message that says which step did not happen. */
async function step(what, action) {
  try {
    return await action();
  } catch (err) {
    fail(`${what}: ${err instanceof Error ? err.message.split('\n')[0] : err}`);
  }
}

/** Runs a command by its palette title. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

/** Opens the article through Quick Open and waits until its text and the extension's highlights are painted. */
async function openArticle(page) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(article);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: article }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.locator('.view-line', { hasText: 'Russia has expelled' }).first().waitFor({ timeout: 15_000 });
  // Background highlights are painted as overlay boxes with generated class names (`ced-…`); a dozen of them on
  // the first screen means the analysis has come back and been drawn.
  await editor.locator('.view-overlays .cdr[class*="ced-"]').nth(12).waitFor({ state: 'attached', timeout: 30_000 });
  // Let the last decoration types (quotes, cues) arrive and the cursor blink settle.
  await page.waitForTimeout(2000);
  return editor;
}

/** Hovers the last mention of Putin ("President Putin") and waits for the card. */
async function hoverMention(page, editor) {
  // The mention sits near the end of the article: move there (the editor has the focus after Quick Open) so the
  // editor scrolls those lines into view.
  await page.keyboard.press('Control+End');
  const line = editor.locator('.view-line', { hasText: 'President Putin' });
  await line.waitFor({ timeout: 10_000 });
  await page.waitForTimeout(1000);
  // The word shares its span with the text around it, so its box comes from a DOM range over the word itself.
  const box = await line.evaluate((el, word) => {
    const doc = el.ownerDocument;
    const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.indexOf(word);
      if (at < 0) continue;
      const range = doc.createRange();
      range.setStart(node, at + word.length - 'Putin'.length);
      range.setEnd(node, at + word.length);
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return undefined;
  }, 'President\u00a0Putin');
  if (!box) fail('the mention of Putin has no box on screen');
  // Move in two steps so the editor sees a real mouse move onto the word.
  await page.mouse.move(box.x - 40, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  const card = page.locator('.monaco-hover:not(.hidden)').first();
  await card.waitFor({ state: 'visible', timeout: 10_000 });
  await page.waitForTimeout(800);
  return { mention: box, card: await card.boundingBox() };
}

/** A clip around the editor area that also holds the hover card, kept inside the page. */
function hoverClip(editorBox, hover) {
  const boxes = [editorBox, hover.card ?? hover.mention];
  const left = Math.max(0, Math.min(...boxes.map((b) => b.x)));
  const top = Math.max(0, Math.min(...boxes.map((b) => b.y)));
  const right = Math.min(viewport.width, Math.max(...boxes.map((b) => b.x + b.width)));
  const bottom = Math.min(viewport.height, Math.max(...boxes.map((b) => b.y + b.height)));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** Drags the side bar's edge `by` pixels to the right so the counts beside entity names are not cut off. */
async function widenSideBar(page, by) {
  const bar = await page.locator('.part.sidebar').boundingBox();
  if (!bar) return;
  const edge = { x: bar.x + bar.width, y: bar.y + bar.height / 2 };
  await page.mouse.move(edge.x, edge.y);
  await page.mouse.down();
  await page.mouse.move(edge.x + by, edge.y, { steps: 10 });
  await page.mouse.up();
  await page.waitForTimeout(500);
}

/** Opens the Entities view and expands its first few top-level nodes so a reader sees entities and mentions. */
async function showExplorer(page) {
  await runCommand(page, 'News Annotator: Show Entity Explorer');
  const view = page.locator('.pane-body', { has: page.locator('.monaco-list-row') }).first();
  await view.locator('.monaco-list-row').first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(1000);
  for (let i = 0; i < 2; i++) {
    const collapsed = view.locator('.monaco-list-row[aria-expanded="false"]').first();
    if ((await collapsed.count()) === 0) break;
    // The twistie expands without selecting, so no row ends up with the selection colour.
    await collapsed.locator('.monaco-tl-twistie').click();
    await page.waitForTimeout(500);
  }
  await widenSideBar(page, 110);
  // Hand the focus back to the editor and move the mouse away, so no row shows a focus outline or tooltip.
  await page.keyboard.press('Control+1');
  await page.mouse.move(viewport.width - 5, viewport.height - 5);
  await page.waitForTimeout(800);
}

/** Opens the extension's walkthrough from the Welcome page's list and waits for its steps. */
async function showWalkthrough(page) {
  await runCommand(page, 'Welcome: Open Walkthrough...');
  const input = page.locator('.quick-input-widget input');
  await input.fill('News Annotator');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with News Annotator' }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator('.getting-started-step', { hasText: 'Accept or reject with the keys' }).first().waitFor({ timeout: 15_000 });
  // Open the keyboard step, whose media is the table of keys.
  await page.locator('.getting-started-step', { hasText: 'Accept or reject with the keys' }).first().click();
  await page.mouse.move(viewport.width - 5, viewport.height - 5);
  // The step's media (the table of keys) renders in a webview beside the steps; give it time to draw.
  await page.locator('.getting-started-media iframe, .getting-started-media webview').first().waitFor({ state: 'attached', timeout: 15_000 }).catch(() => {});
  await page.waitForTimeout(8000);
}

/** Drives the workbench through the scenes and writes the images. */
async function capture(url, allowedHosts) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-extensions'],
  });
  let page;
  try {
    const context = await browser.newContext({ viewport });
    // Offline by design: anything beyond the local server (marketplace, telemetry, fonts) is refused.
    await context.route('**/*', (route) =>
      isLocalUrl(route.request().url(), allowedHosts) ? route.continue() : route.abort('blockedbyclient'));
    page = await context.newPage();
    await page.goto(url);
    await step('the workbench did not load', () =>
      page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 60_000 }));
    await page.waitForTimeout(3000);
    mkdirSync(mediaDir, { recursive: true });
    if (scenes.has('walkthrough')) {
      await step('the walkthrough did not show', () => showWalkthrough(page));
      await page.screenshot({ path: join(mediaDir, 'walkthrough.png') });
      console.log(`[${label}] wrote media/walkthrough.png`);
      await runCommand(page, 'View: Close All Editors');
    }
    if (!['editor', 'hover', 'explorer'].some((s) => scenes.has(s))) return;
    const editor = await step(`${article} did not open with highlights`, () => openArticle(page));
    if (scenes.has('editor')) {
      await page.screenshot({ path: join(mediaDir, 'editor.png') });
      console.log(`[${label}] wrote media/editor.png`);
    }

    if (scenes.has('hover')) {
      const hover = await step('no hover card appeared over "Putin"', () => hoverMention(page, editor));
      const editorBox = await page.locator('.part.editor').boundingBox();
      await page.screenshot({ path: join(mediaDir, 'hover.png'), clip: hoverClip(editorBox, hover) });
      console.log(`[${label}] wrote media/hover.png`);
      await page.keyboard.press('Escape');
      await page.mouse.move(viewport.width - 5, viewport.height - 5);
    }

    if (scenes.has('explorer')) {
      await step('the Entities view did not show', () => showExplorer(page));
      await page.screenshot({ path: join(mediaDir, 'explorer.png') });
      console.log(`[${label}] wrote media/explorer.png`);
    }
  } catch (err) {
    // What the page looked like when a step gave up says more than any message.
    const shot = join(root, '.vscode-test', 'logs', 'screenshots-failure.png');
    mkdirSync(dirname(shot), { recursive: true });
    await page?.screenshot({ path: shot }).catch(() => {});
    console.error(`[${label}] the page at the failure: ${shot}`);
    throw err;
  } finally {
    await browser.close().catch(() => {});
  }
}

async function main() {
  for (const [what, path, fix] of [
    ['Node 24', node24, 'run scripts/setup-test-hosts.sh'],
    ['code-server', codeServer, 'run scripts/setup-test-hosts.sh'],
    ['Chromium', chromiumPath, 'install Debian\'s chromium (scripts/setup-test-hosts.sh does)'],
    ['the extension bundle', extensionBundle, 'run node scripts/build.mjs'],
  ]) {
    if (!existsSync(path)) fail(`${what} is missing at ${path}: ${fix}`);
  }
  const scratch = mkdtempSync(join(tmpdir(), 'news-annotator-screenshots-'));
  const workspace = copyFixtures(scratch);
  const port = await freePort();
  const child = startCodeServer(port, scratch, userSettings);
  // Even on an uncaught error or Ctrl+C the server's process group must not outlive us.
  const cleanup = () => {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* group already gone */ }
  };
  process.on('exit', cleanup);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
  let failure;
  try {
    console.log(`[${label}] code-server on 127.0.0.1:${port}`);
    await step('starting code-server', () => waitUntilServing(child, port));
    await capture(workbenchUrl(port, workspace, root), [`127.0.0.1:${port}`]);
  } catch (err) {
    failure = err;
  } finally {
    await killGroup(child);
  }
  if (failure) {
    const log = readFileSync(join(scratch, 'code-server.log'), 'utf8').split('\n').slice(-20).join('\n');
    console.error(`[${label}] last lines of the code-server log:\n${log}`);
  }
  rmSync(scratch, { recursive: true, force: true });
  if (failure) throw failure;
}

try {
  await main();
} catch (err) {
  console.error(`[${label}] failed: ${err?.plain ? err.message : err?.stack ?? err}`);
  process.exitCode = 1;
}
