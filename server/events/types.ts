/**
 * Every event type Parley writes: the one list that `recordEvent` accepts, `GET /v1/events?type=` checks
 * against, and that the `webhooks:` catalog in openapi.yaml must match (a test compares them).
 */
export const EVENT_TYPES = [
  'connection.created',
  'connection.updated',
  'connection.deleted',
  'connection.restarted',
  'connection.qr',
  'connection.connecting',
  'connection.connected',
  'connection.disconnected',
  'connection.logged_out',
  'connection.failed',
  'message.queued',
  'message.scheduled',
  'message.sending',
  'message.sent',
  'message.delivered',
  'message.read',
  'message.failed',
  'message.canceled',
  'message.expired',
  'message.received',
  'message.reaction',
  'message.edited',
  'message.deleted',
  'message.receipt_updated',
  'presence.updated',
  'call.received',
  'call.ended',
  'status.received',
  'history.synced',
  'opt_out.created',
  'opt_out.deleted',
  'webhook_endpoint.disabled',
  'bulk_job.started',
  'bulk_job.completed',
  'bulk_job.paused',
  'bulk_job.canceled',
  'bulk_job.failed',
  'account.plan_changed',
  'account.export_ready',
  'usage.threshold_reached',
  'billing.payment_failed',
  'group.created',
  'group.updated',
  'group.participants_changed',
  'group.joined',
  'group.left',
  'webhook.test',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

const known: ReadonlySet<string> = new Set(EVENT_TYPES);

export const isEventType = (type: string): type is EventType => known.has(type);
