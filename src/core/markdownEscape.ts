/**
 * Escapes document text for VS Code Markdown (hover cards): every ASCII punctuation mark that Markdown or HTML
 * could act on is neutralised, so a name like `[x](command:workbench.action.quit)` or `<img onerror=…>` renders as
 * the characters it is and runs nothing. Newlines become spaces, so text cannot start a block (heading, list).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~=:"'$%,;?@^/]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Builds a `command:` link target with JSON arguments, encoded as VS Code expects. */
export function commandUri(command: string, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}
