/** English-ish singular and plural of identifiers, enough for table and column names. */

/** Plurals that no suffix rule gets right and that do occur as table names. */
const IRREGULAR: Record<string, string> = { people: 'person', children: 'child', men: 'man', women: 'woman', mice: 'mouse', geese: 'goose', feet: 'foot', teeth: 'tooth' };
const IRREGULAR_PLURAL = Object.fromEntries(Object.entries(IRREGULAR).map(([p, s]) => [s, p]));

export function singular(name: string): string {
  const irregular = IRREGULAR[name.toLowerCase()];
  if (irregular) return irregular;
  if (/ies$/i.test(name)) return name.replace(/ies$/i, (m) => (m === 'IES' ? 'Y' : 'y'));
  if (/(ss|us|is)$/i.test(name)) return name;
  if (/(ch|sh|x|ses|zes)es$/i.test(name)) return name.replace(/es$/i, '');
  if (/s$/i.test(name)) return name.slice(0, -1);
  return name;
}

export function plural(name: string): string {
  const irregular = IRREGULAR_PLURAL[name.toLowerCase()];
  if (irregular) return irregular;
  if (/[^aeiou]y$/i.test(name)) return `${name.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(name)) return `${name}es`;
  return `${name}s`;
}

/**
 * The entity prefix of a column that names another entity's identifier: `department_id` and
 * `departmentId` give `department`; `product_code` gives `product`. Undefined for other columns.
 */
export function entityPrefix(columnName: string): string | undefined {
  const snake = /^(.+?)_(id|code|no|number|key|uuid)$/i.exec(columnName);
  if (snake) return snake[1];
  const camel = /^(.+?[a-z0-9])(Id|Code|No|Number|Key|Uuid)$/.exec(columnName);
  return camel ? camel[1] : undefined;
}

/** True when `columnName` is `prefix` plus a separator and more: `department_name` for `department`. */
export function hasEntityPrefix(columnName: string, prefix: string): boolean {
  const lower = columnName.toLowerCase();
  const p = prefix.toLowerCase();
  if (lower.startsWith(`${p}_`) && lower.length > p.length + 1) return true;
  // camelCase: departmentName for department.
  return columnName.startsWith(prefix) && columnName.length > prefix.length && /[A-Z]/.test(columnName[prefix.length]);
}
