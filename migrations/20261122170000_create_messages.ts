import type { Knex } from 'knex';
import { enableTenantRls } from '../server/platform/db/rls.js';
import { APP_ROLE, SYSTEM_ROLE } from '../server/platform/db/roles.js';

/** Outbound messages still to send: the worker's drain reads these in `seq` order. */
export const PENDING_STATUSES = ['scheduled', 'queued', 'sending'] as const;

export async function up(knex: Knex): Promise<void> {
  // Files: uploads, media fetched from a message's URL, media people sent. The bytes live in the media store.
  await knex.schema.createTable('media', (t) => {
    t.text('id').primary();
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('mode').notNullable();
    t.text('source').notNullable();
    t.text('mime_type').notNullable();
    t.bigInteger('size').notNullable();
    t.text('filename');
    t.text('sha256').notNullable();
    t.text('storage_key').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['account_id', 'mode', 'id']);
    t.check(`mode in ('test', 'live')`, [], 'media_mode_check');
    t.check(`source in ('upload', 'url', 'inbound')`, [], 'media_source_check');
  });
  await enableTenantRls(knex, 'media', { modeColumn: 'mode' });

  // One conversation per connection and other party. `peer` is the party's E.164 number, or its LID when
  // WhatsApp has not told which number is behind it.
  await knex.schema.createTable('chats', (t) => {
    t.text('id').primary();
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('mode').notNullable();
    t.text('connection_id').notNullable().references('connections.id').onDelete('CASCADE');
    t.text('peer').notNullable();
    t.text('phone_number');
    t.text('wa_lid');
    t.text('name');
    t.text('last_message_id');
    t.timestamp('last_message_at', { useTz: true });
    t.integer('unread_count').notNullable().defaultTo(0);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['connection_id', 'peer']);
    t.check(`mode in ('test', 'live')`, [], 'chats_mode_check');
  });
  await knex.raw('create index chats_recent on chats (account_id, mode, last_message_at desc nulls last, id desc)');
  await enableTenantRls(knex, 'chats', { modeColumn: 'mode' });

  await knex.schema.createTable('messages', (t) => {
    t.text('id').primary();
    // The drain order of a connection's queue: assigned at insert, so it follows commit-time acceptance.
    t.bigIncrements('seq', { primaryKey: false });
    t.text('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('mode').notNullable();
    t.text('connection_id').notNullable().references('connections.id').onDelete('CASCADE');
    t.text('chat_id').references('chats.id').onDelete('SET NULL');
    t.text('direction').notNullable();
    t.text('type').notNullable();
    t.text('status').notNullable();
    t.text('from_phone');
    t.text('from_lid');
    t.text('to_phone');
    // The other party's number, whichever direction: what `phone_number` filters on.
    t.text('peer_phone');
    t.jsonb('content');
    t.text('media_id').references('media.id').onDelete('SET NULL');
    t.text('reply_to');
    t.jsonb('mentions').notNullable().defaultTo('[]');
    t.jsonb('metadata').notNullable().defaultTo('{}');
    t.timestamp('send_at', { useTz: true });
    // Chosen when the message is accepted, so every attempt (after a crash too) sends under the same id.
    t.text('wa_message_id');
    t.integer('attempts').notNullable().defaultTo(0);
    t.timestamp('next_attempt_at', { useTz: true });
    t.timestamp('expires_at', { useTz: true });
    t.text('error_code');
    t.text('error_message');
    for (const at of ['sent', 'delivered', 'read', 'failed', 'canceled', 'expired', 'received', 'edited', 'deleted']) {
      t.timestamp(`${at}_at`, { useTz: true });
    }
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['connection_id', 'direction', 'wa_message_id']);
    t.index(['account_id', 'mode', 'id']);
    t.index(['connection_id', 'id']);
    t.index(['chat_id', 'id']);
    t.index(['account_id', 'mode', 'peer_phone', 'id']);
    t.check(`mode in ('test', 'live')`, [], 'messages_mode_check');
    t.check(`direction in ('outbound', 'inbound')`, [], 'messages_direction_check');
    t.check(
      `status in ('scheduled', 'queued', 'sending', 'sent', 'delivered', 'read', 'failed', 'canceled', 'expired', 'received')`,
      [],
      'messages_status_check',
    );
  });
  const pending = PENDING_STATUSES.map((s) => `'${s}'`).join(', ');
  await knex.raw(`create index messages_queue on messages (connection_id, seq) where status in (${pending})`);
  await knex.raw(`create index messages_expiry on messages (expires_at) where status in (${pending})`);
  await knex.raw(`grant usage on sequence messages_seq_seq to ${APP_ROLE}, ${SYSTEM_ROLE}`);
  await enableTenantRls(knex, 'messages', { modeColumn: 'mode' });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('messages');
  await knex.schema.dropTable('chats');
  await knex.schema.dropTable('media');
}
