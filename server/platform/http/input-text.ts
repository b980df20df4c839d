import { invalidRequest } from './errors.js';

/** The deepest a request's JSON may nest (objects and arrays); deeper bodies are refused before anything recurses. */
export const MAX_JSON_DEPTH = 64;

/** A lone UTF-16 surrogate: in a `u` regex a well-formed pair is one code point, so only a lone half matches. */
const LONE_SURROGATE = /\p{Cs}/u;
const UNSTORABLE = /\0|\p{Cs}/gu;

/**
 * Why PostgreSQL cannot take a text as given, or undefined. It refuses U+0000 in text (SQLSTATE 22021), and a lone
 * surrogate is not Unicode text at all: the driver would store U+FFFD in its place, silently.
 */
function textProblem(text: string): string | undefined {
  if (text.includes('\0')) return 'contains a NUL character (U+0000), which PostgreSQL cannot store';
  if (LONE_SURROGATE.test(text)) return 'contains a lone UTF-16 surrogate, which is not valid Unicode text';
  return undefined;
}

/** A name fit to echo in `param`: the characters it was refused for, written as JSON escapes (`a\u0000b`). */
const printable = (name: string) => name.replace(UNSTORABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

type Path = (string | number)[];

/** ["recipients", 0, "to"] → "recipients[0].to", as the API names parameters. */
const paramOf = (path: Path) =>
  path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${part}` : part), '');

export const jsonTooDeep = () =>
  invalidRequest('json_too_deep', `The request body nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep; Parley reads at most ${MAX_JSON_DEPTH}.`);

/**
 * Refuses, with 400 naming the field, any text (value or key, at any depth) that PostgreSQL cannot store, and a
 * body nested deeper than MAX_JSON_DEPTH. Iterative, so that a hostile body cannot exhaust the stack here.
 */
export function refuseUnstorableInput(value: unknown, where: 'body' | 'query' | 'path'): void {
  const pending: { value: unknown; path: Path; depth: number }[] = [{ value, path: [], depth: 0 }];
  const refuse = (path: Path, what: 'value' | 'key', problem: string) => {
    const param = paramOf(path);
    const subject = param ? `${where} parameter ${param}` : `The ${where}`;
    return invalidRequest('parameter_invalid', `Invalid ${subject}: its ${what} ${problem}.`, param || undefined);
  };
  for (let item = pending.pop(); item; item = pending.pop()) {
    const { value: current, path, depth } = item;
    if (typeof current === 'string') {
      const problem = textProblem(current);
      if (problem) throw refuse(path, 'value', problem);
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) throw jsonTooDeep();
    const children = Array.isArray(current) ? current.map((element, index) => ({ value: element, path: [...path, index], depth: depth + 1 })) : [];
    if (!Array.isArray(current)) {
      for (const [key, element] of Object.entries(current)) {
        const problem = textProblem(key);
        if (problem) throw refuse([...path, printable(key)], 'key', problem);
        children.push({ value: element, path: [...path, key], depth: depth + 1 });
      }
    }
    // Reversed onto the stack, so the first problem reported is the first in the document.
    for (let index = children.length - 1; index >= 0; index--) pending.push(children[index]!);
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
