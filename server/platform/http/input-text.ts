import { invalidRequest } from './errors.js';

/** The deepest a request's JSON may nest (objects and arrays); deeper bodies are refused before anything recurses. */
export const MAX_JSON_DEPTH = 64;

/** A lone UTF-16 surrogate: in a `u` regex a well-formed pair is one code point, so only a lone half matches. */
const LONE_SURROGATE = /\p{Cs}/u;
const UNSTORABLE = /\0|\p{Cs}/gu;
/** The same test without the global flag, which would make `test` stateful. */
const UNSTORABLE_TEST = /\0|\p{Cs}/u;

/**
 * Why PostgreSQL cannot take a text as given, or undefined. It refuses U+0000 in text (SQLSTATE 22021), and a lone
 * surrogate is not Unicode text at all: the driver would store U+FFFD in its place, silently. One regex test per
 * text in the common case (nothing wrong); which of the two it is is worked out only for a text refused.
 */
function textProblem(text: string): string | undefined {
  if (!UNSTORABLE_TEST.test(text)) return undefined;
  if (text.includes('\0')) return 'contains a NUL character (U+0000), which PostgreSQL cannot store';
  return LONE_SURROGATE.test(text) ? 'contains a lone UTF-16 surrogate, which is not valid Unicode text' : undefined;
}

/** A name fit to echo in `param`: the characters it was refused for, written as JSON escapes (`a\u0000b`). */
const printable = (name: string) => name.replace(UNSTORABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

type Path = (string | number)[];

/** ["recipients", 0, "to"] → "recipients[0].to", as the API names parameters. */
const paramOf = (path: Path) =>
  path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${part}` : part), '');

export const jsonTooDeep = () =>
  invalidRequest('json_too_deep', `The request body nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep; Parley reads at most ${MAX_JSON_DEPTH}.`);

/** A value still to look at; its path is kept as a link to its parent and built only for a value refused. */
interface Pending {
  value: unknown;
  parent: Pending | undefined;
  key: string | number;
  depth: number;
}

function pathOf(item: Pending): Path {
  const path: Path = [];
  for (let at: Pending | undefined = item; at?.parent; at = at.parent) path.unshift(at.key);
  return path;
}

/**
 * Refuses, with 400 naming the field, any text (value or key, at any depth) that PostgreSQL cannot store, and a
 * body nested deeper than MAX_JSON_DEPTH. Iterative, so that a hostile body cannot exhaust the stack here.
 */
export function refuseUnstorableInput(value: unknown, where: 'body' | 'query' | 'path'): void {
  const refuse = (path: Path, what: 'value' | 'key', problem: string) => {
    const param = paramOf(path);
    const subject = param ? `${where} parameter ${param}` : `The ${where}`;
    return invalidRequest('parameter_invalid', `Invalid ${subject}: its ${what} ${problem}.`, param || undefined);
  };
  const pending: Pending[] = [{ value, parent: undefined, key: '', depth: 0 }];
  for (let item = pending.pop(); item; item = pending.pop()) {
    const current = item.value;
    if (typeof current === 'string') {
      const problem = textProblem(current);
      if (problem) throw refuse(pathOf(item), 'value', problem);
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    const depth = item.depth + 1;
    if (item.depth >= MAX_JSON_DEPTH) throw jsonTooDeep();
    // Pushed in reverse, so the first problem reported is the first in the document.
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) pending.push({ value: current[index], parent: item, key: index, depth });
      continue;
    }
    const keys = Object.keys(current);
    for (const key of keys) {
      const problem = textProblem(key);
      if (problem) throw refuse([...pathOf(item), printable(key)], 'key', problem);
    }
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index]!;
      pending.push({ value: (current as Record<string, unknown>)[key], parent: item, key, depth });
    }
  }
}

/** How deeply a JSON value nests, counted without recursion; stops counting past `limit`. */
export function jsonDepthExceeds(value: unknown, limit: number): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let item = pending.pop(); item; item = pending.pop()) {
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.depth >= limit) return true;
    for (const element of Object.values(item.value)) pending.push({ value: element, depth: item.depth + 1 });
  }
  return false;
}
