import { UserRow } from '../accounts/models.js';
import type { Services } from '../platform/services.js';
import { hashPassword } from './passwords.js';
import { createUserWithAccount, normalizeEmail } from './signup.js';

/**
 * Creates the platform admin from ADMIN_EMAIL and ADMIN_PASSWORD when no such user exists yet. Safe to
 * run from every process at start: the unique email makes a second creation a no-op.
 */
export async function bootstrapPlatformAdmin(services: Services): Promise<void> {
  const { ADMIN_EMAIL, ADMIN_PASSWORD } = services.config;
  if (!ADMIN_EMAIL) return;
  const email = normalizeEmail(ADMIN_EMAIL);
  const existing = await UserRow.query(services.db.systemPool).findOne({ email });
  if (existing) return;
  if (!ADMIN_PASSWORD) {
    services.logger.warn({ email }, 'ADMIN_EMAIL has no user yet: set ADMIN_PASSWORD to create the platform admin');
    return;
  }
  const passwordHash = await hashPassword(ADMIN_PASSWORD);
  const created = await services.db.system((trx) =>
    createUserWithAccount(trx, { email, passwordHash, accountName: 'Platform administration', plan: services.config.PARLEY_DEFAULT_PLAN }),
  );
  if (created) services.logger.info({ email, user_id: created.user.id }, 'created the platform admin');
}
