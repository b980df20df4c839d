import { Model } from 'objection';
import type { components } from '../generated/openapi.js';
import type { Mode } from '../platform/db/database.js';

type Schemas = components['schemas'];

export class TemplateRow extends Model {
  static override tableName = 'templates';
  declare id: string;
  declare account_id: string;
  declare mode: Mode;
  declare name: string;
  declare language: string;
  /** The current version. */
  declare version: number;
  declare deleted_at: Date | null;
  declare created_at: Date;
  declare updated_at: Date;
}

/** A header as stored: its text, or the file it sends (checked against the type's limits when saved). */
export type StoredHeader =
  | { type: 'text'; text: string }
  | { type: 'image' | 'video' | 'document'; media: Schemas['TemplateHeaderMedia'] };

/** One immutable version: what a message rendered from it said. */
export class TemplateVersionRow extends Model {
  static override tableName = 'template_versions';
  static override idColumn = ['template_id', 'version'];
  declare template_id: string;
  declare version: number;
  declare account_id: string;
  declare mode: Mode;
  declare category: Schemas['TemplateCategory'];
  declare body: string;
  declare header: StoredHeader | null;
  declare footer: string | null;
  declare buttons: Schemas['TemplateButton'][];
  declare variables: string[];
  declare created_at: Date;
}

/** The content of a version, as the renderer needs it. */
export type TemplateContent = Pick<TemplateVersionRow, 'body' | 'header' | 'footer' | 'buttons'>;
