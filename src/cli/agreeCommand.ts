import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { codedDocument, compareAnnotators, type Annotator, type CodedDocument, type Disagreement } from '../core/agree/compare';
import { agreementHtml, agreementJson, formatAgreement, lineColumn, type PlaceOf } from '../core/agree/render';
import { fromJson } from '../core/export/json';
import { ImportError } from '../core/export/types';
import type { DocumentAnnotations } from '../core/model';
import { analyze, sha256Hex } from '../core/nlp/analyze';
import { applyDecisions } from '../core/store/overlay';
import { parse, stringOption } from './args';
import { AGREE_HELP } from './help';
import { displayPath, readArticle } from './inputs';
import { EXIT, InputError, UsageError, type CliIo } from './io';
import { openStore } from './storeBridge';

/** Output formats of `agree`. */
const FORMATS = ['table', 'json', 'html'] as const;
type AgreeFormat = (typeof FORMATS)[number];

/** One annotator as read from disk, with where each of their articles lives (for places in messages). */
interface ReadAnnotator extends Annotator {
  files: Map<string, string>;
}

/** True when a JSON file is a workspace file (decisions) rather than an export. */
function isStoreFile(file: string): boolean {
  if (extname(file).toLowerCase() !== '.json') return false;
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      && typeof (value as { schema?: unknown }).schema === 'string' && (value as { schema: string }).schema.startsWith('news-annotator/store@');
  } catch {
    // Not JSON at all: the export reader says so in its own words.
    return false;
  }
}

/** The article at `path` relative to `root`, or a one-line problem naming the input that needs it. */
function articleText(root: string, path: string, input: string): { file: string; text: string } {
  const file = resolve(root, path);
  const read = readArticle({ file, display: displayPath(file), outputStem: '' });
  if (typeof read === 'string') throw new InputError(`${input}: cannot read its article ${path} (${read})`);
  return { file, text: read.text };
}

/** A workspace file: each decided article, analysed afresh with the person's decisions applied. */
async function fromStore(file: string, withSuggestions: boolean, analyses: Map<string, DocumentAnnotations>): Promise<ReadAnnotator> {
  const display = displayPath(file);
  const session = await openStore(file);
  if (typeof session === 'string') throw new InputError(session);
  const documents = new Map<string, CodedDocument>();
  const files = new Map<string, string>();
  for (const [path, decisions] of [...session.store.documents].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const { file: article, text } = articleText(dirname(file), path, display);
    // Accepted quotes keep the analyser's speaker and cue unless a person changed them, so the analysis is
    // needed to know them; annotators of the same text share one analysis.
    const key = `${path}\u0000${text}`;
    let analysis = analyses.get(key);
    if (!analysis) {
      analysis = analyze(text, { path });
      analyses.set(key, analysis);
    }
    documents.set(path, codedDocument(applyDecisions(analysis, decisions, text, session.store.registry), text, withSuggestions));
    files.set(path, article);
  }
  return { name: display, documents, files };
}

/** A JSON export: its documents, with their articles found beside it or in the working directory. */
function fromExport(file: string, withSuggestions: boolean): ReadAnnotator {
  const display = displayPath(file);
  if (extname(file).toLowerCase() !== '.json') throw new InputError(`${display}: not a workspace file (news-annotations.json) or a JSON export`);
  const raw = readArticle({ file, display, outputStem: '' });
  if (typeof raw === 'string') throw new InputError(raw);
  let read: DocumentAnnotations[];
  try {
    // Spans are checked against the text below, after the text is known to be the one the export was made from.
    read = fromJson(raw.text, display);
  } catch (err) {
    if (err instanceof ImportError) throw new InputError(err.message);
    throw err;
  }
  const documents = new Map<string, CodedDocument>();
  const files = new Map<string, string>();
  for (const annotations of read) {
    const path = annotations.document.path;
    const roots = [dirname(file), process.cwd()];
    const found = roots.map((root) => {
      try {
        return articleText(root, path, display);
      } catch {
        return undefined;
      }
    }).find((x) => x !== undefined);
    if (!found) throw new InputError(`${display}: cannot find its article ${path} (looked beside the export and in the working directory)`);
    if (sha256Hex(found.text) !== annotations.document.sha256) {
      throw new InputError(`${display}: ${displayPath(found.file)} is not the text this export was made from (its SHA-256 differs); compare annotations of the same text`);
    }
    documents.set(path, codedDocument(annotations, found.text, withSuggestions));
    files.set(path, found.file);
  }
  return { name: display, documents, files };
}

/** Where a disagreement is: the article file as found for the first annotator who coded it, line and column. */
function placer(annotators: readonly ReadAnnotator[]): PlaceOf {
  return (d: Disagreement) => {
    const owner = annotators.find((a) => a.files.has(d.path)) as ReadAnnotator;
    const text = (owner.documents.get(d.path) as CodedDocument).text;
    const { line, column } = lineColumn(text, d.start);
    return `${displayPath(owner.files.get(d.path) as string)}:${line}:${column}`;
  };
}

/** `news-annotator agree`: returns the exit code. */
export async function runAgree(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parse(args, {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    'with-suggestions': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (parsed.values.help === true) {
    io.stdout(AGREE_HELP);
    return EXIT.ok;
  }
  const format = stringOption(parsed, 'format') ?? 'table';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}" (expected one of ${FORMATS.join(', ')})`);
  if (parsed.positionals.length < 2) throw new UsageError('agree needs two or more workspace files or JSON exports (see news-annotator agree --help)');
  const withSuggestions = parsed.values['with-suggestions'] === true;
  const analyses = new Map<string, DocumentAnnotations>();
  const annotators: ReadAnnotator[] = [];
  for (const p of parsed.positionals) {
    const file = resolve(p);
    const read = readArticle({ file, display: displayPath(file), outputStem: '' });
    if (typeof read === 'string') throw new InputError(read);
    annotators.push(isStoreFile(file) ? await fromStore(file, withSuggestions, analyses) : fromExport(file, withSuggestions));
  }
  const report = compareAnnotators(annotators);
  if (typeof report === 'string') throw new InputError(report);
  const place = placer(annotators);
  const output = (format as AgreeFormat) === 'json'
    ? `${JSON.stringify(agreementJson(report, place))}\n`
    : format === 'html' ? agreementHtml(report, place) : formatAgreement(report, place);
  const out = stringOption(parsed, 'out');
  if (out === undefined) {
    io.stdout(output);
    return EXIT.ok;
  }
  try {
    writeFileSync(resolve(out), output);
  } catch (err) {
    throw new InputError(`${displayPath(resolve(out))}: cannot write (${(err as Error).message.split('\n')[0]})`);
  }
  io.stdout(`wrote the agreement report to ${displayPath(resolve(out))}\n`);
  return EXIT.ok;
}
