import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** How long a line may wait in the buffer when the process logs little. */
const FLUSH_EVERY_MS = 200;
/** A busy process writes once this much is buffered. */
const BATCH_BYTES = 4096;

let stdout: { stream: DestinationStream; written: boolean } | undefined;

/**
 * Standard output, shared by every logger of the process. Lines are buffered and written together, once 4 KB
 * are waiting or 200 ms after the first of them, so a busy API spends one system call per batch of lines
 * instead of one per request. pino writes out what is pending synchronously when the process exits (normally,
 * on an uncaught error, or from a signal handler's exit).
 */
function sharedStdout() {
  if (!stdout) {
    const stream = pino.destination({ dest: 1, sync: false, minLength: BATCH_BYTES });
    const shared = { stream, written: false };
    setInterval(() => {
      if (!shared.written) return;
      shared.written = false;
      stream.flush();
    }, FLUSH_EVERY_MS).unref();
    stdout = shared;
  }
  return stdout;
}

export function createLogger(level: string): Logger {
  const out = sharedStdout();
  return pino(
    {
      level,
      // The process id tells apart the lines of processes that share a log (PARLEY_API_PROCESSES).
      base: { service: 'parley', pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      hooks: {
        streamWrite: (line) => {
          out.written = true;
          return line;
        },
      },
    },
    out.stream,
  );
}
