/*
 * Writes the Python SDK's generated half from the model: `parley/types.py` (a TypedDict or alias per schema, the
 * webhook event union), `parley/resources/<resource>.py` (one class per resource, one thin method per operation,
 * and its twin returning the raw response) and `parley/client.py` (the `Parley` class holding the resources).
 * Methods only describe their request and how to read the answer; retries, paging, streams, uploads and webhook
 * checks are hand-written in `parley/_*.py` and `parley/webhooks.py`.
 *
 * Python 3.9 has no `NotRequired`, so an object with required and optional keys is two TypedDicts: the required
 * keys in a base and the optional ones in a `total=False` class deriving from it. Keys that are not identifiers
 * (`from`) need TypedDict's functional form for their half. Open objects (no `additionalProperties: false`) are
 * `Dict[str, Any]`: a TypedDict would refuse the extra keys the contract allows.
 */
import type { GeneratedFile, GeneratorOutput } from './main.js';
import type { JsonSchema, SdkModel, SdkOperation, SdkParameter, SdkResource } from './model.js';
import { pascalCase, snakeCase } from './resources.js';

const ROOT = 'sdks/python/parley';
const HEADER = '# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.\n';
const REF_PREFIX = '#/components/schemas/';

const KEYWORDS = new Set(
  ('False None True and as assert async await break class continue def del elif else except finally for from global if ' +
    'import in is lambda nonlocal not or pass raise return try while with yield').split(' '),
);
/** The per-request options every method takes; a parameter with one of these names would shadow it. */
const OPTION_NAMES = ['idempotency_key', 'timeout', 'max_retries', 'extra_headers'];

/** `import` → `import_`, `from` → `from_`: a keyword cannot name a method or an argument. */
export function pythonName(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9_]/g, '_');
  return KEYWORDS.has(safe) ? `${safe}_` : safe;
}

const isIdentifier = (name: string) => /^[A-Za-z_]\w*$/.test(name) && !KEYWORDS.has(name);
const pyString = (value: string) => JSON.stringify(value);

function pyLiteral(value: unknown): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  return JSON.stringify(value);
}

export function generatePython(model: SdkModel): GeneratorOutput {
  const resources = model.resources.filter((resource) => resource.operations.length > 0);
  // `media` would be class Media beside the schema Media it imports.
  const className = (resource: SdkResource) => {
    const name = pascalCase(resource.name);
    return name in model.schemas ? `${name}Resource` : name;
  };
  const files: GeneratedFile[] = [
    { path: `${ROOT}/types.py`, content: typesFile(model) },
    ...resources.map((resource) => ({
      path: `${ROOT}/resources/${snakeCase(resource.name)}.py`,
      content: resourceFile(resource, className(resource), model.schemas),
    })),
    { path: `${ROOT}/resources/__init__.py`, content: resourcesIndex(resources, className) },
    { path: `${ROOT}/client.py`, content: clientFile(model, resources, className) },
  ];
  return { folders: [`${ROOT}/resources`], files };
}

// ---- type expressions -----------------------------------------------------------------------------------------

/**
 * Turns schemas into Python type expressions. Defining `types.py`, references are quoted (the schemas refer to each
 * other in any order) and inline closed objects become TypedDicts named after where they appear
 * (`CreateMessageRequest.location` → `CreateMessageRequestLocation`); elsewhere the same names are imported.
 */
class PythonTypes {
  /** TypedDict definitions for inline objects, in the order they must appear (before their users). */
  readonly inline: string[] = [];
  readonly used = new Set<string>();
  private readonly names: Set<string>;

  private readonly quoteRefs: boolean;

  constructor(
    schemaNames: Iterable<string>,
    private readonly mode: 'define' | 'reference',
  ) {
    this.names = new Set(schemaNames);
    this.quoteRefs = mode === 'define';
  }

  /** `name` is where an inline object would be defined; without one it is typed `Dict[str, Any]`. */
  of(schema: JsonSchema, name?: string): string {
    if (typeof schema.$ref === 'string') {
      if (!schema.$ref.startsWith(REF_PREFIX)) throw new Error(`sdks/codegen/python.ts: cannot type ${schema.$ref}`);
      const ref = schema.$ref.slice(REF_PREFIX.length);
      this.used.add(ref);
      return this.quoteRefs ? pyString(ref) : ref;
    }
    const alternatives = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
    if (alternatives) {
      if (schema.type !== undefined || schema.properties !== undefined) {
        throw new Error(`sdks/codegen/python.ts: a schema with both oneOf/anyOf and its own type: ${JSON.stringify(schema).slice(0, 200)}`);
      }
      return union(alternatives.map((alternative, index) => this.of(alternative, name && `${name}${index + 1}`)));
    }
    if ('const' in schema) return schema.const === null ? 'None' : `Literal[${pyLiteral(schema.const)}]`;
    if (Array.isArray(schema.enum)) {
      const values = schema.enum.filter((value) => value !== null);
      const literal = values.length > 0 ? `Literal[${values.map(pyLiteral).join(', ')}]` : 'None';
      return values.length < schema.enum.length ? union([literal, 'None']) : literal;
    }
    if (Array.isArray(schema.type)) return union((schema.type as string[]).map((type) => this.of({ ...schema, type }, name)));
    switch (schema.type) {
      case 'string':
        return 'str';
      case 'integer':
        return 'int';
      case 'number':
        return 'float';
      case 'boolean':
        return 'bool';
      case 'null':
        return 'None';
      case 'array':
        return `List[${this.of((schema.items ?? {}) as JsonSchema, name && `${name}Item`)}]`;
      case 'object':
        return this.object(schema, name);
      case undefined:
        return schema.properties !== undefined ? this.object(schema, name) : 'Any';
      default:
        throw new Error(`sdks/codegen/python.ts: unknown type ${String(schema.type)}`);
    }
  }

  private object(schema: JsonSchema, name: string | undefined): string {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const extra = schema.additionalProperties;
    if (Object.keys(properties).length === 0) {
      return typeof extra === 'object' && extra !== null ? `Dict[str, ${this.of(extra as JsonSchema)}]` : 'Dict[str, Any]';
    }
    if (extra !== false || !name) return 'Dict[str, Any]';
    if (this.mode === 'reference') {
      this.used.add(name);
      return name;
    }
    if (this.names.has(name)) throw new Error(`sdks/codegen/python.ts: the inline object ${name} would shadow the schema of that name`);
    this.names.add(name);
    this.inline.push(typedDict(name, schema, this));
    return this.quoteRefs ? pyString(name) : name;
  }
}

function union(types: string[]): string {
  const unique = [...new Set(types.flatMap((type) => splitUnion(type)))];
  if (unique.length === 1) return unique[0]!;
  const withoutNone = unique.filter((type) => type !== 'None');
  if (withoutNone.length < unique.length) {
    return `Optional[${withoutNone.length === 1 ? withoutNone[0] : `Union[${withoutNone.join(', ')}]`}]`;
  }
  return `Union[${unique.join(', ')}]`;
}

/** `Union[a, b]` → [a, b], so nested unions flatten as Python itself would flatten them. */
function splitUnion(type: string): string[] {
  const match = /^(Union|Optional)\[(.*)\]$/.exec(type);
  if (!match) return [type];
  const inner = match[2]!;
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let quoted = false;
  for (let i = 0; i < inner.length; i++) {
    const char = inner[i];
    if (quoted) {
      if (char === '\\') i++;
      else if (char === '"') quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === '[') depth++;
    else if (char === ']') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(inner.slice(start).trim());
  return match[1] === 'Optional' ? [...parts, 'None'] : parts;
}

function comment(text: unknown, indent: string): string {
  if (typeof text !== 'string' || !text.trim()) return '';
  return text
    .trim()
    .split('\n')
    .map((line) => `${indent}#${line ? ` ${line}` : ''}`.trimEnd())
    .join('\n')
    .concat('\n');
}

function docstring(parts: unknown[], indent: string): string {
  const text = parts
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .map((part) => part.trim())
    .join('\n\n')
    .replaceAll('\\', '\\\\')
    .replaceAll('"""', '\\"\\"\\"');
  if (!text) return '';
  const lines = text.split('\n');
  if (lines.length === 1) return `${indent}"""${lines[0]}"""\n`;
  return `${indent}"""${lines[0]}\n${lines
    .slice(1)
    .map((line) => (line ? `${indent}${line}` : ''))
    .join('\n')}\n${indent}"""\n`;
}

/** Where an inline object of property `key` of `parent` is defined: `CreateMessageRequest` + `reply_to` → `CreateMessageRequestReplyTo`. */
function inlineName(parent: string, key: string): string {
  return parent + pascalCase(pythonName(key).replace(/_+([A-Za-z0-9])/g, (_, letter: string) => letter.toUpperCase()).replace(/_+$/, ''));
}

function typedDict(name: string, schema: JsonSchema, types: PythonTypes): string {
  const properties = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>);
  const required = new Set((schema.required ?? []) as string[]);
  const fields = properties.map(([key, property]) => ({
    key,
    required: required.has(key),
    type: types.of(property, inlineName(name, key)),
    description: property.description,
  }));
  const docs = docstring([schema.description], '    ');
  const halves = [fields.filter((f) => f.required), fields.filter((f) => !f.required)];
  const classBody = (part: typeof fields) => part.map((f) => `${comment(f.description, '    ')}    ${f.key}: ${f.type}\n`).join('');
  if (fields.every((f) => isIdentifier(f.key))) {
    const [mandatory, optional] = halves as [typeof fields, typeof fields];
    if (mandatory.length === 0 || optional.length === 0) {
      return `class ${name}(TypedDict${mandatory.length === 0 ? ', total=False' : ''}):\n${docs}${classBody(fields)}`;
    }
    return `class _${name}Required(TypedDict):\n${classBody(mandatory)}\n\nclass ${name}(_${name}Required, total=False):\n${docs}${classBody(optional)}`;
  }
  const functional = (part: typeof fields, total: boolean, partName: string) =>
    `${partName} = TypedDict(\n    ${pyString(partName)},\n    {\n${part.map((f) => `        ${pyString(f.key)}: ${f.type},\n`).join('')}    },${total ? '' : '\n    total=False,'}\n)\n`;
  const parts = [
    halves[0]!.length > 0 ? { part: halves[0]!, total: true, partName: `_${name}Required` } : undefined,
    halves[1]!.length > 0 ? { part: halves[1]!, total: false, partName: `_${name}Optional` } : undefined,
  ].filter((part) => part !== undefined);
  return `${parts.map((p) => functional(p.part, p.total, p.partName)).join('\n\n')}\n\nclass ${name}(${parts.map((p) => p.partName).join(', ')}):\n${docs || '    pass\n'}`;
}

// ---- types.py -------------------------------------------------------------------------------------------------

function typesFile(model: SdkModel): string {
  const types = new PythonTypes(Object.keys(model.schemas), 'define');
  const blocks: string[] = [];
  for (const [name, schema] of Object.entries(model.schemas)) {
    const closedObject = (schema.type === 'object' || (schema.type === undefined && schema.properties !== undefined)) && schema.properties && schema.additionalProperties === false && !schema.oneOf && !schema.anyOf;
    if (closedObject) {
      const definition = typedDict(name, schema, types);
      blocks.push(...types.inline.splice(0), definition);
    } else {
      const type = types.of(schema, name);
      blocks.push(...types.inline.splice(0), `${comment(schema.description, '')}${name} = ${type}\n`);
    }
  }
  const events = model.webhookEvents.map((event) => types.of(event.schema));
  blocks.push(
    `# Every event a webhook endpoint can receive: tell them apart by \`event["type"]\`.\nWebhookEvent = Union[\n${events.map((type) => `    ${type},\n`).join('')}]\n`,
    `WebhookEventType = Literal[${model.webhookEvents.map((event) => pyString(event.type)).join(', ')}]\n`,
  );
  return [
    HEADER,
    '# The API\'s objects, one TypedDict or alias per schema of components/schemas.\n',
    'from typing import Any, Dict, List, Optional, Union\n',
    'from typing import Literal, TypedDict\n',
    '\n\n',
    blocks.join('\n\n'),
  ].join('');
}

// ---- resources ------------------------------------------------------------------------------------------------

interface Argument {
  /** The Python name. */
  name: string;
  /** The name on the wire. */
  wire: string;
  type: string;
  required: boolean;
}

interface MethodParts {
  /** Signature lines after `self` (each `name: type[ = default]`), the keyword-only marker included. */
  parameters: string[];
  /** The statements of the body (the same for the plain and the raw method). */
  body: string;
  returns: string;
  /** For negotiated answers: `@overload` variants as [extra parameter, return type]. */
  overloads?: Array<[string, string]>;
}

/** What generated methods use of the hand-written runtime, by module. */
const RUNTIME: Record<string, string[]> = {
  _client: ['APIResource', 'path_param'],
  _options: ['NOT_GIVEN', 'NotGiven', 'RequestOptions'],
  _files: ['Download', 'FileInput', 'json_or_multipart_body', 'multipart_body'],
  _pagination: ['Page'],
  _response: ['APIResponse'],
  _streaming: ['Stream'],
};

function resourceFile(resource: SdkResource, name: string, schemas: Record<string, JsonSchema>): string {
  const types = new PythonTypes([], 'reference');
  const methods = resource.operations.map((operation) => ({ operation, parts: methodParts(operation, types, schemas) }));
  const render = (raw: boolean) =>
    methods.map(({ operation, parts }) => renderMethod(operation, parts, name, raw)).join('\n');
  const typeImports = [...types.used].sort();
  const typing = ['Any', 'Dict', 'List', 'Literal', 'Mapping', 'Optional', 'Union'];
  if (methods.some(({ parts }) => parts.overloads)) typing.push('overload');
  const needs = (name: string) => new RegExp(`\\b${name}\\b`);
  const bodyText = (render(false) + render(true)).replace(/"""[\s\S]*?"""/g, '');
  const runtime = Object.entries(RUNTIME).flatMap(([module, names]) => {
    const used = names.filter((n) => n === 'APIResource' || needs(n).test(bodyText));
    return used.length > 0 ? [`from ..${module} import ${used.join(', ')}\n`] : [];
  });
  const lines = [
    HEADER,
    `from typing import ${typing.filter((t) => needs(t).test(bodyText)).join(', ')}\n`,
    '\n',
    ...runtime,
    ...(typeImports.length > 0 ? [`from ..types import ${typeImports.join(', ')}\n`] : []),
    '\n\n',
    `class ${name}(APIResource):\n`,
    docstring([resource.description], '    '),
    '\n',
    render(false),
    '\n\n',
    `class ${name}WithRawResponse(APIResource):\n`,
    `    """\`${name}\` answering \`APIResponse\` objects: the data with the status, headers and request id."""\n`,
    '\n',
    '    _raw = True\n',
    '\n',
    render(true),
  ];
  return lines.join('');
}

function methodParts(operation: SdkOperation, types: PythonTypes, schemas: Record<string, JsonSchema>): MethodParts {
  if (operation.headerParams.length > 0) {
    throw new Error(`sdks/codegen/python.ts: ${operation.id} takes header parameters, which the Python SDK cannot send yet`);
  }
  const positional = operation.pathParams.map((param) => `${pythonName(param.name)}: ${types.of(param.schema)}`);
  const keyword: string[] = [];
  const call: string[] = [pyString(operation.httpMethod), pathExpression(operation)];
  const addArguments = (args: Argument[]) => {
    for (const arg of args) {
      if (OPTION_NAMES.includes(arg.name)) throw new Error(`sdks/codegen/python.ts: ${operation.id}'s parameter ${arg.wire} shadows the ${arg.name} option`);
      keyword.push(arg.required ? `${arg.name}: ${arg.type}` : `${arg.name}: Union[${arg.type}, NotGiven] = NOT_GIVEN`);
    }
    return `{${args.map((arg) => `${pyString(arg.wire)}: ${arg.name}`).join(', ')}}`;
  };
  // Required keywords first: a signature reads better that way.
  const argumentsOf = (params: SdkParameter[]): Argument[] =>
    [...params].sort((a, b) => Number(b.required) - Number(a.required)).map((param) => ({
      name: pythonName(param.name),
      wire: param.name,
      type: types.of(param.schema),
      required: param.required,
    }));
  const bodyArguments = (body: JsonSchema) => {
    // A body named in components/schemas has its inline objects named after it in types.py.
    const ref = typeof body.$ref === 'string' && body.$ref.startsWith(REF_PREFIX) ? body.$ref.slice(REF_PREFIX.length) : undefined;
    const schema = ref ? schemas[ref] : body;
    if (!schema) throw new Error(`openapi.yaml: unresolved ${String(body.$ref)}`);
    const required = new Set((schema.required ?? []) as string[]);
    return Object.entries(objectProperties(operation, schema))
      .map(([wire, property]) => ({
        name: pythonName(wire),
        wire,
        type: types.of(property, ref && inlineName(ref, wire)),
        required: required.has(wire),
      }))
      .sort((a, b) => Number(b.required) - Number(a.required));
  };

  const body = operation.body;
  if (body?.kind === 'json') {
    call.push(`body=${addArguments(bodyArguments(body.json))}`);
  } else if (body?.kind === 'multipart') {
    const field = fileFieldOf(operation, body.fileField);
    positional.push('file: FileInput');
    keyword.push('filename: Optional[str] = None', 'content_type: Optional[str] = None');
    call.push(`body=multipart_body(${pyString(field)}, file, filename, content_type)`);
  } else if (body?.kind === 'json_or_multipart') {
    const field = fileFieldOf(operation, body.fileField);
    positional.push('file: Optional[FileInput] = None');
    // Given a file, the JSON fields are not sent, so none of them is required of the caller.
    const json = addArguments(bodyArguments(body.json).map((arg) => ({ ...arg, required: false })));
    keyword.push('filename: Optional[str] = None', 'content_type: Optional[str] = None');
    call.push(`body=json_or_multipart_body(${pyString(field)}, file, ${json}, filename, content_type)`);
  }
  if (operation.queryParams.length > 0) {
    if (body) throw new Error(`sdks/codegen/python.ts: ${operation.id} takes both a body and query parameters`);
    call.push(`query=${addArguments(argumentsOf(operation.queryParams))}`);
  }
  if (operation.idempotent) call.push('idempotent=True');
  const options = [
    ...(operation.idempotent ? ['idempotency_key: Optional[str] = None'] : []),
    'timeout: Optional[float] = None',
    'max_retries: Optional[int] = None',
    'extra_headers: Optional[Mapping[str, str]] = None',
  ];
  const optionsCall = `RequestOptions(${operation.idempotent ? 'idempotency_key' : 'None'}, timeout, max_retries, extra_headers)`;
  const parameters = [...positional, '*', ...keyword, ...options];
  const request = (method: string, extra: string[] = []) =>
    `self.${method}(\n${[...call, ...extra, `options=${optionsCall}`].map((arg) => `            ${arg},\n`).join('')}        )`;
  const response = operation.response;

  if (operation.pagination) {
    const item = types.of(operation.pagination.item);
    return { parameters, returns: `Page[${item}]`, body: `        return ${request('_request_page')}\n` };
  }
  switch (response.kind) {
    case 'json':
      return { parameters, returns: types.of(response.schema), body: `        return ${request('_request', ['parse="json"'])}\n` };
    case 'empty':
      return { parameters, returns: 'None', body: `        return ${request('_request', ['parse="empty"'])}\n` };
    case 'text':
      return { parameters, returns: 'str', body: `        return ${request('_request', ['parse="text"', `accept=${pyString(response.contentType)}`])}\n` };
    case 'binary':
      return { parameters, returns: 'Download', body: `        return ${request('_request', ['parse="download"', `accept=${pyString(response.contentType)}`])}\n` };
    case 'sse': {
      // `data:` is a line of JSON text; a contract may say so with contentMediaType + contentSchema.
      const data = (response.data.contentSchema ?? response.data) as JsonSchema;
      if (Object.keys(data).length === 0) throw new Error(`openapi.yaml: ${operation.id} streams messages whose data has no schema`);
      return { parameters, returns: `Stream[${types.of(data)}]`, body: `        return ${request('_request_stream')}\n` };
    }
    case 'negotiated': {
      const json = types.of(response.schema);
      const formats = response.alternatives.map((alternative) => ({ ...alternative, format: alternative.formatName }));
      const choices = [`"json": ("application/json", "json")`, ...formats.map((f) => `${pyString(f.format)}: (${pyString(f.contentType)}, ${pyString(f.binary ? 'download' : 'text')})`)];
      const formatUnion = `Literal[${['"json"', ...formats.map((f) => pyString(f.format))].join(', ')}]`;
      const returns = union([json, ...formats.map((f) => (f.binary ? 'Download' : 'str'))]);
      const overloads: Array<[string, string]> = [
        ['format: Literal["json"] = "json"', json],
        ...formats.map((f): [string, string] => [`format: Literal[${pyString(f.format)}]`, f.binary ? 'Download' : 'str']),
      ];
      const lookup = `        accept, parse = {${choices.join(', ')}}[format]\n`;
      return {
        parameters: [...positional, '*', `format: ${formatUnion} = "json"`, ...keyword, ...options],
        returns,
        overloads,
        body: `${lookup}        return ${request('_request', ['parse=parse', 'accept=accept'])}\n`,
      };
    }
  }
}

function renderMethod(operation: SdkOperation, parts: MethodParts, className: string, raw: boolean): string {
  const name = pythonName(snakeCase(operation.method));
  const wrap = (type: string) => (raw ? `APIResponse[${type}]` : type);
  const signature = (parameters: string[], returns: string) =>
    `    def ${name}(\n        self,\n${parameters.map((p) => `        ${p},\n`).join('')}    ) -> ${wrap(returns)}:\n`;
  const docs = raw
    ? docstring([`\`${className}.${name}\` with the whole answer.`], '        ')
    : docstring([operation.summary, operation.description, operation.deprecated ? 'Deprecated.' : undefined], '        ');
  const overloads = (parts.overloads ?? []).map(([format, returns]) => {
    const parameters = parts.parameters.map((p) => (p.startsWith('format:') ? format : p));
    return `    @overload\n${signature(parameters, returns)}        ...\n\n`;
  });
  return `${overloads.join('')}${signature(parts.parameters, parts.returns)}${docs}${parts.body}`;
}

function objectProperties(operation: SdkOperation, schema: JsonSchema): Record<string, JsonSchema> {
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (!properties || schema.oneOf || schema.anyOf) {
    throw new Error(`sdks/codegen/python.ts: ${operation.id}'s JSON body is not an object with properties, which the Python SDK takes as keyword arguments`);
  }
  return properties;
}

function pathExpression(operation: SdkOperation): string {
  if (operation.pathParams.length === 0) return pyString(operation.path);
  const pieces = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => `{path_param(${pythonName(name)})}`);
  return `f${pyString(pieces)}`;
}

function fileFieldOf(operation: SdkOperation, field: string | undefined): string {
  if (!field) throw new Error(`sdks/codegen/python.ts: ${operation.id}'s multipart body is not a single file, which is all the Python SDK uploads yet`);
  return field;
}

function resourcesIndex(resources: SdkResource[], className: (resource: SdkResource) => string): string {
  const lines = resources.map((resource) => {
    const name = className(resource);
    return `from .${snakeCase(resource.name)} import ${name}, ${name}WithRawResponse\n`;
  });
  const names = resources.flatMap((resource) => [className(resource), `${className(resource)}WithRawResponse`]);
  return `${HEADER}\n${lines.join('')}\n__all__ = [\n${names.map((name) => `    ${pyString(name)},\n`).join('')}]\n`;
}

/** The description's first sentence: a `#:` line cut at the line break would stop mid-sentence. */
function firstSentence(text: string | undefined): string | undefined {
  const paragraph = text?.trim().split(/\n\s*\n/)[0]?.replace(/\s*\n\s*/g, ' ');
  return paragraph?.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? paragraph;
}

function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

// ---- client.py ------------------------------------------------------------------------------------------------

function clientFile(model: SdkModel, resources: SdkResource[], className: (resource: SdkResource) => string): string {
  const attributes = (raw: boolean) =>
    resources
      .map((resource) => {
        const summary = firstSentence(resource.description);
        const type = `${className(resource)}${raw ? 'WithRawResponse' : ''}`;
        return `${summary ? wrapWords(summary, 104).map((line) => `        #: ${line}\n`).join('') : ''}        self.${snakeCase(resource.name)} = ${type}(client)\n`;
      })
      .join('');
  const imports = resources.flatMap((resource) => [className(resource), `${className(resource)}WithRawResponse`]);
  return [
    HEADER,
    'from typing import Mapping, Optional\n',
    '\n',
    'from ._client import BaseClient\n',
    `from .resources import (\n${imports.map((name) => `    ${name},\n`).join('')})\n`,
    'from .webhooks import Webhooks\n',
    '\n\n',
    'class ParleyWithRawResponse:\n',
    '    """Every resource of `Parley`, its methods answering `APIResponse` objects."""\n',
    '\n',
    '    def __init__(self, client: BaseClient) -> None:\n',
    attributes(true),
    '\n\n',
    'class Parley(BaseClient):\n',
    `    """The client of the ${model.title} (contract version ${model.version}).\n`,
    '\n',
    '    `Parley()` reads `PARLEY_API_KEY` and `PARLEY_BASE_URL` from the environment; pass `api_key` and `base_url`\n',
    '    to set them yourself, or `anonymous=True` for the calls that need no key (sign-up, log-in).\n',
    '    """\n',
    '\n',
    '    def __init__(\n',
    '        self,\n',
    '        api_key: Optional[str] = None,\n',
    '        base_url: Optional[str] = None,\n',
    '        timeout: float = 60.0,\n',
    '        max_retries: int = 2,\n',
    '        *,\n',
    '        anonymous: bool = False,\n',
    '        default_headers: Optional[Mapping[str, str]] = None,\n',
    '        webhook_secret: Optional[str] = None,\n',
    '    ) -> None:\n',
    '        super().__init__(\n',
    '            api_key=api_key,\n',
    '            base_url=base_url,\n',
    '            timeout=timeout,\n',
    '            max_retries=max_retries,\n',
    '            anonymous=anonymous,\n',
    '            default_headers=default_headers,\n',
    '            webhook_secret=webhook_secret,\n',
    '        )\n',
    '        client: BaseClient = self\n',
    attributes(false),
    '        #: Verifies webhooks Parley sent and returns their events.\n',
    '        self.webhooks = Webhooks(self.webhook_secret)\n',
    '        #: The same resources, answering `APIResponse` objects (data, status, headers, request id).\n',
    '        self.with_raw_response = ParleyWithRawResponse(self)\n',
  ].join('');
}
