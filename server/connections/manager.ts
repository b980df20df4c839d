import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { MESSAGES_QUEUED } from '../messages/models.js';
import type { Bus } from '../platform/bus.js';
import type { Mode } from '../platform/db/database.js';
import type { Services } from '../platform/services.js';
import { holdsLease, type Lease } from './auth-store.js';
import { serveCommands, type ConnectionCommand } from './commands.js';
import { claimLeases, RENEW_INTERVAL_MS, releaseLease, renewLeases } from './leases.js';
import { ConnectionRunner } from './runner.js';
import type { Transport } from './transport.js';

/** Published when a connection needs a worker now (created, restarted), so nobody waits for the next tick. */
export const CONNECTIONS_CLAIMABLE = 'connections-claimable';
const CLAIM_BATCH = 100;

/**
 * The worker side of connections: claims leases on connections that need a worker, renews them, runs one
 * ConnectionRunner per lease, and answers the commands the API nodes send for the connections it runs.
 * A connection whose lease renewal fails is dropped at once: another worker owns it now.
 */
export class ConnectionManager {
  readonly owner = `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  readonly #runners = new Map<string, ConnectionRunner>();
  #timer: NodeJS.Timeout | undefined;
  #ticking: Promise<void> | undefined;
  #tickAgain = false;
  #stopping = false;
  #unsubscribers: Array<() => void> = [];

  constructor(
    private readonly services: Services,
    private readonly bus: Bus,
    private readonly transports: Record<Mode, Transport>,
    private readonly capacity: number,
  ) {}

  get running(): number {
    return this.#runners.size;
  }

  #report(): void {
    const byMode = { test: 0, live: 0 };
    for (const runner of this.#runners.values()) byMode[runner.lease.mode]++;
    for (const [mode, count] of Object.entries(byMode)) this.services.metrics.connectionsRunning.set({ mode }, count);
  }

  async start(): Promise<void> {
    this.#unsubscribers.push(
      await serveCommands(this.bus, (connectionId, command) => this.#execute(connectionId, command), this.services.logger),
      await this.bus.subscribe(CONNECTIONS_CLAIMABLE, () => void this.tick()),
      await this.bus.subscribe(MESSAGES_QUEUED, (message) => this.#runners.get((message as { connectionId: string }).connectionId)?.wakeDrain()),
    );
    this.#timer = setInterval(() => void this.tick(), RENEW_INTERVAL_MS);
    this.#timer.unref();
    await this.tick();
  }

  /**
   * Renews what it holds, then claims what it can. Never runs twice at once. A wake-up that arrives during a tick
   * may name a connection saved after that tick's claim query, so the tick runs once more (unless the pass failed:
   * then the periodic tick retries).
   */
  tick(): Promise<void> {
    if (this.#ticking) {
      this.#tickAgain = true;
      return this.#ticking;
    }
    this.#ticking = (async () => {
      let passed: boolean;
      do {
        this.#tickAgain = false;
        passed = await this.#renewAndClaim().then(
          () => true,
          (error: unknown) => {
            this.services.logger.error({ err: error }, 'connection lease tick failed');
            return false;
          },
        );
        // After a failed pass (database unreachable) the periodic tick retries, not a burst of wake-ups.
      } while (passed && this.#tickAgain && !this.#stopping);
      // Cleared in the same synchronous step as the last check, so a wake-up in between cannot be lost.
      this.#ticking = undefined;
    })();
    return this.#ticking;
  }

  /**
   * Renews what it holds and drops, all at once, what it lost: taken over by another worker, or past its
   * local deadline because the database could not be reached to renew it.
   */
  async #renew(): Promise<void> {
    const runners = [...this.#runners.values()];
    const kept = await this.services.db
      .system((trx) => renewLeases(trx, runners.map((runner) => runner.lease)))
      .catch((error: unknown) => {
        this.services.logger.error({ err: error }, 'could not renew connection leases');
        return undefined;
      });
    const lost = runners.filter((runner) => (kept ? !kept.has(runner.lease.connectionId) : !holdsLease(runner.lease)));
    await Promise.all(lost.map((runner) => runner.abandon()));
  }

  async #renewAndClaim(): Promise<void> {
    if (this.#stopping) return;
    const { db } = this.services;
    await this.#renew();
    let renewedAt = Date.now();
    while (!this.#stopping && this.#runners.size < this.capacity) {
      // Claiming many connections can outlast a lease: keep the ones already held alive meanwhile.
      if (Date.now() - renewedAt > RENEW_INTERVAL_MS) {
        await this.#renew();
        renewedAt = Date.now();
      }
      const batch = Math.min(CLAIM_BATCH, this.capacity - this.#runners.size);
      const leases = await db.system((trx) => claimLeases(trx, this.owner, batch));
      await Promise.all(leases.map((lease) => this.#run(lease)));
      if (leases.length < batch) break;
    }
    this.#report();
  }

  async #run(lease: Lease): Promise<void> {
    const runner = new ConnectionRunner(this.services, this.bus, this.transports[lease.mode], lease, (ended, why) => {
      if (this.#runners.get(ended.lease.connectionId) === ended) this.#runners.delete(ended.lease.connectionId);
      this.#report();
      if (why === 'stopped') void this.#release(ended.lease);
    });
    this.#runners.set(lease.connectionId, runner);
    try {
      await runner.start();
    } catch (error) {
      this.services.logger.error({ err: error, connection_id: lease.connectionId }, 'could not start a connection');
      this.#runners.delete(lease.connectionId);
      await runner.stop().catch(() => undefined);
      await this.#release(lease);
    }
  }

  #release(lease: Lease): Promise<void> {
    return this.services.db
      .system((trx) => releaseLease(trx, lease))
      .catch((error) => this.services.logger.warn({ err: error, connection_id: lease.connectionId }, 'could not release a lease'));
  }

  /** Only the worker running the connection answers; the others stay silent. */
  #execute(connectionId: string, command: ConnectionCommand): Promise<unknown> | undefined {
    return this.#runners.get(connectionId)?.command(command);
  }

  /** Graceful: stops every connection (credentials kept) and releases its lease for another worker. */
  async stop(): Promise<void> {
    this.#stopping = true;
    clearInterval(this.#timer);
    for (const unsubscribe of this.#unsubscribers) unsubscribe();
    await this.#ticking;
    const runners = [...this.#runners.values()];
    this.#runners.clear();
    await Promise.all(
      runners.map(async (runner) => {
        await runner.stop().catch(() => undefined);
        await this.#release(runner.lease);
      }),
    );
  }
}
