import { describe, expect, it } from 'vitest';
import { checkSqlFragment } from './sql-fragment-check';

const pg = { backslashEscapes: false, hashComments: false };
const my = { backslashEscapes: true, hashComments: true };

describe('checkSqlFragment', () => {
  it('accepts ordinary expressions, with quotes holding anything', () => {
    expect(checkSqlFragment("status IN ('a;b', 'it''s -- fine')", pg)).toBeUndefined();
    expect(checkSqlFragment('price >= 0 AND (stock > 0 OR "back;order" IS NULL)', pg)).toBeUndefined();
    expect(checkSqlFragment("note <> 'x\\'; y'", my)).toBeUndefined();
  });

  it('rejects what could end the statement or hide the rest of the line', () => {
    expect(checkSqlFragment('1; DROP TABLE t', pg)).toMatch(/;/);
    expect(checkSqlFragment('1 -- comment', pg)).toMatch(/--/);
    expect(checkSqlFragment('1 /* c */', pg)).toMatch(/\/\*/);
    expect(checkSqlFragment('1 # c', my)).toMatch(/#/);
    expect(checkSqlFragment('1 # c', pg)).toBeUndefined();
    expect(checkSqlFragment("'open", pg)).toMatch(/quote/);
    expect(checkSqlFragment('f(1', pg)).toMatch(/parenthesis/);
    expect(checkSqlFragment('1) OR (1', pg)).toMatch(/parenthesis/);
    expect(checkSqlFragment('   ', pg)).toMatch(/empty/);
  });

  it("reads a MySQL backslash-escaped quote as part of the string, and PostgreSQL's as its end", () => {
    // In PostgreSQL 'a\' is a complete string; in MySQL the quote is escaped and the string runs on.
    expect(checkSqlFragment("x = 'a\\' OR 'b'", pg)).toBeUndefined();
    expect(checkSqlFragment("x = 'a\\' OR 'b'", my)).toMatch(/quote/);
  });
});
