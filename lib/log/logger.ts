/**
 * The app's structured log: one JSON object per line on stdout (pino), so a process manager or log
 * shipper can read it as is. LOG_LEVEL picks the level (default info; "silent" in unit tests).
 * Errors are serialised with their `cause` chain, so a 500's real reason is in the log.
 */
import pino, { type Logger } from "pino";

function defaultLevel(env: Record<string, string | undefined>): string {
  if (env.LOG_LEVEL) return env.LOG_LEVEL;
  return env.VITEST ? "silent" : "info";
}

export function createLogger(
  env: Record<string, string | undefined> = process.env,
  destination?: pino.DestinationStream,
): Logger {
  const options: pino.LoggerOptions = {
    level: defaultLevel(env),
    base: { app: "zjmap" },
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: { err: pino.stdSerializers.errWithCause },
    // Nothing secret should be logged, but a connection string may slip into an error object.
    redact: { paths: ["databaseUrl", "*.databaseUrl", "req.headers.cookie", "req.headers.authorization"], censor: "[redacted]" },
  };
  return destination ? pino(options, destination) : pino(options);
}

// Next bundles proxy.ts, instrumentation.ts and routes separately; they share one logger per process.
const holder = globalThis as unknown as { __zjmapLogger?: Logger };

export function getLogger(): Logger {
  holder.__zjmapLogger ??= createLogger();
  return holder.__zjmapLogger;
}

/** Removes user:password from a database URL before it is logged. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, "//***@");
}
