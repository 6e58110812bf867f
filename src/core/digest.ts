import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** Hex SHA-256 of the UTF-8 encoding of a text (a lone surrogate encoded as U+FFFD, as every encoder does). */
export type TextDigest = (text: string) => string;

/** The digest every host has: pure JavaScript, so the web build and the core's tests need nothing else. */
export const portableSha256Hex: TextDigest = (text) => bytesToHex(sha256(utf8ToBytes(text)));

let digest: TextDigest = portableSha256Hex;

/**
 * Hex SHA-256 of the UTF-8 encoding of `text`: the analysis contract's `document.sha256`, computed at every analysis
 * (every keystroke's too), so a host's native digest is used where it has one (`useNativeDigest`).
 */
export function sha256Hex(text: string): string {
  return digest(text);
}

/**
 * Uses a host's native SHA-256 (Node's `crypto`: about a tenth of the portable one's time on a 200 KB article)
 * instead of the portable one; it must give the same hex for every string. Set once by a host's entry point; the
 * core itself never imports a host's modules.
 */
export function useNativeDigest(native: TextDigest): void {
  digest = native;
}
