import type { Bus } from './bus.js';
import type { Logger } from './logger.js';

/**
 * A worker's background job that runs at once when the bus says there is work (a row committed for it), and
 * every `intervalMs` for what is due later. One run at a time: a wake-up during a run runs it once more after.
 * The returned function stops it and waits for a run in progress to end.
 */
export async function startBackgroundWork(
  services: { bus: Bus; logger: Logger },
  options: { name: string; channels: string[]; intervalMs: number; work: (stopped: () => boolean) => Promise<void> },
): Promise<() => Promise<void>> {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const run = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = options
      .work(() => stopped)
      .catch((error: unknown) => services.logger.error({ err: error }, `${options.name} failed`))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        }
      });
  };
  const unsubscribes = await Promise.all(options.channels.map((channel) => services.bus.subscribe(channel, run)));
  const timer = setInterval(run, options.intervalMs);
  timer.unref();
  run();
  return async () => {
    stopped = true;
    clearInterval(timer);
    for (const unsubscribe of unsubscribes) unsubscribe();
    await running;
  };
}
