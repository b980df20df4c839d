import fc from 'fast-check';
import type { JsonSchema, OpenApiDocument } from '../../server/platform/http/spec.js';

/**
 * fast-check arbitraries for values that match (most of the time) a JSON schema of the OpenAPI document: the
 * starting point the fuzz suite then breaks. Covers the keywords openapi.yaml uses ($ref, oneOf/anyOf/allOf,
 * const, enum, type lists, string formats and patterns, bounds, items, properties, additionalProperties);
 * nesting is bounded, so recursive schemas end.
 */
export function schemaArbitrary(document: OpenApiDocument, schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(document, schema);
  if (depth > 6) return fc.constant(null);
  if (s.const !== undefined) return fc.constant(s.const);
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  const alternatives = (s.oneOf ?? s.anyOf) as unknown[] | undefined;
  if (alternatives) {
    // A branch may add its own constraints to the parent's properties (a discriminated body).
    const { oneOf: _o, anyOf: _a, ...parent } = s;
    return fc.oneof(...alternatives.map((branch) => schemaArbitrary(document, merge(document, parent, branch), depth + 1)));
  }
  if (Array.isArray(s.allOf)) {
    const { allOf, ...rest } = s;
    return schemaArbitrary(document, (allOf as unknown[]).reduce<JsonSchema>((all, part) => merge(document, all, part), rest), depth + 1);
  }
  const type = s.type;
  if (Array.isArray(type)) return fc.oneof(...type.map((t) => schemaArbitrary(document, { ...s, type: t }, depth)));
  switch (type) {
    case 'string':
      return stringArbitrary(s);
    case 'integer':
    case 'number': {
      const min = typeof s.minimum === 'number' ? s.minimum : -1_000_000;
      const max = typeof s.maximum === 'number' ? s.maximum : 1_000_000;
      return type === 'integer' ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = typeof s.minItems === 'number' ? s.minItems : 0;
      const maxLength = Math.max(minLength, Math.min(typeof s.maxItems === 'number' ? s.maxItems : 3, 3));
      return fc.array(schemaArbitrary(document, s.items ?? {}, depth + 1), { minLength, maxLength });
    }
    case 'object':
    case undefined:
      if (type === undefined && !s.properties) return fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean());
      return objectArbitrary(document, s, depth);
    default:
      return fc.constant(null);
  }
}

function objectArbitrary(document: OpenApiDocument, s: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  const properties = (s.properties ?? {}) as Record<string, unknown>;
  const required = new Set((s.required ?? []) as string[]);
  const record = fc.record(
    Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, schemaArbitrary(document, property, depth + 1)])),
    { requiredKeys: Object.keys(properties).filter((name) => required.has(name)) },
  );
  const extra = s.additionalProperties;
  if (extra && typeof extra === 'object') {
    const maxKeys = typeof s.maxProperties === 'number' ? Math.min(s.maxProperties, 3) : 3;
    const extras = fc.dictionary(fc.stringMatching(/^[a-z_]{1,12}$/), schemaArbitrary(document, extra, depth + 1), { maxKeys });
    return fc.tuple(record, extras).map(([known, more]) => ({ ...more, ...known }));
  }
  return record;
}

const EXAMPLE_DATE = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-01-01T00:00:00Z'), noInvalidDate: true });

function stringArbitrary(s: JsonSchema): fc.Arbitrary<string> {
  switch (s.format) {
    case 'date-time':
      return EXAMPLE_DATE.map((date) => date.toISOString());
    case 'email':
      return fc.stringMatching(/^[a-z]{1,10}$/).map((local) => `${local}@fuzz.example.com`);
    case 'uri':
      // Never a host on the network: `.invalid` never resolves, and loopback is refused as a media or webhook
      // address, so a URL a generated request names is never fetched.
      return fc.constantFrom('https://parley.invalid/hook', 'https://media.parley.invalid/a.png', 'http://127.0.0.1:9/in');
    default:
      break;
  }
  const minLength = typeof s.minLength === 'number' ? s.minLength : 0;
  const maxLength = typeof s.maxLength === 'number' ? Math.min(s.maxLength, 40) : 40;
  if (typeof s.pattern === 'string') {
    const pattern = new RegExp(s.pattern, 'u');
    return fc
      .stringMatching(pattern, { size: 'small' })
      .filter((value) => value.length >= minLength && value.length <= (typeof s.maxLength === 'number' ? s.maxLength : Infinity));
  }
  return fc.string({ minLength, maxLength: Math.max(minLength, maxLength), unit: 'grapheme' });
}

export function resolve(document: OpenApiDocument, schema: unknown): JsonSchema {
  let current = (schema ?? {}) as JsonSchema;
  for (let hops = 0; typeof current.$ref === 'string' && hops < 20; hops++) {
    const ref = current.$ref as string;
    const { $ref: _ref, ...siblings } = current;
    const target = ref.replace('#/components/schemas/', '');
    current = { ...(document.components.schemas?.[target] as JsonSchema), ...siblings };
  }
  return current;
}

/** Both schemas' constraints at once, shallowly (properties and required are unioned). */
function merge(document: OpenApiDocument, a: unknown, b: unknown): JsonSchema {
  const left = resolve(document, a);
  const right = resolve(document, b);
  return {
    ...left,
    ...right,
    ...(left.properties || right.properties
      ? { properties: { ...(left.properties as object), ...(right.properties as object) } }
      : {}),
    ...(left.required || right.required ? { required: [...new Set([...((left.required as string[]) ?? []), ...((right.required as string[]) ?? [])])] } : {}),
  };
}
