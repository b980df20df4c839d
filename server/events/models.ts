import { Model } from 'objection';
import type { Mode } from '../platform/db/database.js';
import type { EventType } from './types.js';

export class EventRow extends Model {
  static override tableName = 'events';
  declare id: string;
  declare account_id: string;
  declare mode: Mode;
  declare type: EventType;
  declare data: { object: unknown };
  declare created_at: Date;
}
