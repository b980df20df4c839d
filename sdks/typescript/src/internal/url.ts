export type QueryValue = string | number | boolean | null | undefined | Array<string | number | boolean>;

/** `base` + `path` + the defined query values (arrays repeat their key, as the contract's form style says). */
export function buildUrl(base: string, path: string, query?: Record<string, QueryValue>): string {
  const url = new URL(base.replace(/\/+$/, '') + path);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(name, String(item));
  }
  return url.toString();
}

/** A path parameter made safe to put in a URL: an id with a slash must not reach another route. */
export function pathParam(value: string | number): string {
  return encodeURIComponent(String(value));
}
