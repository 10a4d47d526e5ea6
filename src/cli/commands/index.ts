import type { CliCommand } from '../command';
import { validateCommand } from './validate';

/** Every CLI command, in the order `erd --help` lists them. Later commands are appended here. */
export const COMMANDS: readonly CliCommand[] = [validateCommand];
