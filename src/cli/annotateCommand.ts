import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { analyze } from '../core/nlp/analyze';
import { selectForExport } from '../core/export/select';
import { EXPORT_FORMATS, type ExportDocument, type ExportFormat } from '../core/export/types';
import { parse, stringOption } from './args';
import { ANNOTATE_HELP } from './help';
import { DEFAULT_MAX_KB, displayPath, gatherInputs, readArticles, type Article } from './inputs';
import { EXIT, UsageError, type CliIo } from './io';
import { renderAll, renderOne } from '../core/export/render';
import { openStore, type StoreSession } from './storeBridge';

/** Options of an annotate run, as the command line gives them. */
export interface AnnotateOptions {
  format: ExportFormat;
  out?: string;
  store?: string;
  includeRejected: boolean;
  bom: boolean;
  maxKb: number;
}

/** The result of annotating a set of paths: exportable documents and one message per input that failed. */
export interface AnnotateResult {
  items: Array<ExportDocument & { article: Article }>;
  failures: string[];
}

/** Reads the options of `annotate`; throws UsageError on anything it cannot use. */
export function annotateOptions(args: readonly string[]): { options: AnnotateOptions; paths: string[]; help: boolean } {
  const parsed = parse(args, {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    store: { type: 'string', short: 's' },
    'include-rejected': { type: 'boolean' },
    bom: { type: 'boolean' },
    'max-size': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const format = stringOption(parsed, 'format') ?? 'json';
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}" (expected one of ${EXPORT_FORMATS.join(', ')})`);
  }
  const maxSize = stringOption(parsed, 'max-size');
  const maxKb = maxSize === undefined ? DEFAULT_MAX_KB : Number(maxSize);
  if (!Number.isInteger(maxKb) || maxKb <= 0) throw new UsageError(`--max-size needs a whole number of KB above 0, not "${maxSize}"`);
  const options: AnnotateOptions = {
    format: format as ExportFormat,
    out: stringOption(parsed, 'out'),
    store: stringOption(parsed, 'store'),
    includeRejected: parsed.values['include-rejected'] === true,
    bom: parsed.values.bom === true,
    maxKb,
  };
  return { options, paths: parsed.positionals, help: parsed.values.help === true };
}

/**
 * Analyses the articles under `paths` and applies the workspace file's decisions, if one is given.
 * Document paths are relative to the workspace file's folder (or the working directory without one), so that
 * they match the keys of the workspace file.
 */
export async function annotatePaths(paths: readonly string[], options: Pick<AnnotateOptions, 'store' | 'includeRejected' | 'maxKb'>, cwd = process.cwd()): Promise<AnnotateResult> {
  const gathered = gatherInputs(paths, cwd);
  const read = readArticles(gathered.items, options.maxKb);
  const failures = [...gathered.failures, ...read.failures];
  let store: StoreSession | undefined;
  if (options.store !== undefined) {
    const opened = await openStore(resolve(cwd, options.store));
    if (typeof opened === 'string') return { items: [], failures: [...failures, opened] };
    store = opened;
  }
  const root = store ? dirname(store.file) : cwd;
  const items = read.items.map((article) => {
    const path = displayPath(article.file, root);
    const analysed = analyze(article.text, { path });
    const decided = store ? store.apply(analysed, article.text) : analysed;
    return { annotations: selectForExport(decided, { includeRejected: options.includeRejected }), text: article.text, article };
  });
  return { items, failures };
}

/** Writes each article's export into `outDir`; returns one message per file it could not write. */
function writeOutputs(result: AnnotateResult, options: AnnotateOptions, outDir: string): string[] {
  const failures: string[] = [];
  const written = new Map<string, string>();
  for (const item of result.items) {
    for (const output of renderOne(options.format, item, item.article.outputStem, options)) {
      const target = join(outDir, output.name);
      if (target === item.article.file) {
        // brat's .txt copy of a .txt article written into its own folder is the article itself: leave it be.
        if (output.content === item.text) continue;
        failures.push(`${item.article.display}: its ${options.format} output would overwrite the article itself; choose another --out folder`);
        continue;
      }
      const previous = written.get(target);
      if (previous !== undefined) {
        failures.push(`${item.article.display}: its output ${displayPath(target)} would overwrite the one of ${previous}`);
        continue;
      }
      try {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, output.content);
        written.set(target, item.article.display);
      } catch (err) {
        failures.push(`${displayPath(target)}: cannot write (${(err as Error).message.split('\n')[0]})`);
      }
    }
  }
  return failures;
}

/** `news-annotator annotate`: returns the exit code. */
export async function runAnnotate(args: readonly string[], io: CliIo): Promise<number> {
  const { options, paths, help } = annotateOptions(args);
  if (help) {
    io.stdout(ANNOTATE_HELP);
    return EXIT.ok;
  }
  if (paths.length === 0) throw new UsageError('annotate needs at least one file or folder (see news-annotator annotate --help)');
  const result = await annotatePaths(paths, options);
  const failures = [...result.failures];
  if (result.items.length > 0) {
    if (options.out !== undefined) {
      failures.push(...writeOutputs(result, options, resolve(options.out)));
    } else {
      const text = renderAll(options.format, result.items, options);
      if (text === undefined) throw new UsageError('brat writes two files per article: give --out DIR when annotating several articles');
      io.stdout(text);
    }
  }
  for (const f of failures) io.stderr(`news-annotator: ${f}\n`);
  return failures.length > 0 ? EXIT.input : EXIT.ok;
}
