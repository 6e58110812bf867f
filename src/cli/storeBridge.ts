import { StoreError } from '../core/store/errors';
import { applyDecisions, decisionsFromAnnotations } from '../core/store/overlay';
import { mergeDecisions } from '../core/store/merge';
import type { Store } from '../core/store/types';
import type { DocumentAnnotations } from '../core/model';
import { readStoreFile, writeStoreFile } from '../node/storeFile';
import { displayPath } from './inputs';

/** An opened workspace file, as the CLI uses it. */
export interface StoreSession {
  /** Absolute path of the workspace file. */
  file: string;
  store: Store;
  readOnly: boolean;
  /** The analysis with the file's decisions for its document (and the workspace registry) applied. */
  apply(doc: DocumentAnnotations, text: string): DocumentAnnotations;
}

function storeMessage(file: string, err: unknown): string {
  if (err instanceof StoreError) return `${displayPath(err.file)}:${err.line}:${err.column}: ${err.reason}`;
  return `${displayPath(file)}: ${(err as Error).message.split('\n')[0]}`;
}

/** Opens the workspace file at `file` (absolute; a missing file is an empty one), or says in one line why it cannot be used. */
export async function openStore(file: string): Promise<StoreSession | string> {
  try {
    const { store, readOnly } = await readStoreFile(file);
    return {
      file,
      store,
      readOnly,
      apply: (doc, text) => applyDecisions(doc, store.documents.get(doc.document.path), text, store.registry),
    };
  } catch (err) {
    return storeMessage(file, err);
  }
}

/** Records the decisions an imported document carries under its path. */
export function recordImport(session: StoreSession, annotations: DocumentAnnotations, text: string): void {
  const path = annotations.document.path;
  session.store.documents.set(path, mergeDecisions(session.store.documents.get(path), decisionsFromAnnotations(annotations, text)));
}

/** Writes the workspace file back safely; returns a one-line message when it cannot. */
export async function saveStore(session: StoreSession): Promise<string | undefined> {
  if (session.readOnly) return `${displayPath(session.file)}: written by a newer version of News Annotator; not overwritten`;
  try {
    await writeStoreFile(session.file, session.store);
    return undefined;
  } catch (err) {
    return storeMessage(session.file, err);
  }
}
