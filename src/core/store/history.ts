import type { TextChange } from './anchor';
import { shiftOperation } from './inverse';
import type { StoreOp } from './operations';

/** One decision as it can be undone and redone: the operation and its inverse, on one document. */
export interface HistoryEntry {
  /** The document the operation applies to (a URI string). */
  document: string;
  /** What the person did, for messages: "reject “Putin”". */
  label: string;
  forward: StoreOp;
  inverse: StoreOp;
}

/**
 * The undo and redo stacks of a workspace's decisions. Entries follow edits of their document (`shift`), and an
 * entry whose span was edited away is dropped, since undoing it would touch other text. A new decision clears
 * the redo stack, as editors do. Pure data: the caller applies the operations.
 */
export class DecisionHistory {
  private readonly undoStack: HistoryEntry[] = [];
  private readonly redoStack: HistoryEntry[] = [];

  constructor(private readonly limit = 1000) {}

  /** Records a decision that was just made. */
  record(entry: HistoryEntry): void {
    this.undoStack.push(entry);
    if (this.undoStack.length > this.limit) this.undoStack.shift();
    this.redoStack.length = 0;
  }

  /** The decision to undo next, taken off the undo stack; `undone` files it for redo once applied. */
  takeUndo(): HistoryEntry | undefined {
    return this.undoStack.pop();
  }

  /** The decision to redo next, taken off the redo stack. */
  takeRedo(): HistoryEntry | undefined {
    return this.redoStack.pop();
  }

  /** Files an applied undo for redo (its inverse may have been recomputed). */
  undone(entry: HistoryEntry): void {
    this.redoStack.push(entry);
  }

  /** Files an applied redo for undo again, without clearing the rest of the redo stack. */
  redone(entry: HistoryEntry): void {
    this.undoStack.push(entry);
  }

  /** Puts back an entry that could not be applied, where it was taken from. */
  restore(entry: HistoryEntry, from: 'undo' | 'redo'): void {
    (from === 'undo' ? this.undoStack : this.redoStack).push(entry);
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** The label of the next undo and redo, for messages and tooltips. */
  peek(): { undo?: string; redo?: string } {
    return { undo: this.undoStack[this.undoStack.length - 1]?.label, redo: this.redoStack[this.redoStack.length - 1]?.label };
  }

  /** Moves the entries of `document` along with an edit; returns how many were dropped because the edit touched them. */
  shift(document: string, changes: readonly TextChange[]): number {
    let dropped = 0;
    for (const stack of [this.undoStack, this.redoStack]) {
      for (let i = stack.length - 1; i >= 0; i--) {
        const e = stack[i] as HistoryEntry;
        if (e.document !== document) continue;
        const forward = shiftOperation(e.forward, changes);
        const inverse = shiftOperation(e.inverse, changes);
        if (forward && inverse) stack[i] = { ...e, forward, inverse };
        else {
          stack.splice(i, 1);
          dropped++;
        }
      }
    }
    return dropped;
  }

  /** Entries follow a renamed document. */
  rename(from: string, to: string): void {
    for (const stack of [this.undoStack, this.redoStack]) {
      stack.forEach((e, i) => {
        if (e.document === from) stack[i] = { ...e, document: to };
      });
    }
  }
}
