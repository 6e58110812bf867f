/**
 * The hover card's line on why a mention has its type: asked of the analyser (the worker on desktop, the extension
 * host itself on the web) for the one mention under the pointer. Runs in both extension hosts.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { hoverText, openFixture, painted, waitFor } from './helpers';

/** `Why PERSON: …` with at least one signed, weighted feature, as the card shows it. */
const WHY_PERSON = /Why PERSON: [^\n]*\([+−]\d+\.\d\)/;

describe('Hover: why a mention has its type', function () {
  this.timeout(120_000);

  it('shows the strongest reasons on a person of the seed article', async () => {
    const editor = await openFixture();
    await painted();
    const text = editor.document.getText();
    const putin = text.indexOf('President Putin');
    assert.ok(putin >= 0, 'the seed article names President Putin');
    // The first hover may come before the analyser is warm; the explanation is asked again on the next one.
    const card = await waitFor('the why line on Putin', async () => {
      const t = await hoverText(editor.document, putin + 'President '.length + 1);
      return WHY_PERSON.test(t) ? t : undefined;
    }, 30_000);
    const line = card.split('\n').find((l) => l.startsWith('Why PERSON:')) as string;
    const reasons = line.replace(/^Why PERSON: /, '').replace(/\s+$/, '').split('; ');
    assert.ok(reasons.length >= 1 && reasons.length <= 3, `one to three reasons: ${line}`);
    assert.ok(reasons.every((r) => /\([+−]\d+\.\d\)$/.test(r)), `each reason has its weight: ${line}`);
    assert.ok(card.includes('Vladimir Putin'), 'the line is part of the entity card');
  });

  it('names the title before an invented name, and says when the type is the user’s', async () => {
    const sentence = 'Sir Arlen Mosby opened the new library in Dunmore on Tuesday.\n';
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: sentence });
    await vscode.window.showTextDocument(doc);
    const start = sentence.indexOf('Arlen Mosby');
    const end = start + 'Arlen Mosby'.length;
    const card = await waitFor('the why line on the invented person', async () => {
      const t = await hoverText(doc, start + 2);
      return WHY_PERSON.test(t) ? t : undefined;
    }, 30_000);
    assert.ok(/Why PERSON: [^\n]*title/.test(card), `the title is among the reasons: ${card}`);

    await vscode.commands.executeCommand('newsAnnotator.changeType', { uri: doc.uri.toString(), start, end, kind: 'mention' }, 'ORG');
    const retyped = await waitFor('the card of the retyped mention', async () => {
      const t = await hoverText(doc, start + 2);
      return t.includes('Type set by you') ? t : undefined;
    }, 30_000);
    assert.ok(!/Why (PERSON|ORG):/.test(retyped), `no model reasons for a type the user set: ${retyped}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
