import * as vscode from 'vscode';
import { ENTITY_TYPES, type DocumentAnnotations, type EntityType, type Mention, type Quote } from '../core/model';
import { entityById, hitAt, itemsInOrder, mentionsOf, quotePreview } from '../core/query';
import type { StoreOp } from '../core/store/operations';
import type { AnalysisService, DecisionLayer } from './analysisService';
import { Commands } from './constants';

/** The decisions layer as the commands use it: overlays decisions and records new ones. */
export interface DecisionStore extends DecisionLayer {
  mutate(uri: vscode.Uri, text: string, op: StoreOp): Promise<void>;
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

const TYPE_ITEMS: Array<vscode.QuickPickItem & { type: EntityType }> = [
  { label: '$(person) Person', description: 'PERSON', type: 'PERSON' },
  { label: '$(organization) Organisation', description: 'ORG', type: 'ORG' },
  { label: '$(globe) Place', description: 'PLACE', type: 'PLACE' },
  { label: '$(flag) Nationality or group', description: 'NORP', type: 'NORP' },
];

interface Resolved {
  document: vscode.TextDocument;
  annotations: DocumentAnnotations;
  mention?: Mention;
  quote?: Quote;
}

/** Registers the commands that record a person's decisions in the workspace file. */
export function registerAnnotationCommands(analysis: AnalysisService, store: DecisionStore): vscode.Disposable[] {
  /** Finds the item a command is about: the explicit target, else what is under the cursor of the active editor. */
  async function resolve(target?: Target): Promise<Resolved | undefined> {
    let document: vscode.TextDocument | undefined;
    let offset: number | undefined;
    if (target && typeof target.uri === 'string') {
      document = await vscode.workspace.openTextDocument(vscode.Uri.parse(target.uri));
    } else {
      const editor = vscode.window.activeTextEditor;
      document = editor?.document;
      if (editor) offset = editor.document.offsetAt(editor.selection.active);
    }
    if (!document) return undefined;
    const annotations = await analysis.analyzeNow(document);
    if (!annotations) return undefined;
    if (target && typeof target.uri === 'string') {
      const same = (s: { start: number; end: number }): boolean => s.start === target.start && s.end === target.end;
      return target.kind === 'quote'
        ? { document, annotations, quote: annotations.quotes.find(same) }
        : { document, annotations, mention: annotations.mentions.find(same) };
    }
    const hit = hitAt(annotations, offset ?? 0);
    return { document, annotations, mention: hit.mention, quote: hit.mention ? undefined : hit.quote ?? hit.speakerOf ?? hit.cueOf };
  }

  async function run(document: vscode.TextDocument, op: StoreOp): Promise<boolean> {
    try {
      await store.mutate(document.uri, document.getText(), op);
      await analysis.analyzeNow(document);
      return true;
    } catch (e) {
      void vscode.window.showErrorMessage(`News Annotator: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
  }

  const nothing = (): void => { void vscode.window.showInformationMessage('News Annotator: put the cursor on a highlighted name or quote first.'); };

  async function decide(target: Target | undefined, verdict: 'accept' | 'reject'): Promise<void> {
    const r = await resolve(target);
    if (!r || (!r.mention && !r.quote)) return nothing();
    if (r.mention) {
      const m = r.mention;
      await run(r.document, { kind: verdict === 'accept' ? 'acceptMention' : 'rejectMention', mention: { start: m.start, end: m.end, type: m.type, entityId: m.entityId } });
    } else if (r.quote) {
      await run(r.document, { kind: verdict === 'accept' ? 'acceptQuote' : 'rejectQuote', quote: { start: r.quote.start, end: r.quote.end } });
    }
  }

  async function annotateSelection(type?: EntityType): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.selection.isEmpty) {
      void vscode.window.showInformationMessage('News Annotator: select the name to annotate first.');
      return;
    }
    const chosen = type ?? (await vscode.window.showQuickPick(TYPE_ITEMS, { title: 'Annotate selection as' }))?.type;
    if (!chosen) return;
    const doc = editor.document;
    const start = doc.offsetAt(editor.selection.start);
    const end = doc.offsetAt(editor.selection.end);
    // Trim surrounding blanks so the span holds the name only.
    const raw = doc.getText().slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    if (start + lead >= end - trail) return;
    await run(doc, { kind: 'addMention', mention: { start: start + lead, end: end - trail, type: chosen } });
  }

  async function pickEntity(a: DocumentAnnotations, exceptId: string | undefined, title: string): Promise<string | undefined> {
    const items = a.entities
      .filter((e) => e.id !== exceptId)
      .sort((x, y) => y.mentionCount - x.mentionCount || x.name.localeCompare(y.name))
      .map((e) => ({ label: e.name, description: `${e.type} · ${e.mentionCount} mention${e.mentionCount === 1 ? '' : 's'}`, detail: e.aliases.length ? `also ${e.aliases.join(', ')}` : undefined, id: e.id }));
    return (await vscode.window.showQuickPick(items, { title, matchOnDescription: true, matchOnDetail: true }))?.id;
  }

  async function entityTarget(target?: Target): Promise<{ r: Resolved; entityId: string } | undefined> {
    const r = await resolve(target);
    const entityId = target?.entityId ?? r?.mention?.entityId ?? r?.quote?.speaker?.entityId;
    if (!r || !entityId) { nothing(); return undefined; }
    return { r, entityId };
  }

  async function step(direction: 1 | -1): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const a = await analysis.analyzeNow(editor.document);
    if (!a) return;
    const items = itemsInOrder(a).filter((x) => x.status === 'suggested');
    if (items.length === 0) {
      void vscode.window.showInformationMessage('News Annotator: no suggestions left to review in this article.');
      return;
    }
    const here = editor.document.offsetAt(editor.selection.active);
    const next = direction === 1 ? items.find((x) => x.start > here) ?? items[0] : [...items].reverse().find((x) => x.start < here) ?? items[items.length - 1];
    const range = new vscode.Range(editor.document.positionAt(next.start), editor.document.positionAt(next.end));
    editor.selection = new vscode.Selection(range.start, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  const reg = vscode.commands.registerCommand;
  return [
    reg(Commands.accept, (t?: Target) => decide(t, 'accept')),
    reg(Commands.reject, (t?: Target) => decide(t, 'reject')),
    reg(Commands.annotateSelection, () => annotateSelection()),
    reg(Commands.annotateAsPerson, () => annotateSelection('PERSON')),
    reg(Commands.annotateAsOrg, () => annotateSelection('ORG')),
    reg(Commands.annotateAsPlace, () => annotateSelection('PLACE')),
    reg(Commands.annotateAsNorp, () => annotateSelection('NORP')),
    reg(Commands.markQuote, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.selection.isEmpty) {
        void vscode.window.showInformationMessage('News Annotator: select the quote, with its quote marks, first.');
        return;
      }
      const doc = editor.document;
      await run(doc, { kind: 'addQuote', quote: { start: doc.offsetAt(editor.selection.start), end: doc.offsetAt(editor.selection.end) }, speaker: null, cue: null });
    }),
    reg(Commands.acceptAllInDocument, async (t?: Target) => {
      const r = await resolve(t);
      if (!r) return;
      let n = 0;
      // One decision per item keeps the file's diff readable: each accepted span is its own object.
      for (const m of r.annotations.mentions.filter((x) => x.status === 'suggested')) {
        if (await run(r.document, { kind: 'acceptMention', mention: { start: m.start, end: m.end, type: m.type, entityId: m.entityId } })) n++;
      }
      for (const q of r.annotations.quotes.filter((x) => x.status === 'suggested')) {
        if (await run(r.document, { kind: 'acceptQuote', quote: { start: q.start, end: q.end } })) n++;
      }
      void vscode.window.showInformationMessage(`News Annotator: accepted ${n} suggestion${n === 1 ? '' : 's'}.`);
    }),
    reg(Commands.changeType, async (t?: Target, type?: EntityType) => {
      const r = await resolve(t);
      // On a mention: that mention. On an entity (explorer): every mention of it in the article.
      const mentions = r?.mention ? [r.mention] : r && t?.entityId ? mentionsOf(r.annotations, t.entityId) : [];
      if (!r || mentions.length === 0) return nothing();
      const current = mentions[0];
      const chosen = type && ENTITY_TYPES.includes(type) ? type
        : (await vscode.window.showQuickPick(TYPE_ITEMS.filter((i) => i.type !== current.type), { title: `Change type of “${current.text}”` }))?.type;
      if (!chosen) return;
      for (const m of mentions) {
        await run(r.document, { kind: 'retypeMention', mention: { start: m.start, end: m.end, type: m.type, entityId: m.entityId }, type: chosen });
      }
    }),
    reg(Commands.mergeEntity, async (t?: Target, targetId?: string) => {
      const et = await entityTarget(t);
      if (!et) return;
      const into = targetId ?? (await pickEntity(et.r.annotations, et.entityId, `Merge “${entityById(et.r.annotations, et.entityId)?.name ?? et.entityId}” into…`));
      if (!into) return;
      await run(et.r.document, { kind: 'mergeEntities', sourceId: et.entityId, targetId: into });
    }),
    reg(Commands.renameEntity, async (t?: Target, name?: string) => {
      const et = await entityTarget(t);
      if (!et) return;
      const current = entityById(et.r.annotations, et.entityId)?.name ?? '';
      const next = name ?? (await vscode.window.showInputBox({ title: 'Rename entity', value: current, prompt: 'The canonical name shown in hovers, the explorer and exports' }));
      if (!next || next === current) return;
      await run(et.r.document, { kind: 'renameEntity', entityId: et.entityId, name: next });
    }),
    reg(Commands.addNote, async (t?: Target, note?: string) => {
      const et = await entityTarget(t);
      if (!et) return;
      const e = entityById(et.r.annotations, et.entityId);
      const text = note ?? (await vscode.window.showInputBox({ title: `Note on ${e?.name ?? et.entityId}`, value: e?.note ?? '', prompt: 'Kept in the workspace file; leave empty to remove the note' }));
      if (text === undefined) return;
      await run(et.r.document, { kind: 'setEntityNote', entityId: et.entityId, note: text });
    }),
    reg(Commands.setSpeaker, async (t?: Target, entityId?: string) => {
      const r = await resolve(t ? { ...t, kind: 'quote' } : undefined);
      const q = r?.quote;
      if (!r || !q) return nothing();
      const chosen = entityId ?? (await pickEntity(r.annotations, undefined, `Who said “${quotePreview(q.text, 6)}”?`));
      if (!chosen) return;
      // The speaker span is the entity's mention nearest before the quote (else the first one).
      const mentions = mentionsOf(r.annotations, chosen);
      const before = mentions.filter((m) => m.end <= q.start);
      const m = before[before.length - 1] ?? mentions[0];
      if (!m) return;
      await run(r.document, { kind: 'setQuoteSpeaker', quote: { start: q.start, end: q.end }, speaker: { start: m.start, end: m.end, entityId: chosen } });
    }),
    reg(Commands.nextSuggestion, () => step(1)),
    reg(Commands.previousSuggestion, () => step(-1)),
  ];
}
