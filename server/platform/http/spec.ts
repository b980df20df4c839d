import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { isRole, ROLES, type Role } from '../../auth/roles.js';
import type { AuditSpec } from '../../audit/record.js';

/* The OpenAPI document is the source of truth: routes, auth and validation are all derived from it. */

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type SecurityScheme = 'ApiKeyAuth' | 'SessionAuth';

export interface JsonSchema {
  [keyword: string]: unknown;
}

export interface ParameterObject {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonSchema;
}

export interface OperationObject {
  operationId: string;
  security?: Array<Record<string, string[]>>;
  parameters?: Array<ParameterObject | { $ref: string }>;
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, unknown>;
  'x-parley-platform-admin'?: boolean;
  /** What the audit log records when the operation succeeds (server/audit/record.ts). */
  'x-parley-audit'?: AuditSpec;
  /** The least member role that may call the operation (server/auth/roles.ts). */
  'x-parley-role'?: string;
  /** Health, metrics and docs: served outside the API pipeline (no auth, rate limit or transaction). */
  'x-parley-platform-endpoint'?: boolean;
  /**
   * A webhook another service sends (Stripe's): no credential, the route checks a signature over the raw body,
   * which the pipeline hands it unparsed, and only failed signatures spend the client address's budget.
   */
  'x-parley-signed-webhook'?: boolean;
}

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Partial<Record<HttpMethod, OperationObject>>>;
  components: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

/**
 * How the pipeline reads a request body: JSON (parsed and validated), multipart (streamed to the route), either
 * of the two as the request's Content-Type says (an import takes a JSON list or an uploaded file), raw bytes
 * (a signed webhook: the signature covers the exact bytes, so they are checked before anything parses them), or
 * none.
 */
export type BodyKind = 'none' | 'json' | 'multipart' | 'json_or_multipart' | 'raw';

export interface Operation {
  id: string;
  method: HttpMethod;
  path: string;
  definition: OperationObject;
  parameters: ParameterObject[];
  body: BodyKind;
  /** Empty for public operations. */
  security: SecurityScheme[];
  platformAdmin: boolean;
  /** Recorded in the audit log when it succeeds; undefined: not an audited change. */
  audit: AuditSpec | undefined;
  /** The least role that may call it; undefined for public and platform-admin operations. */
  role: Role | undefined;
  /** Platform endpoints (health, metrics, docs) bypass the API pipeline. */
  platformEndpoint: boolean;
  /** A signed webhook from another service (x-parley-signed-webhook): public, raw body, signature checked by its route. */
  signedWebhook: boolean;
}

const METHODS: HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete'];

export function loadDocument(url = new URL('../../../openapi/openapi.yaml', import.meta.url)): OpenApiDocument {
  return parse(readFileSync(url, 'utf8')) as OpenApiDocument;
}

function resolveParameter(document: OpenApiDocument, parameter: ParameterObject | { $ref: string }): ParameterObject {
  if (!('$ref' in parameter)) return parameter;
  const name = parameter.$ref.replace('#/components/parameters/', '');
  const resolved = document.components.parameters?.[name] as ParameterObject | undefined;
  if (!resolved) throw new Error(`openapi.yaml: unresolved parameter ${parameter.$ref}`);
  return resolved;
}

/** Fails closed: a request body the pipeline cannot read stops the server from starting. */
function bodyKindOf(definition: OperationObject): BodyKind {
  const types = Object.keys(definition.requestBody?.content ?? {});
  if (types.length === 0) return 'none';
  if (types.length === 1 && types[0] === 'application/json') return 'json';
  if (types.length === 1 && types[0] === 'multipart/form-data') return 'multipart';
  if (types.length === 2 && types.includes('application/json') && types.includes('multipart/form-data')) return 'json_or_multipart';
  throw new Error(
    `openapi.yaml: ${definition.operationId} accepts ${types.join(', ')}; the pipeline reads application/json, multipart/form-data or both`,
  );
}

/**
 * Lists every operation. Fails closed: an operation that does not declare `security` explicitly
 * (`[]` for public) stops the server from starting.
 */
export function listOperations(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const definition = item[method];
      if (!definition) continue;
      if (!definition.operationId) throw new Error(`openapi.yaml: ${method.toUpperCase()} ${path} has no operationId`);
      if (!Array.isArray(definition.security)) {
        throw new Error(
          `openapi.yaml: ${definition.operationId} does not declare \`security\`; use [] for a public operation`,
        );
      }
      const security = definition.security.flatMap((requirement) => Object.keys(requirement)) as SecurityScheme[];
      const platformAdmin = definition['x-parley-platform-admin'] === true;
      const role = definition['x-parley-role'];
      const needsRole = security.length > 0 && !platformAdmin;
      if (needsRole && !isRole(role)) {
        throw new Error(`openapi.yaml: ${definition.operationId} does not name the least role that may call it: add \`x-parley-role\` (${ROLES.join(', ')})`);
      }
      if (!needsRole && role !== undefined) {
        throw new Error(`openapi.yaml: ${definition.operationId} names a role, but it is ${platformAdmin ? 'for the platform admin' : 'public'}`);
      }
      const signedWebhook = definition['x-parley-signed-webhook'] === true;
      if (signedWebhook && (security.length > 0 || bodyKindOf(definition) !== 'json')) {
        throw new Error(`openapi.yaml: ${definition.operationId} is a signed webhook: it needs \`security: []\` and an application/json body`);
      }
      operations.push({
        id: definition.operationId,
        method,
        path,
        definition,
        parameters: (definition.parameters ?? []).map((p) => resolveParameter(document, p)),
        body: signedWebhook ? 'raw' : bodyKindOf(definition),
        security,
        platformAdmin,
        audit: auditSpecOf(definition, security),
        role: needsRole ? (role as Role) : undefined,
        platformEndpoint: definition['x-parley-platform-endpoint'] === true,
        signedWebhook,
      });
    }
  }
  return operations;
}

/** Fails closed: an audit entry that names no action, or an audited operation nobody is signed in for, stops the start. */
function auditSpecOf(definition: OperationObject, security: SecurityScheme[]): AuditSpec | undefined {
  const spec = definition['x-parley-audit'];
  if (spec === undefined) return undefined;
  if (typeof spec !== 'object' || typeof spec.action !== 'string' || !/^[a-z_]+\.[a-z_]+$/.test(spec.action)) {
    throw new Error(`openapi.yaml: ${definition.operationId} has an \`x-parley-audit\` without an action like resource.verb`);
  }
  if (security.length === 0) throw new Error(`openapi.yaml: ${definition.operationId} is public; the audit log records what members and keys do`);
  return spec;
}
