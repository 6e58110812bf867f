import { createHash } from 'node:crypto';
import { useNativeDigest, type TextDigest } from '../core/digest';

/** Node's native SHA-256, as the core's `sha256Hex` computes it (UTF-8, hex). */
export const nodeSha256Hex: TextDigest = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Makes the core hash documents with Node's native SHA-256 in this thread (the desktop worker, the CLI and its workers). */
export function useNodeDigest(): void {
  useNativeDigest(nodeSha256Hex);
}
