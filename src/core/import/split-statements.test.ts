import { describe, expect, it } from 'vitest';
import { splitStatements } from './split-statements';

const texts = (sql: string, dialect: 'postgres' | 'mysql' = 'postgres') => splitStatements(sql, dialect).map((s) => s.text);

describe('splitStatements', () => {
  it('splits on semicolons outside quotes and comments, keeping start offsets', () => {
    const sql = "-- lead\nCREATE TABLE a (x text DEFAULT ';');\n/* ; */ CREATE TABLE \"b;\" (y int);";
    const statements = splitStatements(sql, 'postgres');
    expect(statements.map((s) => s.text)).toEqual(["CREATE TABLE a (x text DEFAULT ';')", 'CREATE TABLE "b;" (y int)']);
    expect(sql.slice(statements[1].start, statements[1].start + 6)).toBe('CREATE');
  });

  it('keeps PostgreSQL dollar-quoted bodies whole', () => {
    const sql = "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; SELECT 2; $body$ LANGUAGE sql;\nCREATE FUNCTION g() RETURNS int AS $$ BEGIN RETURN 1; END $$ LANGUAGE plpgsql;";
    expect(texts(sql)).toHaveLength(2);
  });

  it('keeps SQL-standard BEGIN ATOMIC bodies whole', () => {
    const sql = 'CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 1 END; END;\nCREATE TABLE t (a int);';
    expect(texts(sql)).toEqual(['CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 1 END; END', 'CREATE TABLE t (a int)']);
  });

  it('treats E-strings with backslashes and nested block comments', () => {
    expect(texts("SELECT E'it\\'s; fine';\n/* a /* b; */ c; */ SELECT 2;")).toEqual(["SELECT E'it\\'s; fine'", 'SELECT 2']);
  });

  it('marks psql meta-commands as client statements', () => {
    const statements = splitStatements('CREATE DATABASE x;\n\\c x\nCREATE TABLE t (a int);', 'postgres');
    expect(statements.map((s) => s.kind)).toEqual(['sql', 'client', 'sql']);
  });

  it('follows MySQL DELIMITER blocks', () => {
    const sql = 'DELIMITER ;;\nCREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; END;;\nDELIMITER ;\nCREATE TABLE t (a int);';
    const statements = splitStatements(sql, 'mysql');
    expect(statements.map((s) => [s.kind, s.text.slice(0, 14)])).toEqual([
      ['client', 'DELIMITER ;;'],
      ['sql', 'CREATE TRIGGER'],
      ['client', 'DELIMITER ;'],
      ['sql', 'CREATE TABLE t'],
    ]);
  });

  it('unwraps MySQL conditional comments at equal length, and # comments and backslash escapes', () => {
    const sql = "/*!40101 SET NAMES utf8 */;\n# note; here\nCREATE TABLE `t;` (a varchar(3) DEFAULT 'x\\';') /*!40101 DEFAULT CHARSET=latin1 */;";
    const statements = splitStatements(sql, 'mysql');
    expect(statements.map((s) => s.text.replace(/\s+/g, ' ').trim())).toEqual(['SET NAMES utf8', "CREATE TABLE `t;` (a varchar(3) DEFAULT 'x\\';') DEFAULT CHARSET=latin1"]);
    expect(statements[1].start).toBe(sql.indexOf('CREATE'));
  });

  it('keeps a last statement without a semicolon', () => {
    expect(texts('CREATE TABLE a (x int);\nCREATE TABLE b (y int)\n')).toEqual(['CREATE TABLE a (x int)', 'CREATE TABLE b (y int)']);
  });
});
