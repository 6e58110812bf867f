import * as vscode from 'vscode';
import type { DocumentAnnotations, EntityType } from '../core/model';
import { documentOutline, firstMention, type OutlineNode } from '../core/outlineSymbols';
import { hitAt, mentionsOf } from '../core/query';
import type { AnalysisService } from './analysisService';
import type { SchemeSource } from './decorations';

/** The articles that mention an entity, closed ones included (the workspace index). */
export interface WorkspaceReferences {
  articlesWith(entityId: string): Array<{ key: string; annotations: DocumentAnnotations }>;
}

/** How long to wait for the service's debounced analysis before asking for one. */
const UPDATE_WAIT_MS = 2000;

const ENTITY_KINDS: Record<EntityType, vscode.SymbolKind> = {
  PERSON: vscode.SymbolKind.Class,
  ORG: vscode.SymbolKind.Module,
  PLACE: vscode.SymbolKind.Struct,
  NORP: vscode.SymbolKind.Enum,
};

function symbolKind(node: OutlineNode): vscode.SymbolKind {
  switch (node.kind) {
    case 'type': return vscode.SymbolKind.Namespace;
    case 'entity': return (node.type && ENTITY_KINDS[node.type]) || vscode.SymbolKind.Object;
    case 'mention': return vscode.SymbolKind.Variable;
    case 'quotes': return vscode.SymbolKind.Package;
    case 'quote': return vscode.SymbolKind.String;
  }
}

function toSymbol(document: vscode.TextDocument, node: OutlineNode): vscode.DocumentSymbol {
  const at = (start: number, end: number): vscode.Range => new vscode.Range(document.positionAt(start), document.positionAt(end));
  const symbol = new vscode.DocumentSymbol(node.name, node.detail, symbolKind(node), at(node.start, node.end), at(node.selectStart, node.selectEnd));
  symbol.children = node.children.map((c) => toSymbol(document, c));
  return symbol;
}

/** The entity under the cursor: a mention's, or a quote speaker's when the speaker names an entity. */
function entityAt(a: DocumentAnnotations, offset: number): string | undefined {
  const hit = hitAt(a, offset);
  return hit.mention?.entityId ?? hit.speakerOf?.speaker?.entityId;
}

/**
 * Outline and breadcrumbs (entities by type with their mentions, and the quotes), go to definition (the entity's
 * first mention in the article) and find all references (every mention of the entity in every article) on a
 * mention; closed articles come from the workspace index. Entity ids are `type:slug` of the name, so they match
 * across articles.
 */
export class SymbolProviders implements vscode.DocumentSymbolProvider, vscode.DefinitionProvider, vscode.ReferenceProvider, vscode.Disposable {
  private readonly registrations: vscode.Disposable[];
  private symbolRegistration: vscode.Disposable;
  private readonly versions = new Map<string, number>();
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly analysis: AnalysisService, private readonly selector: vscode.DocumentSelector, private readonly workspace: WorkspaceReferences, private readonly schemes?: SchemeSource) {
    this.symbolRegistration = vscode.languages.registerDocumentSymbolProvider(selector, this, { label: 'News Annotator' });
    this.registrations = [
      vscode.languages.registerDefinitionProvider(selector, this),
      vscode.languages.registerReferenceProvider(selector, this),
      analysis.onDidUpdate((d) => this.noticeUpdate(d)),
    ];
  }

  /**
   * VS Code caches an outline per document version, and a decision (reject, retype) changes the annotations without
   * changing the text. Registering the provider anew is the one signal that makes the outline ask again.
   */
  private noticeUpdate(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const decisionsOnly = this.versions.get(key) === document.version;
    this.versions.set(key, document.version);
    if (!decisionsOnly) return;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.symbolRegistration.dispose();
      this.symbolRegistration = vscode.languages.registerDocumentSymbolProvider(this.selector, this, { label: 'News Annotator' });
    }, 100);
  }

  /**
   * The current annotations. VS Code asks for symbols while the user types; rather than analyse on its request
   * (which would undo the service's debounce), wait for the service's own update, and analyse only if none comes.
   */
  private async annotations(document: vscode.TextDocument): Promise<DocumentAnnotations | undefined> {
    if (!this.analysis.isArticle(document)) return undefined;
    const current = this.analysis.get(document);
    if (current) return current;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        listener.dispose();
        resolve();
      };
      const timer = setTimeout(done, UPDATE_WAIT_MS);
      const listener = this.analysis.onDidUpdate((d) => {
        if (d === document && this.analysis.get(document)) done();
      });
    });
    if (document.isClosed) return undefined;
    return this.analysis.get(document) ?? this.analysis.analyzeNow(document);
  }

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const a = await this.annotations(document);
    return a ? documentOutline(a, this.schemes?.schemeFor(document.uri)).map((n) => toSymbol(document, n)) : [];
  }

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[]> {
    const a = await this.annotations(document);
    const id = a && entityAt(a, document.offsetAt(position));
    const first = a && id !== undefined ? firstMention(a, id) : undefined;
    if (!first) return [];
    return [new vscode.Location(document.uri, new vscode.Range(document.positionAt(first.start), document.positionAt(first.end)))];
  }

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): Promise<vscode.Location[]> {
    const a = await this.annotations(document);
    const id = a && entityAt(a, document.offsetAt(position));
    if (!a || id === undefined) return [];
    const declaration = firstMention(a, id);
    const here = document.uri.toString();
    const out: vscode.Location[] = [];
    // This article first, so the list opens where the user is; then the other articles that name it, by name.
    const others = this.workspace.articlesWith(id).filter(({ key }) => key !== here).map(({ key, annotations }) => [key, annotations] as const);
    for (const [key, annotations] of [[here, a] as const, ...others]) {
      const mentions = mentionsOf(annotations, id);
      if (mentions.length === 0) continue;
      const doc = key === here ? document : await openDocument(key);
      if (!doc) continue;
      for (const m of mentions) {
        if (!context.includeDeclaration && m === declaration) continue;
        out.push(new vscode.Location(doc.uri, new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end))));
      }
    }
    return out;
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    this.symbolRegistration.dispose();
    this.registrations.forEach((r) => r.dispose());
  }
}

/** The document of an article: the open one, or the file read (closed articles come from the workspace index). */
async function openDocument(key: string): Promise<vscode.TextDocument | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  if (open) return open;
  try {
    return await vscode.workspace.openTextDocument(vscode.Uri.parse(key));
  } catch {
    return undefined;
  }
}
