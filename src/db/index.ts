/** Persistence: the Dexie database, the diagram repository over it, and autosave of the open diagram. */
export * from './database';
export * from './diagram-repository';
export * from './autosave';
