import { UserRow } from '../accounts/models.js';
import { isBootstrapAdmin, presentUser } from '../accounts/presenters.js';
import { normalizeEmail } from '../auth/signup.js';
import type { Config } from '../config.js';
import type { components } from '../generated/openapi.js';
import type { Transaction } from '../platform/db/database.js';
import { ApiError, conflict, forbidden } from '../platform/http/errors.js';

type Schemas = components['schemas'];
type AdminConfig = Pick<Config, 'ADMIN_EMAIL'>;

function presentAdmin(user: UserRow, config: AdminConfig, addedBy: UserRow | undefined): Schemas['PlatformAdmin'] {
  const bootstrap = isBootstrapAdmin(user.email, config.ADMIN_EMAIL);
  return {
    id: user.id,
    object: 'platform_admin',
    email: user.email,
    bootstrap,
    two_factor_enabled: user.totp_enabled_at !== null,
    added_by: !bootstrap && addedBy ? { id: addedBy.id, email: addedBy.email } : null,
    added_at: !bootstrap && user.platform_admin_at ? user.platform_admin_at.toISOString() : null,
  };
}

/** The configured admin first, then the named ones in the order they were named. */
export async function listAdmins(trx: Transaction, config: AdminConfig): Promise<Schemas['PlatformAdmin'][]> {
  const bootstrapEmail = config.ADMIN_EMAIL === undefined ? null : normalizeEmail(config.ADMIN_EMAIL);
  const users = await UserRow.query(trx)
    .where((q) => {
      q.whereNotNull('platform_admin_at');
      if (bootstrapEmail !== null) q.orWhere('email', bootstrapEmail);
    })
    .orderByRaw('(email = ?) desc, platform_admin_at, id', [bootstrapEmail ?? '']);
  const adders = await UserRow.query(trx).whereIn('id', users.map((user) => user.platform_admin_added_by).filter((id): id is string => id !== null));
  return users.map((user) => presentAdmin(user, config, adders.find((adder) => adder.id === user.platform_admin_added_by)));
}

/** Naming and removing admins is the configured admin's alone: a named admin cannot name more, nor remove another. */
async function assertBootstrap(trx: Transaction, config: AdminConfig, actorUserId: string): Promise<UserRow> {
  const actor = await UserRow.query(trx).findById(actorUserId).throwIfNotFound();
  if (!isBootstrapAdmin(actor.email, config.ADMIN_EMAIL)) {
    throw forbidden('bootstrap_admin_required', `Only the platform admin configured by ADMIN_EMAIL names and removes platform admins; ask them.`);
  }
  return actor;
}

export async function addAdmin(trx: Transaction, config: AdminConfig, actorUserId: string, email: string): Promise<Schemas['PlatformAdmin']> {
  const actor = await assertBootstrap(trx, config, actorUserId);
  const address = normalizeEmail(email);
  const user = await UserRow.query(trx).findOne({ email: address }).forUpdate();
  if (!user) {
    throw new ApiError(404, 'not_found_error', 'user_not_found', `No Parley user has the email ${address}. They sign up (or accept an invitation) first; then name them.`, { param: 'email' });
  }
  if (user.platform_admin_at !== null || isBootstrapAdmin(user.email, config.ADMIN_EMAIL)) {
    throw conflict('already_platform_admin', `${address} is a platform admin already. Nothing was changed.`, 'email');
  }
  const named = await UserRow.query(trx).patchAndFetchById(user.id, { platform_admin_at: new Date(), platform_admin_added_by: actor.id });
  return presentAdmin(named, config, actor);
}

export async function removeAdmin(trx: Transaction, config: AdminConfig, actorUserId: string, userId: string): Promise<Schemas['User']> {
  await assertBootstrap(trx, config, actorUserId);
  const user = await UserRow.query(trx).findById(userId).forUpdate();
  if (user && isBootstrapAdmin(user.email, config.ADMIN_EMAIL)) {
    throw conflict('bootstrap_admin_protected', 'The platform admin configured by ADMIN_EMAIL cannot be removed; change ADMIN_EMAIL instead. Nothing was changed.', 'id');
  }
  if (!user || user.platform_admin_at === null) {
    throw new ApiError(404, 'not_found_error', 'resource_missing', `No platform admin has the user id ${userId}.`, { param: 'id' });
  }
  const removed = await UserRow.query(trx).patchAndFetchById(user.id, { platform_admin_at: null, platform_admin_added_by: null });
  return presentUser(removed, config.ADMIN_EMAIL);
}
