import { Model } from 'objection';
import type { Mode } from '../platform/db/database.js';

export class OptOutRow extends Model {
  static override tableName = 'opt_outs';
  declare id: string;
  declare account_id: string;
  declare mode: Mode;
  declare phone_number: string;
  declare source: 'api' | 'keyword';
  declare keyword: string | null;
  declare connection_id: string | null;
  declare created_at: Date;
}
