import { Webhook } from 'svix';

/**
 * The Standard Webhooks headers for one attempt, signed by svix with each given secret (the current one, and
 * the previous one while a rotation overlaps). Receivers accept a delivery if any signature verifies.
 */
export class Signer {
  /** Parsed secrets by secret; an endpoint's secret changes only on rotation, so this stays small. */
  readonly #webhooks = new Map<string, Webhook>();

  headers(secrets: readonly string[], webhookId: string, at: Date, body: string): Record<string, string> {
    const signatures = secrets.map((secret) => this.#webhook(secret).sign(webhookId, at, body));
    return {
      'webhook-id': webhookId,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': signatures.join(' '),
    };
  }

  #webhook(secret: string): Webhook {
    let webhook = this.#webhooks.get(secret);
    if (!webhook) {
      if (this.#webhooks.size >= 10_000) this.#webhooks.clear();
      webhook = new Webhook(secret);
      this.#webhooks.set(secret, webhook);
    }
    return webhook;
  }
}
