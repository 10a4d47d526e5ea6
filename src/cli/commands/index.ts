import type { CliCommand } from '../command';
import { validateCommand } from './validate';
import { analyzeCommand } from './analyze';
import { ddlCommand } from './ddl';
import { importCommand } from './import';
import { exportCommand } from './export';

/** Every CLI command, in the order `erd --help` lists them. Later commands are appended here. */
export const COMMANDS: readonly CliCommand[] = [validateCommand, analyzeCommand, ddlCommand, importCommand, exportCommand];
