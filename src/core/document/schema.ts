import { z } from 'zod';
import { INDEX_METHODS, REFERENTIAL_ACTIONS, RELATIONSHIP_ENDS } from '../model/types';

/**
 * The zod schema of the current file format. It is the one definition of what a valid document
 * looks like: restore() validates with it, and docs/diagram.schema.json is generated from it.
 * Optional collections default to empty so hand-written files stay short.
 */

const id = z.string().min(1, 'an id must not be empty').max(200, 'an id is at most 200 characters');
const name = z.string().min(1, 'a name must not be empty').max(1000);
const optionalText = z.string().max(100_000).optional();
const coordinate = z.number().finite();

export const pointSchema = z.object({ x: coordinate, y: coordinate });

export const columnTypeSchema = z.object({
  name: z.string().min(1, 'a type name must not be empty').max(200),
  length: z.number().int().positive().optional(),
  precision: z.number().int().nonnegative().optional(),
  scale: z.number().int().nonnegative().optional(),
  arrayDimensions: z.number().int().nonnegative().max(6).optional(),
});

export const columnDefaultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('literal'), value: z.union([z.string(), z.number().finite(), z.boolean(), z.null()]) }),
  z.object({ kind: z.literal('expression'), sql: z.string().min(1).max(10_000) }),
]);

export const columnSchema = z.object({
  id,
  name,
  type: columnTypeSchema,
  nullable: z.boolean(),
  default: columnDefaultSchema.optional(),
  identity: z.enum(['always', 'by-default', 'serial']).optional(),
  unique: z.boolean().optional(),
  comment: optionalText,
  enumId: id.optional(),
});

const columnIds = z.array(id).min(1, 'at least one column is needed');

export const primaryKeySchema = z.object({ name: name.optional(), columns: columnIds });
export const uniqueConstraintSchema = z.object({ id, name: name.optional(), columns: columnIds });
export const checkConstraintSchema = z.object({ id, name: name.optional(), expression: z.string().min(1).max(10_000) });

export const indexSchema = z.object({
  id,
  name: name.optional(),
  columns: z.array(z.object({ columnId: id, order: z.enum(['asc', 'desc']).default('asc') })).min(1, 'an index needs at least one column'),
  unique: z.boolean().default(false),
  method: z.enum(INDEX_METHODS).default('btree'),
  where: z.string().min(1).max(10_000).optional(),
  include: z.array(id).optional(),
});

const relationshipEnd = z.enum(RELATIONSHIP_ENDS);
const referentialAction = z.enum(REFERENTIAL_ACTIONS);

export const foreignKeySchema = z.object({
  id,
  name: name.optional(),
  columns: columnIds,
  refTableId: id,
  refColumns: columnIds,
  onDelete: referentialAction.default('no-action'),
  onUpdate: referentialAction.default('no-action'),
  cardinality: z.object({ parent: relationshipEnd, child: relationshipEnd }).optional(),
});

const dependencyColumns = z.array(id).min(1, 'at least one column is needed').max(1000);

export const declaredDependencySchema = z.object({
  id,
  kind: z.enum(['fd', 'mvd']),
  determinant: z.array(id).max(1000),
  dependent: dependencyColumns,
});

export const tableNormalizationSchema = z.object({
  dependencies: z.array(declaredDependencySchema).default([]),
  joinDependencies: z.array(z.object({ id, components: z.array(dependencyColumns).min(2, 'a join dependency needs at least two components') })).optional(),
  multivaluedColumns: z.array(id).optional(),
  repeatingGroups: z.array(z.object({ id, columns: z.array(id).min(2, 'a repeating group needs at least two columns') })).optional(),
  dismissedSuggestions: z.array(z.string().min(1).max(2000)).optional(),
});

export const tableSchema = z.object({
  id,
  name,
  schema: name.optional(),
  comment: optionalText,
  color: z.string().max(100).optional(),
  position: pointSchema,
  columns: z.array(columnSchema),
  primaryKey: primaryKeySchema.optional(),
  uniques: z.array(uniqueConstraintSchema).default([]),
  checks: z.array(checkConstraintSchema).default([]),
  indexes: z.array(indexSchema).default([]),
  foreignKeys: z.array(foreignKeySchema).default([]),
  normalization: tableNormalizationSchema.optional(),
  collapsed: z.boolean().optional(),
});

export const enumTypeSchema = z.object({
  id,
  name,
  schema: name.optional(),
  values: z.array(z.string().max(1000)).min(1, 'an enum needs at least one value'),
});

export const noteSchema = z.object({
  id,
  text: z.string().max(100_000),
  position: pointSchema,
  width: z.number().finite().positive().default(220),
  height: z.number().finite().positive().default(120),
  color: z.string().max(100).optional(),
});

export const groupSchema = z.object({
  id,
  name,
  color: z.string().max(100).optional(),
  tableIds: z.array(id).default([]),
});

export const diagramSchema = z.object({
  id,
  name,
  tables: z.array(tableSchema).default([]),
  enums: z.array(enumTypeSchema).default([]),
  notes: z.array(noteSchema).default([]),
  groups: z.array(groupSchema).default([]),
  workload: z
    .object({
      queries: z.string().max(1_000_000).default(''),
      rowEstimates: z.record(id, z.number().int().nonnegative()).default({}),
    })
    .optional(),
});

/** The identifier every diagram file carries, so other JSON files are recognised as such. */
export const DOCUMENT_FORMAT = 'erd-modeler/diagram';

/** The version this build writes. Older versions are migrated by restore(); see migrations/. */
export const CURRENT_VERSION = 2;

export const documentSchema = z.object({
  format: z.literal(DOCUMENT_FORMAT),
  version: z.literal(CURRENT_VERSION),
  diagram: diagramSchema,
});
