// Requests for any operation of openapi.yaml, built from its schemas by fast-check and then broken: wrong types,
// missing and extra fields, NUL bytes, lone surrogates, huge and deep values, odd content types, bad ids and
// cursors. Used by test/fuzz.test.ts.
import fc from 'fast-check';
import type { JsonSchema, OpenApiDocument, Operation } from '../../server/platform/http/spec.js';

/** How deep generated valid values go before they stop nesting (the spec's recursive schemas end here). */
const MAX_DEPTH = 4;

const deepArray = (levels: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = [value];
  return value;
};
const deepObject = (levels: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
};

/** Values no field should take as they are: each must be refused with a 4xx (or accepted and stored intact). */
export const HOSTILE_VALUES: unknown[] = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '',
  ' ',
  'x'.repeat(70_000),
  '😀'.repeat(1_000),
  '\u202eevil',
  '../../etc/passwd',
  '%00',
  "'; drop table accounts; --",
  '<script>alert(1)</script>',
  '=HYPERLINK("http://example.com")',
  -1,
  0,
  1.5,
  2 ** 53 + 1,
  1e308,
  -1e308,
  true,
  false,
  null,
  [],
  {},
  ['\u0000'],
  { '\u0000': 1 },
  { '\ud800': 'key' },
  deepArray(70),
  deepObject(70),
  Array.from({ length: 2_000 }, (_, i) => i),
];

/** Texts for path and query parameters: ids of another shape, escapes, traversal, NUL. */
export const HOSTILE_TEXTS = [
  '',
  '\u0000',
  '%00',
  '\ud800',
  '..',
  '../..',
  '%2e%2e',
  'x'.repeat(5_000),
  "1' or '1'='1",
  'conn_',
  'conn_00000000000000000000000000',
  'msg_ZZZZZZZZZZZZZZZZZZZZZZZZZZ',
  '-1',
  '1e309',
  'null',
  '[]',
  '😀',
];

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | FormData | undefined;
  /** What was broken, for the failure message. */
  description: string;
}

export class SchemaArbitraries {
  /**
   * `ids` holds ids of real resources by prefix (conn, tpl, med, ...): a field whose pattern names that prefix
   * gets one of them half of the time, so that requests reach past the 404 into what the operation does.
   */
  constructor(
    private readonly document: OpenApiDocument,
    private readonly ids: ReadonlyMap<string, string[]> = new Map(),
  ) {}

  resolve(schema: JsonSchema): JsonSchema {
    let current = schema;
    for (let hops = 0; typeof current.$ref === 'string' && hops < 20; hops++) {
      const name = current.$ref.replace('#/components/schemas/', '');
      current = { ...(this.document.components.schemas?.[name] as JsonSchema), ...Object.fromEntries(Object.entries(current).filter(([k]) => k !== '$ref')) };
    }
    return current;
  }

  /** Values that mostly match the schema (formats and patterns included), nesting at most MAX_DEPTH deep. */
  valid(raw: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
    const schema = this.resolve(raw);
    if ('const' in schema) return fc.constant(schema.const);
    if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
    const alternatives = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
    if (alternatives && depth < MAX_DEPTH) {
      const base = Object.fromEntries(Object.entries(schema).filter(([k]) => k !== 'oneOf' && k !== 'anyOf'));
      return fc.oneof(...alternatives.map((alternative) => this.valid(this.#merge(base, this.resolve(alternative)), depth + 1)));
    }
    if (Array.isArray(schema.allOf)) {
      const merged = (schema.allOf as JsonSchema[]).reduce<JsonSchema>((all, part) => this.#merge(all, this.resolve(part)), Object.fromEntries(Object.entries(schema).filter(([k]) => k !== 'allOf')));
      return this.valid(merged, depth + 1);
    }
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : schema.type ? [schema.type as string] : this.#guessTypes(schema);
    return fc.oneof(...types.map((type) => this.#ofType(type, schema, depth)));
  }

  #guessTypes(schema: JsonSchema): string[] {
    if (schema.properties) return ['object'];
    if (schema.items) return ['array'];
    return ['string'];
  }

  #merge(a: JsonSchema, b: JsonSchema): JsonSchema {
    return {
      ...a,
      ...b,
      properties: { ...(a.properties as object), ...(b.properties as object) },
      required: [...((a.required as string[]) ?? []), ...((b.required as string[]) ?? [])],
    };
  }

  #ofType(type: string, schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
    switch (type) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer': {
        const min = (schema.minimum as number | undefined) ?? -1000;
        const max = (schema.maximum as number | undefined) ?? Math.max(min, 0) + 1000;
        return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
      }
      case 'number':
        return fc.double({ min: (schema.minimum as number | undefined) ?? -1e6, max: (schema.maximum as number | undefined) ?? 1e6, noNaN: true });
      case 'array': {
        if (depth >= MAX_DEPTH) return fc.constant([]);
        const items = schema.items ? this.valid(schema.items as JsonSchema, depth + 1) : fc.string();
        const minLength = (schema.minItems as number | undefined) ?? 0;
        return fc.array(items, { minLength, maxLength: Math.max(minLength, Math.min((schema.maxItems as number | undefined) ?? 3, 3)) });
      }
      case 'object': {
        const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
        const required = new Set((schema.required as string[] | undefined) ?? []);
        if (depth >= MAX_DEPTH) return fc.constant({});
        const entries = Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, this.valid(property, depth + 1)]));
        if (Object.keys(entries).length === 0) {
          return typeof schema.additionalProperties === 'object'
            ? fc.dictionary(fc.stringMatching(/^[a-z_]{1,12}$/), this.valid(schema.additionalProperties as JsonSchema, depth + 1), { maxKeys: 3 })
            : fc.constant({});
        }
        return fc.record(entries, { requiredKeys: [...required].filter((name) => name in entries) });
      }
      default:
        return this.#string(schema);
    }
  }

  #string(schema: JsonSchema): fc.Arbitrary<unknown> {
    const maxLength = Math.min((schema.maxLength as number | undefined) ?? 40, 40);
    const minLength = Math.min((schema.minLength as number | undefined) ?? 0, maxLength);
    switch (schema.format) {
      case 'date-time':
        return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
      case 'date':
        return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
      case 'email':
        return fc.emailAddress();
      case 'uri':
        return fc.webUrl();
      case 'binary':
        return fc.string();
    }
    if (typeof schema.pattern === 'string') {
      const prefix = /^\^([a-z]+)_/.exec(schema.pattern)?.[1];
      const real = (prefix && this.ids.get(prefix)) || [];
      try {
        const generated = fc.stringMatching(new RegExp(schema.pattern, 'u')).filter((text) => text.length <= 200);
        return real.length > 0 ? fc.oneof(fc.constantFrom(...real), generated) : generated;
      } catch {
        // A pattern fast-check cannot invert: plain strings.
      }
    }
    return fc.string({ minLength, maxLength, unit: 'grapheme' });
  }
}

/** Every object and array position of a value, as paths, so a mutation can pick one. */
function positions(value: unknown, path: (string | number)[] = [], into: (string | number)[][] = []): (string | number)[][] {
  into.push(path);
  if (into.length > 200) return into;
  if (Array.isArray(value)) value.forEach((element, index) => positions(element, [...path, index], into));
  else if (value !== null && typeof value === 'object') for (const [key, element] of Object.entries(value)) positions(element, [...path, key], into);
  return into;
}

function setAt(value: unknown, path: (string | number)[], replacement: unknown | typeof REMOVE): unknown {
  if (path.length === 0) return replacement === REMOVE ? undefined : replacement;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as Record<string, unknown>) }) as Record<string | number, unknown>;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (rest.length === 0 && replacement === REMOVE) {
    if (Array.isArray(copy)) (copy as unknown[]).splice(head as number, 1);
    else delete copy[head];
  } else copy[head] = setAt(copy[head], rest, replacement);
  return copy;
}

const REMOVE = Symbol('remove');

export type Mutation = 'none' | 'replace' | 'remove' | 'extra' | 'whole';

/** Breaks a value at a chosen position: a hostile value there, the field gone, an unknown field, or all of it replaced. */
export function mutate(value: unknown, mutation: Mutation, choice: number, hostile: unknown): { value: unknown; description: string } {
  const all = positions(value);
  const at = all[choice % all.length] ?? [];
  const where = at.join('.') || '(root)';
  switch (mutation) {
    case 'none':
      return { value, description: 'as generated' };
    case 'whole':
      return { value: hostile, description: 'the whole value replaced' };
    case 'replace':
      return { value: setAt(value, at, hostile), description: `${where} replaced` };
    case 'remove':
      return at.length === 0 ? { value, description: 'as generated' } : { value: setAt(value, at, REMOVE), description: `${where} removed` };
    case 'extra': {
      const objects = all.filter((path) => {
        let node: unknown = value;
        for (const part of path) node = (node as Record<string | number, unknown>)[part];
        return node !== null && typeof node === 'object' && !Array.isArray(node);
      });
      const target = objects[choice % Math.max(objects.length, 1)] ?? [];
      return { value: setAt(value, [...target, 'unexpected_field'], hostile), description: `unexpected_field added at ${target.join('.') || '(root)'}` };
    }
  }
}

export const mutations = fc.constantFrom<Mutation>('none', 'replace', 'replace', 'replace', 'remove', 'extra', 'whole');
export const hostileValue = fc.constantFrom(...HOSTILE_VALUES);

/** Bodies that are not what the content type says, or not JSON at all. */
export const RAW_BODIES = ['{', '{"a":', 'null', '[]', '"x"', '123', '\u0000', '{"__proto__":{"polluted":true}}', '{"a":1,"a":2}', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'a=1&b=2'];

/** Multipart bodies (boundary `cut`) that end where they should not, or never say where the file ends. */
const part = '--cut\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\n';
export const RAW_FORMS = [
  `${part}phone_number\n+14155550123\n`,
  `${part}\u0000\u0001binary cut short`,
  `${part}phone_number\n+14155550123\n\r\n--cut`,
  '--cut\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n',
  `${part}x\r\n--cut\r\n${part}y\r\n--cut--\r\n`,
  '--cut--\r\n',
  'not multipart at all',
];

export const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'multipart/form-data; boundary=x', 'application/xml', ''];

/**
 * Percent-encodes like encodeURIComponent, except that a lone surrogate (which encodeURIComponent refuses) goes
 * out as the three bytes a careless client would send for it (%ED%A0%80 for U+D800): not UTF-8 at all.
 */
export function encodePart(text: string): string {
  return text.replace(/[\s\S]/gu, (character) => {
    if (!/\p{Cs}/u.test(character)) return encodeURIComponent(character);
    const unit = character.charCodeAt(0);
    return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
  });
}

/** Fills `{name}` placeholders; each value goes into the path percent-encoded, as a client would send it. */
export function pathFor(operation: Operation, params: Record<string, string>): string {
  return operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encodePart(params[name] ?? ''));
}

/** A query string from values of any shape: arrays repeat the name, anything else is written as JSON text. */
export function queryString(values: unknown): string {
  const text = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));
  if (values === null || typeof values !== 'object' || Array.isArray(values)) return `q=${encodePart(text(values))}`;
  return Object.entries(values)
    .flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((item) => `${encodePart(name)}=${encodePart(text(item))}`))
    .join('&');
}
