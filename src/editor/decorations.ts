import * as vscode from 'vscode';
import type { DocumentAnnotations, EntityType, Span, Status } from '../core/model';
import type { AnalysisService } from './analysisService';
import type { Config } from './config';

/** What a highlight marks: an entity type, or a part of an attributed quote. */
export type HighlightKind = EntityType | 'quote' | 'speaker' | 'cue';

export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['PERSON', 'ORG', 'PLACE', 'NORP', 'quote', 'speaker', 'cue'];

const COLOUR_PREFIX: Record<HighlightKind, string> = {
  PERSON: 'person', ORG: 'org', PLACE: 'place', NORP: 'norp', quote: 'quote', speaker: 'speaker', cue: 'cue',
};

type Look = 'suggested' | 'accepted' | 'rejected';

/**
 * Builds a decoration type. Suggestions get a dotted underline, accepted and added items a solid one with a
 * background: the state shows through the line style as well as colour, which serves high-contrast themes and
 * colour-blind users. Entities sit in the right overview-ruler lane, quotes in the left.
 */
function makeType(kind: HighlightKind, look: Look): vscode.TextEditorDecorationType {
  const p = COLOUR_PREFIX[kind];
  const border = new vscode.ThemeColor(`newsAnnotator.${p}Border`);
  // Rejected items (shown on request) are struck through in the type's colour, faded, and stay off the rulers.
  if (look === 'rejected') {
    return vscode.window.createTextEditorDecorationType({ textDecoration: 'line-through', opacity: '0.6', color: border, rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed });
  }
  const isQuote = kind === 'quote';
  return vscode.window.createTextEditorDecorationType({
    backgroundColor: look === 'accepted' || kind !== 'quote' ? new vscode.ThemeColor(`newsAnnotator.${p}Background`) : undefined,
    borderColor: border,
    borderStyle: look === 'accepted' ? 'none none solid none' : 'none none dotted none',
    borderWidth: isQuote ? '0 0 1px 0' : '0 0 2px 0',
    fontWeight: kind === 'cue' ? 'bold' : undefined,
    overviewRulerColor: border,
    overviewRulerLane: isQuote || kind === 'speaker' || kind === 'cue' ? vscode.OverviewRulerLane.Left : vscode.OverviewRulerLane.Right,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
}

/** The spans to paint per kind and look, for one document. Pure apart from the types; exported for tests. */
export function spansByKind(a: DocumentAnnotations, config: Config): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  const add = (kind: HighlightKind, status: Status, span: Span): void => {
    if ((status === 'rejected' && !config.showRejected) || (status === 'suggested' && !config.showSuggestions)) return;
    const key = `${kind}/${status}`;
    let list = out.get(key);
    if (!list) out.set(key, (list = []));
    list.push(span);
  };
  for (const m of a.mentions) if (config.types.includes(m.type)) add(m.type, m.status, m);
  if (config.showQuotes) {
    for (const q of a.quotes) {
      add('quote', q.status, q);
      if (q.speaker) add('speaker', q.status, q.speaker);
      if (q.cue) add('cue', q.status, q.cue);
    }
  }
  return out;
}

/** Paints the annotations of visible editors; only visible editors, and only once their analysis is current. */
export class DecorationPainter implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  /** What was painted last, per document, for the test command and for navigation. */
  private readonly painted = new Map<string, { version: number; ranges: Map<string, Span[]> }>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly analysis: AnalysisService, private config: Config) {
    for (const kind of HIGHLIGHT_KINDS) {
      for (const look of ['suggested', 'accepted', 'rejected'] as const) this.types.set(`${kind}/${look}`, makeType(kind, look));
    }
    this.disposables.push(
      analysis.onDidUpdate((doc) => this.paintDocument(doc)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.paintAll()),
    );
    this.paintAll();
  }

  /** Applies new settings (types shown, suggestions, highlights on/off). */
  updateConfig(config: Config): void {
    this.config = config;
    this.paintAll();
  }

  /** The spans painted for a document, by kind (entity type, quote, speaker, cue; `rejected` for struck-through ones), in offsets. */
  paintedRanges(document: vscode.TextDocument): { version: number; ranges: Record<string, Array<{ start: number; end: number }>> } | undefined {
    const p = this.painted.get(document.uri.toString());
    if (!p) return undefined;
    const ranges: Record<string, Array<{ start: number; end: number }>> = {};
    for (const [key, spans] of p.ranges) {
      const kind = key.endsWith('/rejected') ? 'rejected' : key.split('/')[0];
      (ranges[kind] ??= []).push(...spans.map((s) => ({ start: s.start, end: s.end })));
    }
    for (const list of Object.values(ranges)) list.sort((a, b) => a.start - b.start);
    return { version: p.version, ranges };
  }

  private paintAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.paintEditor(editor);
  }

  private paintDocument(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document === document) this.paintEditor(editor);
    }
  }

  private paintEditor(editor: vscode.TextEditor): void {
    const doc = editor.document;
    const a = this.analysis.get(doc);
    if (!a && this.analysis.isArticle(doc)) return; // keep the old paint until the fresh analysis arrives
    const spans = a && this.config.highlights ? spansByKind(a, this.config) : new Map<string, Span[]>();
    for (const [key, type] of this.types) {
      editor.setDecorations(type, (spans.get(key) ?? []).map((s) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end))));
    }
    this.painted.set(doc.uri.toString(), { version: doc.version, ranges: spans });
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
    this.types.forEach((t) => t.dispose());
  }
}
