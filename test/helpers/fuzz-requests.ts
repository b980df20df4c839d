import fc from 'fast-check';
import type { OpenApiDocument, Operation, ParameterObject } from '../../server/platform/http/spec.js';
import { schemaArbitrary } from './schema-arbitrary.js';

/**
 * Requests for one operation of openapi.yaml, generated from its schemas and then broken: wrong types, missing
 * and extra fields, NUL characters and lone surrogates, huge and deeply nested values, odd content types, bad
 * cursors and ids, non-object JSON. A request is plain data (huge values are described, not spelled out), so
 * that fast-check prints a counterexample that reads.
 */

export type AuthKind = 'key' | 'session' | 'admin' | 'none' | 'bearer-garbage' | 'malformed-authorization' | 'session-without-csrf' | 'unknown-session';

export type BodySpec =
  | { kind: 'json'; value: unknown; contentType?: string }
  | { kind: 'text'; text: string; contentType?: string }
  | { kind: 'huge'; bytes: number; contentType: string }
  | { kind: 'deep'; levels: number }
  | { kind: 'form'; parts: FormPart[] }
  | { kind: 'multipart-text'; text: string; contentType: string };

export interface FormPart {
  name: string;
  value?: string;
  file?: { filename: string; type: string; content: string };
}

export interface FuzzRequest {
  /** Which mutation made this request (or "valid"). */
  mutation: string;
  auth: AuthKind;
  /** Path parameters as they go in the URL (already percent-encoded; possibly badly on purpose). */
  path: Record<string, string>;
  /** Query pairs as they go in the URL (already percent-encoded). */
  query: [string, string][];
  headers: Record<string, string>;
  body?: BodySpec;
}

/** Ids of real resources of the fuzzed tenant, per path parameter of an operation. */
export type ValidIds = (operation: Operation, parameter: string) => string[];

/** Path ids that are wrong in every way a client gets them wrong. */
const BAD_ID = fc.oneof(
  fc.constantFrom(
    '%00',
    'con_%00',
    'msg_a%00b',
    '%ZZ',
    '%E0%A4%A',
    '%ED%A0%80', // a lone surrogate, as WTF-8: not UTF-8
    '%C0%80', // an overlong NUL
    '%F0%9F',
    '..',
    '%2e%2e',
    'a%2Fb',
    '%20',
    'key_',
    '0',
    '-1',
    'null',
    '%F0%9F%99%82',
    'x'.repeat(3000),
    "'%20or%201%3D1%20--",
    '%25',
  ),
  fc.stringMatching(/^(acct|key|conn|ct|opt|msg|tpl|chat|med|bulk|evt|we|dlv|att|req)_[0-9A-Za-z]{1,30}$/),
  fc.string({ unit: 'binary', maxLength: 24 }).map(encodeLoosely),
);

/** encodeURIComponent, but a lone surrogate (which it refuses) goes as its WTF-8 bytes. */
export function encodeLoosely(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    out += code >= 0xd800 && code <= 0xdfff ? `%${[0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((b) => b.toString(16).toUpperCase()).join('%')}` : encodeURIComponent(char);
  }
  return out;
}

/** Query values that break a declared parameter. */
const BAD_QUERY_VALUE = fc.oneof(
  // 20,000 characters: a URL over the 16 KB of request line and headers that Node's parser reads.
  fc.constantFrom('', '%00', 'abc', '-1', '0', '101', '1e3', '1.5', 'true', 'null', '%ZZ', '%ED%A0%80', 'x'.repeat(4000), 'x'.repeat(20_000), '2024-13-45T99:99:99Z', '[]', '%7B%7D'),
  fc.stringMatching(/^(acct|key|conn|ct|opt|msg|tpl|chat|med|bulk|evt|we|dlv)_[0-9A-Za-z]{1,30}$/),
  fc.string({ unit: 'binary', maxLength: 16 }).map(encodeLoosely),
);

const ODD_CONTENT_TYPE = fc.constantFrom(
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=fuzz',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/merge-patch+json',
  'application/octet-stream',
  'image/png',
  '*/*',
  'application/jsonx',
  'text/csv',
);

/** JSON texts that are not a JSON object, or not JSON at all. */
const NOT_AN_OBJECT = fc.constantFrom('[]', '"x"', 'null', '123', 'true', '[{"a":1}]', '1e309', '"\\u0000"', '"\\ud800"');
const NOT_JSON = fc.constantFrom('{', '{"a":', '{"a":1,}', "{'a':1}", '\u0000', 'NaN', '{"a":1}garbage', '\ufeff{}', '{"a":"\\x00"}', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}');

type JsonPath = (string | number)[];

/** Every place in a JSON value: the value itself and each nested member and element. */
function places(value: unknown, path: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((element, index) => places(element, [...path, index], out));
  else if (value !== null && typeof value === 'object') for (const [key, element] of Object.entries(value)) places(element, [...path, key], out);
  return out;
}

function getAt(value: unknown, path: JsonPath): unknown {
  return path.reduce<unknown>((current, part) => (current as Record<string | number, unknown>)?.[part], value);
}

/** A copy of `value` with the place at `path` replaced by `replace(old)`, or removed when it returns REMOVE. */
const REMOVE = Symbol('remove');
function setAt(value: unknown, path: JsonPath, replace: (old: unknown) => unknown): unknown {
  if (path.length === 0) return replace(value);
  const [head, ...rest] = path as [string | number, ...JsonPath];
  if (Array.isArray(value)) {
    const copy = [...value];
    const next = setAt(copy[head as number], rest, replace);
    if (next === REMOVE) copy.splice(head as number, 1);
    else copy[head as number] = next;
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  const next = setAt(copy[head as string], rest, replace);
  if (next === REMOVE) delete copy[head as string];
  else copy[head as string] = next;
  return copy;
}

/** A value of another JSON type than `old`. */
function wrongTypeFor(old: unknown, choice: number): unknown {
  const candidates: unknown[] = ['text', 42, -1.5, true, null, [], {}, ['a'], { a: 1 }, '', 1e300, Number.MAX_SAFE_INTEGER + 2];
  const others = candidates.filter((candidate) => typeOf(candidate) !== typeOf(old));
  return others[choice % others.length];
}
const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

export type JsonMutation = { how: 'wrong-type' | 'drop' | 'extra-field' | 'nul' | 'lone-surrogate' | 'huge-string' | 'deep-value' | 'huge-array'; at: number; choice: number };

const JSON_MUTATION: fc.Arbitrary<JsonMutation> = fc.record({
  how: fc.constantFrom('wrong-type', 'drop', 'extra-field', 'nul', 'lone-surrogate', 'huge-string', 'deep-value', 'huge-array'),
  at: fc.nat(),
  choice: fc.nat(),
});

/** Applies a mutation to a JSON body at one of its places (chosen by `at`, modulo the number of places). */
export function mutateJson(body: unknown, mutation: JsonMutation): unknown {
  const all = places(body);
  const path = all[mutation.at % all.length] ?? [];
  const old = getAt(body, path);
  const stringPlaces = all.filter((p) => typeof getAt(body, p) === 'string');
  switch (mutation.how) {
    case 'wrong-type':
      return setAt(body, path, (value) => wrongTypeFor(value, mutation.choice));
    case 'drop':
      return path.length === 0 ? {} : setAt(body, path, () => REMOVE);
    case 'extra-field': {
      const target = all.filter((p) => { const v = getAt(body, p); return v !== null && typeof v === 'object' && !Array.isArray(v); });
      const where = target[mutation.choice % Math.max(1, target.length)] ?? [];
      return setAt(body, where, (value) => ({ ...(value as object), [['unexpected', 'id', 'account_id', 'mode', '__proto__x', ''][mutation.choice % 6]!]: 'x' }));
    }
    case 'nul':
    case 'lone-surrogate': {
      const bad = mutation.how === 'nul' ? '\u0000' : ['\ud800', '\udfff', 'a\udc00b'][mutation.choice % 3]!;
      const where = stringPlaces[mutation.at % Math.max(1, stringPlaces.length)];
      if (where && mutation.choice % 4 !== 0) {
        return setAt(body, where, (value) => {
          const text = String(value);
          const at = mutation.choice % (text.length + 1);
          return text.slice(0, at) + bad + text.slice(at);
        });
      }
      // In a key instead.
      return setAt(body, [], (value) => ({ ...(value as object), [`k${bad}`]: 'v' }));
    }
    case 'huge-string':
      // Described, not spelled out: expanded when the request is sent (see materialize).
      return setAt(body, path, () => ({ $huge: 1000 + (mutation.choice % 6) * 20_000 }));
    case 'deep-value':
      return setAt(body, path, () => ({ $deep: 10 + (mutation.choice % 80) }));
    case 'huge-array':
      return setAt(body, path, () => ({ $hugeArray: 100 + (mutation.choice % 5) * 2_000, of: old === undefined ? 'x' : old }));
  }
}

/** Expands the descriptions mutateJson leaves ({$huge}, {$deep}, {$hugeArray}) into real values. */
export function materialize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(materialize);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (typeof record.$huge === 'number' && Object.keys(record).length === 1) return 'a'.repeat(record.$huge);
  if (typeof record.$deep === 'number' && Object.keys(record).length === 1) {
    let nested: unknown = 'leaf';
    for (let level = 0; level < record.$deep; level++) nested = level % 2 ? [nested] : { a: nested };
    return nested;
  }
  if (typeof record.$hugeArray === 'number') return Array.from({ length: record.$hugeArray }, () => materialize(record.of));
  return Object.fromEntries(Object.entries(record).map(([key, element]) => [key, materialize(element)]));
}

const VISIBLE_ASCII = fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)), minLength: 1, maxLength: 40 });

function headerArbitrary(parameter: ParameterObject): fc.Arbitrary<string | undefined> {
  switch (parameter.name) {
    case 'Idempotency-Key':
      return fc.oneof(
        { weight: 3, arbitrary: fc.constant(undefined) },
        { weight: 2, arbitrary: VISIBLE_ASCII.map((key) => `fuzz-${key}`) },
        { weight: 1, arbitrary: fc.integer({ min: 250, max: 400 }).map((length) => 'k'.repeat(length)) },
      );
    case 'Parley-Mode':
      return fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom('test', 'live', 'LIVE', 'sandbox', '', 'test,live') });
    case 'Last-Event-ID':
      return fc.oneof(fc.constant(undefined), fc.constantFrom('evt_0', '0', 'garbage', 'x'.repeat(3000)), VISIBLE_ASCII);
    default:
      // The CSRF token and the mode are the pipeline's to send, from the session (see AuthKind).
      return fc.constant(undefined);
  }
}

/** The arbitrary of one operation's requests. */
export function requestArbitrary(document: OpenApiDocument, operation: Operation, validIds: ValidIds): fc.Arbitrary<FuzzRequest> {
  const pathParameters = operation.parameters.filter((p) => p.in === 'path');
  const queryParameters = operation.parameters.filter((p) => p.in === 'query');
  const headerParameters = operation.parameters.filter((p) => p.in === 'header');

  const validPath = fc.record(
    Object.fromEntries(
      pathParameters.map((parameter) => {
        const real = validIds(operation, parameter.name);
        const fromSchema = schemaArbitrary(document, parameter.schema).map((value) => encodeLoosely(String(value)));
        return [parameter.name, real.length > 0 ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...real) }, { weight: 1, arbitrary: fromSchema }) : fromSchema];
      }),
    ),
  ) as fc.Arbitrary<Record<string, string>>;

  const validQuery = fc
    .record(
      Object.fromEntries(queryParameters.map((parameter) => [parameter.name, schemaArbitrary(document, parameter.schema)])),
      { requiredKeys: queryParameters.filter((p) => p.required).map((p) => p.name) },
    )
    .map((values) =>
      Object.entries(values).flatMap(([name, value]): [string, string][] =>
        Array.isArray(value) ? value.map((element) => [name, encodeLoosely(String(element))]) : [[name, encodeLoosely(String(value))]],
      ),
    );

  const headers = fc
    .record(Object.fromEntries(headerParameters.map((parameter) => [parameter.name, headerArbitrary(parameter)])))
    .map((values) => Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined)));

  const jsonSchema = operation.definition.requestBody?.content['application/json']?.schema;
  const validBody: fc.Arbitrary<BodySpec | undefined> = jsonSchema
    ? schemaArbitrary(document, jsonSchema).map((value) => ({ kind: 'json' as const, value }))
    : operation.body === 'multipart'
      ? validForm(operation)
      : fc.constant(undefined);

  const usual = operation.platformAdmin ? 'admin' : operation.security.length === 0 ? 'none' : operation.security.includes('ApiKeyAuth') ? 'key' : 'session';
  const auth: fc.Arbitrary<AuthKind> = fc.oneof(
    { weight: 12, arbitrary: fc.constant<AuthKind>(usual) },
    { weight: operation.security.includes('SessionAuth') && usual !== 'session' && usual !== 'admin' ? 3 : 0, arbitrary: fc.constant<AuthKind>('session') },
    {
      weight: 2,
      arbitrary: fc.constantFrom<AuthKind>('none', 'bearer-garbage', 'malformed-authorization', 'session-without-csrf', 'unknown-session', 'key', 'session'),
    },
  );

  const base = fc.record({ auth, path: validPath, query: validQuery, headers, body: validBody });

  // What to break, weighted so that every operation meets each kind of damage within a few dozen requests.
  type Damage = (request: FuzzRequest) => fc.Arbitrary<FuzzRequest>;
  const damages: { weight: number; name: string; damage: Damage }[] = [
    { weight: 3, name: 'valid', damage: (r) => fc.constant(r) },
    {
      weight: pathParameters.length > 0 ? 4 : 0,
      name: 'bad-path-id',
      damage: (r) => fc.tuple(fc.constantFrom(...pathParameters.map((p) => p.name)), BAD_ID).map(([name, bad]) => ({ ...r, path: { ...r.path, [name]: bad } })),
    },
    {
      weight: queryParameters.length > 0 ? 4 : 1,
      name: 'bad-query',
      damage: (r) =>
        fc
          .tuple(fc.constantFrom(...queryParameters.map((p) => p.name), 'unexpected', 'starting_after', 'limit'), BAD_QUERY_VALUE, fc.boolean())
          .map(([name, bad, repeat]) => ({ ...r, query: repeat ? [...r.query, [name, bad], [name, bad]] : [...r.query.filter(([n]) => n !== name), [name, bad]] })),
    },
    {
      weight: queryParameters.some((p) => p.name === 'starting_after') ? 2 : 0,
      name: 'both-cursors',
      damage: (r) => BAD_QUERY_VALUE.map((bad) => ({ ...r, query: [...r.query, ['starting_after', bad], ['ending_before', bad]] as [string, string][] })),
    },
    {
      weight: jsonSchema ? 8 : 0,
      name: 'json-field',
      damage: (r) => JSON_MUTATION.map((m) => ({ ...r, mutation: `json-${m.how}`, body: { kind: 'json' as const, value: mutateJson(r.body?.kind === 'json' ? r.body.value : {}, m) } })),
    },
    {
      weight: operation.body === 'none' ? 1 : 2,
      name: 'not-an-object',
      damage: (r) => NOT_AN_OBJECT.map((text) => ({ ...r, body: { kind: 'text' as const, text, contentType: 'application/json' } })),
    },
    {
      weight: operation.body === 'none' ? 1 : 2,
      name: 'not-json',
      damage: (r) => NOT_JSON.map((text) => ({ ...r, body: { kind: 'text' as const, text, contentType: 'application/json' } })),
    },
    {
      weight: 2,
      name: 'odd-content-type',
      damage: (r) =>
        fc.tuple(ODD_CONTENT_TYPE, fc.constantFrom('{}', 'a=1&b=2', '<x/>', '')).map(([contentType, text]) => ({
          ...r,
          body: r.body?.kind === 'json' && text === '{}' ? { ...r.body, contentType } : { kind: 'text' as const, text, contentType },
        })),
    },
    {
      weight: operation.body === 'none' ? 0 : 1,
      name: 'huge-body',
      damage: (r) =>
        fc
          .tuple(fc.integer({ min: 200_000, max: 3_000_000 }), fc.constantFrom('application/json', 'multipart/form-data; boundary=fuzz', 'text/plain'))
          .map(([bytes, contentType]) => ({ ...r, body: { kind: 'huge' as const, bytes, contentType } })),
    },
    {
      weight: operation.body === 'none' ? 0 : 1,
      name: 'deep-body',
      damage: (r) => fc.integer({ min: 60, max: 20_000 }).map((levels) => ({ ...r, body: { kind: 'deep' as const, levels } })),
    },
    {
      weight: operation.body === 'multipart' || operation.body === 'json_or_multipart' ? 6 : 1,
      name: 'multipart',
      damage: (r) => fc.oneof(brokenForm(), malformedMultipart()).map((body) => ({ ...r, body })),
    },
  ];
  return base.chain((request) => {
    const start: FuzzRequest = { mutation: 'valid', ...request, ...(request.body === undefined ? { body: undefined } : {}) };
    return fc
      .oneof(...damages.filter((d) => d.weight > 0).map((d) => ({ weight: d.weight, arbitrary: d.damage(start).map((r) => ({ ...r, mutation: r.mutation === 'valid' ? d.name : r.mutation })) })))
      .map((r) => (r.body === undefined ? (({ body: _body, ...rest }) => rest)(r) : r));
  });
}

const SMALL_PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==';

/** A form like a client's: one file part. */
function validForm(operation: Operation): fc.Arbitrary<BodySpec> {
  const csv = operation.path.includes('contacts') ? 'phone_number,name\n+14155550123,Ann\n' : 'phone,name\n+14155550124,Bo\n';
  return fc.constantFrom<BodySpec>(
    { kind: 'form', parts: [{ name: 'file', file: { filename: 'list.csv', type: 'text/csv', content: csv } }] },
    { kind: 'form', parts: [{ name: 'file', file: { filename: 'pixel.png', type: 'image/png', content: `base64:${SMALL_PNG_BASE64}` } }] },
  );
}

/** Well-formed multipart with the wrong parts. */
function brokenForm(): fc.Arbitrary<BodySpec> {
  const filename = fc.constantFrom('a.csv', 'n\u0000ul.csv', 'lone\ud800.csv', '../../etc/passwd', '', 'x'.repeat(1000) + '.csv', 'a.exe');
  const type = fc.constantFrom('text/csv', 'application/x-msdownload', 'image/png', '', 'text/html', 'application/octet-stream', 'video/mp4');
  const content = fc.constantFrom('phone_number\n+14155550125\n', 'phone,name\n+1415555\u0000126,x\n', '', '\u0000\u0000', 'a,b,"c\n', '\ufeffphone_number\n1\n', 'x'.repeat(70_000));
  const part = fc.oneof(
    fc.record({ name: fc.constantFrom('file', 'files', 'other', ''), file: fc.record({ filename, type, content }) }),
    fc.record({ name: fc.constantFrom('file', 'name', 'mode', 'x\u0000y'), value: fc.constantFrom('x', '', '\u0000', '\ud800', 'a'.repeat(5000)) }),
  );
  return fc.array(part, { minLength: 0, maxLength: 3 }).map((parts) => ({ kind: 'form' as const, parts }));
}

/** Multipart that is not: a wrong boundary, a truncated body, no boundary at all. */
function malformedMultipart(): fc.Arbitrary<BodySpec> {
  const good = '--fuzz\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\nphone_number\n+14155550127\n\r\n--fuzz--\r\n';
  return fc.constantFrom<BodySpec>(
    { kind: 'multipart-text', contentType: 'multipart/form-data; boundary=other', text: good },
    { kind: 'multipart-text', contentType: 'multipart/form-data', text: good },
    { kind: 'multipart-text', contentType: 'multipart/form-data; boundary=fuzz', text: good.slice(0, 60) },
    { kind: 'multipart-text', contentType: 'multipart/form-data; boundary=fuzz', text: good.replace('--fuzz--\r\n', '') },
    { kind: 'multipart-text', contentType: 'multipart/form-data; boundary=fuzz', text: '' },
    { kind: 'multipart-text', contentType: 'multipart/form-data; boundary=fuzz', text: '--fuzz\r\n\r\n\r\n--fuzz--\r\n' },
    { kind: 'multipart-text', contentType: 'multipart/form-data; boundary=fuzz', text: good.replace('form-data', 'attachment') },
    { kind: 'multipart-text', contentType: 'multipart/form-data; boundary=fuzz', text: good.replace('name="file"', 'name="file"; filename*=UTF-8\'\'%ED%A0%80') },
    { kind: 'multipart-text', contentType: 'multipart/form-data; boundary="', text: good },
    { kind: 'multipart-text', contentType: `multipart/form-data; boundary=${'b'.repeat(200)}`, text: good },
  );
}
