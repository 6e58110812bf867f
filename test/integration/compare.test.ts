/**
 * Compare with Another Annotation File…: a colleague's JSON export of the same article differs in one place; the
 * editor shows it as a diagnostic whose quick fixes take their side (written to the workspace file) or keep yours.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openFixture, painted, readStoreFile, waitFor, workspaceFolder } from './helpers';

interface ExportedMention {
  start: number;
  end: number;
  text: string;
  type: string;
  status: string;
}

function differences(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.code === 'annotators-differ');
}

describe('Compare with another annotation file', function () {
  this.timeout(120_000);

  it('shows where a colleague differs and takes their side or keeps yours', async () => {
    const editor = await openFixture();
    await painted();
    const uri = editor.document.uri;
    // The colleague's file: this article exported as it stands, then two suggestions they accepted and you did not.
    const theirs = vscode.Uri.joinPath(workspaceFolder().uri, 'out-test', 'colleague.json');
    await vscode.commands.executeCommand('newsAnnotator.export', { format: 'json', scope: 'article', target: theirs.toString() });
    const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(theirs))) as { mentions: ExportedMention[] };
    const suggested = json.mentions.filter((m) => m.status === 'suggested');
    assert.ok(suggested.length >= 2, 'the analyser suggests mentions nobody decided on yet');
    const [taken, kept] = suggested.slice(-2) as [ExportedMention, ExportedMention];
    taken.status = 'accepted';
    kept.status = 'accepted';
    await vscode.workspace.fs.writeFile(theirs, new TextEncoder().encode(JSON.stringify(json)));

    const count = await vscode.commands.executeCommand<number>('newsAnnotator.compareWith', theirs.toString());
    assert.strictEqual(count, 2, 'two places differ');
    const shown = await waitFor('two differences as diagnostics', () => (differences(uri).length === 2 ? differences(uri) : undefined));
    const onTaken = shown.find((d) => editor.document.offsetAt(d.range.start) === taken.start);
    assert.ok(onTaken, `a diagnostic on “${taken.text}”: ${shown.map((d) => d.message).join(' | ')}`);
    assert.match(onTaken.message, new RegExp(`you have nothing, out-test/colleague\\.json has ${taken.type}`));

    // Take their side: the mention is accepted in your workspace file and the difference goes away.
    let actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, onTaken.range);
    const take = actions.find((a) => a.title.startsWith('Take out-test/colleague.json’s side'));
    assert.ok(take?.command, `a quick fix takes their side; offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(actions.some((a) => a.title === 'Keep yours: no mention'), 'keeping yours is offered too');
    await vscode.commands.executeCommand(take.command.command, ...(take.command.arguments ?? []));
    await waitFor('the decision in the workspace file', async () => {
      const f = await readStoreFile();
      return f && new RegExp(`"start":\\s*${taken.start},`).test(f.raw) ? true : undefined;
    });
    await waitFor('one difference left', () => (differences(uri).length === 1 ? true : undefined));

    // Keep yours: the difference is hidden, the workspace file does not change.
    const before = (await readStoreFile())?.raw;
    const left = differences(uri)[0] as vscode.Diagnostic;
    assert.strictEqual(editor.document.offsetAt(left.range.start), kept.start);
    actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, left.range);
    const keep = actions.find((a) => a.title.startsWith('Keep yours'));
    assert.ok(keep?.command);
    await vscode.commands.executeCommand(keep.command.command, ...(keep.command.arguments ?? []));
    await waitFor('no difference left', () => (differences(uri).length === 0 ? true : undefined));
    assert.strictEqual((await readStoreFile())?.raw, before, 'keeping yours writes nothing');
    await vscode.commands.executeCommand('newsAnnotator.compareStop');
  });

  it('refuses a file that is not an annotation file and shows nothing', async () => {
    const editor = await openFixture();
    const bad = vscode.Uri.joinPath(workspaceFolder().uri, 'out-test', 'not-annotations.json');
    await vscode.workspace.fs.writeFile(bad, new TextEncoder().encode('{"hello": 1}'));
    assert.strictEqual(await vscode.commands.executeCommand<number | undefined>('newsAnnotator.compareWith', bad.toString()), undefined);
    assert.strictEqual(differences(editor.document.uri).length, 0);
  });
});
