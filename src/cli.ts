import { version } from '../package.json';
import { runAgree } from './cli/agreeCommand';
import { runAnnotate } from './cli/annotateCommand';
import { runEval } from './cli/evalCommand';
import { MAIN_HELP } from './cli/help';
import { runImport } from './cli/importCommand';
import { EXIT, InputError, processIo, UsageError, type CliIo } from './cli/io';
import { useNodeDigest } from './node/digest';

// The command line: `news-annotator annotate | import | eval | agree`. Also the library that `npm start` drives, so
// the exports below are the CLI core and the program only runs when this bundle is the main module.

// Documents are hashed with Node's native SHA-256 here and in the analysis threads (`annotateWorker.ts`).
useNodeDigest();

export { annotatePaths, annotateOptions } from './cli/annotateCommand';
export { readExport } from './cli/importCommand';
export { renderAll, renderOne } from './core/export/render';
export { formatSummary } from './cli/summary';
export { bratAnnotationConf } from './core/export/brat';
export { toHtmlWorkspace } from './core/export/html';
export { toMarkdownWorkspace } from './core/export/markdown';
export { toJsonWorkspace } from './core/export/json';

/** The commands and what runs them; `eval` is measured against annotated data sets by its own module. */
async function dispatch(command: string, args: readonly string[], io: CliIo): Promise<number> {
  switch (command) {
    case 'annotate':
      return runAnnotate(args, io);
    case 'import':
      return runImport(args, io);
    case 'eval':
      return runEval([...args], (line) => io.stdout(`${line}\n`), (line) => io.stderr(`${line}\n`));
    case 'agree':
      return runAgree(args, io);
    default:
      throw new UsageError(`unknown command "${command}" (expected annotate, import, eval or agree; see news-annotator --help)`);
  }
}

/** Runs the CLI on `argv` (without `node` and the script) and resolves to the exit code; never rejects. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) {
      io.stderr(MAIN_HELP);
      return EXIT.usage;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout(MAIN_HELP);
      return EXIT.ok;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${version}\n`);
      return EXIT.ok;
    }
    return await dispatch(command, rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`news-annotator: ${err.message}\n`);
      return EXIT.usage;
    }
    if (err instanceof InputError) {
      io.stderr(`news-annotator: ${err.message}\n`);
      return EXIT.input;
    }
    // Anything else is a defect; still one line, so that scripts can report it.
    io.stderr(`news-annotator: internal error: ${(err as Error)?.message ?? String(err)}\n`);
    return EXIT.input;
  }
}

if (typeof require !== 'undefined' && require.main === module) {
  // A reader that stops early (`| head`) is not an error; any other failed write (a full disk, `> /dev/full`) lost
  // output, so it is exit 1 with one line, whatever the command had reached.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`news-annotator: cannot write the output (${err.code ?? err.message.split('\n')[0]}${err.code === 'ENOSPC' ? ': no space left on the device' : ''})\n`);
    process.exit(EXIT.input);
  });
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
