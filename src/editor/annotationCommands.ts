import * as vscode from 'vscode';
import type { TypeInfo } from '../core/entityTypes';
import type { DocumentAnnotations, EntityType, Mention, Quote } from '../core/model';
import { isEnabledType, typeForKey, typesToOffer, type Scheme } from '../core/scheme';
import { entityById, hitAt, itemsInOrder, mentionsOf, quotePreview } from '../core/query';
import { DecisionHistory, type HistoryEntry } from '../core/store/history';
import { inverseOf } from '../core/store/inverse';
import type { StoreOp } from '../core/store/operations';
import type { DocumentDecisions } from '../core/store/types';
import type { AnalysisService, DecisionLayer } from './analysisService';
import type { ArticleScope } from './articleScope';
import { Commands, CONFIG_SECTION, CONTEXT_ON_MENTION, CONTEXT_ON_SUGGESTION } from './constants';

/** The decisions layer as the commands use it: overlays decisions, records new ones, tells what was decided. */
export interface DecisionStore extends DecisionLayer {
  mutate(uri: vscode.Uri, text: string, op: StoreOp): Promise<void>;
  decisionsFor(uri: vscode.Uri): Promise<DocumentDecisions | undefined>;
  /** The annotation scheme of the workspace file holding the document's decisions. */
  schemeFor(uri: vscode.Uri): Scheme;
}

/** What a command acts on when called from a hover link, a code action or the explorer. */
export interface Target {
  uri: string;
  start: number;
  end: number;
  /** `entity` when called from an entity of the explorer: the command acts on the whole entity. */
  kind: 'mention' | 'quote' | 'entity';
  entityId?: string;
}

/** A type as a quick-pick item: icon and label, its id and key chord, and what it refines. */
function typeItem(t: TypeInfo): vscode.QuickPickItem & { type: EntityType } {
  const refines = t.parent ? ` · a kind of ${t.parent}` : '';
  const key = t.key ? ` · Ctrl+K ${t.key}` : '';
  return { label: `$(${t.icon}) ${t.label}`, description: `${t.id}${refines}${key}`, type: t.id };
}

/** The command that sets each type with one key while the cursor is on a mention. */
const TYPE_COMMANDS: ReadonlyArray<[string, EntityType]> = [
  [Commands.typePerson, 'PERSON'],
  [Commands.typeOrg, 'ORG'],
  [Commands.typePlace, 'PLACE'],
  [Commands.typeNorp, 'NORP'],
];

interface Resolved {
  document: vscode.TextDocument;
  annotations: DocumentAnnotations;
  mention?: Mention;
  quote?: Quote;
  /** True when the item was found under the cursor (so the review may move on), not named by a link. */
  atCursor: boolean;
}

const mentionRef = (m: Mention): { start: number; end: number; type: EntityType; entityId: string } => ({ start: m.start, end: m.end, type: m.type, entityId: m.entityId });

/** The first span an operation names, to put the cursor back on after undo or redo. */
function spanOfOp(op: StoreOp): { start: number; end: number } | undefined {
  if ('mention' in op) return op.mention;
  if ('quote' in op) return op.quote;
  if ('span' in op) return op.span;
  return undefined;
}

/**
 * The commands that record a person's decisions in the workspace file: accept, reject, retype (one key per type),
 * add, merge, rename, speaker, note; a review that moves on to the next suggestion after each decision made at the
 * cursor; undo and redo of every decision of the session, kept per workspace; showing and restoring rejected
 * items. Keeps the context keys that scope the review keys to a suggestion or mention under the cursor.
 */
export class AnnotationCommands implements vscode.Disposable {
  private readonly history = new DecisionHistory();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly analysis: AnalysisService, private readonly store: DecisionStore, private readonly scope?: ArticleScope) {
    const reg = (id: string, fn: (...args: never[]) => unknown): void => {
      this.disposables.push(vscode.commands.registerCommand(id, fn));
    };
    reg(Commands.accept, (t?: Target) => this.decide(t, 'accept'));
    reg(Commands.reject, (t?: Target) => this.decide(t, 'reject'));
    reg(Commands.restore, (t?: Target) => this.restore(t));
    reg(Commands.annotateSelection, () => this.annotateSelection());
    reg(Commands.annotateAsPerson, () => this.annotateSelection('PERSON'));
    reg(Commands.annotateAsOrg, () => this.annotateSelection('ORG'));
    reg(Commands.annotateAsPlace, () => this.annotateSelection('PLACE'));
    reg(Commands.annotateAsNorp, () => this.annotateSelection('NORP'));
    reg(Commands.markQuote, () => this.markQuote());
    reg(Commands.acceptAllInDocument, (t?: Target) => this.acceptAll(t));
    reg(Commands.changeType, (t?: Target, type?: EntityType) => this.changeType(t, type));
    for (const [id, type] of TYPE_COMMANDS) reg(id, () => this.changeType(undefined, type));
    reg(Commands.setTypeByKey, (key?: string) => this.changeTypeByKey(key));
    reg(Commands.mergeEntity, (t?: Target, targetId?: string) => this.merge(t, targetId));
    reg(Commands.renameEntity, (t?: Target, name?: string) => this.rename(t, name));
    reg(Commands.addNote, (t?: Target, note?: string) => this.addNote(t, note));
    reg(Commands.setSpeaker, (t?: Target, entityId?: string) => this.setSpeaker(t, entityId));
    reg(Commands.nextSuggestion, () => this.step(1, true));
    reg(Commands.previousSuggestion, () => this.step(-1, true));
    reg(Commands.undoDecision, () => this.undo());
    reg(Commands.redoDecision, () => this.redo());
    reg(Commands.toggleRejected, () => this.toggleRejected());
    this.disposables.push(
      // Undo entries follow edits of their article, so that undoing after typing still hits the right span.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.history.shift(e.document.uri.toString(), e.contentChanges);
      }),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach((f) => this.history.rename(f.oldUri.toString(), f.newUri.toString()))),
      vscode.window.onDidChangeTextEditorSelection((e) => { if (e.textEditor === vscode.window.activeTextEditor) this.updateContext(); }),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateContext()),
      analysis.onDidUpdate((d) => { if (d === vscode.window.activeTextEditor?.document) this.updateContext(); }),
    );
    this.updateContext();
  }

  /** Sets the context keys the review keys depend on: a suggestion, or any mention, under the cursor. */
  private updateContext(): void {
    const editor = vscode.window.activeTextEditor;
    const a = editor && this.analysis.get(editor.document);
    const hit = a && editor ? hitAt(a, editor.document.offsetAt(editor.selection.active)) : {};
    const item = hit.mention ?? hit.quote;
    void vscode.commands.executeCommand('setContext', CONTEXT_ON_SUGGESTION, item?.status === 'suggested');
    void vscode.commands.executeCommand('setContext', CONTEXT_ON_MENTION, !!hit.mention);
  }

  /** Finds the item a command is about: the explicit target, else what is under the cursor of the active editor. */
  private async resolve(target?: Target): Promise<Resolved | undefined> {
    const explicit = !!target && typeof target.uri === 'string';
    let document: vscode.TextDocument | undefined;
    let offset: number | undefined;
    if (explicit) {
      document = await vscode.workspace.openTextDocument(vscode.Uri.parse(target.uri));
    } else {
      const editor = vscode.window.activeTextEditor;
      document = editor?.document;
      if (editor) offset = editor.document.offsetAt(editor.selection.active);
    }
    if (!document) return undefined;
    const annotations = await this.analysis.analyzeNow(document);
    if (!annotations) return undefined;
    if (explicit) {
      const same = (s: { start: number; end: number }): boolean => s.start === target.start && s.end === target.end;
      return target.kind === 'quote'
        ? { document, annotations, quote: annotations.quotes.find(same), atCursor: false }
        : { document, annotations, mention: annotations.mentions.find(same), atCursor: false };
    }
    const hit = hitAt(annotations, offset ?? 0);
    return { document, annotations, mention: hit.mention, quote: hit.mention ? undefined : hit.quote ?? hit.speakerOf ?? hit.cueOf, atCursor: true };
  }

  /**
   * Records one decision and files it for undo. The inverse is taken from the decisions as they stand just before,
   * so undo puts back exactly what was there (an earlier accept, a previous type, no decision at all).
   */
  private async run(document: vscode.TextDocument, op: StoreOp, label: string): Promise<boolean> {
    try {
      const before = await this.store.decisionsFor(document.uri);
      const inverse = inverseOf(before, new Map(), op);
      await this.store.mutate(document.uri, document.getText(), op);
      if (inverse) this.history.record({ document: document.uri.toString(), label, forward: op, inverse });
      await this.analysis.analyzeNow(document);
      // The first decision in a folder creates its annotation file, which brings the folder's articles in scope.
      void this.scope?.recheck();
      this.updateContext();
      return true;
    } catch (e) {
      void vscode.window.showErrorMessage(`News Annotator: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
  }

  private nothing(): void {
    void vscode.window.showInformationMessage('News Annotator: put the cursor on a highlighted name or quote first.');
  }

  private async decide(target: Target | undefined, verdict: 'accept' | 'reject'): Promise<void> {
    const r = await this.resolve(target);
    if (!r || (!r.mention && !r.quote)) return this.nothing();
    let done = false;
    if (r.mention) {
      done = await this.run(r.document, { kind: verdict === 'accept' ? 'acceptMention' : 'rejectMention', mention: mentionRef(r.mention) }, `${verdict} “${r.mention.text}”`);
    } else if (r.quote) {
      done = await this.run(r.document, { kind: verdict === 'accept' ? 'acceptQuote' : 'rejectQuote', quote: { start: r.quote.start, end: r.quote.end } }, `${verdict} the quote “${quotePreview(r.quote.text, 4)}”`);
    }
    if (done && r.atCursor) await this.step(1, false);
  }

  /** Brings back a rejected item: an analyser's suggestion becomes a suggestion again, an item a person added is accepted. */
  private async restore(target?: Target): Promise<void> {
    if (!target || typeof target.uri !== 'string') return this.nothing();
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(target.uri));
    const a = await this.analysis.analyzeNow(document);
    const same = (s: { start: number; end: number }): boolean => s.start === target.start && s.end === target.end;
    const m = target.kind !== 'quote' ? a?.mentions.find(same) : undefined;
    const q = target.kind === 'quote' ? a?.quotes.find(same) : undefined;
    if (m) {
      await this.run(document, m.origin === 'user' ? { kind: 'acceptMention', mention: mentionRef(m) } : { kind: 'clearMention', span: { start: m.start, end: m.end } }, `restore “${m.text}”`);
    } else if (q) {
      await this.run(document, q.origin === 'user' ? { kind: 'acceptQuote', quote: { start: q.start, end: q.end } } : { kind: 'clearQuote', span: { start: q.start, end: q.end } }, 'restore a quote');
    } else {
      this.nothing();
    }
  }

  private async annotateSelection(type?: EntityType): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.selection.isEmpty) {
      void vscode.window.showInformationMessage('News Annotator: select the name to annotate first.');
      return;
    }
    const doc = editor.document;
    const chosen = type ?? (await vscode.window.showQuickPick(this.store.schemeFor(doc.uri).types.map(typeItem), { title: 'Annotate selection as' }))?.type;
    if (!chosen) return;
    const start = doc.offsetAt(editor.selection.start);
    const end = doc.offsetAt(editor.selection.end);
    // Trim surrounding blanks so the span holds the name only.
    const raw = doc.getText().slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    if (start + lead >= end - trail) return;
    await this.run(doc, { kind: 'addMention', mention: { start: start + lead, end: end - trail, type: chosen } }, `add “${raw.trim()}” as ${chosen}`);
  }

  private async markQuote(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.selection.isEmpty) {
      void vscode.window.showInformationMessage('News Annotator: select the quote, with its quote marks, first.');
      return;
    }
    const doc = editor.document;
    await this.run(doc, { kind: 'addQuote', quote: { start: doc.offsetAt(editor.selection.start), end: doc.offsetAt(editor.selection.end) }, speaker: null, cue: null }, 'add a quote');
  }

  private async acceptAll(target?: Target): Promise<void> {
    const r = await this.resolve(target);
    if (!r) return;
    let n = 0;
    // One decision per item keeps the file's diff readable: each accepted span is its own object (and its own undo).
    for (const m of r.annotations.mentions.filter((x) => x.status === 'suggested')) {
      if (await this.run(r.document, { kind: 'acceptMention', mention: mentionRef(m) }, `accept “${m.text}”`)) n++;
    }
    for (const q of r.annotations.quotes.filter((x) => x.status === 'suggested')) {
      if (await this.run(r.document, { kind: 'acceptQuote', quote: { start: q.start, end: q.end } }, 'accept a quote')) n++;
    }
    void vscode.window.showInformationMessage(`News Annotator: accepted ${n} suggestion${n === 1 ? '' : 's'}.`);
  }

  private async changeType(target?: Target, type?: EntityType): Promise<void> {
    const r = await this.resolve(target);
    // On a mention: that mention. On an entity (explorer): every mention of it in the article.
    const mentions = r?.mention ? [r.mention] : r && target?.entityId ? mentionsOf(r.annotations, target.entityId) : [];
    const current = mentions[0];
    if (!r || !current) return this.nothing();
    const scheme = this.store.schemeFor(r.document.uri);
    // The scheme's types that refine the analyser's type come first (`PARTY` where it says `ORG`).
    const chosen = type && isEnabledType(scheme, type) ? type
      : (await vscode.window.showQuickPick(typesToOffer(scheme, current.type).map(typeItem), { title: `Change type of “${current.text}”` }))?.type;
    if (!chosen) return;
    let done = true;
    for (const m of mentions) {
      done = (await this.run(r.document, { kind: 'retypeMention', mention: mentionRef(m), type: chosen }, `make “${m.text}” ${chosen}`)) && done;
    }
    if (done && r.atCursor && r.mention) await this.step(1, false);
  }

  /** `Ctrl+K 5` … `9`: the scheme type bound to the digit, on the mention under the cursor. */
  private async changeTypeByKey(key?: string): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || typeof key !== 'string') return;
    const type = typeForKey(this.store.schemeFor(editor.document.uri), key);
    if (!type) {
      void vscode.window.showInformationMessage(`News Annotator: no type of this workspace's annotation scheme has the key ${key} (add one with "key": "${key}" under "scheme.types").`);
      return;
    }
    await this.changeType(undefined, type.id);
  }

  private async pickEntity(a: DocumentAnnotations, exceptId: string | undefined, title: string): Promise<string | undefined> {
    const items = a.entities
      .filter((e) => e.id !== exceptId)
      .sort((x, y) => y.mentionCount - x.mentionCount || x.name.localeCompare(y.name))
      .map((e) => ({ label: e.name, description: `${e.type} · ${e.mentionCount} mention${e.mentionCount === 1 ? '' : 's'}`, detail: e.aliases.length ? `also ${e.aliases.join(', ')}` : undefined, id: e.id }));
    return (await vscode.window.showQuickPick(items, { title, matchOnDescription: true, matchOnDetail: true }))?.id;
  }

  private async entityTarget(target?: Target): Promise<{ r: Resolved; entityId: string } | undefined> {
    const r = await this.resolve(target);
    const entityId = target?.entityId ?? r?.mention?.entityId ?? r?.quote?.speaker?.entityId;
    if (!r || !entityId) { this.nothing(); return undefined; }
    return { r, entityId };
  }

  private async merge(target?: Target, targetId?: string): Promise<void> {
    const et = await this.entityTarget(target);
    if (!et) return;
    const name = entityById(et.r.annotations, et.entityId)?.name ?? et.entityId;
    const into = targetId ?? (await this.pickEntity(et.r.annotations, et.entityId, `Merge “${name}” into…`));
    if (!into) return;
    await this.run(et.r.document, { kind: 'mergeEntities', sourceId: et.entityId, targetId: into }, `merge “${name}”`);
  }

  private async rename(target?: Target, name?: string): Promise<void> {
    const et = await this.entityTarget(target);
    if (!et) return;
    const current = entityById(et.r.annotations, et.entityId)?.name ?? '';
    const next = name ?? (await vscode.window.showInputBox({ title: 'Rename entity', value: current, prompt: 'The canonical name shown in hovers, the explorer and exports' }));
    if (!next || next === current) return;
    await this.run(et.r.document, { kind: 'renameEntity', entityId: et.entityId, name: next }, `rename “${current}”`);
  }

  private async addNote(target?: Target, note?: string): Promise<void> {
    const et = await this.entityTarget(target);
    if (!et) return;
    const e = entityById(et.r.annotations, et.entityId);
    const text = note ?? (await vscode.window.showInputBox({ title: `Note on ${e?.name ?? et.entityId}`, value: e?.note ?? '', prompt: 'Kept in the workspace file; leave empty to remove the note' }));
    if (text === undefined) return;
    await this.run(et.r.document, { kind: 'setEntityNote', entityId: et.entityId, note: text }, `note on “${e?.name ?? et.entityId}”`);
  }

  private async setSpeaker(target?: Target, entityId?: string): Promise<void> {
    const r = await this.resolve(target ? { ...target, kind: 'quote' } : undefined);
    const q = r?.quote;
    if (!r || !q) return this.nothing();
    const chosen = entityId ?? (await this.pickEntity(r.annotations, undefined, `Who said “${quotePreview(q.text, 6)}”?`));
    if (!chosen) return;
    // The speaker span is the entity's mention nearest before the quote (else the first one).
    const mentions = mentionsOf(r.annotations, chosen);
    const before = mentions.filter((m) => m.end <= q.start);
    const m = before[before.length - 1] ?? mentions[0];
    if (!m) return;
    await this.run(r.document, { kind: 'setQuoteSpeaker', quote: { start: q.start, end: q.end }, speaker: { start: m.start, end: m.end, entityId: chosen } }, `speaker of “${quotePreview(q.text, 4)}”`);
  }

  /**
   * Moves the cursor to the next (or previous) suggestion, wrapping around. `tell`: say so in a message when none
   * is left; after a decision the status bar says it instead, so that the review is not interrupted.
   */
  private async step(direction: 1 | -1, tell: boolean): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const a = await this.analysis.analyzeNow(editor.document);
    if (!a) return;
    const items = itemsInOrder(a).filter((x) => x.status === 'suggested');
    if (items.length === 0) {
      const done = 'News Annotator: no suggestions left to review in this article.';
      if (tell) void vscode.window.showInformationMessage(done);
      else vscode.window.setStatusBarMessage(`$(check-all) ${done}`, 5000);
      return;
    }
    const here = editor.document.offsetAt(editor.selection.active);
    const next = direction === 1 ? items.find((x) => x.start > here) ?? items[0] : [...items].reverse().find((x) => x.start < here) ?? items[items.length - 1];
    if (!next) return;
    this.select(editor, next.start, next.end);
  }

  private select(editor: vscode.TextEditor, start: number, end: number): void {
    const range = new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(end));
    editor.selection = new vscode.Selection(range.start, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    this.updateContext();
  }

  private undo(): Promise<void> {
    return this.replay('undo');
  }

  private redo(): Promise<void> {
    return this.replay('redo');
  }

  /** Applies the next undo (the inverse) or redo (the decision again), and files it on the other stack. */
  private async replay(which: 'undo' | 'redo'): Promise<void> {
    const entry = which === 'undo' ? this.history.takeUndo() : this.history.takeRedo();
    if (!entry) {
      vscode.window.setStatusBarMessage(`News Annotator: nothing to ${which}.`, 4000);
      return;
    }
    const op = which === 'undo' ? entry.inverse : entry.forward;
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(entry.document));
      const before = await this.store.decisionsFor(document.uri);
      // A redo's way back is taken from the decisions as they are now, which may differ from when it was recorded.
      const back = which === 'redo' ? inverseOf(before, new Map(), op) : undefined;
      await this.store.mutate(document.uri, document.getText(), op);
      const filed: HistoryEntry = which === 'undo' ? entry : { ...entry, inverse: back ?? entry.inverse };
      if (which === 'undo') this.history.undone(filed);
      else this.history.redone(filed);
      await this.analysis.analyzeNow(document);
      const editor = vscode.window.activeTextEditor;
      const span = spanOfOp(op);
      if (editor && editor.document === document && span && span.end <= document.getText().length) this.select(editor, span.start, span.end);
      vscode.window.setStatusBarMessage(`News Annotator: ${which === 'undo' ? 'undid' : 'redid'} ${entry.label}`, 4000);
    } catch (e) {
      this.history.restore(entry, which);
      void vscode.window.showErrorMessage(`News Annotator could not ${which} ${entry.label}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private async toggleRejected(): Promise<void> {
    const c = vscode.workspace.getConfiguration(CONFIG_SECTION);
    const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await c.update('showRejected', !c.get<boolean>('showRejected', false), target);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
