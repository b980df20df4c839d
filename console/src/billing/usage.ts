import type { Usage } from '@parley/sdk';

/** Outbound messages the plan counts: every message accepted, whatever its kind. */
export function messagesAccepted(totals: Usage['totals']): number {
  return (totals.messages_accepted_text ?? 0) + (totals.messages_accepted_media ?? 0) + (totals.messages_accepted_template ?? 0) + (totals.messages_accepted_bulk ?? 0);
}

export function money(cents: number, currency: string): string {
  return (cents / 100).toLocaleString(undefined, { style: 'currency', currency: currency.toUpperCase() });
}
