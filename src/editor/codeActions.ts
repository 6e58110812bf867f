import * as vscode from 'vscode';
import { hitAt } from '../core/query';
import type { AnalysisService } from './analysisService';
import type { Target } from './annotationCommands';
import { Commands } from './constants';

const QUICK_FIX = vscode.CodeActionKind.QuickFix.append('newsAnnotator');
const REFACTOR = vscode.CodeActionKind.Refactor.append('newsAnnotator');

function action(title: string, kind: vscode.CodeActionKind, command: string, args: unknown[], preferred = false): vscode.CodeAction {
  const a = new vscode.CodeAction(title, kind);
  a.command = { title, command, arguments: args };
  a.isPreferred = preferred;
  return a;
}

/** Quick fixes on a mention or quote (accept, reject, retype, merge, speaker) and on a selection (annotate). */
export class AnnotationCodeActions implements vscode.CodeActionProvider, vscode.Disposable {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [QUICK_FIX, REFACTOR] };
  private readonly registration: vscode.Disposable;

  constructor(private readonly analysis: AnalysisService, selector: vscode.DocumentSelector) {
    this.registration = vscode.languages.registerCodeActionsProvider(selector, this, AnnotationCodeActions.metadata);
  }

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    const a = this.analysis.get(document);
    if (!a) return [];
    const out: vscode.CodeAction[] = [];
    const uri = document.uri.toString();
    if (!range.isEmpty) {
      for (const [title, command] of [['Annotate as Person', Commands.annotateAsPerson], ['Annotate as Organisation', Commands.annotateAsOrg],
        ['Annotate as Place', Commands.annotateAsPlace], ['Annotate as Nationality or Group', Commands.annotateAsNorp], ['Mark as Quote', Commands.markQuote]] as const) {
        out.push(action(title, REFACTOR, command, []));
      }
    }
    const hit = hitAt(a, document.offsetAt(range.start));
    if (hit.mention) {
      const m = hit.mention;
      const t: Target = { uri, start: m.start, end: m.end, kind: 'mention', entityId: m.entityId };
      if (m.status !== 'accepted') out.push(action(`Accept “${m.text}” as ${m.type}`, QUICK_FIX, Commands.accept, [t], true));
      out.push(action(`Reject “${m.text}”`, QUICK_FIX, Commands.reject, [t]));
      out.push(action('Change entity type…', QUICK_FIX, Commands.changeType, [t]));
      out.push(action('Merge with another entity…', QUICK_FIX, Commands.mergeEntity, [t]));
    }
    const q = hit.quote ?? hit.speakerOf ?? hit.cueOf;
    if (q) {
      const t: Target = { uri, start: q.start, end: q.end, kind: 'quote' };
      if (q.status !== 'accepted') out.push(action('Accept quote', QUICK_FIX, Commands.accept, [t], !hit.mention));
      out.push(action('Reject quote', QUICK_FIX, Commands.reject, [t]));
      out.push(action('Set speaker of quote…', QUICK_FIX, Commands.setSpeaker, [t]));
    }
    if (a.mentions.some((m) => m.status === 'suggested') || a.quotes.some((x) => x.status === 'suggested')) {
      out.push(action('Accept all suggestions in this article', QUICK_FIX, Commands.acceptAllInDocument, [{ uri, start: 0, end: 0, kind: 'mention' }]));
    }
    return out;
  }

  dispose(): void {
    this.registration.dispose();
  }
}
