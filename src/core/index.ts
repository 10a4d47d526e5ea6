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
