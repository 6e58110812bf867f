import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The repository's root, and the command line as users run it: the built bundle. */
export const ROOT = join(__dirname, '..', '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');

/** What one run of the command line gave. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built command line in `cwd` with `args`, as a user's shell would. */
export function runCli(cwd: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
