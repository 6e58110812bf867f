/**
 * First end-to-end checks in a real editor: the extension activates on an article, paints what the analysis
 * found, and answers hovers. Runs unchanged in the Node and the web-worker extension hosts.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFixture as openSeed, painted, waitFor, type PaintedDecorations } from './helpers';

const paintedRanges = (): Promise<PaintedDecorations> => painted();

describe('News Annotator in a real editor', function () {
  this.timeout(120_000);

  let editor: vscode.TextEditor;

  before(async () => {
    editor = await openSeed();
  });

  it('activates when an article is opened', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed in the development host`);
    await waitFor('activation', () => (extension.isActive ? true : undefined));
    // `isActive` is also true after a failed activation; `activate()` rethrows that failure.
    await extension.activate();
  });

  it('paints Moscow as a place', async () => {
    const text = editor.document.getText();
    const start = text.indexOf('Moscow');
    assert.ok(start >= 0, 'the seed article mentions Moscow');
    const painted = await paintedRanges();
    assert.strictEqual(painted.uri, editor.document.uri.toString());
    const places = painted.ranges.PLACE ?? [];
    assert.ok(
      places.some((r) => r.start === start && r.end === start + 'Moscow'.length),
      `Moscow at ${start} is painted as PLACE; PLACE ranges: ${JSON.stringify(places.slice(0, 10))}`,
    );
  });

  it('shows a hover card naming the place on a mention of Moscow', async () => {
    await paintedRanges();
    const start = editor.document.getText().indexOf('Moscow');
    const position = editor.document.positionAt(start + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n');
    assert.ok(text.trim().length > 0, 'the hover over a mention has text');
    assert.ok(text.includes('Moscow') && text.includes('PLACE'), `the hover names Moscow as a PLACE: ${text.slice(0, 300)}`);
  });
});
