import { Model } from 'objection';
import type { Mode } from '../platform/db/database.js';

export class WebhookEndpointRow extends Model {
  static override tableName = 'webhook_endpoints';
  declare id: string;
  declare account_id: string;
  declare mode: Mode;
  declare url: string;
  declare description: string | null;
  /** Event types, or ['*']. */
  declare events: string[];
  declare enabled: boolean;
  declare secret_sealed: string;
  declare previous_secret_sealed: string | null;
  declare previous_secret_expires_at: Date | null;
  declare created_at: Date;
  declare updated_at: Date;
}
