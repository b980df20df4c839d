import { Model } from 'objection';

// `declare` keeps TypeScript from emitting class fields, which would shadow the values objection sets.

export class AccountRow extends Model {
  static override tableName = 'accounts';
  declare id: string;
  declare name: string;
  declare status: 'active' | 'suspended';
  declare plan: string;
  /** Set by the platform admin; null: the plan's limit. */
  declare bulk_job_recipient_limit: number | null;
  declare created_at: Date;
}

export class UserRow extends Model {
  static override tableName = 'users';
  declare id: string;
  declare email: string;
  declare password_hash: string;
  declare created_at: Date;
}

export class MembershipRow extends Model {
  static override tableName = 'memberships';
  static override idColumn = ['account_id', 'user_id'];
  declare account_id: string;
  declare user_id: string;
  declare role: 'owner' | 'member';
  declare created_at: Date;
}
