import * as vscode from 'vscode';
import { BUILTIN_TYPES, isBuiltinType } from '../core/entityTypes';
import type { DocumentAnnotations, EntityType, Span, Status } from '../core/model';
import { DEFAULT_SCHEME, typeInfo, type Scheme } from '../core/scheme';
import type { AnalysisService } from './analysisService';
import type { Config } from './config';

/** What a highlight marks: an entity type, or a part of an attributed quote. */
export type HighlightKind = EntityType | 'quote' | 'speaker' | 'cue';

const QUOTE_KINDS = ['quote', 'speaker', 'cue'] as const;

/** The kinds painted with contributed theme colours: the built-in types and the parts of quotes. */
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = [...BUILTIN_TYPES.map((t) => t.id), ...QUOTE_KINDS];

/** Where each document's annotation scheme comes from (its workspace file). */
export interface SchemeSource {
  schemeFor(uri?: vscode.Uri): Scheme;
}

type Look = 'suggested' | 'accepted' | 'rejected';

/**
 * The colours of a kind: contributed theme colours for the built-in types and quotes (so themes can override
 * them), the scheme's own colour for its types (a file cannot contribute theme colours), a light wash of it behind.
 */
function coloursOf(kind: HighlightKind, scheme: Scheme): { border: string | vscode.ThemeColor; background: string | vscode.ThemeColor; id: string } {
  const info = isBuiltinType(kind) || (QUOTE_KINDS as readonly string[]).includes(kind) ? undefined : typeInfo(scheme, kind);
  if (!info) {
    const stem = typeInfo(DEFAULT_SCHEME, kind).builtin ? typeInfo(DEFAULT_SCHEME, kind).colour : kind;
    return { border: new vscode.ThemeColor(`newsAnnotator.${stem}Border`), background: new vscode.ThemeColor(`newsAnnotator.${stem}Background`), id: `newsAnnotator.${stem}Border` };
  }
  return { border: info.colour, background: `${info.colour}40`, id: info.colour };
}

/**
 * Builds a decoration type. Suggestions get a dotted underline, accepted and added items a solid one with a
 * background: the state shows through the line style as well as colour, which serves high-contrast themes and
 * colour-blind users. Entities sit in the right overview-ruler lane, quotes in the left.
 */
function makeType(kind: HighlightKind, look: Look, scheme: Scheme): vscode.TextEditorDecorationType {
  const colours = coloursOf(kind, scheme);
  const border = colours.border;
  // Rejected items (shown on request) are struck through in the type's colour, faded, and stay off the rulers.
  if (look === 'rejected') {
    return vscode.window.createTextEditorDecorationType({ textDecoration: 'line-through', opacity: '0.6', color: border, rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed });
  }
  const isQuote = kind === 'quote';
  return vscode.window.createTextEditorDecorationType({
    backgroundColor: look === 'accepted' || kind !== 'quote' ? colours.background : undefined,
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
  // The setting `newsAnnotator.types` picks among the built-in types; a scheme's own types are always shown.
  for (const m of a.mentions) if (!isBuiltinType(m.type) || config.types.includes(m.type)) add(m.type, m.status, m);
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
  /** Decoration types of scheme types, by `KIND/look/colour`: made when first painted, kept while the colour is. */
  private readonly own = new Map<string, vscode.TextEditorDecorationType>();
  /** What was painted last, per document, for the test command and for navigation. */
  private readonly painted = new Map<string, { version: number; ranges: Map<string, Span[]> }>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly analysis: AnalysisService, private config: Config, private readonly schemes?: SchemeSource) {
    for (const kind of HIGHLIGHT_KINDS) {
      for (const look of ['suggested', 'accepted', 'rejected'] as const) this.types.set(`${kind}/${look}`, makeType(kind, look, DEFAULT_SCHEME));
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
  paintedRanges(document: vscode.TextDocument): { version: number; ranges: Record<string, Array<{ start: number; end: number }>>; colours: Record<string, string> } | undefined {
    const p = this.painted.get(document.uri.toString());
    if (!p) return undefined;
    const ranges: Record<string, Array<{ start: number; end: number }>> = {};
    const colours: Record<string, string> = {};
    const scheme = this.schemes?.schemeFor(document.uri) ?? DEFAULT_SCHEME;
    for (const [key, spans] of p.ranges) {
      const kind = key.endsWith('/rejected') ? 'rejected' : key.split('/')[0];
      (ranges[kind] ??= []).push(...spans.map((s) => ({ start: s.start, end: s.end })));
      if (kind !== 'rejected') colours[kind] = coloursOf(kind, scheme).id;
    }
    for (const list of Object.values(ranges)) list.sort((a, b) => a.start - b.start);
    return { version: p.version, ranges, colours };
  }

  /** The decoration type of a painted key: a built-in one, or one made for a scheme type in its colour. */
  private typeFor(key: string, scheme: Scheme): vscode.TextEditorDecorationType | undefined {
    const fixed = this.types.get(key);
    if (fixed) return fixed;
    const [kind, look] = key.split('/') as [string, Look];
    const colour = typeInfo(scheme, kind).colour;
    const ownKey = `${key}/${colour}`;
    let type = this.own.get(ownKey);
    if (!type) this.own.set(ownKey, (type = makeType(kind, look, scheme)));
    return type;
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
    const scheme = this.schemes?.schemeFor(doc.uri) ?? DEFAULT_SCHEME;
    const toRanges = (list: readonly Span[] | undefined): vscode.Range[] => (list ?? []).map((s) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end)));
    const used = new Set<vscode.TextEditorDecorationType>();
    for (const [key, list] of spans) {
      const type = this.typeFor(key, scheme);
      if (!type) continue;
      used.add(type);
      editor.setDecorations(type, toRanges(list));
    }
    // Every other type is cleared, so a type retyped away or a colour changed leaves no stale paint.
    for (const type of [...this.types.values(), ...this.own.values()]) if (!used.has(type)) editor.setDecorations(type, []);
    this.painted.set(doc.uri.toString(), { version: doc.version, ranges: spans });
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
    this.types.forEach((t) => t.dispose());
    this.own.forEach((t) => t.dispose());
  }
}
