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
  declare failing_since: Date | null;
  declare disabled_reason: 'endpoint_gone' | 'endpoint_failing' | null;
  declare created_at: Date;
  declare updated_at: Date;
}

export type WebhookDeliveryStatus = 'pending' | 'succeeded' | 'failed';

export class WebhookDeliveryRow extends Model {
  static override tableName = 'webhook_deliveries';
  declare id: string;
  declare account_id: string;
  declare mode: Mode;
  declare endpoint_id: string;
  declare event_id: string;
  declare event_type: string;
  declare status: WebhookDeliveryStatus;
  declare attempt_count: number;
  declare round_attempts: number;
  declare next_attempt_at: Date | null;
  declare last_attempt_at: Date | null;
  declare last_status_code: number | null;
  declare last_error: string | null;
  declare finished_at: Date | null;
  declare created_at: Date;
  declare updated_at: Date;
}

export class WebhookAttemptRow extends Model {
  static override tableName = 'webhook_attempts';
  declare id: string;
  declare account_id: string;
  declare mode: Mode;
  declare delivery_id: string;
  declare endpoint_id: string;
  declare url: string;
  declare attempted_at: Date;
  declare status_code: number | null;
  declare latency_ms: number;
  declare response_body: string | null;
  declare error: string | null;
}
