/** The terminal the CLI writes to; a parameter so that the commands can run inside other scripts and tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes: 0 success, 1 an input failed, 2 the command line was wrong. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

/** A wrong command line (unknown option, missing argument): exit code 2 with a one-line message. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** An input that cannot be used (missing, binary, not UTF-8, too large...): exit code 1 with a one-line message. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** The process's own terminal. */
export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};
