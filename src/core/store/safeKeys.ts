// Keys come from a file anyone can edit (or a merge can mangle): they must never reach object prototypes
// nor name a file outside the workspace folder.

/** Keys that would reach or shadow `Object.prototype` if used on a plain object. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Offset of the first control character (C0 or DEL), or -1; a loop rather than a regular expression full of them. */
export function firstControlChar(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return i;
  }
  return -1;
}

/** True for a key that is safe on any object. */
export function isSafeKey(key: string): boolean {
  return !FORBIDDEN_KEYS.has(key);
}

/**
 * Why a document key is not a safe workspace-relative path (forward slashes, no `.`/`..` segments, not
 * absolute, no drive letter, no backslash, no control characters), or `undefined` when it is.
 */
export function unsafePathReason(path: string): string | undefined {
  if (path.length === 0) return 'empty document path';
  if (path.length > 4096) return 'document path too long';
  if (firstControlChar(path) !== -1) return 'control character in document path';
  if (path.includes('\\')) return `document path "${path}" uses a backslash; use forward slashes`;
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.startsWith('~')) return `document path "${path}" is absolute; it must be relative to the workspace folder`;
  for (const segment of path.split('/')) {
    if (segment === '..') return `document path "${path}" points outside the workspace folder`;
    if (segment === '' || segment === '.') return `document path "${path}" has an empty or "." segment`;
    if (!isSafeKey(segment)) return `document path "${path}" uses the reserved name "${segment}"`;
  }
  return undefined;
}

/** Why an entity id is unusable, or `undefined` when it is fine. */
export function unsafeIdReason(id: string): string | undefined {
  if (id.length === 0) return 'empty entity id';
  if (id.length > 512) return 'entity id too long';
  if (!isSafeKey(id)) return `entity id "${id}" is a reserved name`;
  if (firstControlChar(id) !== -1) return 'control character in entity id';
  return undefined;
}

/** A null-prototype record, for unknown keys read from a file. */
export function nullRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
