import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { WEBHOOK_EVENT_TYPES } from '../sdks/typescript/src/index.js';

describe('TypeScript SDK: the webhook event catalog', () => {
  test('WEBHOOK_EVENT_TYPES lists every event of the contract\'s webhooks section, in order, with its description', () => {
    const document = parse(readFileSync(new URL('../openapi/openapi.yaml', import.meta.url), 'utf8')) as {
      webhooks: Record<string, { post: { description?: string } }>;
    };
    const expected = Object.entries(document.webhooks).map(([type, item]) => ({ type, description: item.post.description ?? '' }));
    assert.deepEqual(WEBHOOK_EVENT_TYPES, expected);
    assert.ok(WEBHOOK_EVENT_TYPES.some((event) => event.type === 'message.received'));
  });
});
