/**
 * Outline, go to definition and find all references on the seed article, in a real editor. Expectations come
 * from the text and from what the extension painted, so they hold whatever the analyser finds.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openFixture as openSeed, painted, waitFor, type OffsetRange, type PaintedDecorations } from './helpers';

const ENTITY_TYPES = ['PERSON', 'ORG', 'PLACE', 'NORP'];

const key = (doc: vscode.TextDocument, r: vscode.Range): string => `${doc.offsetAt(r.start)}-${doc.offsetAt(r.end)}`;
const offsetKey = (r: OffsetRange): string => `${r.start}-${r.end}`;

/** Every painted PLACE range whose text is `word`, in document order. */
function paintedWord(doc: vscode.TextDocument, p: PaintedDecorations, type: string, word: string): OffsetRange[] {
  const text = doc.getText();
  return (p.ranges[type] ?? []).filter((r) => text.slice(r.start, r.end) === word);
}

describe('Outline, definitions and references', function () {
  this.timeout(120_000);

  let editor: vscode.TextEditor;
  let p: PaintedDecorations;

  before(async () => {
    editor = await openSeed();
    p = await painted();
  });

  it('lists every painted mention in the outline under its type, and the quotes', async () => {
    const doc = editor.document;
    const symbols = await waitFor('document symbols', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return s && s.length > 0 ? s : undefined;
    });
    const headings: Record<string, string> = { PERSON: 'People', ORG: 'Organisations', PLACE: 'Places', NORP: 'Nationalities and groups' };
    for (const type of ENTITY_TYPES) {
      const want = (p.ranges[type] ?? []).map(offsetKey).sort();
      const group = symbols.find((s) => s.name === headings[type]);
      if (want.length === 0) {
        assert.equal(group, undefined, `no ${headings[type]} group when nothing of type ${type} is painted`);
        continue;
      }
      assert.ok(group, `a ${headings[type]} group in the outline`);
      const got = group.children.flatMap((entity) => entity.children.map((m) => key(doc, m.range))).sort();
      assert.deepEqual(got, want, `${type} mentions in the outline match the painted ones`);
      for (const entity of group.children) {
        assert.ok(entity.range.contains(entity.selectionRange), `${entity.name}: selection inside range`);
        assert.equal(doc.getText(entity.children[0].range), doc.getText(entity.children[0].selectionRange));
      }
    }
    const quotes = symbols.find((s) => s.name === 'Quotes');
    const paintedQuotes = (p.ranges.quote ?? []).map(offsetKey).sort();
    assert.deepEqual((quotes?.children ?? []).map((q) => key(doc, q.selectionRange)).sort(), paintedQuotes, 'quotes in the outline match the painted ones');
  });

  it('goes from any Moscow to the first Moscow', async () => {
    const doc = editor.document;
    const moscows = paintedWord(doc, p, 'PLACE', 'Moscow');
    assert.ok(moscows.length >= 2, `Moscow is painted as a place more than once: ${JSON.stringify(moscows)}`);
    const first = doc.getText().indexOf('Moscow');
    assert.equal(moscows[0].start, first, 'the first Moscow of the text is a painted place');
    const last = moscows[moscows.length - 1];
    const defs = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', doc.uri, doc.positionAt(last.start + 2));
    const ranges = defs.map((d) => ('targetUri' in d ? { uri: d.targetUri, range: d.targetRange } : d));
    assert.equal(ranges.length, 1, `one definition: ${JSON.stringify(ranges)}`);
    assert.equal(ranges[0].uri.toString(), doc.uri.toString());
    assert.equal(key(doc, ranges[0].range), `${first}-${first + 'Moscow'.length}`);
  });

  it('has no definition off a mention', async () => {
    const doc = editor.document;
    const at = doc.getText().indexOf('expelled');
    const defs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', doc.uri, doc.positionAt(at + 2));
    assert.deepEqual(defs, []);
  });

  it('finds every Moscow of the article as a reference, the first included', async () => {
    const doc = editor.document;
    const moscows = paintedWord(doc, p, 'PLACE', 'Moscow').map(offsetKey);
    const last = paintedWord(doc, p, 'PLACE', 'Moscow').pop() as OffsetRange;
    // executeReferenceProvider asks with includeDeclaration: true.
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, doc.positionAt(last.start + 1));
    const here = refs.filter((r) => r.uri.toString() === doc.uri.toString()).map((r) => key(doc, r.range)).sort();
    assert.deepEqual(here, [...moscows].sort());
  });

  it('finds references in other open articles too', async () => {
    const other = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Talks in Moscow went on.\n\nMoscow said nothing.\n' });
    await vscode.window.showTextDocument(other);
    const otherPainted = await painted();
    const want = paintedWord(other, otherPainted, 'PLACE', 'Moscow').map(offsetKey).sort();
    editor = await openSeed();
    const last = paintedWord(editor.document, p, 'PLACE', 'Moscow').pop() as OffsetRange;
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, editor.document.positionAt(last.start + 1));
    const there = refs.filter((r) => r.uri.toString() === other.uri.toString()).map((r) => key(other, r.range)).sort();
    assert.ok(want.length > 0, 'the other article has Moscow painted as a place');
    assert.deepEqual(there, want);
    await vscode.window.showTextDocument(other);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    editor = await openSeed();
  });
});
