/** One-line structured logs (JSON per line), so they can be grepped by eye and parsed by machines. */

export type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

export interface LogLine extends LogFields {
  time: string;
  level: LogLevel;
  msg: string;
}

/** A logger writing one JSON object per line; `error` goes to stderr. */
export function createLogger(
  write: (line: string, level: LogLevel) => void = (line, level) =>
    (level === 'error' ? process.stderr : process.stdout).write(line + '\n'),
): Logger {
  const emit = (level: LogLevel) => (msg: string, fields?: LogFields) => {
    const line: LogLine = { time: new Date().toISOString(), level, msg, ...fields };
    write(JSON.stringify(line), level);
  };
  return { info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** For tests and benchmarks: drops everything. */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** For tests: keeps every line for assertions. */
export function memoryLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger = createLogger((line) => lines.push(JSON.parse(line) as LogLine));
  return Object.assign(logger, { lines });
}
