import { StoreError } from '../core/store/errors';
import { applyDecisions, decisionsFromAnnotations } from '../core/store/overlay';
import { mergeDecisions } from '../core/store/merge';
import type { Store } from '../core/store/types';
import type { DocumentAnnotations } from '../core/model';
import { resolveScheme, withinScheme, type Scheme } from '../core/scheme';
import { changeStoreFile, readStoreFile } from '../node/storeFile';
import { displayPath } from './inputs';

/** An opened workspace file, as the CLI uses it. */
export interface StoreSession {
  /** Absolute path of the workspace file. */
  file: string;
  store: Store;
  readOnly: boolean;
  /** The file's annotation scheme (the built-in four when it has none). */
  scheme: Scheme;
  /** The analysis with the file's decisions for its document (and the workspace registry) applied. */
  apply(doc: DocumentAnnotations, text: string): DocumentAnnotations;
  /** This run's decisions, to put on top of whatever the file holds when it is written. */
  changes: Array<(store: Store) => Store>;
}

function storeMessage(file: string, err: unknown): string {
  if (err instanceof StoreError) return `${displayPath(err.file)}:${err.line}:${err.column}: ${err.reason}`;
  return `${displayPath(file)}: ${(err as Error).message.split('\n')[0]}`;
}

/** Opens the workspace file at `file` (absolute; a missing file is an empty one), or says in one line why it cannot be used. */
export async function openStore(file: string): Promise<StoreSession | string> {
  try {
    const { store, readOnly } = await readStoreFile(file);
    const scheme = resolveScheme(store.scheme);
    return {
      file,
      store,
      readOnly,
      scheme,
      apply: (doc, text) => withinScheme(applyDecisions(doc, store.documents.get(doc.document.path), text, store.registry), scheme),
      changes: [],
    };
  } catch (err) {
    return storeMessage(file, err);
  }
}

/** Records the decisions an imported document carries under its path. */
export function recordImport(session: StoreSession, annotations: DocumentAnnotations, text: string): void {
  const path = annotations.document.path;
  const decisions = decisionsFromAnnotations(annotations, text);
  const change = (store: Store): Store => {
    const documents = new Map(store.documents);
    documents.set(path, mergeDecisions(store.documents.get(path), decisions));
    return { ...store, documents };
  };
  session.changes.push(change);
  session.store = change(session.store);
}

/**
 * Writes this run's decisions into the workspace file safely, on top of what it holds by then (another program
 * may have written it since it was opened: its decisions are kept); returns a one-line message when it cannot.
 */
export async function saveStore(session: StoreSession): Promise<string | undefined> {
  if (session.readOnly) return `${displayPath(session.file)}: written by a newer version of News Annotator; not overwritten`;
  try {
    await changeStoreFile(session.file, (store) => session.changes.reduce((s, change) => change(s), store));
    return undefined;
  } catch (err) {
    return storeMessage(session.file, err);
  }
}
