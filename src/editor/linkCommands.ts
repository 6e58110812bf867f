import * as vscode from 'vscode';
import { normaliseLink } from '../core/links';
import type { Entity } from '../core/model';
import { suggestedLink } from '../core/placeLinks';
import { entityById, hitAt } from '../core/query';
import type { AnalysisService } from './analysisService';
import { searchWikidata } from '../core/wikidataSearch';
import { CONFIG_SECTION, Commands } from './constants';
import type { WorkspaceStore } from './store/workspaceStore';

/** Which entity to link: the one of a document's mention (from a hover or a test), else the one at the cursor. */
export interface LinkTarget {
  uri: string;
  entityId: string;
}

/** The first word of `value` that is not a link, with why; undefined when every word is one. */
export function linkInputProblem(value: string): string | undefined {
  for (const word of value.split(/\s+/).filter(Boolean)) {
    const r = normaliseLink(word);
    if (!r.ok) return r.reason;
  }
  return undefined;
}

/**
 * `Link Entity…`: ties the entity under the cursor (or named by a hover card) to a knowledge base. The input
 * takes ids or URLs separated by spaces, checked as they are typed; an empty input removes the links.
 */
export class LinkCommands implements vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(private readonly analysis: AnalysisService, private readonly store: WorkspaceStore) {
    this.registration = vscode.commands.registerCommand(Commands.linkEntity, (target?: LinkTarget, links?: string[]) => this.link(target, links));
  }

  /** Sets the links (asking for them without `links`); resolves to whether they were recorded. */
  async link(target?: LinkTarget, links?: string[]): Promise<boolean> {
    const found = this.find(target);
    if (!found) {
      void vscode.window.showInformationMessage('News Annotator: put the cursor on an entity’s mention to link it.');
      return false;
    }
    const { document, entity } = found;
    const entityId = entity.id;
    const current = entity.links ?? [];
    let words = links;
    if (words === undefined) {
      // A place the gazetteer knows comes with its GeoNames id filled in: Enter accepts it, clearing it refuses it.
      const suggested = current.length === 0 ? suggestedLink(entity) : undefined;
      // The online look-up is opt-in, and never runs in a workspace the user has not trusted.
      const online = vscode.workspace.getConfiguration(CONFIG_SECTION).get<boolean>('links.wikidataLookup', false) && vscode.workspace.isTrusted;
      const picked = online ? await pickFromWikidata(entity) : undefined;
      if (picked === null) return false;
      const value = picked ?? await vscode.window.showInputBox({
        title: `Link “${entity.name}” to a knowledge base`,
        prompt: `${suggested ? `Suggested from the place gazetteer: ${suggested.link} (${suggested.country}). ` : ''}Wikidata or GeoNames ids or URLs (Q84, https://www.wikidata.org/wiki/Q84, geonames:2643743) or any IRI; separate several with spaces; leave empty to remove the links`,
        value: suggested ? suggested.link : current.join(' '),
        validateInput: linkInputProblem,
      });
      if (value === undefined) return false;
      words = value.split(/\s+/).filter(Boolean);
    }
    try {
      await this.store.mutate(document.uri, document.getText(), { kind: 'setEntityLinks', entityId, links: words });
      return true;
    } catch (e) {
      void vscode.window.showErrorMessage(`News Annotator: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
  }

  private find(target?: LinkTarget): { document: vscode.TextDocument; entity: Entity } | undefined {
    if (target) {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.uri);
      const a = document && this.analysis.get(document);
      const e = a && entityById(a, target.entityId);
      return document && e ? { document, entity: e } : undefined;
    }
    const editor = vscode.window.activeTextEditor;
    const a = editor && this.analysis.get(editor.document);
    if (!editor || !a) return undefined;
    const m = hitAt(a, editor.document.offsetAt(editor.selection.active)).mention;
    const e = m && entityById(a, m.entityId);
    return m && e ? { document: editor.document, entity: e } : undefined;
  }

  dispose(): void {
    this.registration.dispose();
  }
}

/**
 * A quick pick of Wikidata items matching the entity's name, filled in as the answer arrives. Resolves to the
 * chosen link, `undefined` to type one instead, or `null` when the user cancelled.
 */
async function pickFromWikidata(entity: Entity): Promise<string | undefined | null> {
  type Item = vscode.QuickPickItem & { link?: string };
  const typeIt: Item = { label: '$(edit) Type an id, a URL or an IRI…' };
  const pick = vscode.window.createQuickPick<Item>();
  pick.title = `Link “${entity.name}”: Wikidata items named so`;
  pick.placeholder = 'Searching Wikidata…';
  pick.busy = true;
  pick.items = [typeIt];
  searchWikidata(entity.name).then((hits) => {
    pick.items = [...hits.map((h): Item => ({ label: h.label, description: h.link, detail: h.description, link: h.link })), typeIt];
    pick.placeholder = hits.length > 0 ? 'Choose the item this entity is' : 'Wikidata has no item of this name';
  }, (e: unknown) => {
    pick.placeholder = `Wikidata look-up failed: ${e instanceof Error ? e.message : String(e)}`;
  }).finally(() => { pick.busy = false; });
  return new Promise((resolve) => {
    let done = false;
    pick.onDidAccept(() => {
      done = true;
      const chosen = pick.selectedItems[0];
      resolve(chosen?.link);
      pick.hide();
    });
    pick.onDidHide(() => {
      if (!done) resolve(null);
      pick.dispose();
    });
    pick.show();
  });
}
