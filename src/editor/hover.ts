import * as vscode from 'vscode';
import type { DocumentAnnotations, Entity, Quote } from '../core/model';
import { commandUri, escapeMarkdown } from '../core/markdownEscape';
import { entityById, hitAt, mentionsOf, quotePreview, quotesOf } from '../core/query';
import type { AnalysisService } from './analysisService';
import { Commands } from './constants';

const TYPE_LABEL: Record<string, string> = { PERSON: 'Person', ORG: 'Organisation', PLACE: 'Place', NORP: 'Nationality or group' };

/** The only commands a hover card may run: the extension's own. */
const HOVER_COMMANDS = [Commands.accept, Commands.reject, Commands.changeType, Commands.revealInExplorer, Commands.reveal, Commands.addNote, Commands.setSpeaker];

/** Hover card on a mention, speaker or quote: what the article says about the entity, and actions. */
export class HoverCards implements vscode.HoverProvider, vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(private readonly analysis: AnalysisService, selector: vscode.DocumentSelector) {
    this.registration = vscode.languages.registerHoverProvider(selector, this);
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
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
      // What weighed most for the type, when the analysis was asked to explain itself.
      if (m.why && m.why.length > 0) md.appendMarkdown(`Why ${escapeMarkdown(m.type)}: ${m.why.slice(0, 3).map(escapeMarkdown).join('; ')}  \n`);
      md.appendMarkdown(this.actions(uri, m.start, m.end, 'mention', m.entityId));
    } else if (hit.speakerOf || hit.cueOf || hit.quote) {
      const q = (hit.speakerOf ?? hit.cueOf ?? hit.quote) as Quote;
      const span = hit.speakerOf?.speaker ?? hit.cueOf?.cue ?? q;
      range = new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
      this.quoteCard(md, a, q, uri, document);
    } else {
      return undefined;
    }
    return new vscode.Hover(md, range);
  }

  private entityCard(md: vscode.MarkdownString, a: DocumentAnnotations, e: Entity | undefined, entityId: string, uri: string, document: vscode.TextDocument): void {
    const name = e?.name ?? entityId;
    const type = e?.type ?? '';
    md.appendMarkdown(`**${escapeMarkdown(name)}** · ${TYPE_LABEL[type] ?? escapeMarkdown(type)} \`${escapeMarkdown(type)}\`\n\n`);
    if (e && e.aliases.length > 0) md.appendMarkdown(`Also called: ${e.aliases.map(escapeMarkdown).join(', ')}  \n`);
    if (e && e.descriptors.length > 0) md.appendMarkdown(`Described as: ${e.descriptors.map(escapeMarkdown).join(', ')}  \n`);
    const here = mentionsOf(a, entityId).length;
    let everywhere = 0;
    let articles = 0;
    for (const other of this.analysis.all().values()) {
      const n = mentionsOf(other, entityId).length;
      everywhere += n;
      if (n > 0) articles++;
    }
    md.appendMarkdown(`Mentions: ${here} in this article, ${everywhere} in ${articles} analysed article${articles === 1 ? '' : 's'}  \n`);
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
    if (entityId) links.push(`[$(list-tree) Open in explorer](${commandUri(Commands.revealInExplorer, [{ uri, entityId }])} "Open in explorer")`);
    return links.join(' · ');
  }

  dispose(): void {
    this.registration.dispose();
  }
}
