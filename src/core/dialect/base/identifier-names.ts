/** Byte and character lengths of identifiers, and the names generated for unnamed indexes. */

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one code point of four bytes.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Number of code points (MySQL counts identifier length in characters, not UTF-16 units). */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** The longest prefix of `text` that fits in `maxBytes` UTF-8 bytes, never splitting a character. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  let bytes = 0;
  let out = '';
  for (const ch of text) {
    const size = utf8Length(ch);
    if (bytes + size > maxBytes) break;
    bytes += size;
    out += ch;
  }
  return out;
}

/** The first `max` code points of `text`. */
export function truncateCodePoints(text: string, max: number): string {
  let out = '';
  let n = 0;
  for (const ch of text) {
    if (n++ >= max) break;
    out += ch;
  }
  return out;
}

/**
 * A name for an unnamed index, the way PostgreSQL names them (`orders_user_id_status_idx`),
 * shortened to the limit and made unique among `taken` by a counter, as PostgreSQL does.
 */
export function generatedIndexName(table: string, columns: readonly string[], taken: ReadonlySet<string>, maxBytes: number): string {
  const base = `${table}_${columns.join('_')}`;
  for (let n = 0; ; n++) {
    const suffix = n === 0 ? '_idx' : `_idx${n}`;
    const name = truncateUtf8(base, maxBytes - suffix.length) + suffix;
    if (!taken.has(name)) return name;
  }
}
