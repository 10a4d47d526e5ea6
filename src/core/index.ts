/**
 * The public API of the core. The app and the CLI import only from here; the core imports no
 * React, DOM, Dexie, zustand or Monaco, so it runs the same in the browser, Node and workers.
 */
export * from './model/types';
export * from './model/ids';
export * from './model/factories';
export * from './model/queries';
export * from './model/edits';
export * from './model/relationship-ends';
export * from './document/problems';
export * from './document/schema';
export * from './document/integrity';
export * from './document/restore';
export { ecommerceDiagram } from './examples/ecommerce';
export * from './model/column-type-text';
export * from './model/default-text';
export * from './analysis/normalization/public';
export { syntheticDiagram, type SyntheticOptions } from './examples/synthetic';
export * from './dialect/dialect';
export type { DialectCapabilities } from './dialect/capabilities';
export { DIALECTS, generateDdl, isDialectName } from './dialect/generate-ddl';
export * from './import/import-types';
export { importSql, type ImportSqlOptions } from './import/import-sql';
export { importDbml } from './import/dbml/import-dbml';
export { exportDbml, type DbmlExport } from './export/dbml';
export { layoutDiagram, applyLayout, type LayoutPositions, type LayoutOptions } from './layout/layout-diagram';
export { tableSize, TABLE_HEADER_HEIGHT, TABLE_ROW_HEIGHT, TABLE_BOTTOM_PADDING, type Size } from './layout/table-size';
export * from './model/visible-columns';
export { detectSqlDialect } from './import/detect-dialect';
export * from './model/search';
export { mergeDiagrams, type MergePolicy, type MergeConflict, type MergeResult } from './import/merge-diagram';
export { facingSides, type Side } from './layout/facing-sides';
export { diagramSvg, diagramImageSize, diagramBounds, escapeXml, type DiagramSvgOptions, type DiagramImage, type Rect } from './export/diagram-svg';
export * from './layout/group-bounds';
export * from './model/move-elements';
export * from './model/table-index';
export { joinScripts, type JoinedScripts, type ScriptFile } from './import/join-scripts';
export * from './analysis/indexes/public';
