import assert from 'node:assert/strict';
import { listOperations, loadDocument } from '../../server/platform/http/spec.js';
import { componentSchema, Validator } from '../../server/platform/http/validation.js';
import type { ApiResponse } from './client.js';
import type { ServerSentEvent } from './connections-sse.js';

const document = loadDocument();
const operations = listOperations(document);
const validator = new Validator(document, operations);

/** Asserts that a response's status is declared for the operation and its body matches the schema. */
export function assertConforms(operationId: string, response: ApiResponse): void {
  const operation = operations.find((op) => op.id === operationId);
  assert.ok(operation, `unknown operation ${operationId}`);
  assert.ok(validator.declares(operation, response.status), `${operationId} does not declare status ${response.status}`);
  const validate = validator.response(operation, response.status);
  if (validate) assert.ok(validate(response.body), `${operationId} ${response.status}: ${JSON.stringify(validate.errors)}`);
  for (const name of requiredHeaders(operation.definition.responses, response.status)) {
    assert.ok(response.headers.has(name), `${operationId} ${response.status} lacks its required ${name} header`);
  }
}

type Declared = { $ref?: string; headers?: Record<string, { $ref?: string; required?: boolean }> };
const resolved = <T>(value: T & { $ref?: string }, kind: string): T =>
  value.$ref ? (document.components[kind]?.[value.$ref.replace(`#/components/${kind}/`, '')] as T) : value;

/** The headers the spec says a response of this status always carries (`Request-Id`). */
function requiredHeaders(responses: Record<string, unknown>, status: number): string[] {
  const declared = (responses[String(status)] ?? (status >= 500 ? responses.default : undefined)) as Declared | undefined;
  if (!declared) return [];
  const { headers = {} } = resolved(declared, 'responses');
  return Object.entries(headers)
    .filter(([, header]) => resolved(header, 'headers').required === true)
    .map(([name]) => name);
}

/** Asserts that every message a server-sent-events stream carried matches the operation's message schema. */
export function assertMessagesConform(operationId: string, messages: ServerSentEvent[]): void {
  const operation = operations.find((op) => op.id === operationId);
  assert.ok(operation, `unknown operation ${operationId}`);
  const success = operation.definition.responses['200'] as { content?: Record<string, { schema?: { $ref?: string } }> };
  const ref = success.content?.['text/event-stream']?.schema?.$ref;
  assert.ok(ref, `${operationId} declares no text/event-stream message schema`);
  const validate = componentSchema(ref.replace('#/components/schemas/', ''), document);
  for (const message of messages) assert.ok(validate(message), `${operationId} message ${JSON.stringify(message)}: ${JSON.stringify(validate.errors)}`);
}

/** Asserts the error envelope and returns the error for further checks. */
export function assertError(response: ApiResponse, status: number, code: string) {
  assert.equal(response.status, status, JSON.stringify(response.body));
  const error = response.body?.error;
  assert.ok(error, `expected an error envelope, got ${JSON.stringify(response.body)}`);
  assert.equal(error.code, code, JSON.stringify(response.body));
  // A replayed response is the original one, naming the original request.
  const requestId = response.headers.get('original-request') ?? response.headers.get('request-id');
  assert.equal(error.request_id, requestId);
  assert.equal(typeof error.message, 'string');
  assert.ok(!JSON.stringify(response.body).includes('    at '), 'an error must never carry a stack trace');
  return error as { type: string; code: string; message: string; param?: string; limit?: { name: string; value: number; used: number; plan: string }; request_id: string };
}
