import { describe, expect, it } from 'vitest';
import { containsOutsideQuotes, isSingleCall, isWrapped } from './sql-text';

describe('quote-aware SQL scans', () => {
  it('finds parentheses and words only outside quoted text', () => {
    expect(isWrapped("(a + ')' + b)")).toBe(true);
    expect(isWrapped('(a) + (b)')).toBe(false);
    expect(isSingleCall("concat('(', x, 'it''s')")).toBe(true);
    expect(isSingleCall('now() + 1')).toBe(false);
    expect(containsOutsideQuotes("'a || b' || c", '||')).toBe(true);
    expect(containsOutsideQuotes("'a || b'", '||')).toBe(false);
    expect(containsOutsideQuotes("'it\\'s || x'", '||')).toBe(false);
  });
});
