import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    // The process id tells apart the lines of processes that share a log (PARLEY_API_PROCESSES).
    base: { service: 'parley', pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
