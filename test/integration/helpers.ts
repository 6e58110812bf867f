/** Shared steps of the integration suite: open the fixtures, wait for the analysis, read what the editor shows. */
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'news-annotator.news-annotator';
export const SEED = 'seed-article.txt';

/** An offset range as the test commands report it. */
export interface OffsetRange {
  start: number;
  end: number;
}

/** What `newsAnnotator.test.decorations` reports for the active editor. */
export interface PaintedDecorations {
  uri: string;
  version: number;
  ranges: Record<string, OffsetRange[]>;
  /** The colour each painted kind was drawn with: a theme colour id, or a scheme type's own `#rrggbb`. */
  colours?: Record<string, string>;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls `probe` until it returns a value, or fails naming `what` after `timeoutMs`. The deadline is kept on the
 * monotonic clock: a virtual machine's wall clock can be stepped forward while a test waits, which would end the
 * wait at once.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  let probes = 0;
  for (;;) {
    const value = await probe();
    probes++;
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what} (${probes} probes in ${Math.round(timeoutMs / 1000)} s)`);
    await sleep(250);
  }
}

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixtures workspace is open');
  return folder;
}

export async function openFixture(name = SEED): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceFolder().uri, name));
  return vscode.window.showTextDocument(doc);
}

/** What the extension painted in the active editor, once it has painted anything and (optionally) `until` holds. */
export function painted(until: (p: PaintedDecorations) => boolean = () => true, what = 'decorations'): Promise<PaintedDecorations> {
  return waitFor(what, async () => {
    const p = await vscode.commands.executeCommand<PaintedDecorations | undefined>('newsAnnotator.test.decorations');
    const any = p && Object.values(p.ranges).some((list) => list.length > 0);
    return any && until(p) ? p : undefined;
  });
}

/** Whether a range list holds exactly this span. */
export function has(list: OffsetRange[] | undefined, start: number, length: number): boolean {
  return (list ?? []).some((r) => r.start === start && r.end === start + length);
}

/** The text of every hover at an offset of a document. */
export async function hoverText(doc: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset));
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

/** The workspace file of the fixtures folder, parsed, or undefined while it does not exist. */
export async function readStoreFile(): Promise<{ raw: string; json: Record<string, unknown> } | undefined> {
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceFolder().uri, 'news-annotations.json'));
    const raw = new TextDecoder().decode(bytes);
    return { raw, json: JSON.parse(raw) as Record<string, unknown> };
  } catch {
    return undefined;
  }
}
