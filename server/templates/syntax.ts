import { invalidRequest } from '../platform/http/errors.js';

/** A piece of template text: literal text, or a variable to fill. */
export type Segment = string | { variable: string };

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

const syntaxError = (param: string, message: string) => invalidRequest('template_syntax_invalid', `${param}: ${message}`, param);

/**
 * Splits text at its `{{variables}}`. Positions in errors are 1-based character offsets, so a person can
 * find the spot in their editor; single braces are literal text.
 */
export function parseTemplateText(text: string, param: string): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('{{', at);
    const close = text.indexOf('}}', at);
    if (close !== -1 && (open === -1 || close < open)) {
      throw syntaxError(param, `'}}' at position ${close + 1} has no '{{' before it.`);
    }
    if (open === -1) break;
    const end = text.indexOf('}}', open + 2);
    const nextOpen = text.indexOf('{{', open + 2);
    if (end === -1 || (nextOpen !== -1 && nextOpen < end)) {
      throw syntaxError(param, `'{{' at position ${open + 1} is not closed with '}}'.`);
    }
    const name = text.slice(open + 2, end).trim();
    if (!NAME.test(name)) {
      throw syntaxError(
        param,
        `'${text.slice(open, end + 2)}' at position ${open + 1} is not a variable: a name starts with a letter or _ and has only letters, digits and _ (at most 64).`,
      );
    }
    if (open > at) segments.push(text.slice(at, open));
    segments.push({ variable: name });
    at = end + 2;
  }
  if (at < text.length) segments.push(text.slice(at));
  return segments;
}

export const variablesOf = (segments: Segment[]): string[] => segments.flatMap((segment) => (typeof segment === 'string' ? [] : [segment.variable]));

export const fill = (segments: Segment[], values: ReadonlyMap<string, string>): string =>
  segments.map((segment) => (typeof segment === 'string' ? segment : values.get(segment.variable)!)).join('');
