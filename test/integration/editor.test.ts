/**
 * What a user sees and does in the editor: highlights per type, hover cards (escaped), quick fixes and commands
 * that write the workspace file, outside edits to it, export and navigation. Runs in both extension hosts.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { has, hoverText, openFixture, painted, readStoreFile, waitFor, workspaceFolder } from './helpers';

describe('Editor experience', function () {
  this.timeout(120_000);

  let editor: vscode.TextEditor;
  let text: string;
  const at = (needle: string, from = 0): number => {
    const i = text.indexOf(needle, from);
    assert.ok(i >= 0, `the seed article contains “${needle}”`);
    return i;
  };

  before(async () => {
    editor = await openFixture();
    text = editor.document.getText();
    await painted();
  });

  it('paints every entity type, quotes, their speakers and cues', async () => {
    const p = await painted();
    assert.ok(has(p.ranges.PERSON, at('David Lammy'), 'David Lammy'.length), 'David Lammy is a person');
    assert.ok(has(p.ranges.ORG, at('Federal Security Service'), 'Federal Security Service'.length), 'the FSB is an organisation');
    assert.ok(has(p.ranges.PLACE, at('Moscow'), 'Moscow'.length), 'Moscow is a place');
    assert.ok(has(p.ranges.NORP, at('British'), 'British'.length), 'British is a nationality');
    assert.ok(has(p.ranges.speaker, at('Downing Street said'), 'Downing Street'.length), 'Downing Street speaks');
    assert.ok(has(p.ranges.cue, at('said: “The Federal'), 'said'.length), 'said attributes the FSB statement');
    const quoteStart = at('“The Federal Security Service’s');
    assert.ok((p.ranges.quote ?? []).some((r) => r.start === quoteStart && text[r.end - 1] === '”'), 'the FSB statement is a quote, marks included');
    // The scare quote is not an attributed quote.
    const minions = at('“Minions”');
    assert.ok(!(p.ranges.quote ?? []).some((r) => r.start === minions), 'a scare quote is not painted as a quote');
  });

  it('shows the entity card on a mention: name, type, aliases, descriptors, counts, quotes and actions', async () => {
    const card = await hoverText(editor.document, at('President Putin') + 'President '.length + 1);
    for (const piece of ['Vladimir Putin', 'Person', 'Putin', 'President', 'Mentions:', 'Accept', 'Reject', 'Change type']) {
      assert.ok(card.includes(piece), `the card shows “${piece}”: ${card.slice(0, 400)}`);
    }
    assert.ok(/command:newsAnnotator\.accept\?/.test(card), 'Accept is a link to the extension’s command');
  });

  it('shows the quote card on a speaker: the speaker and the attribution verb', async () => {
    const card = await hoverText(editor.document, at('The Prime Minister’s official spokesman') + 5);
    assert.ok(card.includes('Quote'), card.slice(0, 300));
    assert.ok(card.includes('official spokesman'), `the card names the speaker: ${card.slice(0, 300)}`);
    assert.ok(card.includes('said'), 'the card names the cue');
  });

  it('renders hostile text in a hover as text: no links, no HTML', async () => {
    const hostile = '[x](command:workbench.action.quit) <img src=x onerror=alert(1)>';
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: `The minister met ${hostile} in London.\n` });
    const ed = await vscode.window.showTextDocument(doc);
    const start = doc.getText().indexOf(hostile);
    ed.selection = new vscode.Selection(doc.positionAt(start), doc.positionAt(start + hostile.length));
    await waitFor('the untitled article is analysed', async () => (await vscode.commands.executeCommand<{ ranges: object } | undefined>('newsAnnotator.test.decorations')) ? true : undefined);
    await vscode.commands.executeCommand('newsAnnotator.annotateAsPerson');
    const card = await waitFor('a hover on the added person', async () => {
      const t = await hoverText(doc, start + 3);
      return t.includes('Person') ? t : undefined;
    });
    assert.ok(!card.includes('[x](command:workbench.action.quit)'), `the link is escaped: ${card}`);
    assert.ok(!card.includes('<img'), `the tag is escaped: ${card}`);
    assert.ok(card.includes('&lt;img'), 'the tag shows as text');
    assert.ok(card.includes('\\[x\\](command:workbench.action.quit)'), 'the brackets show as text');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('accepts a mention through its quick fix and writes the workspace file', async () => {
    editor = await openFixture();
    const start = at('Moscow');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri,
      new vscode.Range(editor.document.positionAt(start + 1), editor.document.positionAt(start + 1)));
    const accept = actions.find((a) => a.title.startsWith('Accept “Moscow”'));
    assert.ok(accept?.command, `a quick fix accepts Moscow; offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(actions.some((a) => a.title.startsWith('Reject')) && actions.some((a) => a.title.startsWith('Change entity type')), 'reject and retype are offered too');
    await vscode.commands.executeCommand(accept.command.command, ...(accept.command.arguments ?? []));
    const file = await waitFor('the workspace file holding the decision', async () => {
      const f = await readStoreFile();
      return f && /"exact":\s*"Moscow"/.test(f.raw) && f.raw.includes('"accepted"') ? f : undefined;
    });
    assert.strictEqual(file.json.schema, 'news-annotator/store@1');
    assert.ok(file.raw.includes('seed-article.txt'), 'decisions are keyed by the article’s path');
  });

  it('hides a rejected mention and keeps the rejection in the file', async () => {
    const start = at('Russia');
    editor.selection = new vscode.Selection(editor.document.positionAt(start + 1), editor.document.positionAt(start + 1));
    await vscode.commands.executeCommand('newsAnnotator.reject');
    const p = await painted((x) => !has(x.ranges.PLACE, start, 'Russia'.length), 'the rejected mention to disappear');
    assert.ok(has(p.ranges.PLACE, at('Moscow'), 'Moscow'.length), 'other mentions stay');
    await waitFor('the rejection in the file', async () => ((await readStoreFile())?.raw.includes('"rejected"') ? true : undefined));
  });

  it('picks up an outside edit of the workspace file', async () => {
    const before = await readStoreFile();
    assert.ok(before, 'the file exists');
    // Another window (or git) adds a note to Moscow's entity.
    const json = before.json as { documents?: Record<string, { entities?: Record<string, { note?: string }> }> };
    const doc = json.documents?.['seed-article.txt'];
    assert.ok(doc, `the article has decisions: ${before.raw.slice(0, 300)}`);
    doc.entities = { ...doc.entities, 'place:moscow': { ...doc.entities?.['place:moscow'], note: 'Capital of Russia, noted elsewhere' } };
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(workspaceFolder().uri, 'news-annotations.json'), new TextEncoder().encode(JSON.stringify(json, null, 2)));
    const card = await waitFor('the note in the hover', async () => {
      const t = await hoverText(editor.document, at('Moscow') + 1);
      return t.includes('noted elsewhere') ? t : undefined;
    });
    assert.ok(card.includes('Note'), card);
  });

  it('exports the active article as CSV through Export…', async () => {
    await openFixture();
    const target = vscode.Uri.joinPath(workspaceFolder().uri, 'out-test', 'seed.csv');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('newsAnnotator.export', { format: 'csv', scope: 'article', target: target.toString() });
    assert.strictEqual(written?.toString(), target.toString());
    const csv = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.ok(csv.split('\n')[0].includes('document'), `a header row: ${csv.slice(0, 200)}`);
    assert.ok(csv.includes('Federal Security Service'), 'the FSB is exported');
    const rows = csv.split(/\r?\n/);
    assert.ok(rows.some((r) => r.includes(',mention,PLACE,129,135,Moscow,')), 'Moscow is exported');
    assert.ok(!rows.some((r) => r.includes(',mention,PLACE,0,6,Russia,')), 'the rejected first Russia is left out');
  });

  it('steps to the next suggestion', async () => {
    editor = await openFixture();
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('newsAnnotator.nextSuggestion');
    const offset = editor.document.offsetAt(editor.selection.active);
    assert.ok(offset > 0, 'the cursor moved to a suggestion');
    const p = await painted();
    const all = Object.values(p.ranges).flat();
    assert.ok(all.some((r) => r.start === offset), `the cursor sits at the start of a highlighted span (${offset})`);
  });

  it('skips an article larger than newsAnnotator.maxFileSizeKB, live, and paints it again when the limit rises', async () => {
    editor = await openFixture();
    const config = vscode.workspace.getConfiguration('newsAnnotator');
    await config.update('maxFileSizeKB', 1, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('the highlights to go', async () => {
        const p = await vscode.commands.executeCommand<{ ranges: Record<string, unknown[]> } | undefined>('newsAnnotator.test.decorations');
        return !p || Object.values(p.ranges).every((l) => l.length === 0) ? true : undefined;
      });
      assert.strictEqual(await hoverText(editor.document, at('Moscow') + 1), '', 'no hover card on a skipped article');
    } finally {
      await config.update('maxFileSizeKB', undefined, vscode.ConfigurationTarget.Workspace);
    }
    const p = await painted((x) => has(x.ranges.PLACE, at('Moscow'), 'Moscow'.length), 'the highlights to come back');
    assert.ok((p.ranges.PERSON ?? []).length > 0);
  });

  it('annotates every article of the workspace', async () => {
    const done = await vscode.commands.executeCommand<{ articles: number; mentions: number; quotes: number } | undefined>('newsAnnotator.annotateWorkspace');
    assert.ok(done && done.articles >= 1, `articles annotated: ${JSON.stringify(done)}`);
    assert.ok(done.mentions > 20 && done.quotes > 3, `the seed article's mentions and quotes are counted: ${JSON.stringify(done)}`);
  });

  it('renames an entity, notes it and retypes it from the explorer’s entity node', async () => {
    editor = await openFixture();
    const uri = editor.document.uri.toString();
    const node = { kind: 'entity', uri, start: 0, end: 0, entityId: 'person:keir-starmer' };
    const starmer = at('Keir Starmer');
    assert.ok((await painted()).ranges.PERSON?.some((r) => r.start === starmer), 'Keir Starmer is painted as a person first');
    await vscode.commands.executeCommand('newsAnnotator.renameEntity', node, 'Sir Keir Starmer (PM)');
    await vscode.commands.executeCommand('newsAnnotator.addNote', node, 'Prime Minister since July 2024');
    const card = await waitFor('the renamed, noted entity in the hover', async () => {
      const t = await hoverText(editor.document, starmer + 2);
      return t.includes('Prime Minister since July 2024') ? t : undefined;
    });
    assert.ok(card.includes('Sir Keir Starmer (PM)'), `the card uses the new name: ${card.slice(0, 300)}`);
    await vscode.commands.executeCommand('newsAnnotator.changeType', node, 'ORG');
    await painted((p) => has(p.ranges.ORG, starmer, 'Keir Starmer'.length), 'Keir Starmer painted as an organisation');
    const file = await waitFor('the decisions in the file', async () => {
      const f = await readStoreFile();
      return f && f.raw.includes('Prime Minister since July 2024') && f.raw.includes('Sir Keir Starmer (PM)') ? f : undefined;
    });
    assert.ok(/"exact":\s*"Keir Starmer"/.test(file.raw), 'the retyped mention is kept as a decision');
  });

  it('never overwrites a broken workspace file, and picks up the repaired one', async () => {
    editor = await openFixture();
    const file = vscode.Uri.joinPath(workspaceFolder().uri, 'news-annotations.json');
    const good = await readStoreFile();
    assert.ok(good, 'the file exists from the earlier decisions');
    const broken = `${good.raw.slice(0, Math.floor(good.raw.length / 2))}\n<<<<<<< HEAD\n`;
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(broken));
    // Wait until the store has read the broken file: a decision then fails instead of being written.
    const start = at('Ukraine');
    editor.selection = new vscode.Selection(editor.document.positionAt(start + 1), editor.document.positionAt(start + 1));
    await new Promise((r) => setTimeout(r, 1500));
    await vscode.commands.executeCommand('newsAnnotator.accept');
    await new Promise((r) => setTimeout(r, 1500));
    const after = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    assert.strictEqual(after, broken, 'the broken file is left exactly as it was');
    // Repaired from outside (say, after resolving the conflict): decisions are written again.
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(good.raw));
    await new Promise((r) => setTimeout(r, 1500));
    await vscode.commands.executeCommand('newsAnnotator.accept');
    await waitFor('the decision on Ukraine in the repaired file', async () => {
      const f = await readStoreFile();
      return f && /"exact":\s*"Ukraine"/.test(f.raw) ? true : undefined;
    });
  });

  it('imports a JSON export back into the workspace file, and refuses a broken one', async () => {
    editor = await openFixture();
    const exported = vscode.Uri.joinPath(workspaceFolder().uri, 'out-test', 'seed.json');
    await vscode.commands.executeCommand('newsAnnotator.export', { format: 'json', scope: 'article', target: exported.toString() });
    const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(exported))) as { mentions: Array<{ text: string; status: string; start: number; end: number; type: string; entityId: string; origin: string }> };
    // Someone accepted Russia's last mention in another tool: the export says so, and importing records it.
    const last = json.mentions.filter((m) => m.text === 'Russia').pop();
    assert.ok(last, 'Russia is exported');
    last.status = 'accepted';
    await vscode.workspace.fs.writeFile(exported, new TextEncoder().encode(JSON.stringify(json)));
    const count = await vscode.commands.executeCommand<number>('newsAnnotator.import', [exported.toString()]);
    assert.strictEqual(count, 1, 'one article imported');
    await waitFor('the imported decision in the file', async () => {
      const f = await readStoreFile();
      return f && new RegExp(`"start":\\s*${last.start},`).test(f.raw) ? true : undefined;
    });
    const bad = vscode.Uri.joinPath(workspaceFolder().uri, 'out-test', 'bad.json');
    await vscode.workspace.fs.writeFile(bad, new TextEncoder().encode('{"schema": "news-annotator/analysis@1", "mentions": 3}'));
    assert.strictEqual(await vscode.commands.executeCommand<number>('newsAnnotator.import', [bad.toString()]), 0, 'a broken export imports nothing');
  });
});
