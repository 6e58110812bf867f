/**
 * The review flow in the real editor: only articles are marked, decisions move the cursor on and can be undone and
 * redone, rejected suggestions can be shown and restored.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { hoverText, openFixture, painted, readStoreFile, sleep, waitFor, workspaceFolder, type OffsetRange, type PaintedDecorations } from './helpers';

const ARTICLE = 'review-article.txt';
const README = 'code-project/README.md';

/** What the extension painted in the active editor right now (possibly nothing at all). */
async function paintedNow(): Promise<PaintedDecorations | undefined> {
  return vscode.commands.executeCommand<PaintedDecorations | undefined>('newsAnnotator.test.decorations');
}

const total = (p: PaintedDecorations | undefined): number => Object.values(p?.ranges ?? {}).reduce((n, list) => n + list.length, 0);

/** The kind and range of a painted (not rejected) span that starts at `offset`. */
function paintedAt(p: PaintedDecorations, offset: number): { kind: string; range: OffsetRange } | undefined {
  for (const [kind, list] of Object.entries(p.ranges)) {
    if (kind === 'rejected') continue;
    const range = list.find((r) => r.start === offset);
    if (range) return { kind, range };
  }
  return undefined;
}

const isPainted = (p: PaintedDecorations, kind: string, r: OffsetRange): boolean => (p.ranges[kind] ?? []).some((x) => x.start === r.start && x.end === r.end);

describe('Review flow', function () {
  this.timeout(180_000);

  it('contributes the review commands', async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    for (const id of ['undoDecision', 'redoDecision', 'setTypePerson', 'setTypeOrg', 'setTypePlace', 'setTypeNorp', 'restore', 'toggleRejected', 'enableForFolder', 'disableForFolder', 'openSample']) {
      assert.ok(all.has(`newsAnnotator.${id}`), `newsAnnotator.${id} is registered`);
    }
  });

  it('marks an article of a folder with an annotation file, and not a README with the same text', async () => {
    await openFixture(ARTICLE);
    const article = await painted();
    assert.ok(total(article) > 5, 'the article is marked');
    const readme = await openFixture(README);
    assert.equal(readme.document.languageId, 'markdown');
    // Long enough for an analysis to have finished if one had started.
    await sleep(1500);
    const p = await paintedNow();
    assert.equal(total(p), 0, `nothing painted in the README: ${JSON.stringify(p?.ranges)}`);
    const hover = await hoverText(readme.document, readme.document.getText().indexOf('Helen Okafor') + 2);
    assert.ok(!hover.includes('Okafor'), `no hover card in the README: ${hover.slice(0, 200)}`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('disables and enables News Annotator for a folder', async () => {
    const folder = workspaceFolder();
    const dir = vscode.Uri.joinPath(folder.uri, 'code-project');
    const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('newsAnnotator', folder.uri);
    await openFixture('code-project/statement.txt');
    await painted(() => true, 'the statement marked while its folder is in scope');
    try {
      await vscode.commands.executeCommand('newsAnnotator.disableForFolder', dir);
      assert.ok((config().get<string[]>('exclude') ?? []).includes('code-project/**'), 'the folder is excluded');
      await waitFor('the highlights to go', async () => (total(await paintedNow()) === 0 ? true : undefined));
      await vscode.commands.executeCommand('newsAnnotator.enableForFolder', dir);
      assert.ok(!(config().get<string[]>('exclude') ?? []).includes('code-project/**'), 'the exclusion is lifted');
      await painted(() => true, 'the highlights to come back');
    } finally {
      await config().update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
      await config().update('articles', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('follows newsAnnotator.articles: a file it does not name is not an article', async () => {
    const config = vscode.workspace.getConfiguration('newsAnnotator');
    await openFixture(ARTICLE);
    await painted();
    try {
      await config.update('articles', ['press/**/*.txt'], vscode.ConfigurationTarget.Workspace);
      await waitFor('the highlights to go', async () => (total(await paintedNow()) === 0 ? true : undefined));
    } finally {
      await config.update('articles', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await painted(() => true, 'the highlights to come back');
  });

  it('accept moves the cursor to the next suggestion', async () => {
    const editor = await openFixture(ARTICLE);
    await painted();
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('newsAnnotator.nextSuggestion');
    const first = editor.document.offsetAt(editor.selection.active);
    const p = await painted();
    const item = paintedAt(p, first);
    assert.ok(item, `the cursor sits on a painted suggestion at ${first}`);
    const text = editor.document.getText().slice(item.range.start, item.range.end);
    await vscode.commands.executeCommand('newsAnnotator.accept');
    await waitFor('the cursor to move on', () => (editor.document.offsetAt(editor.selection.active) > first ? true : undefined));
    const next = editor.document.offsetAt(editor.selection.active);
    assert.ok(paintedAt(await painted(), next), `the cursor moved to another painted suggestion (${next})`);
    await waitFor('the acceptance in the file', async () => ((await readStoreFile())?.raw.includes(JSON.stringify(text)) ? true : undefined));
  });

  it('undoes and redoes a reject', async () => {
    const editor = await openFixture(ARTICLE);
    const p = await painted();
    const at = editor.document.getText().indexOf('Tom Brandt');
    const item = paintedAt(p, at);
    assert.ok(item, `Tom Brandt is painted: ${JSON.stringify(p.ranges)}`);
    editor.selection = new vscode.Selection(editor.document.positionAt(at + 1), editor.document.positionAt(at + 1));
    await vscode.commands.executeCommand('newsAnnotator.reject');
    await painted((x) => !isPainted(x, item.kind, item.range), 'the rejected mention to disappear');
    await vscode.commands.executeCommand('newsAnnotator.undoDecision');
    await painted((x) => isPainted(x, item.kind, item.range), 'the mention to come back on undo');
    await vscode.commands.executeCommand('newsAnnotator.redoDecision');
    await painted((x) => !isPainted(x, item.kind, item.range), 'the mention to go again on redo');
    await waitFor('the rejection in the file', async () => ((await readStoreFile())?.raw.includes('"rejected"') ? true : undefined));
  });

  it('shows a rejected mention struck through, and restores it from its hover', async () => {
    const editor = await openFixture(ARTICLE);
    const at = editor.document.getText().indexOf('Tom Brandt');
    const config = vscode.workspace.getConfiguration('newsAnnotator');
    await vscode.commands.executeCommand('newsAnnotator.toggleRejected');
    try {
      const p = await painted((x) => (x.ranges.rejected ?? []).some((r) => r.start === at), 'the rejected mention struck through');
      const range = (p.ranges.rejected ?? []).find((r) => r.start === at) as OffsetRange;
      const card = await waitFor('the hover of the rejected mention', async () => {
        const t = await hoverText(editor.document, at + 2);
        return t.includes('Restore') ? t : undefined;
      });
      assert.ok(card.includes('command:newsAnnotator.restore'), card);
      await vscode.commands.executeCommand('newsAnnotator.restore', { uri: editor.document.uri.toString(), start: range.start, end: range.end, kind: 'mention' });
      await painted((x) => !(x.ranges.rejected ?? []).some((r) => r.start === at) && paintedAt(x, at) !== undefined, 'the mention restored');
    } finally {
      await config.update('showRejected', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('undoes and redoes a merge', async () => {
    const editor = await openFixture(ARTICLE);
    await painted();
    const doc = editor.document;
    const priya = doc.getText().indexOf('Priya Malhotra');
    const target = { uri: doc.uri.toString(), start: priya, end: priya + 'Priya Malhotra'.length, kind: 'mention' };
    const title = async (): Promise<string> => (await hoverText(doc, priya + 2)).split('\n')[0] ?? '';
    await waitFor('the card of Priya Malhotra', async () => ((await title()).includes('Priya Malhotra') ? true : undefined));
    await vscode.commands.executeCommand('newsAnnotator.mergeEntity', target, 'person:helen-okafor');
    await waitFor('the card to name the merged entity', async () => ((await title()).includes('Helen Okafor') ? true : undefined));
    await waitFor('the merge in the file', async () => ((await readStoreFile())?.raw.includes('"mergeInto"') ? true : undefined));
    await vscode.commands.executeCommand('newsAnnotator.undoDecision');
    await waitFor('the card of Priya Malhotra after undo', async () => ((await title()).includes('Priya Malhotra') ? true : undefined));
    await waitFor('the merge gone from the file', async () => ((await readStoreFile())?.raw.includes('"mergeInto"') ? undefined : true));
    await vscode.commands.executeCommand('newsAnnotator.redoDecision');
    await waitFor('the merged card after redo', async () => ((await title()).includes('Helen Okafor') ? true : undefined));
  });
});
