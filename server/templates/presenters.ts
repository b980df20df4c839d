import type { components } from '../generated/openapi.js';
import type { TemplateRow, TemplateVersionRow } from './models.js';
import type { RenderedTemplate, RenderedText } from './render.js';

type Schemas = components['schemas'];

/** A template as of one of its versions. */
export type TemplateState = Pick<TemplateRow, 'id' | 'name' | 'language' | 'created_at'> &
  Pick<TemplateVersionRow, 'version' | 'category' | 'body' | 'header' | 'footer' | 'buttons' | 'variables'> & { updated_at: Date };

function presentHeader(header: TemplateVersionRow['header']): Schemas['TemplateHeader'] | null {
  if (header === null) return null;
  if (header.type === 'text') return { type: 'text', text: header.text, media: null };
  const { media_id, mime_type, size, filename } = header.media;
  return { type: header.type, text: null, media: { media_id, mime_type, size, filename } };
}

function presentButton(button: Schemas['TemplateButton']): Schemas['TemplateButton'] {
  if (button.type === 'url') return { type: 'url', text: button.text, url: button.url! };
  if (button.type === 'phone_number') return { type: 'phone_number', text: button.text, phone_number: button.phone_number! };
  return { type: 'quick_reply', text: button.text };
}

export function presentTemplate(state: TemplateState): Schemas['Template'] {
  return {
    id: state.id,
    object: 'template',
    name: state.name,
    language: state.language,
    category: state.category,
    version: state.version,
    body: state.body,
    header: presentHeader(state.header),
    footer: state.footer,
    buttons: state.buttons.map(presentButton),
    variables: state.variables,
    created_at: state.created_at.toISOString(),
    updated_at: state.updated_at.toISOString(),
  };
}

/** A rendering of a stored version, or (`template` null) of a preview, whose media header may not be fetched. */
export function presentRendering(
  template: { id: string; version: number } | null,
  rendered: RenderedText & Partial<Pick<RenderedTemplate, 'content'>>,
): Schemas['TemplateRendering'] {
  return {
    object: 'template_rendering',
    template: template && { id: template.id, version: template.version },
    type: rendered.type,
    variables: rendered.variables,
    rendered_text: rendered.text,
    ...(rendered.content ? { [rendered.type]: rendered.content } : {}),
  };
}
