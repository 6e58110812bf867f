/**
 * Quote diagnostics in the Problems panel: off by default, then at the level `newsAnnotator.diagnostics.level`
 * asks for, and cleared again when switched off.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { sleep, waitFor, type PaintedDecorations } from './helpers';

const SOURCE = 'News Annotator';
const DECORATIONS_COMMAND = 'newsAnnotator.test.decorations';

const ours = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);

/** Sets the level in user settings, so the fixtures folder is never written to. */
async function setLevel(level: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('newsAnnotator').update('diagnostics.level', level, vscode.ConfigurationTarget.Global);
}

describe('Quote diagnostics', function () {
  this.timeout(120_000);

  const TEXT = 'The minister said: “We will not back down.\n\nReporters left.\n';
  let doc: vscode.TextDocument;

  before(async () => {
    doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: TEXT });
    await vscode.window.showTextDocument(doc);
    await waitFor('the analysis of the test article', async () => vscode.commands.executeCommand<PaintedDecorations | undefined>(DECORATIONS_COMMAND));
  });

  after(async () => {
    await setLevel(undefined);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('reports nothing while the level is off (the default)', async () => {
    await sleep(1000);
    assert.deepEqual(ours(doc.uri), []);
  });

  it('marks an unclosed quote mark at the level set', async () => {
    await setLevel('warning');
    const found = await waitFor('an unclosed-quote diagnostic', () => {
      const d = ours(doc.uri).find((x) => x.code === 'unclosed-quote-mark');
      return d;
    });
    assert.equal(found.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(doc.offsetAt(found.range.start), TEXT.indexOf('“'));
    assert.equal(doc.getText(found.range), '“We will not back down.');
    await setLevel('hint');
    await waitFor('hint severity', () => (ours(doc.uri).some((x) => x.code === 'unclosed-quote-mark' && x.severity === vscode.DiagnosticSeverity.Hint) ? true : undefined));
  });

  it('flags only painted quotes as lacking a speaker in the seed article, and no unbalanced marks', async () => {
    await setLevel('information');
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const seed = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'seed-article.txt'));
    await vscode.window.showTextDocument(seed);
    const p = await waitFor('decorations on the seed', async () => {
      const x = await vscode.commands.executeCommand<PaintedDecorations | undefined>(DECORATIONS_COMMAND);
      return x && Object.values(x.ranges).some((l) => l.length > 0) ? x : undefined;
    });
    // Give the diagnostics a moment after the analysis that painted.
    await sleep(500);
    const diagnostics = ours(seed.uri);
    assert.deepEqual(diagnostics.filter((d) => d.code !== 'quote-without-speaker').map((d) => seed.getText(d.range)), []);
    const quotes = new Set((p.ranges.quote ?? []).map((r) => `${r.start}-${r.end}`));
    for (const d of diagnostics) {
      assert.ok(quotes.has(`${seed.offsetAt(d.range.start)}-${seed.offsetAt(d.range.end)}`), `${seed.getText(d.range)} is a painted quote`);
      assert.equal(d.severity, vscode.DiagnosticSeverity.Information);
    }
    await vscode.window.showTextDocument(doc);
  });

  it('clears everything when switched off', async () => {
    await setLevel('off');
    await waitFor('diagnostics cleared', () => (ours(doc.uri).length === 0 ? true : undefined));
  });
});
