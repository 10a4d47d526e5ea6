import type { Id } from './types';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A new random id such as `tbl_k3v9x0q2m7`. The prefix says what kind of object it names, which
 * makes files and error messages readable; identity never depends on it.
 */
export function createId(prefix: string): Id {
  const bytes = new Uint8Array(10);
  globalThis.crypto.getRandomValues(bytes);
  let suffix = '';
  for (const byte of bytes) suffix += ALPHABET[byte % ALPHABET.length];
  return `${prefix}_${suffix}`;
}
