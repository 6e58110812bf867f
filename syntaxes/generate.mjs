// Generates syntaxes/news.tmLanguage.json, the TextMate grammar of the `news` language.
// The grammar is written here rather than by hand in JSON because several rules share long fragments (dates,
// names, agencies); composing them from named pieces keeps the regular expressions readable and consistent.
// Run `node syntaxes/generate.mjs` after editing; `--check` exits non-zero when the JSON is out of date.
//
// Performance rules every fragment follows (bench/grammar.mjs measures them):
// - no nested unbounded quantifiers over overlapping alternatives (no catastrophic backtracking);
// - whole-line rules are anchored with `^`, so each is tried once per line, and their `.*` either has a bound
//   or is followed only by the end of the line;
// - patterns that could start inside a word carry a lookbehind, so each word is scanned once, not once per letter;
// - quotations never span a blank line, so one stray quote mark cannot colour the rest of the article.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('./news.tmLanguage.json', import.meta.url));
/** The news vocabulary the analyser reads too (titles, name particles, agencies), so that both agree. */
const LEXICON = JSON.parse(readFileSync(fileURLToPath(new URL('../src/core/nlp/newsLexicon.json', import.meta.url)), 'utf8'));

/** Horizontal white space; `\s` would also eat the newline vscode-textmate appends to each line. */
const S = '[ \\t]';

// --- dates and times -------------------------------------------------------------------------------------
const MONTH = String.raw`(?i:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;
const WEEKDAY = String.raw`(?i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?`;
const DAY = String.raw`\d{1,2}(?i:st|nd|rd|th)?`;
const YEAR = String.raw`\d{4}`;
const ISO_DATE = String.raw`\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const WORD_DATE = `(?:${WEEKDAY},?${S}+)?(?:${MONTH}${S}+${DAY}(?:,?${S}+${YEAR})?|${DAY}${S}+(?:of${S}+)?${MONTH}(?:,?${S}+${YEAR})?|${MONTH}${S}+${YEAR})`;
const NUMERIC_DATE = String.raw`\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4}`;
const DATE = `(?:${WORD_DATE}|${ISO_DATE}|${NUMERIC_DATE})`;
const TIME = String.raw`(?:\d{1,2}(?:[:.]\d{2}){1,2}(?:${S}*(?i:[ap]\.?m\.?))?|\d{1,2}${S}*(?i:[ap]\.?m\.?))(?:${S}+(?:[A-Z]{2,5}|UTC[+-]\d{1,2}))?`;
const RELATIVE = String.raw`\d{1,3}${S}+(?i:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)${S}+ago`;
const DATETIME = `(?:${DATE}(?:(?:${S}*,|${S}+at|${S}*[|·•–—-])?${S}*${TIME})?|${TIME}(?:${S}*[,|·•–—-]?${S}*${DATE})?|${RELATIVE})`;
const DATE_LABEL = String.raw`(?i:published|updated|last${S}+updated|first${S}+published|posted|modified|date)(?:${S}+on)?`;

// --- names -------------------------------------------------------------------------------------------------
/**
 * One capitalised word of a personal name: `Orlin`, `O’Brien`, `al-Assad`, `d’Estaing`, `Jean-Paul`, `J.`.
 * The capitalised linking words are refused because all-caps bylines (`BY JOHN SMITH FOR DAILYMAIL.COM`)
 * would otherwise read them as names.
 */
const NAME_WORD = String.raw`(?!(?:AND|FOR|IN|AT|OF|WITH)(?![\p{L}\p{M}'’.\-]))(?:(?:al|el|ad|ben)-|d['’])?\p{Lu}[\p{L}\p{M}'’.\-]*`;
// Longest first, so that an alternation never stops at a prefix (`del` before `de`).
const PARTICLE = `(?:${[...LEXICON.nameParticles].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|')})`;
const NAME = `${NAME_WORD}(?:${S}+(?:${PARTICLE}${S}+){0,2}${NAME_WORD}){0,4}`;
const NAME_SEPARATOR = `(?:${S}*,${S}*(?:and${S}+)?|${S}+(?:and|AND)${S}+|${S}*&${S}*)`;
const AUTHORS = `${NAME}(?:${NAME_SEPARATOR}${NAME}){0,5}`;
/** `Reporting by`, `Additional reporting by`, `Editing by` in the footer of wire stories. */
const CONTRIBUTOR_ROLE = `(?:(?:Additional|additional)${S}+)?(?:Reporting|reporting|Editing|editing|Writing|writing|Research|research|Compiled|compiled)${S}+by`;
/** What may follow the names in a byline: outlet, role or place; never a sentence (no final punctuation). */
const BYLINE_TAIL = String.raw`[\p{Lu}\p{N}@][^\n]{0,60}?(?<![.!?:;,])`;

// --- photo credits -----------------------------------------------------------------------------------------
const AGENCY = String.raw`(?i:getty(?:${S}+images)?|pa(?:${S}+(?:media|wire|images|archive))?|reuters|afp|ap|epa(?:-efe)?|efe|alamy(?:${S}+stock${S}+photo)?|shutterstock|bloomberg|rex(?:${S}+features)?|anadolu(?:${S}+agency)?|xinhua|tass|ria${S}+novosti|sputnik|nurphoto|sopa${S}+images|zuma(?:${S}+(?:press|wire))?|dpa|ansa|kyodo|yonhap|supplied|handout|pool)(?:${S}+(?i:photos?|pictures?|images?))?`;
const CREDIT_NAME = String.raw`\p{Lu}[\p{L}\p{M}.'’\-]*(?:${S}+\p{Lu}[\p{L}\p{M}.'’\-]*){0,3}`;
const CREDIT_SEPARATOR = `(?:${S}*[/,;&]${S}*|${S}+(?:via|for|and|from)${S}+)`;
/** A line that is only agencies and photographers: `GETTY`, `PA Media`, `REUTERS/Jane Doe`, `AFP via Getty Images`. */
const AGENCY_LINE = `${AGENCY}(?:${CREDIT_SEPARATOR}${CREDIT_NAME}){0,6}`;
const PICTURE = '(?:image|photo|photograph|picture|video|illustration|graphic)s?';
/**
 * Labels followed by `:` (`Image: NASA.`), or by `,` in the two-word form scraped pages show
 * (`Image source, Getty Images`); `Pictures, videos and posts...` is prose.
 */
const CREDIT_LABEL_PUNCT = `(?:(?i:${PICTURE}(?:${S}+(?:credit|source))?|credits?)${S}*:|(?i:(?:image|photo|picture)${S}+(?:credit|source))${S}*,)`;
/**
 * Labels that read on into the credit (`Photo by Jane Doe`, `Courtesy of`, `© Reuters`, `Copyright 2025 AP`).
 * `by` wants a capitalised name and `Copyright` a sign or year, so `Photos by the agency showed...` and
 * `Copyright law...` stay prose.
 */
const CREDIT_LABEL_WORD = `(?:(?i:${PICTURE}${S}+by)(?=${S}+\\p{Lu})|(?i:(?:${PICTURE}${S}+)?courtesy(?:${S}+of)?)|(?i:copyright)(?=${S}*(?:©|\\((?i:c)\\)|\\d{4}))|©|\\((?i:c)\\))`;
/** Case-sensitive, colon only: used at the end of a caption line, where `image,` could be ordinary prose. */
const TRAILING_CREDIT_LABEL = `(?:Image|Photo|Photograph|Picture|Video|Illustration)s?(?:${S}+(?:credit|source))?:`;
/** Agencies as scraped pages glue them to the end of a caption (`Vladimir PutinGetty`, `Great YarmouthPA`). */
const GLUED_AGENCY = String.raw`Getty${S}+Images|Getty|GETTY|PA${S}+Media|PA|AP|AFP|EPA|Reuters|REUTERS|Alamy|Shutterstock|Bloomberg|Supplied|Handout`;
const CAPTION_LABEL = `(?:(?i:(?:image|photo|media|video)${S}+caption|caption)${S}*[:,]|(?i:pictured|above|below|top|left|right|main${S}+image|inset)${S}*:)`;

// --- wire datelines ----------------------------------------------------------------------------------------
const DATELINE_PLACE = String.raw`\p{Lu}[\p{Lu}.'’\-]+(?:${S}+\p{Lu}[\p{Lu}.'’\-]+){0,3}`;
const DATELINE_REGION = String.raw`\p{Lu}[\p{L}.'’\-]*(?:${S}+\p{Lu}[\p{L}.'’\-]*){0,2}`;
const DATELINE_DATE = `(?:${MONTH}${S}+${DAY}(?:,?${S}+${YEAR})?|${DAY}${S}+${MONTH}(?:${S}+${YEAR})?)`;
/** A plain hyphen only counts after the agency in brackets (`LONDON (Reuters) -`), where it cannot be prose. */
const DATELINE_DASH = String.raw`(—|–|--|(?:(?<=\))|(?<=\)${S}))-)`;

/** Words a heading seldom ends with but a hard-wrapped line often does (fixed strings: used in a lookbehind). */
const LINKING_WORD = '(?:the|The|a|A|an|An|of|and|or|to|in|on|for|with|at|by|from|that|as|is|was|were|said|says|has|have|had|will|would|but)';

/** Scope for a whole-span capture, optionally tokenised further with `patterns`. */
const cap = (name, ...includes) => (includes.length ? { name, patterns: includes.map((i) => ({ include: i })) } : { name });

const paragraphEnd = `^(?=${S}*$)`;

const repository = {
  headline: {
    comment: 'The first non-empty line of the article. \\A matches only on the first line of the document, so the rule opens there and closes on the first line that holds text, which becomes the headline.',
    begin: '\\A',
    end: `^${S}*+(?:(#{1,6})${S}+)?(\\S(?:.*\\S)?)${S}*$`,
    endCaptures: {
      // vscode-textmate drops capture 0's scope from a capture that is tokenised further (capture 2), so that
      // capture names the whole path itself.
      0: { name: 'meta.headline.news' },
      1: { name: 'markup.heading.1.news punctuation.definition.heading.news' },
      2: cap('meta.headline.news markup.heading.1.news', '#quotes', '#stray-escape'),
    },
  },
  'markdown-heading': {
    match: `^${S}{0,3}(#{1,6})${S}+(\\S(?:.*\\S)?)?${S}*$`,
    name: 'markup.heading.news',
    captures: {
      1: { name: 'punctuation.definition.heading.news' },
      2: cap('entity.name.section.news', '#quotes', '#stray-escape'),
    },
  },
  separator: {
    match: `^${S}{0,3}([-*_•])(?:${S}*\\1){2,}${S}*$`,
    name: 'meta.separator.news',
  },
  byline: {
    comment: 'By Jane Doe and John Roe, BBC News. The names must be capitalised and the line must not read on as a sentence, so "By the end of the year..." stays prose.',
    match: `^${S}*+(By|BY|Written${S}+by|WRITTEN${S}+BY|Words${S}+by|Story${S}+by|Text${S}+by)${S}+(${AUTHORS})(?:(${S}*(?:,|\\||–|—|${S}-)${S}*|${S}+(?:for|in|at|of|with|FOR|IN|AT|OF|WITH)${S}+)(${BYLINE_TAIL}))?${S}*$`,
    name: 'meta.byline.news',
    captures: {
      1: { name: 'keyword.other.byline.news' },
      2: cap('meta.byline.authors.news', '#author-name', '#author-separator'),
      3: { name: 'punctuation.separator.byline.news' },
      4: cap('meta.byline.affiliation.news', '#date-inline'),
    },
  },
  contributors: {
    comment: 'The wire-story footer that credits reporters and editors: "Reporting by Guy Faulconbridge; Editing by Andrew Osborn".',
    match: `^${S}*+(?=(?:Additional${S}+)?(?:Reporting|Editing|Writing|Research|Compiled)${S}+by${S})(.*?)${S}*$`,
    name: 'meta.byline.news',
    captures: { 1: cap('meta.byline.contributors.news', '#contributor-role', '#author-name', '#author-separator') },
  },
  'contributor-role': {
    match: CONTRIBUTOR_ROLE,
    name: 'keyword.other.byline.news',
  },
  'author-name': {
    match: NAME,
    name: 'entity.name.type.author.news',
  },
  'author-separator': {
    match: '[,;&]',
    name: 'punctuation.separator.author.news',
  },
  'date-line': {
    comment: 'A line that is only a date or time, optionally labelled: "Friday, July 21, 2017", "Updated: 12 March 2025 14:05 GMT".',
    match: `^${S}*+(?:(${DATE_LABEL})${S}*:?${S}*)?(${DATETIME})(?:${S}*[,;|·•–—-]${S}*(?:(${DATE_LABEL})${S}*:?${S}*)?(${DATETIME}))?${S}*\\.?${S}*$`,
    name: 'meta.dateline.news',
    captures: {
      1: { name: 'keyword.other.dateline.news' },
      2: { name: 'constant.numeric.date.news' },
      3: { name: 'keyword.other.dateline.news' },
      4: { name: 'constant.numeric.date.news' },
    },
  },
  'date-inline': {
    match: `(?<![\\p{L}\\p{N}])${DATE}(?![\\p{L}\\p{N}])`,
    name: 'constant.numeric.date.news',
  },
  'wire-dateline': {
    comment: 'The place (and agency) that opens a wire story: "MOSCOW (Reuters) -", "KYIV, Ukraine (AP) —", "LONDON, March 12 —".',
    match: `^${S}*+(${DATELINE_PLACE})(?:,${S}*(${DATELINE_REGION}))?(?:,${S}*(${DATELINE_DATE}))?(?:${S}*\\(([^()\\n]{1,40})\\))?${S}*${DATELINE_DASH}(?=${S}|\\p{Lu}|$)`,
    name: 'meta.dateline.news',
    captures: {
      1: { name: 'entity.name.type.place.news' },
      2: { name: 'entity.name.type.place.news' },
      3: { name: 'constant.numeric.date.news' },
      4: { name: 'entity.name.type.agency.news' },
      5: { name: 'punctuation.separator.dateline.news' },
    },
  },
  'credit-line': {
    comment: 'A line that is only a photo credit: "GETTY", "PA", "REUTERS/Jane Doe", "Image: NASA.", "(Photo by Jane Doe/AFP via Getty Images)".',
    match: `^${S}*+(\\(?(?:${CREDIT_LABEL_PUNCT}|${CREDIT_LABEL_WORD})${S}*\\S[^\\n]{0,99}?|${AGENCY_LINE})${S}*$`,
    captures: { 1: { name: 'comment.line.credit.news' } },
  },
  'caption-labelled': {
    match: `^${S}*+(${CAPTION_LABEL})${S}*(.*?)${S}*$`,
    name: 'markup.italic.caption.news',
    captures: {
      1: { name: 'punctuation.definition.caption.news' },
      2: cap('meta.caption.text.news', '#inline'),
    },
  },
  'caption-with-credit': {
    comment: 'A caption whose last words credit the picture: "A showdown at the 501st Legion booth. Image: Nick Moreau."',
    match: `^${S}*+(\\S.*?)${S}+(${TRAILING_CREDIT_LABEL}${S}*\\S[^\\n]{0,79}?)${S}*$`,
    name: 'meta.caption.news',
    captures: {
      1: cap('markup.italic.caption.news', '#inline'),
      2: { name: 'comment.line.credit.news' },
    },
  },
  'caption-glued-credit': {
    comment: 'Scraped captions often end with the agency glued to the last word: "Vladimir PutinGetty".',
    match: `^${S}*+(\\S.*?[\\p{Ll}\\p{N}.)])(${GLUED_AGENCY})${S}*$`,
    name: 'meta.caption.news',
    captures: {
      1: cap('markup.italic.caption.news', '#inline'),
      2: { name: 'comment.line.credit.news' },
    },
  },
  subheading: {
    comment: 'A short line that does not end like a sentence: a crosshead such as "Superstars" or "Group F — Sweden 1 – 0 Korea Republic". Lines with quotation marks or ending in a linking word are more likely a hard-wrapped paragraph than a heading.',
    match: `^${S}*+([\\p{Lu}\\p{N}][^\\n“”"«»„‘]{0,58}[^\\s.!?:;,…"“”'’)\\]])(?<!${S}${LINKING_WORD})${S}*$`,
    captures: { 1: cap('markup.heading.2.news', '#quotes', '#stray-escape') },
  },
  inline: {
    patterns: [
      { include: '#quotes' },
      { include: '#link' },
      { include: '#email' },
      { include: '#number' },
      { include: '#stray-escape' },
    ],
  },
  quotes: {
    patterns: [
      { include: '#quote-double-curly' },
      { include: '#quote-double-low' },
      { include: '#quote-guillemet' },
      { include: '#quote-double-straight' },
      { include: '#quote-single-curly' },
      { include: '#quote-single-straight' },
    ],
  },
  'quote-double-curly': quote('“', '”', paragraphEnd, 'string.quoted.double.news', '#nested-single'),
  'quote-double-low': quote('„', '[“”]', paragraphEnd, 'string.quoted.double.news', '#nested-single'),
  'quote-guillemet': quote('«', '»', paragraphEnd, 'string.quoted.other.guillemet.news', '#nested-single'),
  'quote-double-straight': quote('"', '"', paragraphEnd, 'string.quoted.double.news', '#nested-single'),
  'quote-single-curly': quote(
    '(?<![\\p{L}\\p{N}])‘(?=\\S)',
    '’(?![\\p{L}\\p{N}])',
    paragraphEnd,
    'string.quoted.single.news',
    '#nested-double',
  ),
  // A straight apostrophe is far more often an elision than a quotation mark, so it opens a quotation only
  // before a letter and after a non-letter, and the quotation ends with the line.
  'quote-single-straight': quote(
    "(?<![\\p{L}\\p{N}'’])'(?=\\p{L})",
    "'(?![\\p{L}\\p{N}])",
    '$',
    'string.quoted.single.news',
    '#nested-double',
  ),
  'nested-single': quote(
    "(?<![\\p{L}\\p{N}])‘(?=\\S)|(?<![\\p{L}\\p{N}'’])'(?=\\p{L})",
    "[’'](?![\\p{L}\\p{N}])",
    '(?=[”"»“])|$',
    'string.quoted.single.news',
  ),
  'nested-double': quote('[“"]', '[”"]', "(?=[’'](?![\\p{L}\\p{N}]))|$", 'string.quoted.double.news'),
  link: {
    match: String.raw`(?<![\w@/])(?:https?://|www\.)[^\s<>"“”‘’()\[\]]*[^\s<>"“”‘’()\[\].,;:!?'*]`,
    name: 'markup.underline.link.news',
  },
  email: {
    match: String.raw`(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+`,
    name: 'markup.underline.link.email.news',
  },
  number: {
    match: String.raw`(?<![\p{L}\p{N}_.,])[£$€¥₹]?\d+(?:[.,:]\d+)*(?:%|st|nd|rd|th|s|bn|m|k)?(?![\p{L}\p{N}_])`,
    name: 'constant.numeric.news',
  },
  'stray-escape': {
    comment: 'Escapes left behind by scrapers, such as a literal u200b (zero-width space) in the text.',
    match: String.raw`\\?(?<![\p{L}\p{N}])u(?:200[b-f]|2060|feff|00a0)(?![\p{L}\p{N}])`,
    name: 'constant.character.escape.unicode.news',
  },
};

/**
 * A quotation as a begin/end rule. `stop` ends it without a closing mark (paragraph end for double quotes),
 * so an unbalanced mark colours at most the rest of its paragraph.
 */
function quote(open, close, stop, name, ...includes) {
  return {
    begin: open,
    end: `(${close})|${stop}`,
    name,
    beginCaptures: { 0: { name: 'punctuation.definition.string.begin.news' } },
    endCaptures: { 1: { name: 'punctuation.definition.string.end.news' } },
    ...(includes.length ? { patterns: includes.map((i) => ({ include: i })) } : {}),
  };
}

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  information_for_contributors: [
    'This file is generated from syntaxes/generate.mjs: edit that file and run `node syntaxes/generate.mjs`.',
  ],
  name: 'News article',
  scopeName: 'source.news',
  fileTypes: ['news'],
  patterns: [
    { include: '#headline' },
    { include: '#markdown-heading' },
    { include: '#separator' },
    { include: '#byline' },
    { include: '#contributors' },
    { include: '#date-line' },
    { include: '#credit-line' },
    { include: '#caption-labelled' },
    { include: '#caption-with-credit' },
    { include: '#caption-glued-credit' },
    { include: '#wire-dateline' },
    { include: '#subheading' },
    { include: '#inline' },
  ],
  repository,
};

const json = `${JSON.stringify(grammar, null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    // A missing file is simply out of date.
  }
  if (current !== json) {
    console.error('syntaxes/news.tmLanguage.json is out of date: run `node syntaxes/generate.mjs`.');
    process.exit(1);
  }
} else {
  writeFileSync(OUT, json);
}
