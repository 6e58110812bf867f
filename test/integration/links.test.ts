/**
 * Link Entity…: a pasted Wikidata URL is normalised, kept in the workspace file and shown in the hover card as a
 * clickable https link; a link that is not one is refused and nothing is written.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { hoverText, openFixture, painted, readStoreFile, waitFor } from './helpers';

describe('Links to a knowledge base', function () {
  this.timeout(120_000);

  it('links an entity from a pasted URL, shows it in the hover, and refuses what is not a link', async () => {
    const editor = await openFixture();
    await painted();
    const doc = editor.document;
    const target = { uri: doc.uri.toString(), entityId: 'place:moscow' };
    const moscow = doc.getText().indexOf('Moscow');
    assert.ok(moscow >= 0);

    // Moscow is in the place gazetteer: its GeoNames id is offered, to accept or not.
    const suggested = await waitFor('a suggested link in the hover card', async () => {
      const text = await hoverText(doc, moscow + 1);
      return text.includes('Suggested link') ? text : undefined;
    });
    assert.match(suggested, /Suggested link: \[geonames:524901\]\(https:\/\/www\.geonames\.org\/524901\) \(RU\) · \[\$\(check\) Accept link\]\(command:newsAnnotator\.linkEntity\?/);

    assert.strictEqual(await vscode.commands.executeCommand<boolean>('newsAnnotator.linkEntity', target, ['https://www.wikidata.org/wiki/Q649']), true);
    await waitFor('the link in the workspace file', async () => {
      const f = await readStoreFile();
      return f && f.raw.includes('"links":["wikidata:Q649"]') && f.json.schema === 'news-annotator/store@1.1' ? true : undefined;
    });
    const hover = await waitFor('the link in the hover card', async () => {
      const text = await hoverText(doc, moscow + 1);
      return text.includes('](https://www.wikidata.org/wiki/Q649)') ? text : undefined;
    });
    assert.ok(!hover.includes('Suggested link'), 'a linked place needs no suggestion');
    assert.match(hover, /Links: \[wikidata:Q649\]\(https:\/\/www\.wikidata\.org\/wiki\/Q649\)/);

    const before = (await readStoreFile())?.raw;
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('newsAnnotator.linkEntity', target, ['javascript:alert(1)']), false);
    assert.strictEqual((await readStoreFile())?.raw, before, 'a refused link writes nothing');

    // No links left: the file is a plain store@1 again.
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('newsAnnotator.linkEntity', target, []), true);
    await waitFor('the links removed', async () => {
      const f = await readStoreFile();
      return f && !f.raw.includes('"links"') && f.json.schema === 'news-annotator/store@1' ? true : undefined;
    });
  });
});
