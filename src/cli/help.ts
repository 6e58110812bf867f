import { EXPORT_FORMATS } from '../core/export/types';
import { ARTICLE_EXTENSIONS, DEFAULT_MAX_KB } from './inputs';

/** Help of the program as a whole. */
export const MAIN_HELP = `Usage: news-annotator <command> [options]

Marks named entities (people, organisations, places, nationalities and groups) and attributed quotes in
news articles, and exports them.

Commands:
  annotate PATH...        analyse articles and export the annotations
  import FILE...          read JSON or brat exports back into a workspace file
  eval ...                measure the analyser against annotated data
  agree FILE FILE...      agreement between annotators who coded the same articles

Options:
  -h, --help              show help (also: news-annotator <command> --help)
  -v, --version           show the version

Exit codes: 0 success, 1 an input failed, 2 usage error.
`;

/** Help of `annotate`. */
export const ANNOTATE_HELP = `Usage: news-annotator annotate PATH... [options]

Analyses article files, or folders of them (their ${ARTICLE_EXTENSIONS.join(', ')} files, recursively; other
files are skipped), and exports the annotations.

Options:
  -f, --format F          ${EXPORT_FORMATS.join(' | ')} (default: json)
  -o, --out DIR           write one file per article into DIR, named after it (NAME.json, NAME.csv,
                          NAME.jsonld, NAME.ann + NAME.txt, NAME.conll, NAME.md, NAME.html; brat also
                          writes its annotation.conf); without it, print to standard output (several
                          articles: one combined export)
  -s, --store FILE        apply the decisions of this workspace file (news-annotations.json) and export
                          with its annotation scheme; document paths are taken relative to its folder;
                          the analyser suggests what those decisions taught it, as in the editor
      --include-rejected  keep mentions and quotes a person rejected
      --bom               csv: start with a UTF-8 byte order mark (for Excel)
      --max-size KB       skip articles larger than this (default: ${DEFAULT_MAX_KB})
  -j, --jobs N            analysis threads (default: one per core over large folders; 1 analyses in
                          the main thread)
      --explain           json: add to each mention "why", the features that weighed most for its type
  -h, --help              show this help

Offsets are UTF-16 code units, except in brat (.ann) and W3C TextPositionSelector, which count code points.
`;

/** Help of `import`. */
export const IMPORT_HELP = `Usage: news-annotator import FILE... --store FILE

Reads annotations exported as JSON (analysis contract) or brat standoff (.ann, with its .txt beside it) and
records them as decisions in the workspace file: accepted, rejected and added mentions and quotes, speakers,
cues and entity notes. A JSON document is recorded under its document.path, a brat document under the path of
its .txt, both relative to the workspace file's folder, where the article must be found (paths outside that
folder are refused). Several imports or editor windows writing the workspace file at once wait for each other
(through FILE.lock), and none loses the others' decisions.

Options:
  -s, --store FILE        the workspace file to update (required; created if missing)
      --max-size KB       skip exports and articles larger than this (default: ${DEFAULT_MAX_KB})
  -h, --help              show this help
`;

/** Help of `agree`. */
export const AGREE_HELP = `Usage: news-annotator agree FILE FILE... [options]

Compares two or more annotators who coded the same articles. Each FILE is a workspace file
(news-annotations.json, its articles found relative to its folder) or a JSON export (its articles found beside
it or in the working directory). What counts is what a person decided: mentions and quotes they accepted or
added; rejected items and untouched suggestions do not count (see --with-suggestions). An article coded by only
one annotator is left out; the text of an article must be the same for everyone.

Reports, per entity type and overall, precision, recall and F1 of mentions (exact spans and overlapping spans,
same type; the first file of each pair is the reference), Cohen's kappa over tokens (two annotators; with more,
the mean of every pair's) and Krippendorff's alpha (nominal, any number), quote agreement (F1 of quote spans;
among overlapping quotes, how often speaker and cue agree), and every disagreement as FILE:LINE:COL.

Options:
  -f, --format F          table | json | html (default: table); json prints one object on one line
  -o, --out FILE          write the report to FILE instead of standard output
      --with-suggestions  also count the analyser's suggestions nobody accepted or rejected
  -h, --help              show this help
`;
