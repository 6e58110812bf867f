import { realpathSync } from 'node:fs';
import { dirname, extname, relative, resolve, sep } from 'node:path';
import { fromBrat } from '../core/export/brat';
import { fromJson } from '../core/export/json';
import { ImportError } from '../core/export/types';
import type { DocumentAnnotations } from '../core/model';
import { parse, stringOption } from './args';
import { IMPORT_HELP } from './help';
import { unsafeIdReason, unsafePathReason } from '../core/store/safeKeys';
import { WriteGuard } from '../node/paths';
import { DEFAULT_MAX_KB, displayPath, readArticle } from './inputs';
import { EXIT, UsageError, type CliIo } from './io';
import { openStore, recordImport, saveStore } from './storeBridge';

/** An imported document with the text it annotates, where the export carried or pointed to one. */
export interface Imported {
  annotations: DocumentAnnotations;
  text?: string;
}

/**
 * Why a document path of an export cannot be imported into the workspace file in `root`, or `undefined`: the same
 * rules as when the workspace file is read (relative, forward slashes, no `..`), and the file it names, if any,
 * must really be inside `root` (no symbolic link out of it), so that no text from elsewhere is ever read.
 */
export function documentPathProblem(root: string, path: string): string | undefined {
  const why = unsafePathReason(path);
  if (why) return why;
  let real: string;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
    real = realpathSync(resolve(root, path));
  } catch {
    return undefined;
  }
  const rel = relative(realRoot, real);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || resolve(realRoot, rel) !== real) return `document path "${path}" leads outside the workspace folder (through a link)`;
  return undefined;
}

/** Why an entity id of an export cannot go into a workspace file, or `undefined`. */
function idProblem(doc: DocumentAnnotations): string | undefined {
  const ids = [...doc.entities.map((e) => e.id), ...doc.mentions.map((m) => m.entityId), ...doc.quotes.map((q) => q.speaker?.entityId).filter((id): id is string => id !== undefined)];
  for (const id of ids) {
    const why = unsafeIdReason(id);
    if (why) return why;
  }
  return undefined;
}

/**
 * Reads one export file: `.json` (the analysis contract, one document or an array) or `.ann` (brat, with the
 * `.txt` of the same name beside it). Document paths are relative to `root` (the workspace file's folder) and
 * must stay inside it; entity ids must be safe keys. Returns the documents, or a one-line message naming the
 * file and the problem. Reads no file larger than `maxKb`.
 */
export function readExport(file: string, root: string, maxKb = DEFAULT_MAX_KB): Imported[] | string {
  const display = displayPath(file);
  const ext = extname(file).toLowerCase();
  if (ext !== '.json' && ext !== '.ann') return `${display}: not a JSON (.json) or brat (.ann) export`;
  const read = readArticle({ file, display, outputStem: '' }, maxKb);
  if (typeof read === 'string') return read;
  try {
    let docs: Imported[];
    if (ext === '.json') {
      docs = fromJson(read.text, display, (path) => textBeside(root, path, maxKb)).map((annotations) => ({ annotations, text: textBeside(root, annotations.document.path, maxKb) }));
    } else {
      const txtFile = `${file.slice(0, -ext.length)}.txt`;
      const txt = readArticle({ file: txtFile, display: displayPath(txtFile), outputStem: '' }, maxKb);
      if (typeof txt === 'string') return `${display}: brat needs its text file beside it (${txt})`;
      docs = [{ annotations: fromBrat(read.text, txt.text, relative(root, txtFile).split(sep).join('/'), display), text: txt.text }];
    }
    for (const doc of docs) {
      const why = documentPathProblem(root, doc.annotations.document.path) ?? idProblem(doc.annotations);
      if (why) return `${display}: ${why}; nothing was imported (document paths are relative to the folder of the workspace file)`;
    }
    return docs;
  } catch (err) {
    if (err instanceof ImportError) return err.message;
    throw err;
  }
}

/** The article at a workspace-relative path, when the path is safe, the file exists and reads as text. */
function textBeside(root: string, path: string, maxKb: number): string | undefined {
  if (!path || documentPathProblem(root, path)) return undefined;
  const read = readArticle({ file: resolve(root, path), display: path, outputStem: '' }, maxKb);
  return typeof read === 'string' ? undefined : read.text;
}

/** `news-annotator import`: returns the exit code. */
export async function runImport(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parse(args, { store: { type: 'string', short: 's' }, 'max-size': { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (parsed.values.help === true) {
    io.stdout(IMPORT_HELP);
    return EXIT.ok;
  }
  const storeOption = stringOption(parsed, 'store');
  if (storeOption === undefined) throw new UsageError('import needs --store FILE, the workspace file to record the decisions in');
  if (parsed.positionals.length === 0) throw new UsageError('import needs at least one .json or .ann file (see news-annotator import --help)');
  const maxSize = stringOption(parsed, 'max-size');
  const maxKb = maxSize === undefined ? DEFAULT_MAX_KB : Number(maxSize);
  if (!Number.isInteger(maxKb) || maxKb <= 0) throw new UsageError(`--max-size needs a whole number of KB above 0, not "${maxSize}"`);
  const storeFile = resolve(storeOption);
  const root = dirname(storeFile);
  const failures: string[] = [];
  const imported: Array<Imported & { text: string }> = [];
  // The workspace file is the one output: it must not be one of the exports read.
  const guard = new WriteGuard();
  for (const p of parsed.positionals) guard.addInput(resolve(p), displayPath(resolve(p)));
  const clash = guard.inputAt(storeFile);
  if (clash !== undefined) {
    io.stderr(`news-annotator: ${displayPath(storeFile)}: the workspace file would overwrite the input ${clash}; nothing was written\n`);
    return EXIT.input;
  }
  for (const p of parsed.positionals) {
    const result = readExport(resolve(p), root, maxKb);
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
