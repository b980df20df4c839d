import type { Knex } from 'knex';

/**
 * A message's file goes with its content once the message is deleted and nothing else refers to the file (uploads
 * stay: they are the caller's own, and templates may name them). `deleted_at`: the file is gone for callers (410
 * `media_deleted`); `purged_at`: the bytes have left the media store (a sweep does it after the commit, so a
 * deletion never waits for storage and a crash never leaves bytes behind for good). The index on
 * `messages.media_id` answers "does any message still refer to this file?" without a scan.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('media', (t) => {
    t.timestamp('deleted_at', { useTz: true });
    t.timestamp('purged_at', { useTz: true });
  });
  await knex.raw('create index messages_media_id_index on messages (media_id) where media_id is not null');
  await knex.raw('create index media_to_purge_index on media (deleted_at) where deleted_at is not null and purged_at is null');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index if exists media_to_purge_index');
  await knex.raw('drop index if exists messages_media_id_index');
  await knex.schema.alterTable('media', (t) => {
    t.dropColumns('deleted_at', 'purged_at');
  });
}
