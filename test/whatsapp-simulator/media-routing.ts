// Test-only routing of WhatsApp's media hostnames to the simulator's local HTTPS host, in the process that runs
// Baileys (a test, or Parley in-process), with no change to that code and TLS still verified.
//
// Baileys reaches media hosts two ways (lib/Utils/messages-media.js): uploads go through `https.request` with the
// socket's `fetchAgent`, or `https.globalAgent` when none is set (Node's fetch buffers request bodies, so Baileys
// avoids it there); downloads go through global `fetch` with `options.dispatcher`, or undici's global dispatcher.
// Both are swapped here for ones that send connections for the routed hostnames to the local host and trust the
// test CA for those connections only; every other host goes where it went before, with the usual trust store.
import https from 'node:https';
import type { Duplex } from 'node:stream';
import { Agent, buildConnector, Dispatcher, getGlobalDispatcher, setGlobalDispatcher } from 'undici';

export interface MediaRoute {
  /** Hostnames whose HTTPS port (443) is served by the local host, e.g. `mmg.whatsapp.net`. */
  hostnames: readonly string[];
  /** Where the local host listens. */
  address: string;
  port: number;
  /** PEM of the CA that issued the local host's certificate: trusted for routed connections only. */
  ca: string;
}

const routed = (route: MediaRoute, host: string | null | undefined, port: string | number | null | undefined): boolean =>
  !!host && route.hostnames.includes(host) && (port == null || port === '' || Number(port) === 443);

/** `https.globalAgent` for uploads: the same defaults, but routed hostnames connect to the local host. */
class RoutingHttpsAgent extends https.Agent {
  constructor(
    private readonly route: MediaRoute,
    options: https.AgentOptions,
  ) {
    super(options);
  }

  override createConnection(options: https.RequestOptions, callback?: (err: Error | null, stream: Duplex) => void): Duplex | null | undefined {
    if (!routed(this.route, options.host, options.port)) return super.createConnection(options, callback);
    // The TLS name stays the routed hostname: the certificate is checked against it, as for the real host.
    const servername = options.servername || options.host || undefined;
    return super.createConnection({ ...options, host: this.route.address, port: this.route.port, servername, ca: this.route.ca }, callback);
  }
}

/** undici's global dispatcher for downloads: routed origins through an agent that dials the local host. */
class RoutingDispatcher extends Dispatcher {
  constructor(
    private readonly route: MediaRoute,
    private readonly local: Agent,
    private readonly fallback: Dispatcher,
  ) {
    super();
  }

  override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandlers): boolean {
    const origin = options.origin ? new URL(String(options.origin)) : undefined;
    const local = origin?.protocol === 'https:' && routed(this.route, origin.hostname, origin.port);
    return (local ? this.local : this.fallback).dispatch(options, handler);
  }
}

/**
 * Routes HTTPS for `route.hostnames` in this process to the local host. Returns the undo, which restores what was
 * there before; nested routings must be undone in reverse order.
 */
export function routeMediaHosts(route: MediaRoute): () => Promise<void> {
  const previousAgent = https.globalAgent;
  const previousDispatcher = getGlobalDispatcher();
  const agent = new RoutingHttpsAgent(route, previousAgent.options);
  const connectTls = buildConnector({ ca: route.ca });
  const local = new Agent({
    connect: (options, callback) =>
      connectTls({ ...options, hostname: route.address, port: String(route.port), servername: options.servername || options.hostname }, callback),
  });
  const dispatcher = new RoutingDispatcher(route, local, previousDispatcher);
  https.globalAgent = agent;
  setGlobalDispatcher(dispatcher);
  let undone = false;
  return async () => {
    if (undone) return;
    if (https.globalAgent !== agent || getGlobalDispatcher() !== dispatcher) {
      throw new Error('media routing: another routing was installed after this one; undo that one first');
    }
    undone = true;
    https.globalAgent = previousAgent;
    setGlobalDispatcher(previousDispatcher);
    agent.destroy();
    await local.close();
  };
}
