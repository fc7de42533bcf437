/** The command-line parsing every CLI here shares: strict options, `-h/--help`, usage on a mistake. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Parsed<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/**
 * Parses `process.argv` by `config` (which declares `help`). Returns what was parsed, or the exit
 * code when there is nothing to run: 0 after `--help` printed `usage`, 2 after a bad argument
 * (its message and `usage` on stderr).
 *
 * @example
 * ```ts
 * const args = parseCommandLine(USAGE, { options: { content: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
 * if (typeof args === 'number') return args;
 * ```
 */
export function parseCommandLine<T extends ParseArgsConfig>(usage: string, config: T): Parsed<T> | number {
  let parsed: Parsed<T>;
  try {
    parsed = parseArgs(config);
  } catch (e) {
    console.error(`${(e as Error).message}\n${usage}`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    return 0;
  }
  return parsed;
}
