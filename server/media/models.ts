import { Model } from 'objection';
import type { components } from '../generated/openapi.js';
import type { Mode } from '../platform/db/database.js';

export type MediaSource = 'upload' | 'url' | 'inbound';

export class MediaRow extends Model {
  static override tableName = 'media';
  declare id: string;
  declare account_id: string;
  declare mode: Mode;
  declare source: MediaSource;
  declare mime_type: string;
  declare size: number;
  declare filename: string | null;
  declare sha256: string;
  /** Where the bytes are in the media store; never shown to callers. */
  declare storage_key: string;
  declare created_at: Date;
  /** Set when the message that held the file was deleted and nothing else refers to it (see release.ts). */
  declare deleted_at?: Date | null;
  declare purged_at?: Date | null;

  // PostgreSQL's bigint arrives as a string (it may exceed 2^53); media sizes never do.
  override $parseDatabaseJson(json: Record<string, unknown>) {
    const parsed = super.$parseDatabaseJson(json);
    if (parsed.size !== undefined) parsed.size = Number(parsed.size);
    return parsed;
  }
}

export function presentMedia(row: MediaRow): components['schemas']['Media'] {
  return {
    id: row.id,
    object: 'media',
    mime_type: row.mime_type,
    size: row.size,
    filename: row.filename,
    sha256: row.sha256,
    source: row.source,
    created_at: row.created_at.toISOString(),
  };
}
