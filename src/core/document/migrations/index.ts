import type { Migration } from './migration';
import { v1TableNormalization } from './v1-table-normalization';

/**
 * The append-only list of format migrations, oldest first. Each step has a fixture of the
 * version it reads in test/fixtures/documents/.
 */
export const MIGRATIONS: readonly Migration[] = [v1TableNormalization];
