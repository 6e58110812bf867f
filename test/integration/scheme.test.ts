/**
 * Your own annotation scheme: a type added with Add Entity Type… is painted in its own colour, offered first in the
 * change-type pick where the analyser suggests its parent, set with its key, recorded in the workspace file (which
 * becomes store@1.2) and named in the hover; a type whose key is taken is refused and nothing is written. A quote
 * attribute of the scheme is set on a quote and shown in its hover; Edit Annotation Scheme opens the file there.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { has, hoverText, openFixture, painted, readStoreFile, sleep, waitFor, workspaceFolder } from './helpers';

const PARTY = { id: 'PARTY', label: 'Political party', parent: 'ORG', colour: '#8e44ad', key: '5' };

describe('Your own annotation scheme', function () {
  this.timeout(180_000);

  it('paints a scheme type in its colour, offers it first on an organisation, and records it', async () => {
    const editor = await openFixture();
    await painted();
    const doc = editor.document;
    const before = (await readStoreFile())?.raw;
    const file = vscode.Uri.joinPath(workspaceFolder().uri, 'news-annotations.json');
    // A scheme written by hand, with a quote attribute; the extension picks it up from the file.
    const json = JSON.parse(before ?? '{"schema": "news-annotator/store@1", "registry": {}, "documents": {}}') as Record<string, unknown>;
    const edited = { ...json, schema: 'news-annotator/store@1.2', scheme: { types: [], quoteAttributes: [{ id: 'stance', label: 'Stance', values: ['support', 'oppose', 'neutral'] }], disabled: [] } };
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(`${JSON.stringify(edited, null, 2)}\n`));
    const firstQuote = (await painted((x) => (x.ranges.quote?.length ?? 0) > 0, 'a quote')).ranges.quote[0];
    await waitFor('the attribute in the quote\'s hover', async () => ((await hoverText(doc, firstQuote.start)).includes('Stance: _not set_') ? true : undefined));
    const office = doc.getText().indexOf('Foreign Office');
    const fss = doc.getText().indexOf('Federal Security Service');
    assert.ok(office >= 0 && fss >= 0);
    await painted((p) => has(p.ranges.ORG, office, 'Foreign Office'.length), 'the Foreign Office as an organisation');

    assert.strictEqual(await vscode.commands.executeCommand<boolean>('newsAnnotator.addEntityType', PARTY), true);
    await waitFor('the scheme in the workspace file', async () => {
      const f = await readStoreFile();
      return f && f.json.schema === 'news-annotator/store@1.2' && f.raw.includes('{"id":"PARTY","label":"Political party","parent":"ORG","colour":"#8e44ad","key":"5"}') ? true : undefined;
    });
    const withScheme = (await readStoreFile())?.raw;
    // A second type with the same key is refused, and nothing is written.
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('newsAnnotator.addEntityType', { id: 'EVENT', label: 'Event', colour: '#16a085', key: '5' }), false);
    await sleep(800);
    assert.strictEqual((await readStoreFile())?.raw, withScheme, 'a refused type writes nothing');

    // The change-type pick on the Foreign Office (an organisation) offers PARTY first: accepting the first item sets it.
    editor.selection = new vscode.Selection(doc.positionAt(office + 2), doc.positionAt(office + 2));
    const picking = vscode.commands.executeCommand('newsAnnotator.changeType');
    await waitFor('PARTY picked for the Foreign Office', async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      const f = await readStoreFile();
      return f && /"exact":"Foreign Office"[^\n]*"type":"PARTY"/.test(f.raw) ? true : undefined;
    });
    await picking;

    // Painted with the scheme's colour, and named in the hover with what it refines.
    const p = await painted((x) => has(x.ranges.PARTY, office, 'Foreign Office'.length), 'the Foreign Office painted as PARTY');
    assert.strictEqual(p.colours?.PARTY, '#8e44ad');
    assert.ok(!has(p.ranges.ORG, office, 'Foreign Office'.length), 'no longer painted as an organisation');
    const hover = await waitFor('the type in the hover', async () => {
      const text = await hoverText(doc, office + 2);
      return text.includes('Political party') ? text : undefined;
    });
    assert.match(hover, /Political party, a kind of Organisation `PARTY`/);

    // Its key (Ctrl+K 5 runs this with the digit) sets it on another mention.
    editor.selection = new vscode.Selection(doc.positionAt(fss + 2), doc.positionAt(fss + 2));
    await vscode.commands.executeCommand('newsAnnotator.setTypeByKey', '5');
    await painted((x) => has(x.ranges.PARTY, fss, 'Federal Security Service'.length), 'the key applied');

    // The quote attribute: set on the quote, kept with its decision, shown in its hover.
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('newsAnnotator.setQuoteAttribute', { uri: doc.uri.toString(), start: firstQuote.start, end: firstQuote.end }, 'stance', 'oppose'), true);
    await waitFor('the stance in the workspace file', async () => ((await readStoreFile())?.raw.includes('"attributes":{"stance":"oppose"}') ? true : undefined));
    await waitFor('the stance in the hover', async () => ((await hoverText(doc, firstQuote.start)).includes('Stance: **oppose**') ? true : undefined));
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('newsAnnotator.setQuoteAttribute', { uri: doc.uri.toString(), start: firstQuote.start, end: firstQuote.end }, 'stance', 'maybe'), false, 'a value the scheme lacks is refused');

    // Edit Annotation Scheme opens the workspace file on its "scheme" line.
    await vscode.commands.executeCommand('newsAnnotator.editScheme');
    const opened = await waitFor('the workspace file open', () => (vscode.window.activeTextEditor?.document.uri.path.endsWith('/news-annotations.json') ? vscode.window.activeTextEditor : undefined));
    assert.match(opened.document.lineAt(opened.selection.active.line).text, /^\s*"scheme": \{/);
    await vscode.window.showTextDocument(doc);

    // Put the fixtures back for the tests that follow: undo both decisions, then the file as it was.
    await vscode.commands.executeCommand('newsAnnotator.undoDecision');
    await vscode.commands.executeCommand('newsAnnotator.undoDecision');
    await waitFor('both decisions undone', async () => {
      const f = await readStoreFile();
      return f && !f.raw.includes('"type":"PARTY"') ? true : undefined;
    });
    await sleep(1000);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(before ?? '{"schema": "news-annotator/store@1", "registry": {}, "documents": {}}\n'));
    await painted((x) => has(x.ranges.ORG, office, 'Foreign Office'.length) && !x.ranges.PARTY?.length, 'the Foreign Office an organisation again');
    // The workspace index saves its cache a moment after decisions change: let that happen now, not in a later test.
    await sleep(2500);
    await vscode.commands.executeCommand('newsAnnotator.test.index', 'flush');
  });
});
