import type { Knex } from 'knex';

/**
 * The drain claims several messages of a connection at once, each only if no earlier one to the same person is
 * queued or sending: this index answers that per message with one probe, instead of a walk over the
 * connection's queue ahead of it.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`create index messages_peer_queue on messages (connection_id, peer_phone, seq) where status in ('queued', 'sending')`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index messages_peer_queue');
}
