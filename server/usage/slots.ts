/**
 * Usage counters are kept in slots: rows of the same account, mode and period (or day and category) that
 * concurrent writers share out, so that they do not queue on one row lock until each commits. Reading a
 * counter sums its slots.
 *
 * The messages counter admits exactly up to its limit: slot `s` of `SLOTS` may hold at most its share of
 * the limit (an equal part, the remainder spread over the first slots), and the shares add up to the limit.
 */
export const USAGE_SLOTS = 16;

/** The most sends one transaction admits through one slot: a group of concurrent accepts (messages/accept-group.ts). */
export const ACCEPT_GROUP_MAX = 64;

/**
 * How many sends committing alongside an admission it may not see: each slot is held by at most one
 * transaction at a time, which admits at most ACCEPT_GROUP_MAX through it.
 */
export const UNSEEN_SENDS_MAX = USAGE_SLOTS * ACCEPT_GROUP_MAX;

/** A slot's share of `cap`, as SQL over a slot column and a cap expression. */
export const slotShareSql = (slot: string, cap: string) => `(${cap} / ${USAGE_SLOTS} + (${slot} < ${cap} % ${USAGE_SLOTS})::int)`;

/**
 * The slot a writer that holds no particular one uses for totals (sent, inbound, checks, connection-days): its
 * database connection's, so concurrent writers mostly land on different rows.
 */
export const BACKEND_SLOT_SQL = `(pg_backend_pid() % ${USAGE_SLOTS})`;
