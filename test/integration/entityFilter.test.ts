/** The entity tree's filter and review progress, read through the hidden test commands. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SnapshotNode } from '../../src/editor/explorer';
import { openFixture, painted, waitFor } from './helpers';

const tree = (): Thenable<SnapshotNode[]> => vscode.commands.executeCommand<SnapshotNode[]>('newsAnnotator.test.explorer');
const title = (): Thenable<string | undefined> => vscode.commands.executeCommand<string | undefined>('newsAnnotator.test.explorerTitle');

function all(nodes: SnapshotNode[]): SnapshotNode[] {
  return nodes.flatMap((n) => [n, ...all(n.children ?? [])]);
}

/** Labels of the type nodes, article part and workspace part. */
function typeLabels(nodes: SnapshotNode[]): string[] {
  return all(nodes).filter((n) => n.kind === 'type').map((n) => n.label);
}

describe('Entity tree filter and progress', function () {
  this.timeout(120_000);

  let full: SnapshotNode[];

  before(async () => {
    await openFixture();
    await painted();
    full = await waitFor('the explorer tree', async () => {
      const t = await tree();
      return t.some((n) => n.kind === 'type' && n.label === 'Places') && t.some((n) => n.kind === 'type' && n.label === 'People') ? t : undefined;
    });
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('newsAnnotator.clearEntityFilter');
  });

  it('shows the article’s review progress in the tree’s description', async () => {
    const t = await waitFor('the description', async () => ((await title())?.match(/\d+\/\d+ reviewed/) ? title() : undefined));
    assert.match(t ?? '', /seed-article\.txt · \d+\/\d+ reviewed/);
  });

  it('keeps one type, says so in the description, and clearing restores the tree', async () => {
    await vscode.commands.executeCommand('newsAnnotator.filterEntities', { types: ['PLACE'] });
    const filtered = await tree();
    assert.ok(typeLabels(filtered).length > 0, 'places are left');
    assert.deepEqual([...new Set(typeLabels(filtered))], ['Places'], 'only places, in the article and the workspace parts');
    assert.match((await title()) ?? '', /Filter: PLACE/);
    await vscode.commands.executeCommand('newsAnnotator.clearEntityFilter');
    const cleared = await tree();
    assert.deepEqual(typeLabels(cleared), typeLabels(full), 'clearing brings every type back');
    assert.equal(all(cleared).length, all(full).length, 'and every node');
    assert.doesNotMatch((await title()) ?? '', /Filter/);
  });

  it('matches text against entity names', async () => {
    await vscode.commands.executeCommand('newsAnnotator.filterEntities', { text: 'moscow' });
    const entities = all(await tree()).filter((n) => n.kind === 'entity');
    assert.ok(entities.length > 0, 'Moscow is found');
    for (const e of entities) assert.match(e.label, /moscow/i);
    assert.match((await title()) ?? '', /Filter: "moscow"/);
  });

  it('filters by status', async () => {
    await vscode.commands.executeCommand('newsAnnotator.filterEntities', { statuses: ['accepted'] });
    const mentions = all(await tree()).filter((n) => n.kind === 'mention');
    for (const m of mentions) assert.equal(m.contextValue, 'mention-accepted');
    const suggested = all(full).filter((n) => n.kind === 'mention' && n.contextValue === 'mention-suggested');
    assert.ok(suggested.length > 0 && mentions.length < all(full).filter((n) => n.kind === 'mention').length, 'suggested mentions are hidden');
  });
});
