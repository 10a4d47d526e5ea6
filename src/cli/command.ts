/** A CLI command: its name, one line for `erd --help`, its usage, and what it does. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** Returns the process exit code: 0 for success, 1 for invalid input, 2 for a usage error. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** Splits `--flag value` / `--flag=value` / `--switch` options from positional arguments. */
export function parseArgs(args: readonly string[], valueFlags: readonly string[]): { positional: string[]; options: Map<string, string | true> } {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--') || arg === '--') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (eq >= 0) options.set(name, arg.slice(eq + 1));
    else if (valueFlags.includes(name) && i + 1 < args.length) options.set(name, args[++i]);
    else options.set(name, true);
  }
  return { positional, options };
}
