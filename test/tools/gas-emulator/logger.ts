/** Logger and console: recorded in Emulator.logs, never printed. */
import { service, type Env } from './env';

export interface LogRecord {
  level: 'log' | 'info' | 'warn' | 'error' | 'Logger';
  message: string;
}

function text(args: unknown[]): string {
  return args
    .map((a) =>
      typeof a === 'string'
        ? a
        : Object.prototype.toString.call(a) === '[object Error]'
          ? `${(a as Error).name}: ${(a as Error).message}`
          : safeJson(a),
    )
    .join(' ');
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function createLogger(env: Env, logs: LogRecord[]) {
  const logger = service(env, 'Logger', {
    log: (...args: unknown[]) => {
      const [format, ...rest] = args;
      const message =
        typeof format === 'string' && rest.length > 0
          ? format.replace(/%s/g, () => (rest.length ? String(rest.shift()) : '%s'))
          : text(args);
      logs.push({ level: 'Logger', message });
      return logger;
    },
    getLog: (): string =>
      logs
        .filter((l) => l.level === 'Logger')
        .map((l) => l.message)
        .join('\n'),
    clear: (): void => {
      for (let i = logs.length - 1; i >= 0; i--) if (logs[i].level === 'Logger') logs.splice(i, 1);
    },
  });
  return logger;
}

export function createConsole(env: Env, logs: LogRecord[]) {
  const record =
    (level: LogRecord['level']) =>
    (...args: unknown[]): void => {
      logs.push({ level, message: text(args) });
    };
  return service(env, 'console', {
    log: record('log'),
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
  });
}
