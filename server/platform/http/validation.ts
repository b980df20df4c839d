import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { invalidRequest } from './errors.js';
import { refuseUnstorableInput } from './input-text.js';
import { loadDocument, type JsonSchema, type OpenApiDocument, type Operation } from './spec.js';

// ajv-formats is CommonJS: its plugin function is also exported as `.default`, which both type systems see.
const addFormats = addFormatsModule.default;

const DOCUMENT_ID = 'parley-openapi';
const OPENAPI_KEYWORDS = ['example', 'discriminator', 'xml', 'externalDocs', 'components'];

function createAjv(document: OpenApiDocument, coerce: boolean): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: false,
    coerceTypes: coerce ? 'array' : false,
    useDefaults: coerce,
  });
  addFormats(ajv);
  // OpenAPI's `format: binary` marks file parts and downloads for SDK generators. Those bodies are streamed, not
  // validated as JSON, so ajv has nothing to check; it is declared only so that strict mode accepts the keyword.
  ajv.addFormat('binary', true);
  ajv.addVocabulary(OPENAPI_KEYWORDS);
  // The components are one schema resource, so `#/components/schemas/X` refs inside them resolve as written.
  ajv.addSchema({ $id: DOCUMENT_ID, components: { schemas: document.components.schemas } }, undefined, undefined, false);
  return ajv;
}

/** Points the document-relative refs of an operation's schema at the registered components resource. */
function anchored(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(anchored);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${DOCUMENT_ID}${value}` : anchored(value),
    ]),
  );
}

/** "/recipients/0/to" → "recipients[0].to" */
function paramName(instancePath: string, leaf?: string): string {
  const parts = instancePath.split('/').slice(1).map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (leaf !== undefined) parts.push(leaf);
  return parts.reduce((name, part) => (/^\d+$/.test(part) ? `${name}[${part}]` : name ? `${name}.${part}` : part), '');
}

function toApiError(error: ErrorObject, where: string) {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const param = paramName(error.instancePath, String(params.missingProperty));
      return invalidRequest('parameter_missing', `Missing required ${where} parameter: ${param}.`, param);
    }
    case 'additionalProperties': {
      const param = paramName(error.instancePath, String(params.additionalProperty));
      return invalidRequest('parameter_unknown', `Unknown ${where} parameter: ${param}.`, param);
    }
    default: {
      const param = paramName(error.instancePath);
      const subject = param ? `${where} parameter ${param}` : `The ${where}`;
      return invalidRequest('parameter_invalid', `Invalid ${subject}: it ${error.message ?? 'is not valid'}.`, param || undefined);
    }
  }
}

export interface RequestValidator {
  body?: ValidateFunction;
  query: ValidateFunction;
  path: ValidateFunction;
}

export class Validator {
  readonly #document: OpenApiDocument;
  readonly #strict: Ajv2020;
  readonly #coercing: Ajv2020;
  readonly #requests = new Map<string, RequestValidator>();
  readonly #responses = new Map<string, ValidateFunction | undefined>();

  constructor(document: OpenApiDocument, operations: Operation[]) {
    this.#document = document;
    this.#strict = createAjv(document, false);
    this.#coercing = createAjv(document, true);
    for (const operation of operations) {
      const parametersIn = (location: 'query' | 'path') => {
        const list = operation.parameters.filter((p) => p.in === location);
        return this.#coercing.compile({
          type: 'object',
          additionalProperties: false,
          properties: Object.fromEntries(list.map((p) => [p.name, anchored(p.schema)])),
          required: list.filter((p) => p.required).map((p) => p.name),
        });
      };
      const bodySchema = operation.definition.requestBody?.content['application/json']?.schema;
      this.#requests.set(operation.id, {
        query: parametersIn('query'),
        path: parametersIn('path'),
        ...(bodySchema ? { body: this.#strict.compile(anchored(bodySchema) as JsonSchema) } : {}),
      });
    }
  }

  request(operationId: string): RequestValidator {
    const validator = this.#requests.get(operationId);
    if (!validator) throw new Error(`no validator for ${operationId}`);
    return validator;
  }

  /**
   * Validates (and, for query and path, coerces and defaults in place); throws a 400 naming the field. Text that
   * PostgreSQL cannot store and over-deep JSON are refused first, for every operation, before ajv recurses.
   */
  check(validate: ValidateFunction | undefined, value: unknown, where: 'body' | 'query' | 'path'): void {
    refuseUnstorableInput(value, where);
    if (!validate || validate(value)) return;
    const [first] = validate.errors ?? [];
    if (!first) throw invalidRequest('parameter_invalid', `The ${where} is not valid.`);
    throw toApiError(first, where === 'body' ? 'body' : where);
  }

  /** Whether the spec lists this status for the operation; `default` covers only server errors. */
  declares(operation: Operation, status: number): boolean {
    return String(status) in operation.definition.responses || (status >= 500 && 'default' in operation.definition.responses);
  }

  /** The schema a response must match, or undefined when the spec declares no JSON body for it. */
  response(operation: Operation, status: number): ValidateFunction | undefined {
    const cacheKey = `${operation.id} ${status}`;
    if (!this.#responses.has(cacheKey)) this.#responses.set(cacheKey, this.#compileResponse(operation, status));
    return this.#responses.get(cacheKey);
  }

  #compileResponse(operation: Operation, status: number): ValidateFunction | undefined {
    const declared = operation.definition.responses;
    const key = String(status) in declared ? String(status) : 'default' in declared ? 'default' : undefined;
    if (key === undefined) return undefined;
    type ResponseObject = { $ref?: string; content?: Record<string, { schema: JsonSchema }> };
    const response = declared[key] as ResponseObject;
    const target = response.$ref
      ? (this.#document.components.responses?.[response.$ref.replace('#/components/responses/', '')] as ResponseObject)
      : response;
    const schema = target?.content?.['application/json']?.schema;
    return schema ? this.#strict.compile(anchored(schema) as JsonSchema) : undefined;
  }
}

let components: Ajv2020 | undefined;

/**
 * A validator for one of the spec's component schemas, for checks that must not refuse a whole request: an
 * import checks each row against the same schema as a single create and reports the rows that fail.
 */
export function componentSchema(name: string, document: OpenApiDocument = loadDocument()): ValidateFunction {
  components ??= createAjv(document, false);
  return components.getSchema(`${DOCUMENT_ID}#/components/schemas/${name}`) ?? components.compile({ $ref: `${DOCUMENT_ID}#/components/schemas/${name}` });
}

/** "/tags/2" → "tags[2]": where in an object an error points, as the API names parameters. */
export const instanceParam = (error: ErrorObject) => paramName(error.instancePath);
