/**
 * The analyser learns from decisions: a type change in one article changes the suggestion for the same name in
 * another open article, the commands report and reset what it learnt. Runs in both extension hosts (the desktop
 * worker and the web build's in-process analyser).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { has, openFixture, painted, readStoreFile } from './helpers';

describe('Learning from decisions', function () {
  this.timeout(120_000);

  const NAME = 'Brightwater';
  const isOrg = (p: { ranges: Record<string, Array<{ start: number; end: number }>> }): boolean => has(p.ranges.ORG, 0, NAME.length);

  it('a decision in one article changes the suggestion for the same name in another open article', async () => {
    // The other article first: the shipped model does not read Brightwater there as an organisation.
    const other = await openFixture('learning-plants.txt');
    const before = await painted((p) => p.uri === other.document.uri.toString() && (p.ranges.PLACE ?? []).length > 0, 'the other article analysed');
    assert.ok(!isOrg(before), 'Brightwater is no organisation before anything is learnt');

    // In the first article the annotator marks each Brightwater as an organisation (Annotate Selection as
    // Organisation: a decision whether or not it was suggested, and of whatever type).
    const first = await openFixture('learning-results.txt');
    const text = first.document.getText();
    for (let i = text.indexOf(NAME); i >= 0; i = text.indexOf(NAME, i + 1)) {
      first.selection = new vscode.Selection(first.document.positionAt(i), first.document.positionAt(i + NAME.length));
      await vscode.commands.executeCommand('newsAnnotator.annotateAsOrg');
    }
    await painted((x) => x.uri === first.document.uri.toString() && isOrg(x), 'Brightwater an organisation where it was decided');

    await vscode.window.showTextDocument(other.document);
    const after = await painted((x) => x.uri === other.document.uri.toString() && isOrg(x), 'Brightwater re-suggested as an organisation in the other article');
    assert.ok(isOrg(after));
    const report = await vscode.commands.executeCommand<string>('newsAnnotator.showLearning');
    // Earlier tests of the suite made decisions in the seed article too: they count as well.
    assert.match(report, /^Learnt from \d+ decisions: \d+ PERSON, [2-9]\d* ORG/);
    assert.match(report, /\+\d+\.\d\d ORG {2}the name "brightwater"/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('newsAnnotator.learning.enabled off gives the shipped suggestions again, on brings back what was learnt', async () => {
    const config = vscode.workspace.getConfiguration('newsAnnotator');
    const other = await openFixture('learning-plants.txt');
    const uri = other.document.uri.toString();
    try {
      await config.update('learning.enabled', false, vscode.ConfigurationTarget.Global);
      await painted((x) => x.uri === uri && !isOrg(x) && (x.ranges.PLACE ?? []).length > 0, 'the shipped suggestion with learning off');
      assert.match(await vscode.commands.executeCommand<string>('newsAnnotator.showLearning'), /learning from decisions is off/i);
    } finally {
      await config.update('learning.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
    await vscode.window.showTextDocument(other.document);
    await painted((x) => x.uri === uri && isOrg(x), 'the learnt suggestion with learning on again');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('Reset What the Analyser Has Learnt forgets it and keeps the decisions', async () => {
    await vscode.commands.executeCommand('newsAnnotator.resetLearning');
    const other = await openFixture('learning-plants.txt');
    await painted((x) => x.uri === other.document.uri.toString() && !isOrg(x) && (x.ranges.PLACE ?? []).length > 0, 'Brightwater back to the shipped suggestion');
    const report = await vscode.commands.executeCommand<string>('newsAnnotator.showLearning');
    assert.match(report, /^Learnt from 0 decisions/);
    assert.match(report, /\d+ set aside by a reset/);
    assert.match(report, /suggests what it was shipped with/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const file = await readStoreFile();
    assert.ok(file && /learning-results\.txt/.test(file.raw) && /"type":\s*"ORG"/.test(file.raw), 'the decisions stay in the workspace file');
  });
});
