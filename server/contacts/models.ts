import { Model } from 'objection';
import type { Mode } from '../platform/db/database.js';

export class ContactRow extends Model {
  static override tableName = 'contacts';
  // Only this column is JSON: `tags` is a text[] that pg sends as an array, not as JSON text.
  static override jsonAttributes = ['attributes'];
  declare id: string;
  declare account_id: string;
  declare mode: Mode;
  declare phone_number: string;
  declare name: string | null;
  declare attributes: Record<string, string>;
  declare tags: string[];
  declare created_at: Date;
  declare updated_at: Date;
}
