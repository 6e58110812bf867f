import * as vscode from 'vscode';
import { escapeMarkdown } from '../core/markdownEscape';
import { DEFAULT_SCHEME, typeInfo, type Scheme } from '../core/scheme';
import type { SchemeSource } from './decorations';
import { type DocumentAnnotations, type Entity, type EntityType, type Mention, type Quote, type Status } from '../core/model';
import { describeFilter, filterAnnotations, isEmptyFilter, NO_FILTER, type EntityFilter } from '../core/outlineFilter';
import { progressLabel, reviewProgress, type ReviewProgress } from '../core/workspaceIndex';
import { articleOutline, workspaceOutline, type EntityGroup, type TypeGroup, type WorkspaceEntity } from '../core/outlineGroups';
import { countOf, quoteLabel, typeHeading } from '../core/outlineLabels';
import type { AnalysisService } from './analysisService';
import { Commands, CONTEXT_ENTITY_FILTER, VIEW_ENTITIES } from './constants';

/** Every article in scope, closed ones included (the workspace index), with their review progress. */
export interface WorkspaceArticles {
  articles(): Array<{ key: string; annotations: DocumentAnnotations }>;
  progress(key: string): ReviewProgress | undefined;
  readonly onDidChange: vscode.Event<void>;
}

/** What a node of the entity tree stands for. */
export type NodeKind = 'type' | 'entity' | 'mention' | 'quote' | 'workspace' | 'article';

/**
 * A node of the entity tree. VS Code passes the node itself to context-menu commands, so mention and quote
 * nodes carry `uri`, `start`, `end` and `kind` (the target the accept and reject commands take, as hover links
 * pass it) and entity nodes carry `entityId` and `uri` (for workspace entities, the first article naming it).
 */
export interface ExplorerNode {
  /** Stable across refreshes, so VS Code keeps expansion and selection. */
  readonly id: string;
  readonly kind: NodeKind;
  readonly scope: 'article' | 'workspace';
  readonly label: string;
  readonly description?: string;
  readonly tooltip?: string | vscode.MarkdownString;
  readonly contextValue: string;
  readonly icon: vscode.ThemeIcon;
  readonly uri?: string;
  readonly start?: number;
  readonly end?: number;
  readonly entityId?: string;
  readonly type?: EntityType;
  readonly expanded: boolean;
  /** Set on nodes whose children are built when first asked for (the workspace part can hold thousands). */
  readonly deferred?: boolean;
  readonly parent?: ExplorerNode;
  readonly children: ExplorerNode[];
}

/** The tree as plain JSON, for tests and diagnostics. */
export interface SnapshotNode {
  kind: NodeKind;
  label: string;
  description?: string;
  contextValue: string;
  uri?: string;
  start?: number;
  end?: number;
  entityId?: string;
  children?: SnapshotNode[];
}

/**
 * The colour of a type's icons: its contributed theme colour. A tree icon takes theme colour ids only, never a
 * `#rrggbb`, so a scheme type's icon takes a colour of the theme's chart palette (its highlight keeps its own).
 */
function typeColour(scheme: Scheme, type: EntityType): vscode.ThemeColor {
  const info = typeInfo(scheme, type);
  return new vscode.ThemeColor(info.builtin ? `newsAnnotator.${info.colour}Border` : 'charts.purple');
}

const STATUSES: readonly Status[] = ['suggested', 'accepted', 'rejected'];

/** Asks for types and statuses (one pick) and a text; undefined when the user backs out. */
async function askFilter(current: EntityFilter, scheme: Scheme): Promise<EntityFilter | undefined> {
  type Item = vscode.QuickPickItem & { type?: EntityType; status?: Status };
  const items: Item[] = [
    { label: 'Types', kind: vscode.QuickPickItemKind.Separator },
    ...scheme.types.map((t): Item => ({ label: t.plural, type: t.id, picked: current.types.includes(t.id) })),
    { label: 'Status', kind: vscode.QuickPickItemKind.Separator },
    ...STATUSES.map((s): Item => ({ label: s, status: s, picked: current.statuses.includes(s) })),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: 'Filter entities',
    placeHolder: 'Types and statuses to show (none picked: all)',
  });
  if (!picked) return undefined;
  const text = await vscode.window.showInputBox({
    title: 'Filter entities',
    prompt: 'Show entities whose name contains this text (empty: any)',
    value: current.text,
  });
  if (text === undefined) return undefined;
  return {
    types: picked.flatMap((p) => (p.type ? [p.type] : [])),
    statuses: picked.flatMap((p) => (p.status ? [p.status] : [])),
    text: text.trim(),
  };
}

/** Rebuilds wait this long after the last analysis update or editor switch, so typing does not churn the tree. */
const REFRESH_DELAY_MS = 200;

const typeIcon = (scheme: Scheme, type: EntityType): vscode.ThemeIcon => new vscode.ThemeIcon(typeInfo(scheme, type).icon, typeColour(scheme, type));

/** Mutable while a tree is being built; handed out read-only. */
type Draft = { -readonly [K in keyof ExplorerNode]: ExplorerNode[K] } & { children: Draft[]; parent?: Draft };

function node(fields: Omit<Draft, 'children' | 'expanded'> & { expanded?: boolean }, children: Draft[] = []): Draft {
  const n: Draft = { expanded: false, ...fields, children };
  for (const c of children) c.parent = n;
  return n;
}

/** A node whose children are made on first access: the tree of a large workspace is built as far as it is opened. */
function deferredNode(fields: Omit<Draft, 'children' | 'expanded'>, make: () => Draft[]): Draft {
  const n = node({ ...fields, deferred: true });
  let built: Draft[] | undefined;
  Object.defineProperty(n, 'children', {
    enumerable: true,
    get: (): Draft[] => {
      if (!built) {
        built = make();
        for (const c of built) c.parent = n;
      }
      return built;
    },
  });
  return n;
}

/** The line of a document around an offset, shortened, as a plain-text tooltip. */
function contextLine(doc: vscode.TextDocument | undefined, offset: number): string | undefined {
  if (!doc) return undefined;
  const line = doc.lineAt(doc.positionAt(offset).line).text.trim();
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

const lineOf = (doc: vscode.TextDocument | undefined, offset: number): string => (doc ? `line ${doc.positionAt(offset).line + 1} · ` : '');

function mentionNode(scheme: Scheme, prefix: string, scope: ExplorerNode['scope'], uri: string, doc: vscode.TextDocument | undefined, m: Mention): Draft {
  return node({
    id: `${prefix}/m/${m.start}-${m.end}`,
    kind: 'mention',
    scope,
    label: m.text,
    description: `${lineOf(doc, m.start)}${m.status}${m.origin === 'user' ? ', added' : ''}`,
    tooltip: contextLine(doc, m.start),
    contextValue: `mention-${m.status}`,
    icon: new vscode.ThemeIcon(m.status === 'accepted' ? 'pass-filled' : 'circle-large-outline', typeColour(scheme, m.type)),
    uri, start: m.start, end: m.end, entityId: m.entityId, type: m.type,
  });
}

function quoteNode(prefix: string, scope: ExplorerNode['scope'], uri: string, doc: vscode.TextDocument | undefined, q: Quote): Draft {
  return node({
    id: `${prefix}/q/${q.start}-${q.end}`,
    kind: 'quote',
    scope,
    label: quoteLabel(q.text),
    description: `${lineOf(doc, q.start)}${q.status}${q.cue ? ` · ${q.cue.text}` : ''}`,
    // A plain string tooltip renders as text: the quote cannot inject anything.
    tooltip: `${q.speaker ? q.speaker.text : 'No speaker'}${q.cue ? ` ${q.cue.text}` : ''}: ${q.text}`,
    contextValue: `quote-${q.status}`,
    icon: new vscode.ThemeIcon('quote', new vscode.ThemeColor('newsAnnotator.quoteBorder')),
    uri, start: q.start, end: q.end, entityId: q.speaker?.entityId,
  });
}

function entityTooltip(scheme: Scheme, name: string, type: EntityType, aliases: readonly string[], entity?: Entity): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.supportHtml = false;
  md.appendMarkdown(`**${escapeMarkdown(name)}** · ${escapeMarkdown(typeInfo(scheme, type).label)}`);
  if (aliases.length > 0) md.appendMarkdown(`  \nAlso called: ${aliases.map(escapeMarkdown).join(', ')}`);
  if (entity && entity.descriptors.length > 0) md.appendMarkdown(`  \nDescribed as: ${entity.descriptors.map(escapeMarkdown).join(', ')}`);
  if (entity?.note) md.appendMarkdown(`  \nNote: ${escapeMarkdown(entity.note)}`);
  return md;
}

function countsLabel(mentions: number, quotes: number): string {
  return quotes > 0 ? `${countOf(mentions, 'mention')} · ${countOf(quotes, 'quote')}` : countOf(mentions, 'mention');
}

/** type → entity → mentions and quotes, for one article. */
function articleNodes(scheme: Scheme, uri: string, doc: vscode.TextDocument | undefined, groups: ReadonlyArray<TypeGroup<EntityGroup>>): Draft[] {
  return groups.map((g) => node({
    id: `a/${g.type}`,
    kind: 'type', scope: 'article', type: g.type,
    label: typeHeading(g.type, scheme),
    description: String(g.entities.length),
    contextValue: 'type',
    icon: typeIcon(scheme, g.type),
    expanded: true,
  }, g.entities.map(({ entity, mentions, quotes }) => {
    const prefix = `a/${g.type}/${entity.id}`;
    return node({
      id: prefix,
      kind: 'entity', scope: 'article', type: g.type,
      label: entity.name,
      description: `${countsLabel(mentions.length, quotes.length)}${entity.note ? ' · note' : ''}`,
      tooltip: entityTooltip(scheme, entity.name, g.type, entity.aliases, entity),
      contextValue: 'entity',
      icon: typeIcon(scheme, g.type),
      uri, entityId: entity.id,
    }, [
      ...mentions.map((m) => mentionNode(scheme, prefix, 'article', uri, doc, m)),
      ...quotes.map((q) => quoteNode(prefix, 'article', uri, doc, q)),
    ]);
  })));
}

/** Workspace → type → entity → article → mentions and quotes, over every analysed article. */
function workspaceNode(scheme: Scheme, docs: ReadonlyArray<{ key: string; annotations: DocumentAnnotations }>, open: (key: string) => vscode.TextDocument | undefined,
  progress: (key: string) => ReviewProgress | undefined, outline: (a: DocumentAnnotations) => Array<TypeGroup<EntityGroup>>): Draft {
  const groups = workspaceOutline(docs, outline);
  return node({
    id: 'w',
    kind: 'workspace', scope: 'workspace',
    label: 'Workspace',
    description: countOf(docs.length, 'article'),
    tooltip: 'Entities of every article, merged by name',
    contextValue: 'workspace',
    icon: new vscode.ThemeIcon('folder-library'),
  }, groups.map((g) => node({
    id: `w/${g.type}`,
    kind: 'type', scope: 'workspace', type: g.type,
    label: typeHeading(g.type, scheme),
    description: String(g.entities.length),
    contextValue: 'type',
    icon: typeIcon(scheme, g.type),
  }, g.entities.map((w: WorkspaceEntity) => deferredNode({
    id: `w/${g.type}/${w.id}`,
    kind: 'entity', scope: 'workspace', type: g.type,
    label: w.name,
    description: `${countsLabel(w.mentionCount, w.quoteCount)} in ${countOf(w.articles.length, 'article')}`,
    tooltip: entityTooltip(scheme, w.name, g.type, w.aliases),
    contextValue: 'entity',
    icon: typeIcon(scheme, g.type),
    uri: w.articles[0]?.key, entityId: w.id,
  }, () => w.articles.map((share) => {
    const prefix = `w/${g.type}/${w.id}/${share.key}`;
    const doc = open(share.key);
    const first = share.mentions[0] ?? share.quotes[0];
    const p = progress(share.key);
    return deferredNode({
      id: prefix,
      kind: 'article', scope: 'workspace',
      label: share.path || share.key,
      description: `${countsLabel(share.mentions.length, share.quotes.length)}${p ? ` · ${progressLabel(p)}` : ''}`,
      contextValue: 'article',
      icon: new vscode.ThemeIcon('file'),
      uri: share.key, start: first?.start, end: first?.end, entityId: w.id,
    }, () => [
      ...share.mentions.map((m) => mentionNode(scheme, prefix, 'workspace', share.key, doc, m)),
      ...share.quotes.map((q) => quoteNode(prefix, 'workspace', share.key, doc, q)),
    ]);
  }))))));
}

function toSnapshot(n: ExplorerNode): SnapshotNode {
  const out: SnapshotNode = { kind: n.kind, label: n.label, contextValue: n.contextValue };
  if (n.description !== undefined) out.description = n.description;
  if (n.uri !== undefined) out.uri = n.uri;
  if (n.start !== undefined) out.start = n.start;
  if (n.end !== undefined) out.end = n.end;
  if (n.entityId !== undefined) out.entityId = n.entityId;
  if (n.children.length > 0) out.children = n.children.map(toSnapshot);
  return out;
}

/**
 * The entity explorer (`newsAnnotator.entities`): type → entity → mentions and quotes for the active article,
 * and a Workspace node merging every analysed article by entity id. Rebuilt lazily, a moment after analyses
 * or the active editor change; empty (so the welcome view shows) when there is nothing analysed.
 */
export class EntityExplorer implements vscode.TreeDataProvider<ExplorerNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ExplorerNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<ExplorerNode>;
  private readonly disposables: vscode.Disposable[] = [];
  private roots: ExplorerNode[] = [];
  private dirty = true;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The article shown: the active editor's, or the last one while it stays open (focus may move to a panel). */
  private article: vscode.TextDocument | undefined;
  /** The article part of the tree, kept while the article's fresh analysis is on its way. */
  private lastArticle: { key: string; nodes: ExplorerNode[] } | undefined;

  private filter: EntityFilter = NO_FILTER;
  /** Each article's grouping under the current filter, kept while its annotations object is the same. */
  private outlines = new WeakMap<DocumentAnnotations, Array<TypeGroup<EntityGroup>>>();

  constructor(private readonly analysis: AnalysisService, private readonly workspace: WorkspaceArticles, private readonly schemes?: SchemeSource) {
    this.view = vscode.window.createTreeView(VIEW_ENTITIES, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changed,
      analysis.onDidUpdate(() => this.scheduleRefresh()),
      analysis.onDidAnalyzeClosed(() => this.scheduleRefresh()),
      workspace.onDidChange(() => this.scheduleRefresh()),
      vscode.window.onDidChangeActiveTextEditor(() => this.scheduleRefresh()),
      vscode.workspace.onDidCloseTextDocument(() => this.scheduleRefresh()),
    );
    this.rebuild();
  }

  getTreeItem(n: ExplorerNode): vscode.TreeItem {
    const state = !n.deferred && n.children.length === 0
      ? vscode.TreeItemCollapsibleState.None
      : n.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(n.label, state);
    item.id = n.id;
    item.description = n.description;
    item.tooltip = n.tooltip;
    item.contextValue = n.contextValue;
    item.iconPath = n.icon;
    if (n.uri !== undefined && n.start !== undefined && n.end !== undefined) {
      item.command = { command: Commands.reveal, title: 'Show in editor', arguments: [n.uri, n.start, n.end] };
    }
    return item;
  }

  getChildren(n?: ExplorerNode): ExplorerNode[] {
    if (n) return n.children;
    if (this.dirty) this.rebuild();
    return this.roots;
  }

  getParent(n: ExplorerNode): ExplorerNode | undefined {
    return n.parent;
  }

  /** The whole tree as plain JSON, built from the current analyses (for tests). */
  snapshot(): SnapshotNode[] {
    this.rebuild();
    return this.roots.map(toSnapshot);
  }

  /**
   * Selects an entity in the tree and shows the view: in the article part when `uri` is the article shown,
   * otherwise under Workspace. Resolves false when the entity is not in the tree.
   */
  async reveal(uri: vscode.Uri | string, entityId: string): Promise<boolean> {
    const key = uri.toString();
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (doc && this.analysis.isArticle(doc)) {
      // Show the article asked for, if it is the active one or none is shown yet.
      if (!this.article || vscode.window.activeTextEditor?.document === doc) this.article = doc;
      if (!this.analysis.get(doc)) await this.analysis.analyzeNow(doc);
    }
    this.rebuild();
    const inArticle = this.article?.uri.toString() === key;
    const target = this.find((n) => n.kind === 'entity' && n.entityId === entityId && (inArticle ? n.scope === 'article' : n.scope === 'workspace'));
    if (!target) return false;
    await this.view.reveal(target, { select: true, focus: true, expand: true });
    return true;
  }

  private find(test: (n: ExplorerNode) => boolean): ExplorerNode | undefined {
    const stack = [...this.roots];
    for (let n = stack.shift(); n; n = stack.shift()) {
      if (test(n)) return n;
      // Reveal looks for entities: no need to build the articles and mentions under a workspace entity.
      if (!n.deferred) stack.push(...n.children);
    }
    return undefined;
  }

  private scheduleRefresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // Built on VS Code's next request, so a hidden view costs nothing.
      this.dirty = true;
      this.changed.fire(undefined);
      this.updateTitle();
    }, REFRESH_DELAY_MS);
  }

  private currentArticle(): vscode.TextDocument | undefined {
    const active = vscode.window.activeTextEditor?.document;
    if (active && this.analysis.isArticle(active)) this.article = active;
    // Closed, or no longer an article (grown past the size limit, excluded by a setting): stop showing it.
    if (this.article && (this.article.isClosed || !this.analysis.isArticle(this.article))) this.article = undefined;
    return this.article;
  }

  /** An article's entity groups under the filter, memoised: the workspace part is rebuilt from thousands of them. */
  private outlineOf(a: DocumentAnnotations): Array<TypeGroup<EntityGroup>> {
    let groups = this.outlines.get(a);
    if (!groups) this.outlines.set(a, (groups = articleOutline(filterAnnotations(a, this.filter))));
    return groups;
  }

  private rebuild(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.dirty = false;
    const article = this.currentArticle();
    const all = this.workspace.articles();
    const roots: ExplorerNode[] = [];
    if (article) {
      const key = article.uri.toString();
      const a = this.analysis.get(article);
      if (a) this.lastArticle = { key, nodes: articleNodes(this.schemeOf(article.uri), key, article, articleOutline(filterAnnotations(a, this.filter))) };
      if (this.lastArticle?.key === key) roots.push(...this.lastArticle.nodes);
    }
    if (all.length > 0) {
      const open = (key: string): vscode.TextDocument | undefined => vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      roots.push(workspaceNode(this.schemeOf(), all, open, (key) => this.workspace.progress(key), (x) => this.outlineOf(x)));
    }
    this.roots = roots;
    this.updateTitle();
  }

  /** Names the article shown in the view's title, and says why a large one is not listed. */
  private updateTitle(): void {
    const active = vscode.window.activeTextEditor?.document;
    const tooLarge = active && this.analysis.skipReasonOf(active) === 'tooLarge';
    this.view.message = tooLarge ? 'The active document is larger than the limit set in newsAnnotator.maxFileSizeKB, so it is not annotated.' : undefined;
    this.view.description = this.title();
  }

  /** The view's description: the article shown, its review progress, and the filter when one is set. */
  title(): string | undefined {
    const parts: string[] = [];
    if (this.article && !this.article.isClosed) {
      parts.push(vscode.workspace.asRelativePath(this.article.uri, false));
      const a = this.analysis.get(this.article);
      if (a) parts.push(progressLabel(reviewProgress(a)));
    }
    if (!isEmptyFilter(this.filter)) parts.push(describeFilter(this.filter));
    return parts.length > 0 ? parts.join(' · ') : undefined;
  }

  /**
   * Sets the filter: from `preset` when given (the shape of `EntityFilter`, for keybindings and tests), otherwise
   * by asking for types and statuses, then a text. Escape at any step keeps the filter as it was.
   */
  async setFilter(preset?: Partial<EntityFilter>): Promise<EntityFilter | undefined> {
    let next: EntityFilter | undefined;
    if (preset) {
      next = {
        types: (preset.types ?? []).filter((t) => this.schemeOf(this.article?.uri).types.some((x) => x.id === t)),
        statuses: (preset.statuses ?? []).filter((s) => STATUSES.includes(s)),
        text: typeof preset.text === 'string' ? preset.text : '',
      };
    } else {
      next = await askFilter(this.filter, this.schemeOf(this.article?.uri));
    }
    if (!next) return undefined;
    this.filter = next;
    this.outlines = new WeakMap();
    void vscode.commands.executeCommand('setContext', CONTEXT_ENTITY_FILTER, !isEmptyFilter(next));
    this.rebuild();
    this.changed.fire(undefined);
    return next;
  }

  /** Shows everything again. */
  clearFilter(): void {
    this.filter = NO_FILTER;
    this.outlines = new WeakMap();
    void vscode.commands.executeCommand('setContext', CONTEXT_ENTITY_FILTER, false);
    this.rebuild();
    this.changed.fire(undefined);
  }

  /** The scheme of an article's workspace file (no article: the first folder's), for labels, icons and the filter. */
  private schemeOf(uri?: vscode.Uri): Scheme {
    return this.schemes?.schemeFor(uri) ?? DEFAULT_SCHEME;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposables.forEach((d) => d.dispose());
  }
}
