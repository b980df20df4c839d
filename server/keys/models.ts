import type { KeyScope } from '../auth/roles.js';
import { Model } from 'objection';
import type { Mode } from '../platform/db/database.js';

export class ApiKeyRow extends Model {
  static override tableName = 'api_keys';
  declare id: string;
  declare account_id: string;
  declare name: string;
  declare mode: Mode;
  declare prefix: string;
  declare last4: string;
  declare secret_hash: string;
  /** full: acts as a developer; read_only: as a viewer. */
  declare scope: KeyScope;
  declare created_at: Date;
  declare last_used_at: Date | null;
  declare revoked_at: Date | null;
}
