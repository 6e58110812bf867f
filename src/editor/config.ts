import * as vscode from 'vscode';
import { ENTITY_TYPES, type EntityType } from '../core/model';
import { CONFIG_SECTION } from './constants';

/** Severity of the diagnostics the extension reports, or `off`. */
export type DiagnosticsLevel = 'off' | 'hint' | 'information' | 'warning';

/** The extension's settings, read once into plain values. */
export interface Config {
  languages: string[];
  include: string[];
  exclude: string[];
  maxFileSizeKB: number;
  debounceMs: number;
  highlights: boolean;
  types: EntityType[];
  showQuotes: boolean;
  showSuggestions: boolean;
  storeFile: string;
  diagnosticsLevel: DiagnosticsLevel;
  /** Show rejected suggestions struck through (with a hover to restore them) instead of hiding them. */
  showRejected: boolean;
  /** Whether the analyser learns from the workspace's decisions. */
  learning: boolean;
}

/**
 * The globs of `newsAnnotator.articles` that apply to a resource, or `undefined` when nobody set them (the default
 * scope applies). The deprecated `newsAnnotator.include` counts as `articles` when only it is set.
 */
export function articleGlobs(scope: vscode.ConfigurationScope | undefined): string[] | undefined {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  const set = <T>(key: string): T | undefined => {
    const i = c.inspect<T>(key);
    return i?.workspaceFolderValue ?? i?.workspaceValue ?? i?.globalValue;
  };
  const articles = set<string[]>('articles');
  if (Array.isArray(articles)) return articles.filter((g) => typeof g === 'string' && g.trim() !== '');
  const include = set<string[]>('include');
  return Array.isArray(include) && include.length > 0 ? include : undefined;
}

/** Reads the settings (for a resource, since `storeFile` may differ per folder). */
export function readConfig(scope?: vscode.ConfigurationScope): Config {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  const types = c.get<string[]>('types', [...ENTITY_TYPES]).filter((t): t is EntityType => (ENTITY_TYPES as readonly string[]).includes(t));
  return {
    languages: c.get<string[]>('languages', ['plaintext', 'markdown', 'news']),
    include: c.get<string[]>('include', []),
    exclude: c.get<string[]>('exclude', []),
    maxFileSizeKB: Math.max(1, c.get<number>('maxFileSizeKB', 1024)),
    debounceMs: Math.max(0, c.get<number>('debounceMs', 400)),
    highlights: c.get<boolean>('highlights.enabled', true),
    types,
    showQuotes: c.get<boolean>('showQuotes', true),
    showSuggestions: c.get<boolean>('showSuggestions', true),
    storeFile: c.get<string>('storeFile', 'news-annotations.json'),
    diagnosticsLevel: c.get<DiagnosticsLevel>('diagnostics.level', 'off'),
    showRejected: c.get<boolean>('showRejected', false),
    learning: c.get<boolean>('learning.enabled', true),
  };
}

/** Fires `listener` with fresh settings whenever one of ours changes. */
export function onConfigChange(listener: (config: Config) => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(CONFIG_SECTION)) listener(readConfig());
  });
}
