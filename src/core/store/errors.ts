import type { StoreProblem } from './types';

/**
 * A workspace file that cannot be used: unreadable, not JSON, conflicted, invalid, or of a newer major version.
 * The message is one line, `file:line:column: reason`, for terminals and notifications alike.
 */
export class StoreError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly reason: string;

  constructor(file: string, problem: StoreProblem) {
    super(`${file}:${problem.line}:${problem.column}: ${problem.reason}`);
    this.name = 'StoreError';
    this.file = file;
    this.line = problem.line;
    this.column = problem.column;
    this.reason = problem.reason;
  }
}

/** 1-based line and column of a UTF-16 offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/** A problem at an offset of the file text. */
export function problemAt(text: string, offset: number, reason: string): StoreProblem {
  return { ...lineColumnAt(text, offset), reason };
}
