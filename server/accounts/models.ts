import { Model } from 'objection';
import type { LimitName } from './plans.js';
import type { Role } from '../auth/roles.js';

// `declare` keeps TypeScript from emitting class fields, which would shadow the values objection sets.

export class AccountRow extends Model {
  static override tableName = 'accounts';
  declare id: string;
  declare name: string;
  declare status: 'active' | 'suspended';
  declare plan: string;
  /** Limits the platform admin set for this account, by name; each replaces its plan's. */
  declare limit_overrides: Partial<Record<LimitName, number>>;
  /** The subscription's current period (Stripe); null: calendar months, UTC. */
  declare billing_period_start: Date | null;
  declare billing_period_end: Date | null;
  declare require_owner_two_factor: boolean;
  /** Why, when and by which platform admin the account was last suspended or unsuspended. */
  declare status_reason: string | null;
  declare status_changed_at: Date | null;
  declare status_changed_by: string | null;
  declare created_at: Date;
}

export class UserRow extends Model {
  static override tableName = 'users';
  declare id: string;
  declare email: string;
  declare password_hash: string;
  declare email_verified_at: Date | null;
  declare totp_secret_sealed: string | null;
  declare totp_pending_sealed: string | null;
  declare totp_enabled_at: Date | null;
  /** Named a platform admin (by the admin ADMIN_EMAIL configures) at this time; null: not a named admin. */
  declare platform_admin_at: Date | null;
  declare platform_admin_added_by: string | null;
  declare created_at: Date;
}

export class MembershipRow extends Model {
  static override tableName = 'memberships';
  static override idColumn = ['account_id', 'user_id'];
  declare account_id: string;
  declare user_id: string;
  declare role: Role;
  declare created_at: Date;
}
