/**
 * Normalization analysis: functional, multivalued and join dependencies over a table's columns,
 * candidate keys, normal forms 1NF to 5NF with the reason for each violation, suggestions, and
 * decomposition. Pure: the panel, the CLI and the workers use the same functions.
 */
export * from './attribute-set';
export * from './dependency';
export * from './minimal-cover';
export * from './candidate-keys';
export * from './chase';
export * from './join-dependency';
export * from './normal-form';
export * from './decompose';
export * from './table-relation';
export * from './analyze-table';
export * from './suggestions';
export * from './dependency-syntax';
export * from './dependency-edits';
export * from './apply-decomposition';
export * from './tane';
export * from './csv';
