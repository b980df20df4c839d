import type { Services } from '../platform/services.js';
import type { Transaction } from '../platform/db/database.js';
import { MediaRow } from './models.js';

/** How many deleted files one sweep removes from the media store. */
const PURGE_BATCH = 100;

/**
 * After a message lost its content (deleted for everyone or for me): its file is deleted too once no message
 * refers to it any more. Uploads stay: they are the caller's own objects, which templates and later sends may
 * name. The bytes leave the media store in `purgeDeletedMedia`, after this transaction commits.
 */
export async function releaseMedia(trx: Transaction, mediaId: string): Promise<void> {
  // Locked, so two deletions of messages sharing the file decide one after the other.
  const row = await MediaRow.query(trx).findById(mediaId).forUpdate();
  if (!row || row.source === 'upload' || row.deleted_at) return;
  const used = await trx('messages').where('media_id', mediaId).first('id');
  if (used) return;
  await MediaRow.query(trx).patch({ deleted_at: new Date() }).where('id', mediaId);
}

/**
 * Removes the bytes of deleted files from the media store, a batch at a time (any worker may run it: SKIP LOCKED
 * keeps two from taking the same rows). A file the store cannot remove now stays listed and is tried again on
 * the next sweep. Returns how many files were removed.
 */
export async function purgeDeletedMedia(services: Pick<Services, 'db' | 'media' | 'logger'>): Promise<number> {
  return services.db.system(async (trx) => {
    const rows = (await trx('media')
      .whereNotNull('deleted_at')
      .whereNull('purged_at')
      .orderBy('deleted_at')
      .limit(PURGE_BATCH)
      .forUpdate()
      .skipLocked()
      .select('id', 'storage_key')) as Array<{ id: string; storage_key: string }>;
    const purged: string[] = [];
    for (const row of rows) {
      try {
        await services.media.delete(row.storage_key);
        purged.push(row.id);
      } catch (error) {
        services.logger.warn({ err: error, media_id: row.id }, 'could not remove a deleted file from the media store; will retry');
      }
    }
    if (purged.length > 0) await trx('media').whereIn('id', purged).update({ purged_at: new Date() });
    return purged.length;
  });
}
