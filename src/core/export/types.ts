import type { DocumentAnnotations } from '../model';
import type { Scheme } from '../scheme';

/** One article handed to an exporter: its annotations and the text they point into. */
export interface ExportDocument {
  annotations: DocumentAnnotations;
  text: string;
  /** The annotation scheme of its workspace file (labels, colours, quote attributes); none: the built-in four. */
  scheme?: Scheme;
}

/** The export formats, as named on the command line and in the Export… quick pick. */
export type ExportFormat = 'json' | 'csv' | 'w3c' | 'brat' | 'conll' | 'markdown' | 'html';

/** All export formats, in the order they are offered. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'csv', 'w3c', 'brat', 'conll', 'markdown', 'html'];

/** File extension (with dot) of each format's main output; brat also writes a `.txt` copy. */
export const FORMAT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  json: '.json',
  csv: '.csv',
  w3c: '.jsonld',
  brat: '.ann',
  conll: '.conll',
  markdown: '.md',
  html: '.html',
};

/** Thrown by the importers on input they cannot read; the message says where and why. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
