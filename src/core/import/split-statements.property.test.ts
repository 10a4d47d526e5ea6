import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../document/integrity';
import { importSql } from './import-sql';
import { splitStatements, unwrapConditionalComments } from './split-statements';

/** SQL-ish text: keywords, names, quotes, comments, delimiters and line breaks in any order. */
const pieces = fc.constantFrom(
  'CREATE TABLE ', 't', ' (', 'id int', ', ', 'name text', ')', ';', '\n', "'a;b'", '"q;"', '`b;`', '-- c;\n', '/* x; */', '/*!40101 SET x=1 */', '$$ ; $$', '$f$ ; $f$',
  'DELIMITER ;;\n', 'DELIMITER ;\n', '\\c db\n', 'BEGIN ATOMIC ', 'END', ' ', "E'\\';'", '#h;\n', 'ALTER TABLE t ADD CONSTRAINT k PRIMARY KEY (id)', 'é', ',,',
);
const sqlish = fc.array(pieces, { maxLength: 40 }).map((p) => p.join(''));

describe('splitStatements (properties)', () => {
  it('never throws, and every statement is the source text at its offset', () => {
    fc.assert(
      fc.property(sqlish, fc.constantFrom('postgres' as const, 'mysql' as const), (text, dialect) => {
        const code = dialect === 'mysql' ? unwrapConditionalComments(text) : text;
        let last = -1;
        for (const s of splitStatements(text, dialect)) {
          expect(s.start).toBeGreaterThan(last);
          expect(code.slice(s.start, s.start + s.text.length)).toBe(s.text);
          last = s.start;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('importSql never throws and always returns a diagram that passes checkIntegrity', async () => {
    await fc.assert(
      fc.asyncProperty(sqlish, fc.constantFrom('postgres' as const, 'mysql' as const), async (text, dialect) => {
        const result = await importSql(text, { dialect });
        expect(checkIntegrity(result.diagram)).toEqual([]);
        for (const e of [...result.errors, ...result.notices]) {
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
