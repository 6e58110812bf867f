import * as vscode from 'vscode';
import type { Config } from './config';

// Documents of these schemes are never annotated: editor internals, logs, settings, diff originals.
const IGNORED_SCHEMES = new Set(['output', 'git', 'vscode-userdata', 'vscode-settings', 'debug', 'vscode-scm', 'comment',
  'vscode-interactive-input', 'vscode-chat-code-block', 'vscode-notebook-cell', 'walkThrough', 'walkThroughSnippet', 'search-editor']);

/** Why a document is not analysed, or `undefined` when it is. */
export type SkipReason = 'language' | 'scheme' | 'excluded' | 'tooLarge';

/** Decides whether a document is an article to annotate, from the settings. */
export function skipReason(document: vscode.TextDocument, config: Config): SkipReason | undefined {
  if (IGNORED_SCHEMES.has(document.uri.scheme)) return 'scheme';
  if (!config.languages.includes(document.languageId)) return 'language';
  if (matchesAny(document, config.exclude)) return 'excluded';
  if (config.include.length > 0 && !matchesAny(document, config.include)) return 'excluded';
  if (documentLength(document) > config.maxFileSizeKB * 1024) return 'tooLarge';
  return undefined;
}

function matchesAny(document: vscode.TextDocument, globs: readonly string[]): boolean {
  if (globs.length === 0) return false;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  return globs.some((glob) => vscode.languages.match({ pattern: folder ? new vscode.RelativePattern(folder, glob) : glob }, document) > 0);
}

/**
 * The document's length in UTF-16 units, without copying its text (this runs on every keystroke and every hover).
 * It approximates the size in bytes closely enough for a size guard.
 */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}
