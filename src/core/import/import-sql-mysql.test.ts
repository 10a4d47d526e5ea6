import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../document/integrity';
import type { Diagram, Table } from '../model/types';
import { importSql } from './import-sql';

const my = async (sql: string) => {
  const result = await importSql(sql, { dialect: 'mysql' });
  expect(checkIntegrity(result.diagram)).toEqual([]);
  return result;
};
const table = (d: Diagram, name: string): Table => {
  const t = d.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
};
const col = (t: Table, name: string) => {
  const c = t.columns.find((x) => x.name === name);
  if (!c) throw new Error(`no column ${name}`);
  return c;
};
const colName = (t: Table, id: string) => t.columns.find((c) => c.id === id)?.name;

describe('importSql (MySQL)', () => {
  it('reads a mysqldump table: backticks, options, conditional comments, inline keys', async () => {
    const { diagram, errors, notices } = await my(`/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8 */;
DROP TABLE IF EXISTS \`City\`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
CREATE TABLE \`City\` (
  \`ID\` int(11) NOT NULL AUTO_INCREMENT,
  \`Name\` char(35) NOT NULL DEFAULT '',
  \`CountryCode\` char(3) NOT NULL DEFAULT '',
  \`Population\` int(10) unsigned NOT NULL DEFAULT '0',
  \`Body\` text COMMENT 'free text',
  \`Kind\` enum('a','b') NOT NULL DEFAULT 'a',
  \`Flags\` set('x','y') DEFAULT NULL,
  \`Active\` tinyint(1) NOT NULL DEFAULT 1,
  \`Seen\` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  \`Made\` datetime(3) DEFAULT NULL,
  \`Price\` decimal(10,2) unsigned DEFAULT '0.00',
  PRIMARY KEY (\`ID\`),
  UNIQUE KEY \`name_code\` (\`Name\`,\`CountryCode\`),
  KEY \`CountryCode\` (\`CountryCode\` DESC),
  FULLTEXT KEY \`ft\` (\`Body\`),
  KEY \`pref\` (\`Name\`(10)),
  CONSTRAINT \`city_ibfk_1\` FOREIGN KEY (\`CountryCode\`) REFERENCES \`Country\` (\`Code\`) ON DELETE CASCADE ON UPDATE SET NULL
) ENGINE=InnoDB AUTO_INCREMENT=4080 DEFAULT CHARSET=latin1 COMMENT='cities';
/*!40101 SET character_set_client = @saved_cs_client */;
CREATE TABLE \`Country\` (\`Code\` char(3) NOT NULL DEFAULT '', PRIMARY KEY (\`Code\`)) ENGINE=MyISAM;`);
    expect(errors).toEqual([]);
    const city = table(diagram, 'City');
    const country = table(diagram, 'Country');
    expect(city.comment).toBe('cities');
    expect(col(city, 'ID')).toMatchObject({ type: { name: 'integer' }, identity: 'serial', nullable: false });
    expect(col(city, 'Name')).toMatchObject({ type: { name: 'char', length: 35 }, default: { kind: 'literal', value: '' } });
    expect(col(city, 'Population')).toMatchObject({ type: { name: 'int unsigned' }, default: { kind: 'literal', value: '0' } });
    expect(col(city, 'Body').comment).toBe('free text');
    expect(col(city, 'Kind').type).toEqual({ name: 'enum' });
    expect(diagram.enums.find((e) => e.id === col(city, 'Kind').enumId)?.values).toEqual(['a', 'b']);
    expect(col(city, 'Flags')).toMatchObject({ type: { name: "set('x','y')" }, default: { kind: 'literal', value: null } });
    expect(col(city, 'Active')).toMatchObject({ type: { name: 'boolean' }, default: { kind: 'literal', value: true } });
    expect(col(city, 'Seen')).toMatchObject({ type: { name: 'timestamptz' }, default: { kind: 'expression', sql: 'CURRENT_TIMESTAMP' } });
    expect(col(city, 'Made').type).toEqual({ name: 'timestamp', precision: 3 });
    expect(col(city, 'Price').type).toEqual({ name: 'decimal unsigned', precision: 10, scale: 2 });
    expect(city.primaryKey?.columns).toEqual([col(city, 'ID').id]);
    expect(city.uniques.map((u) => [u.name, u.columns.map((c) => colName(city, c))])).toEqual([['name_code', ['Name', 'CountryCode']]]);
    expect(city.indexes.map((i) => [i.name, i.method, i.columns.map((c) => `${colName(city, c.columnId)} ${c.order}`)])).toEqual([
      ['CountryCode', 'btree', ['CountryCode desc']],
      ['ft', 'fulltext', ['Body asc']],
      ['pref', 'btree', ['Name asc']],
    ]);
    expect(city.foreignKeys).toEqual([
      { id: expect.any(String), name: 'city_ibfk_1', columns: [col(city, 'CountryCode').id], refTableId: country.id, refColumns: [country.columns[0].id], onDelete: 'cascade', onUpdate: 'set-null' },
    ]);
    expect(notices.map((n) => n.message)).toEqual([expect.stringContaining('ON UPDATE CURRENT_TIMESTAMP'), expect.stringContaining('prefix lengths')]);
  });

  it('keeps FLOAT(M,D) digits, fixed-length BINARY(n) and omitted actions as MariaDB reports them', async () => {
    const { diagram, errors } = await my(`CREATE TABLE p (id INT PRIMARY KEY);
CREATE TABLE t (a FLOAT(10,2), b FLOAT, c FLOAT(30), d DOUBLE(8,3) UNSIGNED, e BINARY(16), f VARBINARY(16), g BINARY, p_id INT, q_id INT,
  FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE CASCADE, FOREIGN KEY (q_id) REFERENCES p (id) ON DELETE NO ACTION ON UPDATE NO ACTION);`);
    expect(errors).toEqual([]);
    const t = table(diagram, 't');
    expect(t.columns.map((c) => c.type)).toEqual([
      { name: 'real', precision: 10, scale: 2 },
      { name: 'real' },
      { name: 'double' },
      { name: 'double unsigned', precision: 8, scale: 3 },
      { name: 'binary(16)' },
      { name: 'binary', length: 16 },
      { name: 'binary(1)' },
      { name: 'integer' },
      { name: 'integer' },
    ]);
    expect(t.foreignKeys.map((f) => [f.onDelete, f.onUpdate])).toEqual([
      ['cascade', 'restrict'],
      ['no-action', 'no-action'],
    ]);
  });

  it('reads foreign keys, indexes and keys added by ALTER TABLE and CREATE INDEX', async () => {
    const { diagram } = await my(`CREATE TABLE \`Album\` (\`AlbumId\` INT NOT NULL, \`Title\` NVARCHAR(160) NOT NULL, \`ArtistId\` INT NOT NULL);
CREATE TABLE \`Artist\` (\`ArtistId\` INT NOT NULL, \`Name\` NVARCHAR(120), CONSTRAINT \`PK_Artist\` PRIMARY KEY (\`ArtistId\`));
ALTER TABLE \`Album\` ADD CONSTRAINT \`PK_Album\` PRIMARY KEY (\`AlbumId\`);
ALTER TABLE \`Album\` ADD CONSTRAINT \`FK_AlbumArtistId\` FOREIGN KEY (\`ArtistId\`) REFERENCES \`Artist\` (\`ArtistId\`) ON DELETE NO ACTION ON UPDATE NO ACTION;
CREATE INDEX \`IFK_AlbumArtistId\` ON \`Album\` (\`ArtistId\`);
CREATE UNIQUE INDEX \`UQ_Title\` USING HASH ON \`Album\` (\`Title\`);`);
    const album = table(diagram, 'Album');
    expect(col(album, 'Title').type).toEqual({ name: 'varchar', length: 160 });
    expect(album.primaryKey?.columns).toEqual([col(album, 'AlbumId').id]);
    expect(album.foreignKeys[0]).toMatchObject({ name: 'FK_AlbumArtistId', refTableId: table(diagram, 'Artist').id, onDelete: 'no-action' });
    expect(album.indexes.map((i) => [i.name, i.unique, i.method])).toEqual([
      ['IFK_AlbumArtistId', false, 'btree'],
      ['UQ_Title', true, 'hash'],
    ]);
  });

  it('skips DELIMITER blocks, triggers, views and USE with notices, silently for session statements', async () => {
    const { diagram, notices } = await my(`CREATE DATABASE IF NOT EXISTS employees;
USE employees;
SET default_storage_engine = InnoDB;
CREATE TABLE t (a int);
DELIMITER ;;
CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; END;;
DELIMITER ;
CREATE OR REPLACE VIEW v AS SELECT a FROM t;
SELECT 'LOADING' as 'INFO';`);
    expect(diagram.tables.map((t) => t.name)).toEqual(['t']);
    expect(notices.map((n) => [n.line, n.message])).toEqual([
      [1, 'CREATE DATABASE skipped: the diagram does not hold it'],
      [6, 'CREATE TRIGGER skipped: the diagram does not hold it'],
      [8, 'CREATE VIEW skipped: the diagram does not hold it'],
      [9, "SELECT 'LOADING' skipped: the diagram does not hold it"],
    ]);
  });

  it('reads the BINARY attribute and national types (rewritten at equal length for the parser)', async () => {
    const { diagram, notices } = await my("CREATE TABLE `users` (`username` varchar(128) BINARY NOT NULL, `n` NCHAR(2))");
    expect(table(diagram, 'users').columns.map((c) => c.type)).toEqual([{ name: 'varchar', length: 128 }, { name: 'char', length: 2 }]);
    expect(notices[0].message).toContain('BINARY');
  });

  it('reports a broken statement with line and column and imports the rest', async () => {
    const { diagram, errors } = await my(`CREATE TABLE a (id int);
CREATE TABLE b (
  id int NOT NULL,
  name varchar(20) NOT NUL
);
CREATE TABLE c (id int);`);
    expect(diagram.tables.map((t) => t.name)).toEqual(['a', 'c']);
    expect(errors).toHaveLength(1);
    // node-sql-parser stops at NOT, the start of the constraint it could not read.
    expect(errors[0]).toMatchObject({ line: 4, column: 20 });
    expect(errors[0].message).toMatch(/syntax error/);
  });
});

describe('importSql (MySQL), migration scripts', () => {
  it('follows RENAME TABLE, CHANGE, RENAME COLUMN and the DROP forms', async () => {
    const { diagram, notices } = await my(`CREATE TABLE users (id int NOT NULL AUTO_INCREMENT, mail varchar(80), legacy int, PRIMARY KEY (id), KEY legacy_idx (legacy));
CREATE TABLE posts (id int NOT NULL, author int, PRIMARY KEY (id), KEY author_idx (author), CONSTRAINT posts_author_fk FOREIGN KEY (author) REFERENCES users (id));
RENAME TABLE users TO accounts;
ALTER TABLE accounts CHANGE mail email varchar(120) NOT NULL;
ALTER TABLE posts RENAME COLUMN author TO account_id;
ALTER TABLE accounts DROP COLUMN legacy;
ALTER TABLE posts DROP FOREIGN KEY posts_author_fk;
DROP INDEX author_idx ON posts;
ALTER TABLE posts DROP PRIMARY KEY;`);
    expect(notices).toEqual([]);
    const accounts = table(diagram, 'accounts');
    const posts = table(diagram, 'posts');
    expect(accounts.columns.map((c) => [c.name, c.type, c.nullable])).toEqual([
      ['id', { name: 'integer' }, false],
      ['email', { name: 'varchar', length: 120 }, false],
    ]);
    expect(accounts.indexes).toEqual([]);
    expect(posts.columns.map((c) => c.name)).toEqual(['id', 'account_id']);
    expect(posts).toMatchObject({ foreignKeys: [], indexes: [] });
    expect(posts.primaryKey).toBeUndefined();
  });
});
