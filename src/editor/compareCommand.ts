import * as vscode from 'vscode';
import { codedDocument, compareAnnotators, NONE, type CodedDocument, type Disagreement } from '../core/agree/compare';
import { takeSide } from '../core/agree/resolve';
import { sha256Hex } from '../core/digest';
import { fromJson } from '../core/export/json';
import type { DocumentAnnotations, EntityType } from '../core/model';
import { TYPE_ID } from '../core/scheme';
import { applyDecisions } from '../core/store/overlay';
import { parseStore } from '../core/store/parse';
import type { StoreOp } from '../core/store/operations';
import type { Store } from '../core/store/types';
import { documentPath, type AnalysisService } from './analysisService';
import { Commands, DIAGNOSTIC_SOURCE } from './constants';
import type { WorkspaceStore } from './store/workspaceStore';

/** Diagnostic code of a place where the other annotation file differs. */
export const DISAGREEMENT_CODE = 'annotators-differ';

/** The other annotator's file: decisions (a workspace file) or a JSON export. */
type Other = { name: string; store: Store } | { name: string; exports: Map<string, DocumentAnnotations> };

/** A disagreement shown in a document, with both sides' annotations of it, for its quick fixes. */
interface Shown {
  disagreement: Disagreement;
  mine: CodedDocument;
  theirs: CodedDocument;
}

/** Arguments of the quick fixes' commands. */
interface FixArgs {
  uri: string;
  key: string;
}

const keyOf = (d: Disagreement): string => `${d.kind}:${d.start}:${d.end}`;

function describe(d: Disagreement, other: string): string {
  const show = (v: string | undefined): string => (v === undefined ? '(not coded)' : v === NONE ? 'nothing' : v.length > 60 ? `${v.slice(0, 59)}…` : v);
  return `Annotators differ on this ${d.kind}: you have ${show(d.values[0])}, ${other} has ${show(d.values[1])}.`;
}

/**
 * `Compare with Another Annotation File…`: reads a colleague's workspace file or JSON export and shows, in each
 * open article, where their decisions differ from yours, as diagnostics with quick fixes to take their side or
 * keep yours. The comparison follows edits and new decisions until `Stop Comparing`.
 */
export class CompareView implements vscode.Disposable, vscode.CodeActionProvider {
  private readonly collection = vscode.languages.createDiagnosticCollection('newsAnnotator.compare');
  private readonly disposables: vscode.Disposable[] = [];
  private other: Other | undefined;
  /** Per document: what is shown, by key. */
  private readonly shown = new Map<string, Map<string, Shown>>();
  /** Places where the user kept their side, per document, until the comparison is started again. */
  private readonly kept = new Map<string, Set<string>>();

  constructor(private readonly analysis: AnalysisService, private readonly store: WorkspaceStore, selector: vscode.DocumentSelector) {
    this.disposables.push(
      this.collection,
      analysis.onDidUpdate((doc) => this.refresh(doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => { this.collection.delete(doc.uri); this.shown.delete(doc.uri.toString()); }),
      vscode.languages.registerCodeActionsProvider(selector, this, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
      vscode.commands.registerCommand(Commands.compareWith, (file?: string) => this.start(file)),
      vscode.commands.registerCommand(Commands.compareStop, () => this.stop()),
      vscode.commands.registerCommand(Commands.compareTakeTheirs, (args: FixArgs) => this.takeTheirs(args)),
      vscode.commands.registerCommand(Commands.compareKeepMine, (args: FixArgs) => this.keepMine(args)),
    );
  }

  /** Reads the other file (asking for it without `file`) and compares every open article; resolves to how many places differ. */
  async start(file?: string): Promise<number | undefined> {
    const uri = file ? vscode.Uri.parse(file) : (await vscode.window.showOpenDialog({
      canSelectMany: false,
      filters: { 'Annotation files': ['json'] },
      openLabel: 'Compare',
      title: 'Compare with another annotation file (news-annotations.json or a JSON export)',
    }))?.[0];
    if (!uri) return undefined;
    const other = await readOther(uri);
    if (typeof other === 'string') {
      void vscode.window.showErrorMessage(`News Annotator cannot compare: ${other}`);
      return undefined;
    }
    this.other = other;
    this.kept.clear();
    let count = 0;
    for (const doc of vscode.workspace.textDocuments) {
      if (!this.analysis.isArticle(doc)) continue;
      await this.analysis.analyzeNow(doc);
      count += this.refresh(doc);
    }
    void vscode.window.showInformationMessage(`News Annotator: ${count} place${count === 1 ? '' : 's'} where ${other.name} differs in the open articles.`);
    return count;
  }

  private stop(): void {
    this.other = undefined;
    this.collection.clear();
    this.shown.clear();
    this.kept.clear();
  }

  /** The other annotator's decisions about a document, or undefined when they did not code it. */
  private theirs(document: vscode.TextDocument, text: string): CodedDocument | undefined {
    const other = this.other;
    if (!other) return undefined;
    const path = documentPath(document.uri);
    if ('exports' in other) {
      const doc = other.exports.get(path);
      // An export of another text of this article cannot be compared offset by offset.
      return doc && doc.document.sha256 === sha256Hex(text) ? codedDocument(doc, text) : undefined;
    }
    const decisions = other.store.documents.get(path);
    const raw = this.analysis.analyzerOutput(document);
    if (!decisions || !raw) return undefined;
    return codedDocument(applyDecisions(raw, decisions, text, other.store.registry), text);
  }

  /** Shows the differences in one document; returns how many. */
  private refresh(document: vscode.TextDocument): number {
    const key = document.uri.toString();
    const mineView = this.analysis.get(document);
    if (!this.other || !mineView) {
      if (!this.other) this.collection.delete(document.uri);
      return 0;
    }
    const text = document.getText();
    const theirs = this.theirs(document, text);
    const mine = codedDocument(mineView, text);
    const path = documentPath(document.uri);
    const report = theirs && compareAnnotators([
      { name: 'you', documents: new Map([[path, mine]]) },
      { name: this.other.name, documents: new Map([[path, theirs]]) },
    ]);
    if (!theirs || !report || typeof report === 'string') {
      this.collection.delete(document.uri);
      this.shown.delete(key);
      return 0;
    }
    const kept = this.kept.get(key) ?? new Set<string>();
    const shown = new Map<string, Shown>();
    const diagnostics: vscode.Diagnostic[] = [];
    for (const d of report.disagreements) {
      if (kept.has(keyOf(d))) continue;
      shown.set(keyOf(d), { disagreement: d, mine, theirs });
      const diagnostic = new vscode.Diagnostic(new vscode.Range(document.positionAt(d.start), document.positionAt(d.end)), describe(d, this.other.name), vscode.DiagnosticSeverity.Information);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = DISAGREEMENT_CODE;
      diagnostics.push(diagnostic);
    }
    this.shown.set(key, shown);
    this.collection.set(document.uri, diagnostics);
    return diagnostics.length;
  }

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const shown = this.shown.get(document.uri.toString());
    if (!shown || !this.other) return [];
    const out: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.code !== DISAGREEMENT_CODE || diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const range = diagnostic.range;
      const entry = [...shown.entries()].find(([, s]) => document.positionAt(s.disagreement.start).isEqual(range.start) && document.positionAt(s.disagreement.end).isEqual(range.end) && describe(s.disagreement, this.other?.name ?? '') === diagnostic.message);
      if (!entry) continue;
      const [key, { disagreement: d }] = entry;
      const args: FixArgs = { uri: document.uri.toString(), key };
      const take = new vscode.CodeAction(`Take ${this.other.name}’s side: ${d.values[1] === NONE ? `no ${d.kind}` : d.values[1] ?? ''}`, vscode.CodeActionKind.QuickFix);
      take.command = { title: take.title, command: Commands.compareTakeTheirs, arguments: [args] };
      take.diagnostics = [diagnostic];
      const keep = new vscode.CodeAction(`Keep yours: ${d.values[0] === NONE ? `no ${d.kind}` : d.values[0] ?? ''}`, vscode.CodeActionKind.QuickFix);
      keep.command = { title: keep.title, command: Commands.compareKeepMine, arguments: [args] };
      keep.diagnostics = [diagnostic];
      out.push(take, keep);
    }
    return out;
  }

  /** Records the other annotator's side of one place as your decision. */
  private async takeTheirs(args: FixArgs): Promise<boolean> {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri);
    const shown = this.shown.get(args.uri)?.get(args.key);
    const view = document && this.analysis.get(document);
    if (!document || !shown || !view) return false;
    const resolution = takeSide(shown.disagreement, shown.mine, shown.theirs);
    if (!resolution) return false;
    const ops: StoreOp[] = [];
    if (resolution.kind === 'mention') {
      const { span, type } = resolution;
      const current = view.mentions.find((m) => m.start === span.start && m.end === span.end);
      if (type === null) {
        if (current) ops.push({ kind: 'rejectMention', mention: { ...span, type: current.type, entityId: current.entityId } });
      } else {
        // Their type must be one of this workspace's scheme; recording it refuses any other, with a message.
        if (!TYPE_ID.test(type)) return false;
        const t = type as EntityType;
        if (!current) ops.push({ kind: 'addMention', mention: { ...span, type: t } });
        else if (current.type !== t) ops.push({ kind: 'retypeMention', mention: { ...span, type: current.type, entityId: current.entityId }, type: t });
        else ops.push({ kind: 'acceptMention', mention: { ...span, type: t, entityId: current.entityId } });
      }
    } else if (resolution.kind === 'quote') {
      const add = resolution.add;
      for (const q of resolution.remove) if (!add || q.start !== add.start || q.end !== add.end) ops.push({ kind: 'rejectQuote', quote: { start: q.start, end: q.end } });
      if (add) ops.push({ kind: 'addQuote', quote: { start: add.start, end: add.end }, speaker: add.speaker, cue: add.cue });
    } else if (resolution.kind === 'speaker') {
      ops.push({ kind: 'setQuoteSpeaker', quote: { start: resolution.quote.start, end: resolution.quote.end }, speaker: resolution.speaker });
    } else {
      ops.push({ kind: 'addQuote', quote: { start: resolution.quote.start, end: resolution.quote.end }, speaker: resolution.speaker, cue: resolution.cue });
    }
    try {
      for (const op of ops) await this.store.mutate(document.uri, document.getText(), op);
    } catch (e) {
      void vscode.window.showErrorMessage(`News Annotator: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
    return true;
  }

  /** Hides one place: you keep your side. */
  private keepMine(args: FixArgs): void {
    const kept = this.kept.get(args.uri) ?? new Set<string>();
    kept.add(args.key);
    this.kept.set(args.uri, kept);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri);
    if (document) this.refresh(document);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

/** Reads the other annotation file, or says in one line why it cannot be used. */
async function readOther(uri: vscode.Uri): Promise<Other | string> {
  const name = vscode.workspace.asRelativePath(uri);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    return `${name}: ${e instanceof TypeError ? 'not UTF-8 text' : 'cannot read the file'}`;
  }
  if (/"schema"\s*:\s*"news-annotator\/store@/.test(text.slice(0, 2000))) {
    const parsed = parseStore(text);
    if (!parsed.ok) return `${name}:${parsed.problem.line}:${parsed.problem.column}: ${parsed.problem.reason}`;
    return { name, store: parsed.store };
  }
  try {
    return { name, exports: new Map(fromJson(text, name).map((d) => [d.document.path, d])) };
  } catch (e) {
    return e instanceof Error ? e.message.split('\n')[0] ?? name : String(e);
  }
}
