import * as vscode from 'vscode';
import { BUILTIN_TYPES } from '../core/entityTypes';
import { hitAt, quotePreview } from '../core/query';
import { COLOUR, SCHEME_KEYS, schemeProblem, schemeTypeRecord, TYPE_ID, type Scheme, type SchemeSpec, type SchemeTypeSpec } from '../core/scheme';
import type { StoreOp } from '../core/store/operations';
import type { AnalysisService } from './analysisService';
import { Commands } from './constants';
import { openAt } from './store/workspaceStore';

/** What the scheme commands need of the workspace store. */
export interface SchemeStore {
  schemeFor(uri?: vscode.Uri): Scheme;
  changeScheme(uri: vscode.Uri | undefined, change: (spec: SchemeSpec) => SchemeSpec): Promise<void>;
  mutate(uri: vscode.Uri, text: string, op: StoreOp): Promise<void>;
  storeFileFor(uri?: vscode.Uri): { uri: vscode.Uri } | undefined;
}

/** Colours offered for a new type: distinct from the built-in highlights and readable on light and dark themes. */
const PALETTE = ['#8e44ad', '#16a085', '#c0392b', '#d35400', '#2c3e50', '#7f8c8d', '#b7950b', '#1f618d'];

/** A new type's fields as `Add Entity Type…` asks them; exported for tests. */
export interface NewType {
  id: string;
  label: string;
  parent?: string;
  colour: string;
  key?: string;
}

/** The scheme with one more type, or why it cannot have it (same checks as the workspace file's). */
export function withType(spec: SchemeSpec, t: NewType): { spec: SchemeSpec } | { problem: string } {
  const type: SchemeTypeSpec = { id: t.id, label: t.label, colour: t.colour, ...(t.parent ? { parent: t.parent } : {}), ...(t.key ? { key: t.key } : {}) };
  const next: SchemeSpec = { ...spec, types: [...spec.types, type] };
  const bad = schemeProblem({ types: next.types.map(schemeTypeRecord), quoteAttributes: [], disabled: next.disabled }, true);
  return bad ? { problem: bad.reason } : { spec: next };
}

/**
 * Commands that edit the workspace's annotation scheme from the editor: *Add Entity Type…* (id, label, parent,
 * colour, key, each checked as typed), *Edit Annotation Scheme* (the workspace file at its `scheme`), and *Set Quote
 * Attribute…* on the quote under the cursor. A change that would orphan decisions is refused with its count.
 */
export class SchemeCommands implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly analysis: AnalysisService, private readonly store: SchemeStore) {
    this.disposables.push(
      vscode.commands.registerCommand(Commands.addEntityType, (given?: NewType) => this.addEntityType(given)),
      vscode.commands.registerCommand(Commands.editScheme, () => this.editScheme()),
      vscode.commands.registerCommand(Commands.setQuoteAttribute, (target?: { uri: string; start: number; end: number }, attribute?: string, value?: string | null) => this.setQuoteAttribute(target, attribute, value)),
    );
  }

  private async addEntityType(given?: NewType): Promise<boolean> {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const scheme = this.store.schemeFor(uri);
    const t = given ?? (await this.askType(scheme));
    if (!t) return false;
    try {
      await this.store.changeScheme(uri, (spec) => {
        const r = withType(spec, t);
        if ('problem' in r) throw new Error(r.problem);
        return r.spec;
      });
      vscode.window.setStatusBarMessage(`News Annotator: added the entity type ${t.id} (${t.label})${t.key ? `, Ctrl+K ${t.key}` : ''}`, 5000);
      return true;
    } catch (e) {
      void vscode.window.showErrorMessage(`News Annotator: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
  }

  private async askType(scheme: Scheme): Promise<NewType | undefined> {
    const taken = new Set(scheme.types.map((t) => t.id));
    const id = await vscode.window.showInputBox({
      title: 'Add Entity Type (1/4): id',
      prompt: 'Capitals, digits and _, as exports write it (e.g. PARTY)',
      validateInput: (v) => (!TYPE_ID.test(v) ? 'Capitals, digits and _, starting with a capital' : taken.has(v) || BUILTIN_TYPES.some((b) => b.id === v) ? `${v} is already a type` : undefined),
    });
    if (!id) return undefined;
    const label = await vscode.window.showInputBox({ title: 'Add Entity Type (2/4): label', prompt: 'Shown in menus, hovers, the explorer and reports', value: id.charAt(0) + id.slice(1).toLowerCase().replace(/_/g, ' '), validateInput: (v) => (v.trim() === '' || v.length > 60 ? '1 to 60 characters' : undefined) });
    if (!label) return undefined;
    const parents = [{ label: 'None', description: 'a type of its own', parent: undefined as string | undefined }, ...BUILTIN_TYPES.map((b) => ({ label: `$(${b.icon}) ${b.label}`, description: `${b.id}: offered first where the analyser suggests ${b.id}`, parent: b.id as string | undefined }))];
    const parent = await vscode.window.showQuickPick(parents, { title: 'Add Entity Type (3/4): a kind of…' });
    if (!parent) return undefined;
    const used = new Set(scheme.types.map((t) => t.colour));
    const colour = await vscode.window.showInputBox({ title: 'Add Entity Type (4/4): colour', prompt: 'Highlight colour, #rrggbb', value: PALETTE.find((c) => !used.has(c)) ?? PALETTE[0], validateInput: (v) => (COLOUR.test(v) ? undefined : 'A colour such as #8e44ad') });
    if (!colour) return undefined;
    const keysTaken = new Set(scheme.types.map((t) => t.key));
    const key = SCHEME_KEYS.find((k) => !keysTaken.has(k));
    return { id, label: label.trim(), colour, ...(parent.parent ? { parent: parent.parent } : {}), ...(key ? { key } : {}) };
  }

  /** Opens the workspace file at its `scheme` (or at the top, with a hint, when it has none yet). */
  private async editScheme(): Promise<void> {
    const file = this.store.storeFileFor(vscode.window.activeTextEditor?.document.uri);
    if (!file) {
      void vscode.window.showInformationMessage('News Annotator: open a folder to keep a workspace file with an annotation scheme.');
      return;
    }
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file.uri));
    } catch {
      void vscode.window.showInformationMessage(`News Annotator: ${vscode.workspace.asRelativePath(file.uri)} does not exist yet; use Add Entity Type… to start a scheme.`);
      return;
    }
    const line = text.split('\n').findIndex((l) => /^\s*"scheme"\s*:/.test(l));
    await openAt(file.uri, line >= 0 ? line + 1 : 2, 3);
    if (line < 0) void vscode.window.showInformationMessage('News Annotator: no "scheme" yet. Add one after "schema" (completion suggests its fields), or use Add Entity Type….');
  }

  private async setQuoteAttribute(target?: { uri: string; start: number; end: number }, attribute?: string, value?: string | null): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    const document = target ? await vscode.workspace.openTextDocument(vscode.Uri.parse(target.uri)) : editor?.document;
    if (!document) return false;
    const a = await this.analysis.analyzeNow(document);
    const hit = !a ? undefined : target ? { quote: a.quotes.find((q) => q.start === target.start && q.end === target.end) } : editor ? hitAt(a, document.offsetAt(editor.selection.active)) : undefined;
    const quote = hit?.quote ?? hit?.speakerOf ?? hit?.cueOf;
    if (!quote) {
      void vscode.window.showInformationMessage('News Annotator: put the cursor on a quote first.');
      return false;
    }
    const scheme = this.store.schemeFor(document.uri);
    if (scheme.attributes.length === 0) {
      void vscode.window.showInformationMessage('News Annotator: the annotation scheme has no quote attributes; add some under "scheme.quoteAttributes" (Edit Annotation Scheme).');
      return false;
    }
    const attr = attribute !== undefined ? scheme.attributes.find((x) => x.id === attribute)
      : scheme.attributes.length === 1 ? scheme.attributes[0]
      : (await vscode.window.showQuickPick(scheme.attributes.map((x) => ({ label: x.label, description: quote.attributes?.[x.id] ?? '', attr: x })), { title: `Attribute of “${quotePreview(quote.text, 6)}”` }))?.attr;
    if (!attr) return false;
    const chosen = value !== undefined ? value
      : (await vscode.window.showQuickPick([...attr.values.map((v) => ({ label: v, picked: quote.attributes?.[attr.id] === v, value: v as string | null })), { label: '$(close) None', value: null }], { title: `${attr.label} of “${quotePreview(quote.text, 6)}”` }))?.value;
    if (chosen === undefined) return false;
    try {
      await this.store.mutate(document.uri, document.getText(), { kind: 'setQuoteAttribute', quote: { start: quote.start, end: quote.end }, attribute: attr.id, value: chosen });
      await this.analysis.analyzeNow(document);
      return true;
    } catch (e) {
      void vscode.window.showErrorMessage(`News Annotator: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
