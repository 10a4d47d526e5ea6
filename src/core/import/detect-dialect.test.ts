import { describe, expect, it } from 'vitest';
import { detectSqlDialect } from './detect-dialect';

describe('detectSqlDialect', () => {
  it('recognises mysqldump and pg_dump output', () => {
    expect(detectSqlDialect('CREATE TABLE `a` (`id` int NOT NULL AUTO_INCREMENT) ENGINE=InnoDB;')).toBe('mysql');
    expect(detectSqlDialect("/*!40101 SET NAMES utf8 */;\nCREATE TABLE a (id int unsigned);")).toBe('mysql');
    expect(detectSqlDialect("SELECT pg_catalog.set_config('search_path', '', false);\nALTER TABLE ONLY public.a ADD CONSTRAINT a_pkey PRIMARY KEY (id);")).toBe('postgres');
    expect(detectSqlDialect("CREATE TABLE a (id serial, d text DEFAULT 'x'::text);")).toBe('postgres');
  });

  it('falls back to PostgreSQL when nothing tells', () => {
    expect(detectSqlDialect('CREATE TABLE a (id int);')).toBe('postgres');
  });
});
