import type { BaseClient } from './client.js';

/** A group of methods (`parley.messages`, `parley.connections`) sharing the client's request loop. */
export abstract class APIResource {
  constructor(protected readonly _client: BaseClient) {}
}
