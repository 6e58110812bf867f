import { existsSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { fromBrat } from '../core/export/brat';
import { fromJson } from '../core/export/json';
import { ImportError } from '../core/export/types';
import type { DocumentAnnotations } from '../core/model';
import { parse, stringOption } from './args';
import { IMPORT_HELP } from './help';
import { displayPath, readArticle } from './inputs';
import { EXIT, UsageError, type CliIo } from './io';
import { openStore, recordImport, saveStore } from './storeBridge';

/** An imported document with the text it annotates, where the export carried or pointed to one. */
export interface Imported {
  annotations: DocumentAnnotations;
  text?: string;
}

/**
 * Reads one export file: `.json` (the analysis contract, one document or an array) or `.ann` (brat, with the
 * `.txt` of the same name beside it). Paths of brat documents are taken relative to `root`.
 * Returns the documents, or a one-line message naming the file and the problem.
 */
export function readExport(file: string, root: string): Imported[] | string {
  const display = displayPath(file);
  const ext = extname(file).toLowerCase();
  if (ext !== '.json' && ext !== '.ann') return `${display}: not a JSON (.json) or brat (.ann) export`;
  const read = readArticle({ file, display, outputStem: '' });
  if (typeof read === 'string') return read;
  try {
    if (ext === '.json') {
      return fromJson(read.text, display, (path) => textBeside(root, path)).map((annotations) => ({ annotations, text: textBeside(root, annotations.document.path) }));
    }
    const txtFile = `${file.slice(0, -ext.length)}.txt`;
    const txt = readArticle({ file: txtFile, display: displayPath(txtFile), outputStem: '' });
    if (typeof txt === 'string') return `${display}: brat needs its text file beside it (${txt})`;
    return [{ annotations: fromBrat(read.text, txt.text, displayPath(txtFile, root), display), text: txt.text }];
  } catch (err) {
    if (err instanceof ImportError) return err.message;
    throw err;
  }
}

/** The article at a workspace-relative path, when it exists and reads as text. */
function textBeside(root: string, path: string): string | undefined {
  const file = resolve(root, path);
  if (!path || !existsSync(file)) return undefined;
  const read = readArticle({ file, display: path, outputStem: '' });
  return typeof read === 'string' ? undefined : read.text;
}

/** `news-annotator import`: returns the exit code. */
export async function runImport(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parse(args, { store: { type: 'string', short: 's' }, help: { type: 'boolean', short: 'h' } });
  if (parsed.values.help === true) {
    io.stdout(IMPORT_HELP);
    return EXIT.ok;
  }
  const storeOption = stringOption(parsed, 'store');
  if (storeOption === undefined) throw new UsageError('import needs --store FILE, the workspace file to record the decisions in');
  if (parsed.positionals.length === 0) throw new UsageError('import needs at least one .json or .ann file (see news-annotator import --help)');
  const storeFile = resolve(storeOption);
  const root = dirname(storeFile);
  const failures: string[] = [];
  const imported: Array<Imported & { text: string }> = [];
  for (const p of parsed.positionals) {
    const result = readExport(resolve(p), root);
    if (typeof result === 'string') {
      failures.push(result);
      continue;
    }
    for (const doc of result) {
      // Decisions are anchored in the article's text, so the article must be where the export says it is.
      if (doc.text === undefined) failures.push(`${displayPath(resolve(p))}: cannot find its article ${doc.annotations.document.path} (paths are relative to the folder of ${displayPath(storeFile)})`);
      else imported.push({ annotations: doc.annotations, text: doc.text });
    }
  }
  if (imported.length > 0) {
    const session = await openStore(storeFile);
    if (typeof session === 'string') {
      failures.push(session);
    } else {
      for (const doc of imported) recordImport(session, doc.annotations, doc.text);
      const problem = await saveStore(session);
      if (problem) failures.push(problem);
      else {
        const mentions = imported.reduce((n, d) => n + d.annotations.mentions.length, 0);
        const quotes = imported.reduce((n, d) => n + d.annotations.quotes.length, 0);
        io.stdout(`imported ${imported.length} document(s) (${mentions} mentions, ${quotes} quotes) into ${displayPath(storeFile)}\n`);
      }
    }
  }
  for (const f of failures) io.stderr(`news-annotator: ${f}\n`);
  return failures.length > 0 ? EXIT.input : EXIT.ok;
}
