import type { Migration } from './migration';

/**
 * The append-only list of format migrations, oldest first. Version 1 is the first published
 * format, so the list starts empty; the next format change appends `{ from: 1, ... }` here.
 */
export const MIGRATIONS: readonly Migration[] = [];
