import { createHash } from 'node:crypto';

const names = new Map<string, string>();
const MAX_NAMES = 1_000;

/**
 * A name to prepare a hot statement under (knex's `.options({ name })`, which node-postgres prepares once per
 * database connection and then only binds and runs). PostgreSQL refuses a name reused for another text, so the
 * name is derived from what shapes the text: one name per distinct statement.
 */
export function preparedName(prefix: string, shape: string): string {
  let name = names.get(shape);
  if (name === undefined) {
    name = `${prefix}_${createHash('sha256').update(shape).digest('hex').slice(0, 16)}`;
    if (names.size < MAX_NAMES) names.set(shape, name);
  }
  return name;
}
