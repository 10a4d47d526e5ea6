import { describe, expect, it } from 'vitest';
import { importSql } from './import-sql';
import { joinScripts } from './join-scripts';

describe('joinScripts', () => {
  it('joins migration files in numeric name order and maps lines back to files', async () => {
    const joined = joinScripts([
      { name: '10_add_email.sql', text: 'ALTER TABLE users ADD COLUMN email text' },
      { name: '2_users.sql', text: '-- users\nCREATE TABLE users (id int)' },
    ]);
    expect(joined.text).toBe('-- users\nCREATE TABLE users (id int)\n;\nALTER TABLE users ADD COLUMN email text\n;\n');
    expect(joined.locate(2)).toEqual({ name: '2_users.sql', line: 2 });
    expect(joined.locate(4)).toEqual({ name: '10_add_email.sql', line: 1 });
    const { diagram, errors } = await importSql(joined.text, { dialect: 'postgres' });
    expect(errors).toEqual([]);
    expect(diagram.tables[0].columns.map((c) => c.name)).toEqual(['id', 'email']);
  });

  it('leaves a single file as it is', () => {
    expect(joinScripts([{ name: 'a.sql', text: 'SELECT 1' }]).text).toBe('SELECT 1');
  });
});
