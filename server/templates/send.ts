import type { components } from '../generated/openapi.js';
import { CONTENT_TYPES } from '../messages/content.js';
import type { Transaction } from '../platform/db/database.js';
import { invalidRequest } from '../platform/http/errors.js';
import { renderTemplate, type RenderedTemplate } from './render.js';
import { findTemplateForSend } from './templates.js';

type Schemas = components['schemas'];

export interface TemplateSend extends RenderedTemplate {
  template: { id: string; version: number };
}

const unexpected = (param: string) =>
  invalidRequest('parameter_unexpected', `${param} is not allowed with template: the template gives the message its type and content.`, param);

export function checkReference(reference: Schemas['TemplateReference']): void {
  const byName = reference.name !== undefined || reference.language !== undefined;
  if (reference.id !== undefined && byName) {
    throw invalidRequest('parameter_conflict', 'Name a template by template.id, or by template.name and template.language; not both.', 'template.id');
  }
  if (reference.id === undefined && (reference.name === undefined || reference.language === undefined)) {
    const param = reference.name === undefined ? 'template.name' : 'template.language';
    throw invalidRequest('parameter_missing', 'Name a template by template.id, or by template.name and template.language.', param);
  }
}

/**
 * A send that names a template: its content comes from the template's current version alone, so `type` and the
 * content fields must be absent. The message keeps the version, so a later edit does not change what it said.
 */
export async function renderForSend(trx: Transaction, body: Schemas['CreateMessageRequest'] & { template: Schemas['TemplateReference'] }): Promise<TemplateSend> {
  if (body.type !== undefined) throw unexpected('type');
  const content = CONTENT_TYPES.find((field) => body[field] !== undefined);
  if (content !== undefined) throw unexpected(content);
  checkReference(body.template);
  const state = await findTemplateForSend(trx, body.template);
  return { ...renderTemplate(state, body.variables ?? {}), template: { id: state.id, version: state.version } };
}

/** A send without a template names its type; variables mean nothing without one. */
export function contentTypeOf(body: Schemas['CreateMessageRequest']): Schemas['MessageType'] {
  if (body.variables !== undefined) {
    throw invalidRequest('parameter_unexpected', 'variables is only for sends that name a template.', 'variables');
  }
  if (body.type === undefined) {
    throw invalidRequest('parameter_missing', 'Give type and its content field (e.g. "type": "text" with "text"), or a template and its variables.', 'type');
  }
  return body.type;
}
