/**
 * The workspace index in a real editor: an article that is never opened counts in hover cards and Find All
 * References, after the index is dropped from memory and read back from the extension's workspace storage (what a
 * window reload does), and a broken cache is rebuilt without a word to the user.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { hoverText, openFixture, painted, sleep, waitFor, workspaceFolder } from './helpers';

const INDEX_COMMAND = 'newsAnnotator.test.index';

interface IndexState {
  size: number;
  has?: boolean;
  cache?: string;
  reloaded?: { fromCache: number; analysed: string[]; dropped: number };
}

const state = (key?: string): Thenable<IndexState> => vscode.commands.executeCommand<IndexState>(INDEX_COMMAND, 'state', key);

/** "Mentions: 3 in this article, 7 in 2 articles" → [7, 2]. */
function workspaceCount(hover: string): [number, number] {
  const m = /Mentions: \d+ in this article, (\d+) in (\d+) articles?/.exec(hover);
  assert.ok(m, `a workspace count in the hover: ${hover}`);
  return [Number(m[1]), Number(m[2])];
}

const CLOSED_ARTICLE = [
  'Vladimir Putin flew to Minsk on Tuesday for talks on gas prices.',
  '',
  '“We will not be pressured,” Putin told reporters after the meeting.',
  '',
  'Officials said Putin would return to Moscow on Wednesday.',
  '',
].join('\n');

describe('Workspace index', function () {
  this.timeout(180_000);

  let seed: vscode.TextDocument;
  let putinAt: number;
  let closedUri: vscode.Uri;
  let initial: [number, number];

  before(async () => {
    seed = (await openFixture()).document;
    const p = await painted();
    const text = seed.getText();
    const putin = (p.ranges.PERSON ?? []).find((r) => text.slice(r.start, r.end).includes('Putin'));
    assert.ok(putin, 'the seed article has a Putin mention');
    putinAt = putin.start + 1;
    await state(); // the first check of the articles is done
    initial = workspaceCount(await hoverText(seed, putinAt));
    closedUri = vscode.Uri.joinPath(workspaceFolder().uri, 'index-closed-article.txt');
    await vscode.workspace.fs.writeFile(closedUri, new TextEncoder().encode(CLOSED_ARTICLE));
  });

  after(async () => {
    try { await vscode.workspace.fs.delete(closedUri); } catch { /* already gone */ }
  });

  it('indexes a new article that nobody opens', async () => {
    await waitFor('the new article in the index', async () => ((await state(closedUri.toString())).has ? true : undefined));
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === closedUri.toString()), 'the article was never opened');
    const [mentions, articles] = await waitFor('the hover count to include it', async () => {
      const c = workspaceCount(await hoverText(seed, putinAt));
      return c[1] > initial[1] ? c : undefined;
    });
    assert.equal(articles, initial[1] + 1, 'one more article');
    assert.ok(mentions >= initial[0] + 2, `at least two more mentions (${initial[0]} → ${mentions})`);
  });

  it('answers from workspace storage after the index is dropped and read back, without analysing it again', async () => {
    await vscode.commands.executeCommand(INDEX_COMMAND, 'flush');
    const s = await vscode.commands.executeCommand<IndexState>(INDEX_COMMAND, 'reload', closedUri.toString());
    assert.ok(s.reloaded, 'the reload reports what it did');
    assert.equal(s.has, true, 'the closed article is in the index after the reload');
    assert.ok(s.reloaded.fromCache >= 1, `articles came from the cache (${JSON.stringify(s.reloaded)})`);
    assert.ok(!s.reloaded.analysed.includes(closedUri.toString()), 'the closed article was not analysed again: its entry came from the cache');
    const [, articles] = workspaceCount(await hoverText(seed, putinAt));
    assert.equal(articles, initial[1] + 1, 'the hover still counts the closed article');
  });

  it('finds references in the closed article', async () => {
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', seed.uri, seed.positionAt(putinAt));
    const inClosed = refs.filter((r) => r.uri.toString() === closedUri.toString());
    assert.ok(inClosed.length >= 2, `references in the closed article: ${inClosed.length}`);
  });

  it('keeps the folder’s articles while a save replaces the annotation file (gone for a moment, under its lock)', async () => {
    // What VS Code's file service does in every save: the old file is deleted, then the new one renamed over it,
    // with the writer's lock beside it. A look at the articles in that moment must not drop the plain-text ones.
    const folder = workspaceFolder().uri;
    const storeUri = vscode.Uri.joinPath(folder, 'news-annotations.json');
    const lockUri = vscode.Uri.joinPath(folder, 'news-annotations.json.lock');
    const aside = vscode.Uri.joinPath(folder, '.news-annotations.json.index-test');
    await vscode.workspace.fs.writeFile(lockUri, new TextEncoder().encode('another-window'));
    await vscode.workspace.fs.rename(storeUri, aside);
    let s: IndexState;
    try {
      s = await vscode.commands.executeCommand<IndexState>(INDEX_COMMAND, 'reload', closedUri.toString());
    } finally {
      await vscode.workspace.fs.rename(aside, storeUri, { overwrite: true });
      await vscode.workspace.fs.delete(lockUri);
    }
    assert.equal(s.reloaded?.dropped, 0, `no article dropped (${JSON.stringify(s.reloaded)})`);
    assert.equal(s.has, true, 'the closed article is still indexed');
  });

  it('rebuilds a broken cache without an error', async () => {
    const { cache } = await state();
    assert.ok(cache, 'the fixtures workspace has workspace storage');
    await vscode.commands.executeCommand(INDEX_COMMAND, 'flush');
    await vscode.workspace.fs.writeFile(vscode.Uri.parse(cache), new TextEncoder().encode('{"schema": "news-annotator/index@1", "articles": [ broken'));
    const s = await vscode.commands.executeCommand<IndexState>(INDEX_COMMAND, 'reload', closedUri.toString());
    assert.equal(s.reloaded?.fromCache, 0, 'nothing came from the broken cache');
    assert.ok(s.reloaded?.analysed.includes(closedUri.toString()), 'the article was analysed again');
    assert.equal(s.has, true);
    const [, articles] = workspaceCount(await hoverText(seed, putinAt));
    assert.equal(articles, initial[1] + 1);
  });

  it('follows a renamed article and forgets a deleted one', async () => {
    // A file of its own: the references above opened the first one as a document, and an open one counts live.
    const doomed = vscode.Uri.joinPath(workspaceFolder().uri, 'index-deleted-article.txt');
    const count = async (): Promise<number> => workspaceCount(await hoverText(seed, putinAt))[1];
    const without = await count();
    await vscode.workspace.fs.writeFile(doomed, new TextEncoder().encode(CLOSED_ARTICLE.replace('Minsk', 'Baku')));
    await waitFor('the second article in the index', async () => ((await state(doomed.toString())).has ? true : undefined));
    assert.equal(await waitFor('the hover to count it', async () => ((await count()) > without ? count() : undefined)), without + 1);
    // Renamed as the Explorer view does it: the entry follows the file.
    const renamed = vscode.Uri.joinPath(workspaceFolder().uri, 'index-renamed-article.txt');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(doomed, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit), 'the rename is applied');
    await waitFor('the renamed article under its new name', async () => ((await state(renamed.toString())).has ? true : undefined));
    assert.equal((await state(doomed.toString())).has, false, 'nothing left under the old name');
    assert.equal(await count(), without + 1, 'still counted once');
    await vscode.workspace.fs.delete(renamed);
    await waitFor('the deleted article to leave the index', async () => ((await state(renamed.toString())).has ? undefined : true));
    await sleep(500);
    assert.equal(await count(), without, 'the hover count is back where it was');
  });
});
