import type { components } from '../generated/openapi.js';
import type { Mode } from '../platform/db/database.js';

type Schemas = components['schemas'];

export type BulkJobStatus = Schemas['BulkJobStatus'];
export type RecipientStatus = Schemas['BulkJobRecipientStatus'];

/** What every message of a job says: the request's template reference, or its type and content field. */
export type BulkMessage = Pick<Schemas['CreateMessageRequest'], 'template' | 'type' | 'text' | 'image' | 'video' | 'audio' | 'document' | 'sticker' | 'location' | 'contact' | 'poll'>;

export interface BulkJobRow {
  id: string;
  account_id: string;
  mode: Mode;
  status: BulkJobStatus;
  connection_ids: string[];
  message: BulkMessage;
  metadata: Record<string, string>;
  send_at: Date | null;
  /** Messages a minute across the job's connections; null for no cap of its own. */
  rate: number | null;
  /** When the job may release its next message under its rate. */
  rate_next_at: Date | null;
  total: number;
  started_at: Date | null;
  paused_at: Date | null;
  completed_at: Date | null;
  canceled_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface RecipientRow {
  job_id: string;
  position: number;
  line: number | null;
  to: string;
  phone_number: string | null;
  variables: Record<string, string | number>;
  status: RecipientStatus;
  reason_code: string | null;
  reason_message: string | null;
  message_id: string | null;
  connection_id: string | null;
}

/** A job message still waiting for, or in, a send: what pause and cancel may call back (all but `sending`). */
export const UNSENT = ['scheduled', 'queued'] as const;
export const IN_FLIGHT = ['scheduled', 'queued', 'sending'] as const;
