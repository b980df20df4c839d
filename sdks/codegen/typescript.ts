/*
 * Writes the TypeScript SDK's generated half from the model: `src/types.ts` (one named type per schema, the
 * webhook event union), `src/resources/<resource>.ts` (one class per resource, one thin method per operation) and
 * `src/client.ts` (the `Parley` class holding the resources). Methods only describe their request and how to read
 * the answer; everything clever (retries, paging, streams, uploads, webhooks) is hand-written in `src/core/` and
 * `src/lib/`.
 */
import type { GeneratedFile, GeneratorOutput } from './main.js';
import type { JsonSchema, SdkModel, SdkOperation, SdkParameter, SdkResource } from './model.js';
import { pascalCase } from './resources.js';

const ROOT = 'sdks/typescript/src';
const HEADER = '// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.\n';
const REF_PREFIX = '#/components/schemas/';

export function generateTypeScript(model: SdkModel): GeneratorOutput {
  const schemaNames = new Set(Object.keys(model.schemas));
  const resources = model.resources.filter((resource) => resource.operations.length > 0);
  const className = (resource: SdkResource) => {
    const name = pascalCase(resource.name);
    return schemaNames.has(name) ? `${name}Resource` : name;
  };
  const files: GeneratedFile[] = [
    { path: `${ROOT}/types.ts`, content: typesFile(model) },
    ...resources.map((resource) => ({ path: `${ROOT}/resources/${kebabCase(resource.name)}.ts`, content: resourceFile(resource, className(resource)) })),
    {
      path: `${ROOT}/resources/index.ts`,
      content: HEADER + resources.map((resource) => `export * from './${kebabCase(resource.name)}.js';\n`).join(''),
    },
    { path: `${ROOT}/client.ts`, content: clientFile(model, resources, className) },
    { path: `${ROOT}/webhook-events.ts`, content: webhookEventsFile(model) },
  ];
  return { folders: [`${ROOT}/resources`], files };
}

// ---- types.ts -------------------------------------------------------------------------------------------------

function typesFile(model: SdkModel): string {
  const blocks = Object.entries(model.schemas).map(([name, schema]) => {
    const docs = docComment(schema, '');
    if (isObjectSchema(schema) && !schema.oneOf && !schema.anyOf) return `${docs}export interface ${name} ${objectType(schema, '')}\n`;
    return `${docs}export type ${name} = ${typeOf(schema, '')};\n`;
  });
  const events = model.webhookEvents.map((event) => typeOf(event.schema, '  '));
  blocks.push(
    '/** Every event a webhook endpoint can receive: narrow it with `switch (event.type)`. */\n' +
      `export type WebhookEvent =\n${events.map((type) => `  | ${type}`).join('\n')};\n`,
    "export type WebhookEventType = WebhookEvent['type'];\n",
  );
  return `${HEADER}// The API's objects, one named type per schema of components/schemas.\n\n${blocks.join('\n')}`;
}

// ---- webhook-events.ts ----------------------------------------------------------------------------------------

/** The event catalog as a value, for what must list it at run time (the console's events picker). */
function webhookEventsFile(model: SdkModel): string {
  const entries = model.webhookEvents.map((event) => `  { type: ${JSON.stringify(event.type)}, description: ${JSON.stringify(event.description ?? '')} },\n`);
  return (
    `${HEADER}import type { WebhookEventType } from './types.js';\n\n` +
    '/** Every event type a webhook endpoint can subscribe to, in the order of the contract, with what it means. */\n' +
    `export const WEBHOOK_EVENT_TYPES: ReadonlyArray<{ type: WebhookEventType; description: string }> = [\n${entries.join('')}];\n`
  );
}

function isObjectSchema(schema: JsonSchema): boolean {
  return schema.type === 'object' || (schema.type === undefined && schema.properties !== undefined);
}

function typeOf(schema: JsonSchema, indent: string): string {
  if (typeof schema.$ref === 'string') {
    if (!schema.$ref.startsWith(REF_PREFIX)) throw new Error(`sdks/codegen/typescript.ts: cannot type ${schema.$ref}`);
    return schema.$ref.slice(REF_PREFIX.length);
  }
  const alternatives = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (alternatives) {
    if (schema.type !== undefined || schema.properties !== undefined) {
      throw new Error(`sdks/codegen/typescript.ts: a schema with both oneOf/anyOf and its own type: ${JSON.stringify(schema).slice(0, 200)}`);
    }
    return union(alternatives.map((alternative) => typeOf(alternative, indent)));
  }
  if ('const' in schema) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return union(schema.enum.map((value) => JSON.stringify(value)));
  if (Array.isArray(schema.type)) return union((schema.type as string[]).map((type) => typeOf({ ...schema, type }, indent)));
  switch (schema.type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array': {
      const item = typeOf((schema.items ?? {}) as JsonSchema, indent);
      return /^[\w.]+$/.test(item) ? `${item}[]` : `Array<${item}>`;
    }
    case 'object':
      return objectType(schema, indent);
    case undefined:
      return schema.properties !== undefined ? objectType(schema, indent) : 'unknown';
    default:
      throw new Error(`sdks/codegen/typescript.ts: unknown type ${String(schema.type)}`);
  }
}

function union(types: string[]): string {
  const unique = [...new Set(types)];
  return unique.map((type) => (type.includes('\n') || !type.includes('|') ? type : `(${type})`)).join(' | ');
}

function objectType(schema: JsonSchema, indent: string): string {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  const inner = `${indent}  `;
  const lines = Object.entries(properties).map(([name, property]) => {
    const key = /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
    return `${docComment(property, inner)}${inner}${key}${required.has(name) ? '' : '?'}: ${typeOf(property, inner)};`;
  });
  // An object that does not close itself with `additionalProperties: false` may carry more fields.
  const extra = schema.additionalProperties;
  if (extra !== false) {
    const value = typeof extra === 'object' && extra !== null ? typeOf(extra as JsonSchema, inner) : 'unknown';
    lines.push(`${inner}[key: string]: ${lines.length > 0 && value !== 'unknown' ? 'unknown' : value};`);
  }
  return lines.length === 0 ? 'Record<string, never>' : `{\n${lines.join('\n')}\n${indent}}`;
}

function docComment(schema: JsonSchema & { summary?: unknown }, indent: string): string {
  const lines: string[] = [];
  for (const text of [schema.summary, schema.description]) {
    if (typeof text === 'string' && text.trim()) {
      if (lines.length > 0) lines.push('');
      lines.push(...text.trim().split('\n'));
    }
  }
  if (schema.default !== undefined) lines.push(`@default ${JSON.stringify(schema.default)}`);
  if (schema.deprecated === true) lines.push('@deprecated');
  if (lines.length === 0) return '';
  const body = lines.map((line) => `${indent} *${line ? ` ${line.replaceAll('*/', '*\\/')}` : ''}`.trimEnd());
  return `${indent}/**\n${body.join('\n')}\n${indent} */\n`;
}

// ---- resources ------------------------------------------------------------------------------------------------

interface Imports {
  types: Set<string>;
  runtime: Set<string>;
  runtimeTypes: Set<string>;
}

function resourceFile(resource: SdkResource, name: string): string {
  const imports: Imports = { types: new Set(), runtime: new Set(), runtimeTypes: new Set(['RequestOptions']) };
  const params: string[] = [];
  const methods = resource.operations.map((operation) => method(resource, operation, imports, params));
  const types = [...imports.types].filter((type) => type !== 'unknown').sort();
  const lines = [
    HEADER,
    `import { ${['APIResource', ...[...imports.runtime].sort()].join(', ')} } from '../core/index.js';`,
    `import type { ${[...imports.runtimeTypes].sort().join(', ')} } from '../core/index.js';`,
    ...(types.length > 0 ? [`import type { ${types.join(', ')} } from '../types.js';`] : []),
    '',
    `${docComment({ description: resource.description }, '')}export class ${name} extends APIResource {`,
    methods.join('\n\n'),
    '}',
    ...params.map((block) => `\n${block}`),
  ];
  return `${lines.join('\n')}\n`;
}

function method(resource: SdkResource, operation: SdkOperation, imports: Imports, params: string[]): string {
  if (operation.headerParams.length > 0) {
    throw new Error(`sdks/codegen/typescript.ts: ${operation.id} takes header parameters, which the TypeScript SDK cannot send yet`);
  }
  const { runtime, runtimeTypes } = imports;
  const use = (type: string) => {
    for (const match of type.matchAll(/\b[A-Z]\w*\b/g)) if (!['Array', 'Record'].includes(match[0])) imports.types.add(match[0]);
    return type;
  };
  const args = operation.pathParams.map((param) => `${camelCase(param.name)}: ${use(typeOf(param.schema, '  '))}`);
  const spec: string[] = [`method: '${operation.httpMethod}'`, `path: ${pathExpression(operation, runtime)}`];
  if (operation.idempotent) spec.push('idempotent: true');

  const body = operation.body;
  if (body?.kind === 'json') {
    args.push(`body${body.required ? '' : '?'}: ${use(typeOf(body.json, '  '))}`);
    spec.push('body');
  } else if (body?.kind === 'multipart') {
    const field = singleFileField(operation, body.fileField);
    runtime.add('multipartBody');
    runtimeTypes.add('Uploadable').add('FileOptions');
    args.push('file: Uploadable', 'fileOptions?: FileOptions');
    spec.push(`body: multipartBody('${field}', file, fileOptions)`);
  } else if (body?.kind === 'json_or_multipart') {
    const field = singleFileField(operation, body.fileField);
    runtime.add('multipartBody').add('isUploadable');
    runtimeTypes.add('Uploadable').add('FileOptions');
    args.push(`body: ${use(typeOf(body.json, '  '))} | Uploadable`, 'fileOptions?: FileOptions');
    spec.push(`body: isUploadable(body) ? multipartBody('${field}', body, fileOptions) : body`);
  }

  const paramsName = `${pascalCase(resource.name)}${pascalCase(operation.method)}Params`;
  if (operation.queryParams.length > 0) {
    if (body) throw new Error(`sdks/codegen/typescript.ts: ${operation.id} takes both a body and query parameters`);
    const required = operation.queryParams.some((param) => param.required);
    params.push(paramsType(paramsName, operation.queryParams, use));
    args.push(required ? `query: ${paramsName}` : `query: ${paramsName} = {}`);
    spec.push('query');
  }

  const docs = docComment({ summary: operation.summary, description: operation.description, deprecated: operation.deprecated }, '  ');
  const request = (extra: string[] = []) => `{ ${[...spec, ...extra].join(', ')} }`;
  const signature = (returns: string, extraArgs: string[] = []) => `${operation.method}(${[...args, ...extraArgs, 'options?: RequestOptions'].join(', ')}): ${returns}`;
  const response = operation.response;

  if (operation.pagination) {
    const item = use(typeOf(operation.pagination.item, '  '));
    runtimeTypes.add('PagePromise');
    return `${docs}  ${signature(`PagePromise<${item}>`)} {\n    return this._client.requestPage<${item}>(${request()}, options);\n  }`;
  }
  switch (response.kind) {
    case 'json': {
      const type = use(typeOf(response.schema, '  '));
      runtime.add('parseJson');
      runtimeTypes.add('APIPromise');
      return `${docs}  ${signature(`APIPromise<${type}>`)} {\n    return this._client.request(${request()}, options, parseJson<${type}>);\n  }`;
    }
    case 'empty':
      runtime.add('parseEmpty');
      runtimeTypes.add('APIPromise');
      return `${docs}  ${signature('APIPromise<void>')} {\n    return this._client.request(${request()}, options, parseEmpty);\n  }`;
    case 'text':
      runtime.add('parseText');
      runtimeTypes.add('APIPromise');
      return `${docs}  ${signature('APIPromise<string>')} {\n    return this._client.request(${request([`accept: '${response.contentType}'`])}, options, parseText);\n  }`;
    case 'binary':
      runtime.add('parseDownload');
      runtimeTypes.add('APIPromise').add('Download');
      return `${docs}  ${signature('APIPromise<Download>')} {\n    return this._client.request(${request([`accept: '${response.contentType}'`])}, options, parseDownload);\n  }`;
    case 'sse': {
      // `data:` is a line of JSON text; a contract may say so with contentMediaType + contentSchema.
      const data = (response.data.contentSchema ?? response.data) as JsonSchema;
      if (Object.keys(data).length === 0) throw new Error(`openapi.yaml: ${operation.id} streams messages whose data has no schema`);
      const type = use(typeOf(data, '  '));
      runtimeTypes.add('APIPromise').add('Stream');
      return `${docs}  ${signature(`APIPromise<Stream<${type}>>`)} {\n    return this._client.requestStream<${type}>(${request()}, options);\n  }`;
    }
    case 'negotiated': {
      const type = use(typeOf(response.schema, '  '));
      runtime.add('parseJson');
      runtimeTypes.add('APIPromise');
      const overloads = [`  ${signature(`APIPromise<${type}>`, [`params?: { format?: 'json' }`])};`];
      const formats = response.alternatives.map((alternative) => {
        const format = alternative.formatName;
        if (alternative.binary) {
          runtime.add('parseDownload');
          runtimeTypes.add('Download');
        } else runtime.add('parseText');
        overloads.push(`  ${signature(`APIPromise<${alternative.binary ? 'Download' : 'string'}>`, [`params: { format: '${format}' }`])};`);
        return { format, ...alternative };
      });
      const formatUnion = ["'json'", ...formats.map((f) => `'${f.format}'`)].join(' | ');
      const cases = formats
        .map((f) => `      case '${f.format}':\n        return this._client.request(${request([`accept: '${f.contentType}'`])}, options, ${f.binary ? 'parseDownload' : 'parseText'});`)
        .join('\n');
      return (
        `${docs}${overloads.join('\n')}\n` +
        `  ${signature(`APIPromise<${type} | ${formats.some((f) => f.binary) ? 'Download | ' : ''}string>`, [`params: { format?: ${formatUnion} } = {}`])} {\n` +
        `    switch (params.format) {\n${cases}\n      default:\n        return this._client.request(${request()}, options, parseJson<${type}>);\n    }\n  }`
      );
    }
  }
}

function paramsType(name: string, params: SdkParameter[], use: (type: string) => string): string {
  const lines = params.map(
    (param) => `${docComment({ description: param.description, deprecated: param.deprecated, default: param.schema.default }, '  ')}  ${param.name}${param.required ? '' : '?'}: ${use(typeOf(param.schema, '  '))};`,
  );
  return `export type ${name} = {\n${lines.join('\n')}\n};`;
}

function pathExpression(operation: SdkOperation, runtime: Set<string>): string {
  if (operation.pathParams.length === 0) return `'${operation.path}'`;
  runtime.add('pathParam');
  return `\`${operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => `\${pathParam(${camelCase(name)})}`)}\``;
}

function singleFileField(operation: SdkOperation, field: string | undefined): string {
  if (!field) throw new Error(`sdks/codegen/typescript.ts: ${operation.id}'s multipart body is not a single file, which is all the TypeScript SDK uploads yet`);
  return field;
}


// ---- client.ts ------------------------------------------------------------------------------------------------

function clientFile(model: SdkModel, resources: SdkResource[], className: (resource: SdkResource) => string): string {
  const names = resources.map(className);
  const fields = resources.map((resource, index) => {
    const summary = resource.description?.trim().split('\n')[0];
    return `${summary ? `  /** ${summary.replaceAll('*/', '*\\/')} */\n` : ''}  readonly ${resource.name}: ${names[index]} = new ${names[index]}(this);`;
  });
  return [
    HEADER,
    "import { BaseClient } from './core/index.js';",
    "import { Webhooks } from './lib/webhooks.js';",
    `import { ${[...names].sort().join(', ')} } from './resources/index.js';`,
    '',
    `/** The ${model.title} (contract version ${model.version}). */`,
    'export class Parley extends BaseClient {',
    ...fields,
    '  /** Verifies webhooks Parley sent and returns their typed events. */',
    '  readonly webhooks: Webhooks = new Webhooks(this);',
    '}',
    '',
  ].join('\n');
}

function kebabCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

function camelCase(name: string): string {
  return name.replace(/[_-](\w)/g, (_, letter: string) => letter.toUpperCase());
}
