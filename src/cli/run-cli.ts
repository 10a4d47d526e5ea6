import type { CliIo } from './command';
import { COMMANDS } from './commands/index';

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}\n      ${c.usage}`);
  return `erd: the ERD modeler's command line\n\nusage: npm run -s erd -- <command> [arguments]\n\ncommands:\n${lines.join('\n')}\n\n  --help    this text; "erd <command> --help" for one command\n`;
}

/** Runs the CLI with the given arguments; returns the exit code. Separate from main.ts so tests call it in-process. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`erd: unknown command "${name}"\n\n${helpText()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.summary}\nusage: ${command.usage}\n`);
    return 0;
  }
  return command.run(rest, io);
}
