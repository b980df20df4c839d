import { randomBytes } from 'node:crypto';
import type { SecretBox } from '../platform/crypto.js';

/** SecretBox purpose: an endpoint secret sealed for one use cannot be opened as any other sealed value. */
const PURPOSE = 'webhook-endpoint-secret';

/** How long a rotated-out secret keeps signing deliveries beside the new one. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

/**
 * The Standard Webhooks secret format that svix's `Webhook` class takes: `whsec_` and the base64 of the HMAC
 * key, here 32 random bytes (256 bits, all the strength HMAC-SHA256 offers).
 */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

export const sealWebhookSecret = (box: SecretBox, secret: string): string => box.encrypt(PURPOSE, secret);

export const openWebhookSecret = (box: SecretBox, sealed: string): string => box.decrypt(PURPOSE, sealed).toString('utf8');
