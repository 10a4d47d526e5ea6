import { isUniqueColumnSet } from './queries';
import type { Cardinality, ForeignKey, Table } from './types';

/**
 * The crow's-foot ends of a relationship: what the designer stated, or what the model implies.
 * A child row refers to at most one parent (exactly one when every FK column is NOT NULL);
 * a parent has many children unless the FK columns are unique (then at most one).
 */
export function relationshipEnds(child: Table, foreignKey: ForeignKey): Cardinality {
  if (foreignKey.cardinality) return foreignKey.cardinality;
  const fkColumns = foreignKey.columns.map((id) => child.columns.find((c) => c.id === id));
  const optional = fkColumns.some((c) => c === undefined || c.nullable);
  const oneToOne = isUniqueColumnSet(child, foreignKey.columns);
  return {
    parent: optional ? 'zero-or-one' : 'exactly-one',
    child: oneToOne ? 'zero-or-one' : 'zero-or-many',
  };
}
