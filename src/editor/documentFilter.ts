import * as vscode from 'vscode';
import type { ArticleScope } from './articleScope';
import { matchesGlobs } from './articleScope';
import type { Config } from './config';
import { CONFIG_SECTION } from './constants';

// Documents of these schemes are never annotated: editor internals, logs, settings, diff originals.
const IGNORED_SCHEMES = new Set(['output', 'git', 'vscode-userdata', 'vscode-settings', 'debug', 'vscode-scm', 'comment',
  'vscode-interactive-input', 'vscode-chat-code-block', 'vscode-notebook-cell', 'walkThrough', 'walkThroughSnippet', 'search-editor']);

/**
 * Why a document is not analysed, or `undefined` when it is: not a text document of an annotated language or
 * scheme, excluded by `newsAnnotator.exclude`, outside the articles' scope (`newsAnnotator.articles`), too large.
 */
export type SkipReason = 'language' | 'scheme' | 'excluded' | 'notArticle' | 'tooLarge';

/** Decides whether a document is an article to annotate, from the settings and the articles' scope. */
export function skipReason(document: vscode.TextDocument, config: Config, scope?: ArticleScope): SkipReason | undefined {
  if (IGNORED_SCHEMES.has(document.uri.scheme)) return 'scheme';
  if (!config.languages.includes(document.languageId)) return 'language';
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  // `exclude` may differ per folder; the typed config holds the workspace's value.
  const exclude = vscode.workspace.getConfiguration(CONFIG_SECTION, folder?.uri ?? document.uri).get<string[]>('exclude', config.exclude);
  if (matchesGlobs(document, exclude)) return 'excluded';
  if (scope && !scope.contains(document)) return 'notArticle';
  if (documentLength(document) > config.maxFileSizeKB * 1024) return 'tooLarge';
  return undefined;
}

/**
 * The document's length in UTF-16 units, without copying its text (this runs on every keystroke and every hover).
 * It approximates the size in bytes closely enough for a size guard.
 */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}
