/*
 * The SDK generators' view of openapi/openapi.yaml: every operation with its SDK name, its parameters split by
 * where they go, its body and the shape of its answer, ready to print in any language. Both generators read this
 * one model, so the TypeScript and Python SDKs cannot disagree about what the API is.
 *
 * What the runtimes own and the model therefore leaves out of a method's parameters: `Idempotency-Key` (generated
 * once per POST and reused on every retry), `X-CSRF-Token` and `Parley-Mode` (the console session's headers, set on
 * the client) and `Last-Event-ID` (set by the stream reader when it resumes).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { methodNameOf, resourceOrder } from './resources.js';

export type JsonSchema = { [keyword: string]: unknown };
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface SdkParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: JsonSchema;
  description?: string;
  deprecated: boolean;
}

export type SdkBody =
  | { kind: 'json'; required: boolean; json: JsonSchema }
  | { kind: 'multipart'; required: boolean; multipart: JsonSchema; fileField?: string }
  /** Either a JSON body or a multipart upload (the contacts import): the runtime sends multipart when a file is given. */
  | { kind: 'json_or_multipart'; required: boolean; json: JsonSchema; multipart: JsonSchema; fileField?: string };

export type SdkResponse =
  | { kind: 'json'; status: number; schema: JsonSchema }
  | { kind: 'empty'; status: number }
  /** A text body returned as a string (CSV, metrics, HTML). */
  | { kind: 'text'; status: number; contentType: string }
  /** Bytes of any type (media downloads). */
  | { kind: 'binary'; status: number; contentType: string }
  /** Server-sent events; `data` is the JSON payload of each message. */
  | { kind: 'sse'; status: number; message: JsonSchema; data: JsonSchema }
  /**
   * JSON by default, or another representation chosen with `Accept` (the QR code as PNG or SVG); `formatName` names it
   * for a method's argument (`image/png` → `png`, `image/svg+xml` → `svg`).
   */
  | { kind: 'negotiated'; status: number; schema: JsonSchema; alternatives: Array<{ contentType: string; binary: boolean; formatName: string }> };

export interface SdkOperation {
  id: string;
  resource: string;
  method: string;
  httpMethod: HttpMethod;
  path: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  /** In the order they appear in the path: they become the method's leading positional arguments. */
  pathParams: SdkParameter[];
  queryParams: SdkParameter[];
  headerParams: SdkParameter[];
  body?: SdkBody;
  response: SdkResponse;
  /** The operation takes an `Idempotency-Key` (every POST does). */
  idempotent: boolean;
  /** No credential needed (sign-up, log-in, health, docs). */
  public: boolean;
  /** A cursor-paged list: `{object: 'list', data: [item], has_more}` with `starting_after` / `ending_before`. */
  pagination?: { item: JsonSchema };
}

export interface SdkResource {
  name: string;
  description?: string;
  operations: SdkOperation[];
}

export interface WebhookEvent {
  type: string;
  operationId?: string;
  description?: string;
  /** The event body's schema, usually a `$ref` to a component. */
  schema: JsonSchema;
}

export interface SdkModel {
  title: string;
  version: string;
  /** `#/components/schemas/<name>` → schema, in document order. */
  schemas: Record<string, JsonSchema>;
  resources: SdkResource[];
  operations: SdkOperation[];
  webhookEvents: WebhookEvent[];
}

const RUNTIME_HEADERS = new Set(['idempotency-key', 'x-csrf-token', 'parley-mode', 'last-event-id']);
const METHODS: HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete'];

interface RawOperation {
  operationId: string;
  tags?: string[];
  summary?: string;
  description?: string;
  deprecated?: boolean;
  security?: Array<Record<string, string[]>>;
  parameters?: Array<JsonSchema>;
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, JsonSchema>;
  /** Stripe's webhook: another service calls it, signed; no SDK user does. */
  'x-parley-signed-webhook'?: boolean;
}

export const SPEC_PATH = new URL('../../openapi/openapi.yaml', import.meta.url);

export function loadModel(url: URL = SPEC_PATH): SdkModel {
  const document = parse(readFileSync(url, 'utf8')) as JsonSchema;
  return buildModel(document);
}

export function buildModel(document: JsonSchema): SdkModel {
  const components = (document.components ?? {}) as Record<string, Record<string, JsonSchema>>;
  const schemas = components.schemas ?? {};
  const resolve = <T extends JsonSchema>(value: JsonSchema, kind: string): T => {
    const ref = value.$ref;
    if (typeof ref !== 'string') return value as T;
    const prefix = `#/components/${kind}/`;
    if (!ref.startsWith(prefix)) throw new Error(`openapi.yaml: cannot resolve ${ref} as ${kind}`);
    const target = components[kind]?.[ref.slice(prefix.length)];
    if (!target) throw new Error(`openapi.yaml: unresolved ${ref}`);
    return resolve(target, kind) as T;
  };
  const resolveSchema = (schema: JsonSchema) => resolve(schema, 'schemas');

  const operations: SdkOperation[] = [];
  const paths = document.paths as Record<string, Record<string, RawOperation>>;
  for (const [path, item] of Object.entries(paths)) {
    for (const httpMethod of METHODS) {
      const raw = item[httpMethod];
      if (!raw || raw['x-parley-signed-webhook']) continue;
      const { resource, method } = methodNameOf(raw.operationId);
      const parameters = (raw.parameters ?? []).map((p) => resolve<JsonSchema & { name: string; in: string }>(p, 'parameters'));
      const toSdk = (p: JsonSchema & { name: string; in: string }): SdkParameter => ({
        name: p.name,
        in: p.in as SdkParameter['in'],
        required: p.required === true,
        schema: (p.schema ?? {}) as JsonSchema,
        description: p.description as string | undefined,
        deprecated: p.deprecated === true,
      });
      const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => {
        const found = parameters.find((p) => p.in === 'path' && p.name === name);
        if (!found) throw new Error(`openapi.yaml: ${raw.operationId} has no path parameter ${name}`);
        return toSdk(found);
      });
      const queryParams = parameters.filter((p) => p.in === 'query').map(toSdk);
      const headerParams = parameters.filter((p) => p.in === 'header' && !RUNTIME_HEADERS.has(p.name.toLowerCase())).map(toSdk);
      const response = responseOf(raw, resolve, resolveSchema);
      const pagination = paginationOf(queryParams, response, resolveSchema);
      operations.push({
        id: raw.operationId,
        resource,
        method,
        httpMethod,
        path,
        summary: raw.summary,
        description: raw.description,
        deprecated: raw.deprecated === true,
        pathParams,
        queryParams,
        headerParams,
        body: bodyOf(raw),
        response,
        idempotent: parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key'),
        public: Array.isArray(raw.security) && raw.security.length === 0,
        pagination,
      });
    }
  }

  const tags = new Map(((document.tags ?? []) as Array<{ name: string; description?: string }>).map((t) => [t.name, t]));
  const tagOf = new Map(
    Object.values(paths).flatMap((item) =>
      METHODS.filter((m) => item[m] && !item[m]!['x-parley-signed-webhook']).map((m) => [methodNameOf(item[m]!.operationId).resource, item[m]!.tags?.[0]] as const),
    ),
  );
  const resources = resourceOrder.map((name) => ({
    name,
    description: tags.get(tagOf.get(name) ?? '')?.description,
    operations: operations.filter((op) => op.resource === name),
  }));
  for (const resource of resources) {
    const seen = new Set<string>();
    for (const op of resource.operations) {
      if (seen.has(op.method)) throw new Error(`sdks/codegen/resources.ts: ${resource.name}.${op.method} names two operations`);
      seen.add(op.method);
    }
  }

  const webhooks = (document.webhooks ?? {}) as Record<string, Record<string, RawOperation>>;
  const webhookEvents = Object.entries(webhooks).map(([type, item]) => {
    const post = item.post;
    const schema = post?.requestBody?.content['application/json']?.schema;
    if (!post || !schema) throw new Error(`openapi.yaml: webhook ${type} has no JSON body`);
    return { type, operationId: post.operationId, description: post.description, schema };
  });

  const info = document.info as { title: string; version: string };
  return { title: info.title, version: info.version, schemas, resources, operations, webhookEvents };
}

function bodyOf(raw: RawOperation): SdkBody | undefined {
  const content = raw.requestBody?.content;
  if (!content) return undefined;
  const required = raw.requestBody?.required === true;
  const json = content['application/json']?.schema;
  const multipart = content['multipart/form-data']?.schema;
  if (json && multipart) return { kind: 'json_or_multipart', required, json, multipart, fileField: singleFileField(multipart) };
  if (json) return { kind: 'json', required, json };
  if (multipart) return { kind: 'multipart', required, multipart, fileField: singleFileField(multipart) };
  throw new Error(`openapi.yaml: ${raw.operationId} takes ${Object.keys(content).join(', ')}; the SDKs send JSON or multipart`);
}

/** The multipart body's file part, when the body is exactly one file (all the SDKs upload yet). */
function singleFileField(schema: JsonSchema): string | undefined {
  const properties = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>);
  const isFile = (property: JsonSchema) => property.contentMediaType !== undefined || property.format === 'binary' || property.contentEncoding === 'binary';
  return properties.length === 1 && isFile(properties[0]![1]) ? properties[0]![0] : undefined;
}

function responseOf(
  raw: RawOperation,
  resolve: <T extends JsonSchema>(value: JsonSchema, kind: string) => T,
  resolveSchema: (schema: JsonSchema) => JsonSchema,
): SdkResponse {
  const success = Object.keys(raw.responses).filter((code) => /^2\d\d$/.test(code));
  if (success.length === 0) throw new Error(`openapi.yaml: ${raw.operationId} declares no 2xx response`);
  // Opt-outs answer 200 or 201 with the same object; the first success status is the one the SDK documents.
  const status = Number(success[0]);
  const definition = resolve<{ content?: Record<string, { schema?: JsonSchema }> }>(raw.responses[success[0]!]!, 'responses');
  const content = definition.content ?? {};
  const types = Object.keys(content);
  if (types.length === 0) return { kind: 'empty', status };
  if (types.includes('text/event-stream')) {
    const message = content['text/event-stream']?.schema ?? {};
    const properties = (resolveSchema(message).properties ?? {}) as Record<string, JsonSchema>;
    return { kind: 'sse', status, message, data: properties.data ?? {} };
  }
  const json = content['application/json']?.schema;
  if (json && types.length > 1) {
    const alternatives = types
      .filter((type) => type !== 'application/json')
      .map((contentType) => {
        const schema = content[contentType]?.schema ?? {};
        const formatName = contentType.split('/')[1]!.split('+')[0]!;
        return { contentType, binary: schema.contentEncoding === 'binary' || schema.format === 'binary', formatName };
      });
    return { kind: 'negotiated', status, schema: json, alternatives };
  }
  if (json) return { kind: 'json', status, schema: json };
  const [contentType] = types as [string];
  if (contentType.startsWith('text/') || contentType === 'application/yaml') return { kind: 'text', status, contentType };
  return { kind: 'binary', status, contentType };
}

function paginationOf(
  queryParams: SdkParameter[],
  response: SdkResponse,
  resolveSchema: (schema: JsonSchema) => JsonSchema,
): SdkOperation['pagination'] {
  if (response.kind !== 'json' || !queryParams.some((p) => p.name === 'starting_after')) return undefined;
  const properties = (resolveSchema(response.schema).properties ?? {}) as Record<string, JsonSchema>;
  const data = properties.data;
  if (!data || !properties.has_more || data.type !== 'array') return undefined;
  return { item: (data.items ?? {}) as JsonSchema };
}
