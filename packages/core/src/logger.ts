import { InvalidArgumentError } from "@mux/errors";

/**
 * Where log lines go. `console` satisfies it. Each message starts with `[mux] `, and a method is
 * only called when the configured level lets its messages through.
 */
export interface Logger {
  /** Called for messages at the `"error"` level. */
  error(message: string, ...args: unknown[]): void;
  /** Called for messages at the `"warn"` level, such as an unknown `MUX_LOG` value. */
  warn(message: string, ...args: unknown[]): void;
  /** Called for messages at the `"info"` level, such as a retry about to happen. */
  info(message: string, ...args: unknown[]): void;
  /** Called for messages at the `"debug"` level: one line per attempt, with its outcome and how long it took. */
  debug(message: string, ...args: unknown[]): void;
}

/** How much to log: each level includes the ones before it. */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/** Numeric ranks of log levels: a message is emitted when its rank <= the configured rank. */
export const LOG_LEVELS: Readonly<Record<LogLevel, number>> = Object.freeze({ off: 0, error: 1, warn: 2, info: 3, debug: 4 });

/** Returns true for the five level names. */
export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === "string" && Object.hasOwn(LOG_LEVELS, value);
}

/** The sink method of each rank: 1 error, 2 warn, 3 info, 4 debug. */
const SINK_METHODS = ["error", "warn", "info", "debug"] as const;

/**
 * A level-gated logger. Callers check `log.level >= rank` before building a message, so
 * nothing is formatted when a level is off.
 */
export class Log {
  declare readonly level: number;
  readonly #sink: Logger;

  constructor(level: LogLevel, sink: Logger) {
    this.level = LOG_LEVELS[level];
    this.#sink = sink;
  }

  /** Passes `[mux] message` to the sink's method for `rank` (1 error ... 4 debug) when the level lets it through. */
  write(rank: 1 | 2 | 3 | 4, message: string): void {
    if (this.level >= rank) this.#sink[SINK_METHODS[(rank - 1) as 0 | 1 | 2 | 3]](`[mux] ${message}`);
  }
}

/** Resolves the level from the option, then `MUX_LOG`, then `"warn"`. */
export function resolveLogLevel(option: unknown, env: string | undefined): { level: LogLevel; badEnv: boolean } {
  if (option !== undefined && option !== null) {
    if (!isLogLevel(option)) {
      throw new InvalidArgumentError("logLevel", 'logLevel must be one of "off", "error", "warn", "info" or "debug".');
    }
    return { level: option, badEnv: false };
  }
  const lower = env?.toLowerCase();
  return isLogLevel(lower) ? { level: lower, badEnv: false } : { level: "warn", badEnv: env !== undefined };
}

/** Strips user-info (`user:pass@`) from a URL before it is logged. */
export function loggableUrl(url: string): string {
  if (!url.includes("@")) return url;
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    return parsed.href;
  } catch {
    return "<unparseable url>";
  }
}
