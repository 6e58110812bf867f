/**
 * The entity explorer's tree for the seed article, read through the hidden command `newsAnnotator.test.explorer`
 * (the explorer's `snapshot()`), against what the extension painted in the editor.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SnapshotNode } from '../../src/editor/explorer';
import { openFixture as openSeed, painted, waitFor, type PaintedDecorations } from './helpers';

const EXPLORER_COMMAND = 'newsAnnotator.test.explorer';
const REVEAL_COMMAND = 'newsAnnotator.revealInExplorer';
const ENTITY_TYPES = ['PERSON', 'ORG', 'PLACE', 'NORP'];
const HEADINGS: Record<string, string> = { PERSON: 'People', ORG: 'Organisations', PLACE: 'Places', NORP: 'Nationalities and groups' };

function leaves(n: SnapshotNode, kind: string): SnapshotNode[] {
  return n.kind === kind ? [n] : (n.children ?? []).flatMap((c) => leaves(c, kind));
}

const offsetKey = (r: { start?: number; end?: number }): string => `${r.start}-${r.end}`;

describe('Entity explorer', function () {
  this.timeout(120_000);

  let editor: vscode.TextEditor;
  let p: PaintedDecorations;
  let tree: SnapshotNode[];

  before(async () => {
    editor = await openSeed();
    p = await painted();
    tree = await waitFor('the explorer tree', async () => {
      const t = await vscode.commands.executeCommand<SnapshotNode[] | undefined>(EXPLORER_COMMAND);
      return t && t.some((n) => n.kind === 'type') ? t : undefined;
    });
  });

  it('shows type → entity → mentions for the article, matching the highlights', () => {
    const uri = editor.document.uri.toString();
    const text = editor.document.getText();
    for (const type of ENTITY_TYPES) {
      const want = (p.ranges[type] ?? []).map(offsetKey).sort();
      const group = tree.find((n) => n.kind === 'type' && n.label === HEADINGS[type]);
      if (want.length === 0) {
        assert.equal(group, undefined, `no ${HEADINGS[type]} node when nothing of type ${type} is painted`);
        continue;
      }
      assert.ok(group, `a ${HEADINGS[type]} node for the article`);
      assert.equal(group.description, String(group.children?.length), 'the type node counts its entities');
      for (const entity of group.children ?? []) {
        assert.equal(entity.kind, 'entity');
        assert.equal(entity.contextValue, 'entity');
        assert.ok(entity.entityId?.startsWith(`${type.toLowerCase()}:`), `${entity.entityId} is a ${type} id`);
        const mentions = leaves(entity, 'mention');
        assert.match(entity.description ?? '', new RegExp(`^${mentions.length} mentions?`), 'the entity node counts its mentions');
        for (const m of mentions) {
          assert.equal(m.uri, uri);
          assert.equal(m.label, text.slice(m.start, m.end), 'a mention is labelled with its text');
          assert.match(m.contextValue, /^mention-(suggested|accepted)$/);
        }
      }
      const got = leaves(group, 'mention').map(offsetKey).sort();
      assert.deepEqual(got, want, `${type} mentions in the tree match the painted ones`);
    }
  });

  it('groups the Moscow mentions under one entity', () => {
    const text = editor.document.getText();
    const places = tree.find((n) => n.kind === 'type' && n.label === HEADINGS.PLACE);
    const moscow = places?.children?.find((e) => leaves(e, 'mention').some((m) => m.start === text.indexOf('Moscow')));
    assert.ok(moscow, 'an entity holds the first Moscow');
    const starts = leaves(moscow, 'mention').map((m) => m.start);
    assert.ok(starts.length >= 2, 'Moscow is mentioned more than once');
    assert.deepEqual(starts, [...starts].sort((a, b) => (a ?? 0) - (b ?? 0)), 'mentions in document order');
  });

  it('has a Workspace node holding the article\'s entities', () => {
    const workspace = tree.find((n) => n.kind === 'workspace');
    assert.ok(workspace, 'a Workspace root');
    const ids = new Set(leaves(workspace, 'entity').map((e) => e.entityId));
    const articleIds = tree.filter((n) => n.kind === 'type').flatMap((n) => leaves(n, 'entity').map((e) => e.entityId));
    for (const id of articleIds) assert.ok(ids.has(id), `${id} is under Workspace`);
    const articles = leaves(workspace, 'article').filter((a) => a.uri === editor.document.uri.toString());
    assert.ok(articles.length > 0, 'the seed article appears under Workspace entities');
  });

  it('reveals a mention in the editor from the node\'s own target', async () => {
    const mention = tree.filter((n) => n.kind === 'type').flatMap((n) => leaves(n, 'mention')).pop();
    assert.ok(mention && mention.uri && mention.start !== undefined && mention.end !== undefined);
    await vscode.commands.executeCommand('newsAnnotator.reveal', mention.uri, mention.start, mention.end);
    const active = vscode.window.activeTextEditor;
    assert.ok(active);
    assert.equal(active.document.uri.toString(), mention.uri);
    assert.equal(active.document.offsetAt(active.selection.start), mention.start);
    assert.equal(active.document.offsetAt(active.selection.end), mention.end);
  });

  it('opens the explorer on an entity asked for (as the hover card link does), and declines unknown ones', async () => {
    const entity = tree.filter((n) => n.kind === 'type').flatMap((n) => leaves(n, 'entity'))[0];
    assert.ok(entity?.entityId, 'the article has an entity');
    const uri = editor.document.uri.toString();
    assert.equal(await vscode.commands.executeCommand<boolean>(REVEAL_COMMAND, { uri, entityId: entity.entityId }), true);
    assert.equal(await vscode.commands.executeCommand<boolean>(REVEAL_COMMAND, { uri, entityId: 'person:nobody-of-that-name' }), false);
    editor = await openSeed();
  });

  it('shows the other article once it is active, and both under Workspace', async () => {
    const other = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Officials in Moscow met in Kyiv.\n' });
    await vscode.window.showTextDocument(other);
    const otherPainted = await painted();
    const want = Object.entries(otherPainted.ranges).filter(([k]) => ENTITY_TYPES.includes(k)).flatMap(([, r]) => r.map(offsetKey)).sort();
    const t = await vscode.commands.executeCommand<SnapshotNode[]>(EXPLORER_COMMAND);
    const got = t.filter((n) => n.kind === 'type').flatMap((n) => leaves(n, 'mention')).map((m) => {
      assert.equal(m.uri, other.uri.toString());
      return offsetKey(m);
    }).sort();
    assert.deepEqual(got, want);
    const workspace = t.find((n) => n.kind === 'workspace');
    const uris = new Set(leaves(workspace as SnapshotNode, 'article').map((a) => a.uri));
    assert.ok(uris.has(editor.document.uri.toString()) && (want.length === 0 || uris.has(other.uri.toString())), 'both articles under Workspace');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    editor = await openSeed();
  });
});
