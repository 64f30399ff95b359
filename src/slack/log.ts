/**
 * Loggers for the bot (the @slack/logger interface, which Bolt and the Web API client share). Messages are
 * passed through `redact` so a token that slipped into an error message is never written out.
 */
import { LogLevel, type Logger } from "@slack/bolt";

export type { Logger };

const ORDER: Record<LogLevel, number> = { [LogLevel.DEBUG]: 0, [LogLevel.INFO]: 1, [LogLevel.WARN]: 2, [LogLevel.ERROR]: 3 };

/** Mask Slack tokens (xoxb-, xapp-, xoxp-…) and anything registered as a secret. */
export function redactor(secrets: Array<string | undefined>): (text: string) => string {
  const known = secrets.filter((s): s is string => !!s && s.length >= 6);
  return (text: string) => {
    let out = text.replace(/\bx(?:ox[abpre]|app)-[A-Za-z0-9-]+/g, "[redacted]");
    for (const s of known) out = out.split(s).join("[redacted]");
    return out;
  };
}

function render(parts: unknown[]): string {
  return parts
    .map((p) => {
      if (p instanceof Error) return p.message;
      if (typeof p === "string") return p;
      try {
        return JSON.stringify(p);
      } catch {
        return String(p);
      }
    })
    .join(" ");
}

/** Writes `[level] name message` lines to a sink (stderr by default), redacted. */
export class LineLogger implements Logger {
  private name = "lga-slack";

  constructor(
    private level: LogLevel = LogLevel.INFO,
    private readonly redact: (s: string) => string = (s) => s,
    private readonly sink: (line: string, level: LogLevel) => void = (line) => process.stderr.write(`${line}\n`),
  ) {}

  private log(level: LogLevel, parts: unknown[]): void {
    if (ORDER[level] < ORDER[this.level]) return;
    this.sink(`[${level}] ${this.name} ${this.redact(render(parts))}`, level);
  }

  debug(...msg: unknown[]): void {
    this.log(LogLevel.DEBUG, msg);
  }
  info(...msg: unknown[]): void {
    this.log(LogLevel.INFO, msg);
  }
  warn(...msg: unknown[]): void {
    this.log(LogLevel.WARN, msg);
  }
  error(...msg: unknown[]): void {
    this.log(LogLevel.ERROR, msg);
  }
  setLevel(level: LogLevel): void {
    this.level = level;
  }
  getLevel(): LogLevel {
    return this.level;
  }
  setName(name: string): void {
    this.name = name;
  }
}

/** A logger that keeps its lines in memory (tests, benchmark). */
export class MemoryLogger extends LineLogger {
  readonly lines: string[];

  constructor(level: LogLevel = LogLevel.DEBUG) {
    const lines: string[] = [];
    super(level, (s) => s, (line) => lines.push(line));
    this.lines = lines;
  }
}

/** Wrap any logger so that every message is redacted before it reaches it. */
export function withRedaction(inner: Logger, redact: (s: string) => string): Logger {
  // Messages below the level are dropped before they are rendered: the Web API client logs whole request
  // bodies at debug level.
  const pass =
    (level: LogLevel, fn: (...m: unknown[]) => void) =>
    (...msg: unknown[]) => {
      if (ORDER[level] >= ORDER[inner.getLevel()]) fn.call(inner, redact(render(msg)));
    };
  return {
    debug: pass(LogLevel.DEBUG, inner.debug),
    info: pass(LogLevel.INFO, inner.info),
    warn: pass(LogLevel.WARN, inner.warn),
    error: pass(LogLevel.ERROR, inner.error),
    setLevel: (l) => inner.setLevel(l),
    getLevel: () => inner.getLevel(),
    setName: (n) => inner.setName(n),
  };
}
