import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { LearnDocument, LearnRequest } from '../core/learn/session';
import type { DocumentAnnotations } from '../core/model';
import { selectForExport } from '../core/export/select';
import { EXPORT_FORMATS, FORMAT_EXTENSIONS, type ExportDocument, type ExportFormat } from '../core/export/types';
import { WriteGuard } from '../node/paths';
import { parse, stringOption } from './args';
import { ANNOTATE_HELP } from './help';
import { createAnalysisPool, type PoolOptions } from './analysisPool';
import { DEFAULT_MAX_KB, displayPath, gatherInputs, readArticle, type Article, type InputFile } from './inputs';
import { EXIT, processIo, UsageError, type CliIo } from './io';
import { renderAll, renderOne } from '../core/export/render';
import { bratAnnotationConf } from '../core/export/brat';
import { openStore, type StoreSession } from './storeBridge';

/** Options of an annotate run, as the command line gives them. */
export interface AnnotateOptions {
  format: ExportFormat;
  out?: string;
  store?: string;
  includeRejected: boolean;
  bom: boolean;
  maxKb: number;
  /** Analysis threads (`--jobs`): 1 analyses in the main thread; unset, one per core for long runs. */
  jobs?: number;
  /** Add to each mention the features that weighed most for its type (`--explain`). */
  explain?: boolean;
}

/** The result of annotating a set of paths: exportable documents and one message per input that failed. */
export interface AnnotateResult {
  items: AnnotatedItem[];
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
    jobs: { type: 'string', short: 'j' },
    explain: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  const format = stringOption(parsed, 'format') ?? 'json';
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}" (expected one of ${EXPORT_FORMATS.join(', ')})`);
  }
  const maxSize = stringOption(parsed, 'max-size');
  const maxKb = maxSize === undefined ? DEFAULT_MAX_KB : Number(maxSize);
  if (!Number.isInteger(maxKb) || maxKb <= 0) throw new UsageError(`--max-size needs a whole number of KB above 0, not "${maxSize}"`);
  const jobsText = stringOption(parsed, 'jobs');
  const jobs = jobsText === undefined ? undefined : Number(jobsText);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs <= 0)) throw new UsageError(`--jobs needs a whole number of threads above 0, not "${jobsText}"`);
  // More threads than cores only adds memory and switching: each thread loads its own analyser.
  const options: AnnotateOptions = {
    format: format as ExportFormat,
    out: stringOption(parsed, 'out'),
    store: stringOption(parsed, 'store'),
    includeRejected: parsed.values['include-rejected'] === true,
    bom: parsed.values.bom === true,
    maxKb,
    jobs: jobs === undefined ? undefined : Math.min(jobs, availableParallelism()),
  };
  if (parsed.values.explain === true) options.explain = true;
  return { options, paths: parsed.positionals, help: parsed.values.help === true };
}

/** One analysed article, ready to export. */
export type AnnotatedItem = ExportDocument & { article: Article };

/** Options of `annotateEach`. */
export interface StreamOptions extends PoolOptions {
  /** Called after each article (analysed or failed) with how many are done out of how many. */
  progress?: (done: number, total: number) => void;
}

/**
 * What the analyser learns from: the workspace file's decisions, with the texts of the articles they are about
 * (read from the workspace file's folder; an article that cannot be read teaches nothing, as in the editor).
 */
function learnRequest(store: StoreSession, root: string): LearnRequest {
  const documents: LearnDocument[] = [];
  for (const [path, doc] of store.store.documents) {
    if (doc.mentions.length === 0 && doc.quotes.length === 0) continue;
    // The store's parser keeps document paths inside the workspace file's folder.
    let text: string;
    try {
      text = readFileSync(join(root, path), 'utf8');
    } catch {
      continue;
    }
    documents.push({ path, text, mentions: doc.mentions, quotes: doc.quotes });
  }
  return { documents, reset: [] };
}

/**
 * Analyses the articles under `paths` and applies the workspace file's decisions, if one is given, handing each
 * article to `onItem` as soon as it and every article before it are done, in input order. Articles are read
 * just before they are analysed and at most a few are in flight, so memory stays flat over thousands of
 * files; analysis runs on a pool of worker threads when there are enough articles. Document paths are relative
 * to the workspace file's folder (or the working directory without one), so that they match the keys of the
 * workspace file. Resolves to one message per input that failed.
 */
export async function annotateEach(
  paths: readonly string[],
  options: Pick<AnnotateOptions, 'store' | 'includeRejected' | 'maxKb' | 'explain'>,
  onItem: (item: AnnotatedItem) => void,
  cwd = process.cwd(),
  stream: StreamOptions = {},
): Promise<string[]> {
  const gathered = gatherInputs(paths, cwd);
  const failures = [...gathered.failures];
  const readFailures: string[] = [];
  let store: StoreSession | undefined;
  if (options.store !== undefined) {
    const opened = await openStore(resolve(cwd, options.store));
    if (typeof opened === 'string') {
      // As before streaming: the unreadable inputs are still reported, then the workspace file.
      for (const input of gathered.items) { const read = readArticle(input, options.maxKb); if (typeof read === 'string') readFailures.push(read); }
      return [...failures, ...readFailures, opened];
    }
    store = opened;
  }
  const root = store ? dirname(store.file) : cwd;
  const inputs = gathered.items;
  const pool = createAnalysisPool(inputs.length, stream);
  // The analyser suggests what the workspace file's decisions taught it, as the editor does for that workspace.
  if (store) {
    try {
      await pool.learn(learnRequest(store, root));
    } catch (err) {
      failures.push(`${displayPath(store.file)}: learning from its decisions failed (${(err as Error).message.split('\n')[0]}); the shipped model was used`);
    }
  }
  const one = async (input: InputFile): Promise<AnnotatedItem | string> => {
    const article = readArticle(input, options.maxKb);
    if (typeof article === 'string') return article;
    let analysed: DocumentAnnotations;
    try {
      analysed = await pool.analyze(article.text, displayPath(article.file, root), options.explain);
    } catch (err) {
      return `${article.display}: analysis failed (${(err as Error).message.split('\n')[0]})`;
    }
    const decided = store ? store.apply(analysed, article.text) : analysed;
    return { annotations: selectForExport(decided, { includeRejected: options.includeRejected }), text: article.text, article, ...(store ? { scheme: store.scheme } : {}) };
  };
  // Twice the pool's width in flight keeps every worker busy while results are taken in input order.
  const window = Math.max(2, pool.size * 2);
  const inFlight: Array<Promise<AnnotatedItem | string>> = [];
  let next = 0;
  let done = 0;
  try {
    while (next < inputs.length || inFlight.length) {
      while (inFlight.length < window && next < inputs.length) inFlight.push(one(inputs[next++] as InputFile));
      const result = await (inFlight.shift() as Promise<AnnotatedItem | string>);
      if (typeof result === 'string') readFailures.push(result);
      else onItem(result);
      stream.progress?.(++done, inputs.length);
    }
  } finally {
    await pool.close();
  }
  return [...failures, ...readFailures];
}

/**
 * Analyses the articles under `paths` and applies the workspace file's decisions, if one is given, collecting
 * every article (for a combined export); `annotateEach` hands them over one by one instead.
 * Document paths are relative to the workspace file's folder (or the working directory without one), so that
 * they match the keys of the workspace file.
 */
export async function annotatePaths(paths: readonly string[], options: Pick<AnnotateOptions, 'store' | 'includeRejected' | 'maxKb' | 'explain'>, cwd = process.cwd(), stream: StreamOptions = {}): Promise<AnnotateResult> {
  const items: AnnotatedItem[] = [];
  const failures = await annotateEach(paths, options, (item) => items.push(item), cwd, stream);
  return { items, failures };
}

/** The names of the files one article exports to (as `renderOne` names them), without rendering anything. */
export function outputNames(format: ExportFormat, stem: string): string[] {
  return format === 'brat' ? [`${stem}.ann`, `${stem}.txt`] : [`${stem}${FORMAT_EXTENSIONS[format]}`];
}

/** Where every article of a run writes, checked before anything is analysed or written. */
export interface OutputPlan {
  guard: WriteGuard;
  /** One line per output that would replace an input or another output; the run must then write nothing. */
  refusals: string[];
}

/**
 * Plans the outputs of `annotate --out`: every input (articles and the workspace file) is recorded, and every
 * output file is claimed, so that none replaces an input, whatever the format, folder or name clash, and no two
 * articles write one file. The only exception is brat's copy of a `.txt` article into the article's own folder,
 * which is the article itself: it is left as it is.
 */
export function planOutputs(paths: readonly string[], options: Pick<AnnotateOptions, 'format' | 'store'>, outDir: string, cwd = process.cwd()): OutputPlan {
  const guard = new WriteGuard();
  const { items } = gatherInputs(paths, cwd);
  for (const input of items) guard.addInput(input.file, input.display);
  if (options.store !== undefined) guard.addInput(resolve(cwd, options.store), displayPath(resolve(cwd, options.store), cwd));
  const refusals: string[] = [];
  if (options.format === 'brat') {
    const conf = join(outDir, BRAT_CONF);
    const why = guard.claim(conf, BRAT_CONF);
    if (why) refusals.push(`brat's ${displayPath(conf, cwd)} ${why}; nothing was written (choose another --out folder)`);
  }
  for (const input of items) {
    for (const name of outputNames(options.format, input.outputStem)) {
      const target = join(outDir, name);
      if (options.format === 'brat' && name.endsWith('.txt') && guard.inputAt(target) === input.display) continue;
      const why = guard.claim(target, input.display);
      if (why) refusals.push(`${input.display}: its ${options.format} output ${displayPath(target, cwd)} ${why}; nothing was written (choose another --out folder)`);
    }
  }
  return { guard, refusals };
}

/** brat's configuration file, written beside the `.ann` files so that brat shows the scheme's types. */
const BRAT_CONF = 'annotation.conf';

/** Writes articles' exports into `outDir` one at a time, as planned; remembers only what failed. */
function outputWriter(options: AnnotateOptions, outDir: string, plan: OutputPlan): { write: (item: AnnotatedItem) => void; failures: string[] } {
  const failures: string[] = [];
  const write = (item: AnnotatedItem): void => {
    const planned = outputNames(options.format, item.article.outputStem);
    for (const output of renderOne(options.format, item, item.article.outputStem, options)) {
      const target = join(outDir, output.name);
      const input = plan.guard.inputAt(target);
      if (!planned.includes(output.name) || (input !== undefined && !(input === item.article.display && output.content === item.text))) {
        failures.push(`${item.article.display}: its ${options.format} output ${displayPath(target)} would overwrite ${input ?? 'an unplanned file'}; not written`);
        continue;
      }
      // brat's .txt copy of a .txt article written into its own folder is the article itself: leave it be.
      if (input !== undefined) continue;
      try {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, output.content);
      } catch (err) {
        failures.push(`${displayPath(target)}: cannot write (${(err as Error).message.split('\n')[0]})`);
      }
    }
  };
  return { write, failures };
}

/** A one-line progress bar on an interactive terminal's standard error; nothing when it is piped or a test's. */
function progressBar(io: CliIo): { progress?: (done: number, total: number) => void; finish: () => void } {
  if (io !== processIo || !process.stderr.isTTY) return { finish: () => undefined };
  let shown = false;
  let last = 0;
  const progress = (done: number, total: number): void => {
    const now = Date.now();
    // A few redraws a second are enough; every article would make the terminal the bottleneck.
    if (total < 2 || (done < total && now - last < 100)) return;
    last = now;
    const width = 30;
    const full = Math.round((done / total) * width);
    io.stderr(`\r[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${done}/${total} articles`);
    shown = true;
  };
  return { progress, finish: () => { if (shown) io.stderr('\r\x1b[K'); } };
}

/** `news-annotator annotate`: returns the exit code. */
export async function runAnnotate(args: readonly string[], io: CliIo): Promise<number> {
  const { options, paths, help } = annotateOptions(args);
  if (help) {
    io.stdout(ANNOTATE_HELP);
    return EXIT.ok;
  }
  if (paths.length === 0) throw new UsageError('annotate needs at least one file or folder (see news-annotator annotate --help)');
  const bar = progressBar(io);
  // One job is the main thread alone; more are that many workers (the main thread only reads and writes).
  const workers = options.jobs === undefined ? undefined : options.jobs === 1 ? 0 : options.jobs;
  const failures: string[] = [];
  if (options.out !== undefined) {
    // Each article's files are written as soon as it is done, so nothing accumulates over a large folder.
    const outDir = resolve(options.out);
    const plan = planOutputs(paths, options, outDir);
    if (plan.refusals.length > 0) {
      for (const f of plan.refusals) io.stderr(`news-annotator: ${f}\n`);
      return EXIT.input;
    }
    const writer = outputWriter(options, outDir, plan);
    let scheme: AnnotatedItem['scheme'];
    const write = (item: AnnotatedItem): void => {
      scheme ??= item.scheme;
      writer.write(item);
    };
    failures.push(...await annotateEach(paths, options, write, process.cwd(), { progress: bar.progress, workers }));
    failures.push(...writer.failures);
    if (options.format === 'brat') {
      try {
        mkdirSync(outDir, { recursive: true });
        writeFileSync(join(outDir, BRAT_CONF), bratAnnotationConf(scheme));
      } catch (err) {
        failures.push(`${displayPath(join(outDir, BRAT_CONF))}: cannot write (${(err as Error).message.split('\n')[0]})`);
      }
    }
  } else {
    const result = await annotatePaths(paths, options, process.cwd(), { progress: bar.progress, workers });
    failures.push(...result.failures);
    if (result.items.length > 0) {
      const text = renderAll(options.format, result.items, options);
      if (text === undefined) { bar.finish(); throw new UsageError('brat writes two files per article: give --out DIR when annotating several articles'); }
      io.stdout(text);
    }
  }
  bar.finish();
  for (const f of failures) io.stderr(`news-annotator: ${f}\n`);
  return failures.length > 0 ? EXIT.input : EXIT.ok;
}
