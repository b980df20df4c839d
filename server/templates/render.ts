import type { components } from '../generated/openapi.js';
import { invalidRequest } from '../platform/http/errors.js';
import { mediaInfo } from '../messages/content.js';
import type { TemplateContent } from './models.js';
import { fill, parseTemplateText, variablesOf, type Segment } from './syntax.js';

type Schemas = components['schemas'];
export type TemplateVariables = Schemas['TemplateVariables'];

export const MAX_VARIABLES = 100;
/** WhatsApp's limits for a text message and for a caption. */
const MAX_TEXT = 4096;
const MAX_CAPTION = 1024;

/** What a template renders to: the message type and content a send stores, and the text the person reads. */
export interface RenderedTemplate extends RenderedText {
  content: Schemas['TextContent'] | Schemas['MediaInfo'];
  mediaId: string | null;
}

/** The text alone and the message type it makes, for a preview whose header file is not fetched yet. */
export interface RenderedText {
  type: 'text' | 'image' | 'video' | 'document';
  text: string;
  /** The variables the template uses, in order of first use. */
  variables: string[];
}

/** A template's parts as the text rendering needs them: a media header's file plays no part in the text. */
export type TemplateTextContent = Omit<TemplateContent, 'header'> & {
  header: { type: 'text'; text: string } | { type: 'image' | 'video' | 'document' } | null;
};

export interface RenderOptions {
  /** A preview while writing: a variable without a value renders as `{{name}}`, and unused values are ignored. */
  placeholders?: boolean;
}

interface ParsedTemplate {
  header: Segment[] | null;
  body: Segment[];
  buttons: Array<{ button: Schemas['TemplateButton']; text: Segment[]; url: Segment[] | null }>;
  footer: Segment[] | null;
  /** In order of first use, as rendered. */
  variables: string[];
}

/** Parses every part that may hold variables; throws `template_syntax_invalid` naming the part and position. */
function parse(content: TemplateTextContent): ParsedTemplate {
  const header = content.header?.type === 'text' ? parseTemplateText(content.header.text, 'header.text') : null;
  const body = parseTemplateText(content.body, 'body');
  const buttons = content.buttons.map((button, i) => ({
    button,
    text: parseTemplateText(button.text, `buttons[${i}].text`),
    url: button.type === 'url' && button.url !== undefined ? parseTemplateText(button.url, `buttons[${i}].url`) : null,
  }));
  const footer = content.footer === null ? null : parseTemplateText(content.footer, 'footer');
  const used = [header ?? [], body, ...buttons.flatMap((b) => [b.text, b.url ?? []]), footer ?? []].flatMap(variablesOf);
  return { header, body, buttons, footer, variables: [...new Set(used)] };
}

/** The variables a template uses, checking its syntax and the variable limit: what saving a version runs. */
export function templateVariables(content: TemplateTextContent): string[] {
  const { variables } = parse(content);
  if (variables.length > MAX_VARIABLES) {
    throw invalidRequest('template_too_many_variables', `A template may use at most ${MAX_VARIABLES} variables; this one uses ${variables.length}.`, 'body');
  }
  return variables;
}

function valuesFor(declared: string[], given: TemplateVariables, options: RenderOptions): Map<string, string> {
  if (options.placeholders) return new Map(declared.map((name) => [name, given[name] === undefined ? `{{${name}}}` : String(given[name])]));
  const missing = declared.filter((name) => given[name] === undefined);
  const unknown = Object.keys(given).filter((name) => !declared.includes(name));
  const list = (names: string[]) => names.map((name) => `'${name}'`).join(', ');
  if (missing.length > 0) {
    const also = unknown.length > 0 ? `; not used by the template: ${list(unknown)}` : '';
    throw invalidRequest('template_variables_missing', `Missing template variable${missing.length > 1 ? 's' : ''}: ${list(missing)}${also}.`, 'variables');
  }
  if (unknown.length > 0) {
    throw invalidRequest(
      'template_variables_unknown',
      `The template does not use ${list(unknown)}; its variables are ${declared.length > 0 ? list(declared) : 'none'}.`,
      'variables',
    );
  }
  return new Map(declared.map((name) => [name, String(given[name])]));
}

/** WhatsApp Web shows no native buttons, so each becomes a line the person can act on by hand. */
function buttonLine(button: Schemas['TemplateButton'], text: string, url: string | null): string {
  if (button.type === 'quick_reply') return `• ${text}`;
  return `${text}: ${button.type === 'url' ? url : button.phone_number}`;
}

/**
 * The message a template version sends with these variables: the one rendering used by the render endpoint,
 * by sends and by bulk jobs. Throws typed 400s for missing or unknown variables and for a result WhatsApp
 * would refuse as too long.
 */
export function renderTemplate(content: TemplateContent, variables: TemplateVariables, options: RenderOptions = {}): RenderedTemplate {
  const rendered = renderTemplateText(content, variables, options);
  const header = content.header;
  if (!header || header.type === 'text') return { ...rendered, content: { body: rendered.text }, mediaId: null };
  const { media } = header;
  return {
    ...rendered,
    content: mediaInfo(header.type, { id: media.media_id, mime_type: media.mime_type, size: media.size, filename: media.filename }, { caption: rendered.text }),
    mediaId: media.media_id,
  };
}

/** The text and message type alone: what `renderTemplate` builds its message from, with the same refusals. */
export function renderTemplateText(content: TemplateTextContent, variables: TemplateVariables, options: RenderOptions = {}): RenderedText {
  const parsed = parse(content);
  const values = valuesFor(parsed.variables, variables, options);
  const blocks: string[] = [];
  if (parsed.header) blocks.push(`*${fill(parsed.header, values)}*`);
  blocks.push(fill(parsed.body, values));
  if (parsed.buttons.length > 0) {
    blocks.push(parsed.buttons.map(({ button, text, url }) => buttonLine(button, fill(text, values), url && fill(url, values))).join('\n'));
  }
  if (parsed.footer) blocks.push(`_${fill(parsed.footer, values)}_`);
  const text = blocks.join('\n\n');

  if (text.trim() === '') throw invalidRequest('template_rendered_empty', 'The rendered message is empty; give the variables some text.', 'variables');
  const header = content.header;
  const limit = header && header.type !== 'text' ? MAX_CAPTION : MAX_TEXT;
  if (text.length > limit) {
    throw invalidRequest(
      'template_rendered_too_long',
      `The rendered ${limit === MAX_CAPTION ? 'caption' : 'text'} is ${text.length} characters; WhatsApp takes at most ${limit}. Shorten the variables' values.`,
      'variables',
    );
  }
  return { type: !header || header.type === 'text' ? 'text' : header.type, text, variables: parsed.variables };
}
