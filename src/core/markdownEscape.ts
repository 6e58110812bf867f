/**
 * Escapes document text for Markdown, the one escaper of the extension (hover cards, tree tooltips, the Markdown
 * report): the text stays on one line and inert. Link, image and emphasis syntax, code spans, headings, table
 * pipes and theme icons (`$(…)`) are backslash-escaped and `&`, `<`, `>` become entities, so a name such as
 * `[x](command:workbench.action.quit)` or `<img onerror=…>` renders as the characters it is and runs nothing.
 * Other punctuation (full stops, commas, hyphens) is left alone so that a report reads as plain text too.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#|~$])/g, '\\$1');
}

/** Builds a `command:` link target with JSON arguments, encoded as VS Code expects. */
export function commandUri(command: string, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}
