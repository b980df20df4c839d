import type { components } from '../generated/openapi.js';
import type { MediaRow } from '../media/models.js';
import type { Actor } from '../platform/actor.js';
import type { Transaction } from '../platform/db/database.js';
import { ApiError, conflict, notFound } from '../platform/http/errors.js';
import { paginate, type PageParams } from '../platform/http/pagination.js';
import { newId } from '../platform/ids.js';
import { checkTemplateInput, storedButtons, storedHeader } from './input.js';
import { TemplateRow, TemplateVersionRow, type TemplateContent } from './models.js';
import { presentRendering, presentTemplate, type TemplateState } from './presenters.js';
import { renderTemplate, renderTemplateText, templateVariables } from './render.js';

type Schemas = components['schemas'];
type VersionFields = Pick<TemplateVersionRow, 'category'> & TemplateContent;

/** Templates at their current version: one row per template with its version's columns. */
function currentTemplates(trx: Transaction) {
  return TemplateRow.query(trx)
    .join('template_versions as v', (join) => join.on('v.template_id', 'templates.id').andOn('v.version', 'templates.version'))
    .whereNull('templates.deleted_at')
    .select('templates.*', 'v.category', 'v.body', 'v.header', 'v.footer', 'v.buttons', 'v.variables');
}

const asState = (row: TemplateRow) => row as unknown as TemplateState;

async function insertVersion(trx: Transaction, template: TemplateRow, version: number, fields: VersionFields, at: Date): Promise<TemplateVersionRow> {
  const variables = templateVariables(fields);
  const [row] = (await trx('template_versions')
    .insert({
      template_id: template.id,
      version,
      account_id: template.account_id,
      mode: template.mode,
      category: fields.category,
      body: fields.body,
      // jsonb columns: pg would send a JS array as a PostgreSQL array literal.
      header: fields.header === null ? null : JSON.stringify(fields.header),
      footer: fields.footer,
      buttons: JSON.stringify(fields.buttons),
      variables: JSON.stringify(variables),
      created_at: at,
    })
    .returning('*')) as TemplateVersionRow[];
  return TemplateVersionRow.fromDatabaseJson(row!);
}

const stateOf = (template: TemplateRow, version: TemplateVersionRow): TemplateState => ({
  ...version,
  id: template.id,
  name: template.name,
  language: template.language,
  created_at: template.created_at,
  updated_at: version.created_at,
});

export async function createTemplate(
  trx: Transaction,
  actor: Actor,
  input: Schemas['CreateTemplateRequest'],
  fetched: MediaRow | undefined,
): Promise<Schemas['Template']> {
  const fields: VersionFields = {
    category: input.category,
    body: input.body,
    header: input.header === undefined ? null : await storedHeader(trx, input.header, fetched),
    footer: input.footer ?? null,
    buttons: storedButtons(input.buttons ?? []),
  };
  templateVariables(fields);
  const now = new Date();
  // ON CONFLICT against the partial unique index: a deleted template's name and language are free again.
  const { rows } = (await trx.raw(
    `insert into templates (id, account_id, mode, name, language, version, created_at, updated_at)
     values (?, ?, ?, ?, ?, 1, ?, ?)
     on conflict (account_id, mode, name, language) where deleted_at is null do nothing
     returning *`,
    [newId('template'), actor.accountId, actor.mode, input.name, input.language, now, now],
  )) as { rows: Record<string, unknown>[] };
  if (rows.length === 0) {
    throw conflict(
      'template_already_exists',
      `A template named ${input.name} in language ${input.language} already exists; edit it with PATCH (a new version) or delete it first.`,
      'name',
    );
  }
  const template = TemplateRow.fromDatabaseJson(rows[0]!);
  return presentTemplate(stateOf(template, await insertVersion(trx, template, 1, fields, now)));
}

export function listTemplates(trx: Transaction, query: PageParams & { name?: string; language?: string }) {
  const rows = currentTemplates(trx);
  if (query.name !== undefined) rows.where('templates.name', query.name);
  if (query.language !== undefined) rows.where('templates.language', query.language);
  return paginate(rows, query, (row) => presentTemplate(asState(row)), 'templates.id');
}

async function findCurrent(trx: Transaction, id: string, param = 'id'): Promise<TemplateState> {
  const row = await currentTemplates(trx).where('templates.id', id).first();
  if (!row) throw notFound('template', id, param);
  return asState(row);
}

export async function findTemplate(trx: Transaction, id: string): Promise<Schemas['Template']> {
  return presentTemplate(await findCurrent(trx, id));
}

async function findVersion(trx: Transaction, id: string, version: number | undefined): Promise<TemplateState> {
  const current = await findCurrent(trx, id);
  if (version === undefined || version === current.version) return current;
  const row = await TemplateVersionRow.query(trx).findById([id, version]);
  if (!row) {
    throw new ApiError(404, 'not_found_error', 'resource_missing', `Template ${id} has no version ${version}; its current version is ${current.version}.`, {
      param: 'version',
    });
  }
  return { ...current, ...row, id, updated_at: row.created_at };
}

export async function findTemplateVersion(trx: Transaction, id: string, version: number): Promise<Schemas['Template']> {
  return presentTemplate(await findVersion(trx, id, version));
}

/** An edit stores the next version; one that changes nothing stores none. */
export async function updateTemplate(
  trx: Transaction,
  id: string,
  input: Schemas['UpdateTemplateRequest'],
  fetched: MediaRow | undefined,
): Promise<Schemas['Template']> {
  // The lock orders concurrent edits, so each gets its own version number.
  const template = await TemplateRow.query(trx).findById(id).whereNull('deleted_at').forUpdate();
  if (!template) throw notFound('template', id);
  const current = await TemplateVersionRow.query(trx).findById([id, template.version]);
  if (!current) throw new Error(`template ${id} has lost its version ${template.version}`);
  const fields: VersionFields = {
    category: input.category ?? current.category,
    body: input.body ?? current.body,
    header: input.header === undefined ? current.header : input.header === null ? null : await storedHeader(trx, input.header, fetched),
    footer: input.footer === undefined ? current.footer : input.footer,
    buttons: input.buttons === undefined ? current.buttons : storedButtons(input.buttons),
  };
  const unchanged = (['category', 'body', 'header', 'footer', 'buttons'] as const).every(
    (field) => JSON.stringify(fields[field]) === JSON.stringify(current[field]),
  );
  if (unchanged) return presentTemplate(stateOf(template, current));
  const now = new Date();
  const version = await insertVersion(trx, template, template.version + 1, fields, now);
  const updated = await TemplateRow.query(trx).patchAndFetchById(id, { version: version.version, updated_at: now });
  return presentTemplate(stateOf(updated, version));
}

/** Marks it deleted: its versions stay, for the messages that name them. */
export async function deleteTemplate(trx: Transaction, id: string): Promise<Schemas['DeletedTemplate']> {
  const marked = await TemplateRow.query(trx).patch({ deleted_at: new Date() }).where('id', id).whereNull('deleted_at');
  if (marked === 0) throw notFound('template', id);
  return { id, object: 'template', deleted: true };
}

export async function renderTemplateById(trx: Transaction, id: string, input: Schemas['RenderTemplateRequest']): Promise<Schemas['TemplateRendering']> {
  const state = await findVersion(trx, id, input.version);
  return presentRendering(state, renderTemplate(state, input.variables ?? {}));
}

/**
 * Renders a definition that is not saved, with the checks and refusals of create and render. Stores nothing: a
 * header upload is only looked up, and a header URL is not fetched (its rendering has no content object).
 */
export async function previewTemplate(trx: Transaction, input: Schemas['PreviewTemplateRequest']): Promise<Schemas['TemplateRendering']> {
  checkTemplateInput(input);
  const header = input.header;
  const fields = { body: input.body, footer: input.footer ?? null, buttons: storedButtons(input.buttons ?? []) };
  const options = { placeholders: input.placeholders ?? false };
  if (header && header.type !== 'text' && header.url !== undefined) {
    const content = { ...fields, header: { type: header.type } };
    templateVariables(content);
    return presentRendering(null, renderTemplateText(content, input.variables ?? {}, options));
  }
  const content = { ...fields, header: header ? await storedHeader(trx, header, undefined) : null };
  templateVariables(content);
  return presentRendering(null, renderTemplate(content, input.variables ?? {}, options));
}

/** The template a send names, at its current version: 404 for another account's or mode's, or a deleted one. */
export async function findTemplateForSend(trx: Transaction, reference: Schemas['TemplateReference']): Promise<TemplateState> {
  if (reference.id !== undefined) return findCurrent(trx, reference.id, 'template.id');
  const row = await currentTemplates(trx).where({ 'templates.name': reference.name, 'templates.language': reference.language }).first();
  if (!row) {
    throw new ApiError(404, 'not_found_error', 'resource_missing', `No template named ${reference.name} in language ${reference.language} exists in this account.`, {
      param: 'template.name',
    });
  }
  return asState(row);
}
