// Where a document's decisions live: in its folder's workspace file (`FolderStore`) or, for untitled documents and
// files outside every folder, in memory (`MemoryStore`). Both behind one small interface, so that the workspace
// store does the same thing for every document and never asks which kind it holds.
import { applyDocumentOp, applyOperation, type StoreOp } from '../../core/store/operations';
import { emptyDocument, emptyStore, isEmptyDocument, type DocumentDecisions, type Store } from '../../core/store/types';

/** A change to the decisions of one backend. */
export type StoreChange = (store: Store) => Store;

/** The decisions of some documents, keyed by a path that only the backend's owner interprets. */
export interface DecisionBackend {
  /** The decisions as they stand in memory. */
  readonly store: Store;
  /** True when decisions are only in memory (lost when the window closes). */
  readonly inMemory: boolean;
  /** Resolves once the decisions are loaded. */
  load(): Promise<void>;
  /** Applies a person's decision about the document at `path` whose text is `text`. Throws when read-only. */
  mutate(path: string, text: string, op: StoreOp): Promise<void>;
  /** Applies a person's change to the whole store (an import). Throws when read-only. */
  changeChecked(fn: StoreChange): Promise<void>;
  /**
   * Changes the store: with `replay`, a decision to keep across a reload; without, one that follows from the text
   * (anchors that moved). With `write` false, it is saved with the next write rather than scheduling one.
   */
  change(fn: StoreChange, replay: boolean, write?: boolean): void;
}

/** Decisions kept in memory only: the same operations as a workspace file, nothing written anywhere. */
export class MemoryStore implements DecisionBackend {
  private current: Store = emptyStore();
  readonly inMemory = true;

  get store(): Store {
    return this.current;
  }

  load(): Promise<void> {
    return Promise.resolve();
  }

  async mutate(path: string, text: string, op: StoreOp): Promise<void> {
    // Memory keys are URIs, not workspace paths: documents are changed directly, registry operations as usual.
    if (op.kind === 'setRegistryEntry' || op.kind === 'removeRegistryEntry') {
      this.current = applyOperation(this.current, '', text, op);
      return;
    }
    this.current = withDocument(this.current, path, (d) => applyDocumentOp(d, text, op));
  }

  async changeChecked(fn: StoreChange): Promise<void> {
    this.current = fn(this.current);
  }

  change(fn: StoreChange): void {
    this.current = fn(this.current);
  }
}

/** A store with one document replaced (created when missing, removed when it ends up empty). */
export function withDocument(store: Store, path: string, fn: (doc: DocumentDecisions) => DocumentDecisions): Store {
  const next = fn(store.documents.get(path) ?? emptyDocument());
  const documents = new Map(store.documents);
  if (isEmptyDocument(next)) documents.delete(path);
  else documents.set(path, next);
  return { ...store, documents };
}
