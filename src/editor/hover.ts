import * as vscode from 'vscode';
import type { DocumentAnnotations, Entity, Quote } from '../core/model';
import { linkHref } from '../core/links';
import { suggestedLink } from '../core/placeLinks';
import { commandUri, escapeMarkdown } from '../core/markdownEscape';
import { whyLine } from '../core/nlp/explainSpan';
import { entityById, hitAt, mentionsOf, quotePreview, quotesOf } from '../core/query';
import type { AnalysisService } from './analysisService';
import type { EntityCounts } from '../core/workspaceIndex';
import { CONFIG_SECTION, Commands } from './constants';
import { DEFAULT_SCHEME, typeInfo, type Scheme } from '../core/scheme';
import type { SchemeSource } from './decorations';


/** The only commands a hover card may run: the extension's own. */
const HOVER_COMMANDS = [Commands.accept, Commands.reject, Commands.changeType, Commands.revealInExplorer, Commands.reveal, Commands.addNote, Commands.setSpeaker, Commands.restore, Commands.linkEntity, Commands.setQuoteAttribute];

/** How long a hover card waits for the analyser to explain a mention's type before it shows without the reason. */
const EXPLAIN_TIMEOUT_MS = 400;

/** Where "mentions in N articles" comes from: the workspace index, which covers closed articles too. */
export interface WorkspaceCounts {
  counts(entityId: string): EntityCounts;
}

/**
 * A link as hover Markdown: clickable only when it has an https address (the text escaped, the address with the
 * characters that end a Markdown link target percent-encoded), plain text otherwise.
 */
function linkMarkdown(link: string): string {
  const href = linkHref(link);
  if (!href) return escapeMarkdown(link);
  const target = href.replace(/[()<>\s"'\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${escapeMarkdown(link)}](${target})`;
}

/** Hover card on a mention, speaker or quote: what the article says about the entity, and actions. */
export class HoverCards implements vscode.HoverProvider, vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(private readonly analysis: AnalysisService, selector: vscode.DocumentSelector, private readonly workspace: WorkspaceCounts, private readonly schemes?: SchemeSource) {
    this.registration = vscode.languages.registerHoverProvider(selector, this);
  }

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token?: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const a = this.analysis.get(document);
    if (!a) return undefined;
    const offset = document.offsetAt(position);
    const hit = hitAt(a, offset);
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: HOVER_COMMANDS };
    md.supportHtml = false;
    const uri = document.uri.toString();
    let range: vscode.Range | undefined;
    if (hit.mention) {
      const m = hit.mention;
      range = new vscode.Range(document.positionAt(m.start), document.positionAt(m.end));
      this.entityCard(md, a, entityById(a, m.entityId), m.entityId, uri, document);
      md.appendMarkdown(`\n\n---\n\n_This mention: ${m.status}${m.origin === 'user' ? ', added by you' : ''}_  \n`);
      // What weighed most for the type: asked for this one mention only, as explaining every mention on every
      // edit would cost far more than the hover needs. A mention the user typed or added needs no model.
      const explained = m.origin === 'user' ? null : await this.analysis.explain(document, m.start, m.end, EXPLAIN_TIMEOUT_MS);
      if (token?.isCancellationRequested) return undefined;
      const why = whyLine(m, explained);
      if (why) md.appendMarkdown(`${why}  \n`);
      md.appendMarkdown(this.actions(uri, m.start, m.end, 'mention', m.entityId));
    } else if (hit.speakerOf || hit.cueOf || hit.quote) {
      const q = (hit.speakerOf ?? hit.cueOf ?? hit.quote) as Quote;
      const span = hit.speakerOf?.speaker ?? hit.cueOf?.cue ?? q;
      range = new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
      this.quoteCard(md, a, q, uri, document);
    } else {
      return this.rejectedCard(document, a, offset);
    }
    return new vscode.Hover(md, range);
  }

  /** A rejected item shown struck through (setting `newsAnnotator.showRejected`): what it was, and a way back. */
  private rejectedCard(document: vscode.TextDocument, a: DocumentAnnotations, offset: number): vscode.Hover | undefined {
    if (!vscode.workspace.getConfiguration(CONFIG_SECTION, document.uri).get<boolean>('showRejected', false)) return undefined;
    const at = (s: { start: number; end: number; status: string }): boolean => s.status === 'rejected' && s.start <= offset && offset <= s.end;
    const m = a.mentions.find(at);
    const q = m ? undefined : a.quotes.find(at);
    const item = m ?? q;
    if (!item) return undefined;
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: [Commands.restore] };
    md.supportHtml = false;
    const what = m ? `${escapeMarkdown(this.typeLabel(document, m.type))} “${escapeMarkdown(m.text)}”` : `Quote “${escapeMarkdown(quotePreview(item.text, 8))}”`;
    md.appendMarkdown(`~~${what}~~ · _rejected_\n\n`);
    const target = { uri: document.uri.toString(), start: item.start, end: item.end, kind: m ? 'mention' : 'quote' };
    md.appendMarkdown(`[$(discard) Restore](${commandUri(Commands.restore, [target])} "Restore: undo the rejection")`);
    return new vscode.Hover(md, new vscode.Range(document.positionAt(item.start), document.positionAt(item.end)));
  }

  private entityCard(md: vscode.MarkdownString, a: DocumentAnnotations, e: Entity | undefined, entityId: string, uri: string, document: vscode.TextDocument): void {
    const name = e?.name ?? entityId;
    const type = e?.type ?? '';
    const info = type ? typeInfo(this.schemeOf(document), type) : undefined;
    const refines = info?.parent ? `, a kind of ${escapeMarkdown(typeInfo(DEFAULT_SCHEME, info.parent).label)}` : '';
    md.appendMarkdown(`**${escapeMarkdown(name)}** · ${escapeMarkdown(info?.label ?? type)}${refines} \`${escapeMarkdown(type)}\`\n\n`);
    if (e && e.aliases.length > 0) md.appendMarkdown(`Also called: ${e.aliases.map(escapeMarkdown).join(', ')}  \n`);
    if (e && e.descriptors.length > 0) md.appendMarkdown(`Described as: ${e.descriptors.map(escapeMarkdown).join(', ')}  \n`);
    const here = mentionsOf(a, entityId).length;
    const { mentions: everywhere, articles } = this.workspace.counts(entityId);
    md.appendMarkdown(`Mentions: ${here} in this article, ${everywhere} in ${articles} article${articles === 1 ? '' : 's'}  \n`);
    const quotes = quotesOf(a, entityId);
    if (quotes.length > 0) {
      md.appendMarkdown(`\nQuotes (${quotes.length}):\n\n`);
      for (const q of quotes.slice(0, 5)) {
        const line = document.positionAt(q.start).line + 1;
        md.appendMarkdown(`- [line ${line}](${commandUri(Commands.reveal, [uri, q.start, q.end])}): ${escapeMarkdown(quotePreview(q.text))}\n`);
      }
      if (quotes.length > 5) md.appendMarkdown(`- … and ${quotes.length - 5} more\n`);
    }
    if (e?.note) md.appendMarkdown(`\nNote: ${escapeMarkdown(e.note)}\n`);
    if (e?.links && e.links.length > 0) md.appendMarkdown(`\nLinks: ${e.links.map(linkMarkdown).join(' · ')}\n`);
    const suggested = e && !e.links?.length ? suggestedLink(e) : undefined;
    if (suggested) {
      const accept = commandUri(Commands.linkEntity, [{ uri, entityId }, [suggested.link]]);
      md.appendMarkdown(`\nSuggested link: ${linkMarkdown(suggested.link)} (${escapeMarkdown(suggested.country)}) · [$(check) Accept link](${accept} "Accept the suggested link")\n`);
    }
  }

  private quoteCard(md: vscode.MarkdownString, a: DocumentAnnotations, q: Quote, uri: string, document: vscode.TextDocument): void {
    md.appendMarkdown(`**Quote** · ${escapeMarkdown(quotePreview(q.text, 12))}\n\n`);
    if (q.speaker) {
      const e = entityById(a, q.speaker.entityId);
      md.appendMarkdown(`Speaker: **${escapeMarkdown(q.speaker.text)}**${e && e.name !== q.speaker.text ? ` (${escapeMarkdown(e.name)})` : ''}  \n`);
    } else {
      md.appendMarkdown('Speaker: _not found_  \n');
    }
    md.appendMarkdown(`Attribution: ${q.cue ? `**${escapeMarkdown(q.cue.text)}**` : '_none_'}  \n`);
    // The scheme's quote attributes, each with a link to set it.
    for (const attr of this.schemeOf(document).attributes) {
      const value = q.attributes?.[attr.id];
      const set = commandUri(Commands.setQuoteAttribute, [{ uri, start: q.start, end: q.end }, attr.id]);
      md.appendMarkdown(`${escapeMarkdown(attr.label)}: ${value ? `**${escapeMarkdown(value)}**` : '_not set_'} · [$(edit) Set](${set} "Set ${escapeMarkdown(attr.label)}")  \n`);
    }
    md.appendMarkdown(`_This quote: ${q.status}${q.origin === 'user' ? ', added by you' : ''} · line ${document.positionAt(q.start).line + 1}_\n\n`);
    md.appendMarkdown(this.actions(uri, q.start, q.end, 'quote', q.speaker?.entityId));
  }

  private actions(uri: string, start: number, end: number, kind: 'mention' | 'quote', entityId: string | undefined): string {
    const target = { uri, start, end, kind };
    const links = [
      `[$(check) Accept](${commandUri(Commands.accept, [target])} "Accept")`,
      `[$(close) Reject](${commandUri(Commands.reject, [target])} "Reject")`,
    ];
    if (kind === 'mention') links.push(`[$(symbol-class) Change type](${commandUri(Commands.changeType, [target])} "Change type")`);
    else links.push(`[$(person) Set speaker](${commandUri(Commands.setSpeaker, [target])} "Set speaker")`);
    if (kind === 'mention' && entityId) links.push(`[$(link) Link](${commandUri(Commands.linkEntity, [{ uri, entityId }])} "Link to a knowledge base")`);
    if (entityId) links.push(`[$(list-tree) Open in explorer](${commandUri(Commands.revealInExplorer, [{ uri, entityId }])} "Open in explorer")`);
    return links.join(' · ');
  }

  private schemeOf(document: vscode.TextDocument): Scheme {
    return this.schemes?.schemeFor(document.uri) ?? DEFAULT_SCHEME;
  }

  private typeLabel(document: vscode.TextDocument, type: string): string {
    return typeInfo(this.schemeOf(document), type).label;
  }

  dispose(): void {
    this.registration.dispose();
  }
}
