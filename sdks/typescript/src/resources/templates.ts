// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseJson, pathParam } from '../core/index.js';
import type { APIPromise, PagePromise, RequestOptions } from '../core/index.js';
import type { CreateTemplateRequest, DeletedTemplate, PreviewTemplateRequest, RenderTemplateRequest, Template, TemplateId, TemplateLanguage, TemplateName, TemplateRendering, UpdateTemplateRequest } from '../types.js';

/**
 * Reusable messages with `{{variables}}`, per account and mode, unique by `name` and `language` among
 * templates that are not deleted. A template has a `body` and optionally a `header` (text, or an image, video
 * or document), a `footer` and `buttons`. Every change through PATCH stores a new immutable version
 * (`version` 1, 2, ...); a message sent from a template records the version it used (`template` on the
 * message), and `GET /v1/templates/{id}/versions/{version}` shows that version's content. Deleting a template
 * hides it and frees its name and language; messages keep pointing at their version.
 *
 * **Variables.** `{{name}}`, where the name is a letter or `_` followed by letters, digits or `_` (at most 64
 * characters); spaces inside the braces are allowed (`{{ name }}` is `name`). A template declares the
 * variables it uses in its header text, body, footer and buttons (`variables`, in order of first use). A
 * `{{` without its `}}`, a `}}` without its `{{`, or a bad name inside braces is refused with
 * `400 template_syntax_invalid` naming the field and the position (1-based character offset). Single braces
 * are ordinary text. A template uses at most 100 distinct variables (`400 template_too_many_variables`).
 *
 * **Rendering** (`POST /v1/templates/{id}/render`, and sends that name a template) replaces every variable
 * with its value, as given (numbers are written in decimal). Every declared variable needs a value, and no
 * other may be given: `400 template_variables_missing` names the missing ones (and any unknown ones),
 * `400 template_variables_unknown` names values the template does not use. WhatsApp Web has no native
 * template headers, footers or buttons, so Parley writes them into the text, separated by blank lines:
 *
 * ```
 * *Header text*
 *
 * Body
 *
 * • Quick reply
 * Button label: https://example.com/url
 * Button label: +14155550100
 *
 * _Footer_
 * ```
 *
 * A text header is bold on the first line; the footer is italic on the last; quick replies are bullet
 * lines (the person types the reply), URL and phone buttons are `label: target` lines. A template with a
 * media header renders to that media message (`image`, `video` or `document`) with the text above, minus
 * the header line, as its caption (at most 1,024 characters); otherwise to a `text` message (at most
 * 4,096 characters). A longer result is refused with `400 template_rendered_too_long`.
 *
 * **Previewing** (`POST /v1/templates/preview`) renders a definition that is not saved yet, with the same
 * rules and refusals, and stores nothing: check a template before creating it, or show it while it is
 * being written (`placeholders: true` writes each variable without a value as `{{name}}`).
 */
export class Templates extends APIResource {
  /**
   * List templates
   *
   * The templates of the calling mode (not deleted), newest first, each at its current version.
   */
  list(query: TemplatesListParams = {}, options?: RequestOptions): PagePromise<Template> {
    return this._client.requestPage<Template>({ method: 'get', path: '/v1/templates', query }, options);
  }

  /**
   * Create a template
   *
   * Stores version 1. `name` and `language` identify the template in sends and cannot change later; another
   * template of this mode with the same pair answers `409 template_already_exists`. A media header takes
   * exactly one of `media_id` (an upload) or `url` (fetched now, like a message's media URL); its file is
   * checked against the header type's limits. Bad braces answer `400 template_syntax_invalid`; nothing is
   * stored then.
   */
  create(body: CreateTemplateRequest, options?: RequestOptions): APIPromise<Template> {
    return this._client.request({ method: 'post', path: '/v1/templates', idempotent: true, body }, options, parseJson<Template>);
  }

  /**
   * Preview a template before saving it
   *
   * Renders a template definition that is not saved, exactly as `POST /v1/templates/{id}/render` renders a
   * saved one: the same `TemplateRendering` (with `template: null`) and the same refusals. Takes the body of
   * `POST /v1/templates` (`body` is the only required field: `name`, `language` and `category` change
   * nothing in the rendering and are checked only when given) plus `variables`. Bad braces answer
   * `400 template_syntax_invalid` with the field and position, as creating would; missing or unknown values
   * `400 template_variables_missing` / `template_variables_unknown`; a result WhatsApp would refuse
   * `400 template_rendered_too_long`.
   *
   * Stores nothing and fetches nothing: it does not check that the name is free, a header `media_id` is
   * looked up and checked like on create, and a header `url` is not fetched (the answer then has the
   * header's `type` and `rendered_text`, the caption, but no content object). Repeating it is harmless, so
   * unlike other POSTs it takes no `Idempotency-Key` and the SDKs send none: a preview on every keystroke
   * leaves no stored reply behind.
   *
   * With `placeholders: true`, a variable without a value renders as its own `{{name}}` and values the
   * definition does not use are ignored, so a definition can be previewed while it is being written;
   * `variables` in the answer lists what it uses (the console's live preview works this way).
   */
  preview(body: PreviewTemplateRequest, options?: RequestOptions): APIPromise<TemplateRendering> {
    return this._client.request({ method: 'post', path: '/v1/templates/preview', body }, options, parseJson<TemplateRendering>);
  }

  /**
   * Retrieve a template
   *
   * At its current version.
   */
  retrieve(id: TemplateId, options?: RequestOptions): APIPromise<Template> {
    return this._client.request({ method: 'get', path: `/v1/templates/${pathParam(id)}` }, options, parseJson<Template>);
  }

  /**
   * Edit a template
   *
   * Stores a new version from the current one with the given fields replaced (`null` removes a header or
   * footer; `buttons: []` removes the buttons), checked like a new template. Messages already sent keep the
   * version they used. An edit that changes nothing stores no version and answers the template as it is.
   */
  update(id: TemplateId, body: UpdateTemplateRequest, options?: RequestOptions): APIPromise<Template> {
    return this._client.request({ method: 'patch', path: `/v1/templates/${pathParam(id)}`, body }, options, parseJson<Template>);
  }

  /**
   * Delete a template
   *
   * The template can no longer be read, rendered or sent (404), and its name and language are free again.
   * Its versions are kept for the messages that used them.
   */
  delete(id: TemplateId, options?: RequestOptions): APIPromise<DeletedTemplate> {
    return this._client.request({ method: 'delete', path: `/v1/templates/${pathParam(id)}` }, options, parseJson<DeletedTemplate>);
  }

  /**
   * Retrieve one version of a template
   *
   * The template as it was at that version (`updated_at` is when the version was stored).
   */
  retrieveVersion(id: TemplateId, version: number, options?: RequestOptions): APIPromise<Template> {
    return this._client.request({ method: 'get', path: `/v1/templates/${pathParam(id)}/versions/${pathParam(version)}` }, options, parseJson<Template>);
  }

  /**
   * Render a template
   *
   * The exact message a send with these variables would queue: its `type`, its content object (as on a
   * Message) and `rendered_text`, the text the person reads (the body of a text message, or the caption of a
   * media one). Renders the current version unless `version` names another. Stores nothing.
   */
  render(id: TemplateId, body?: RenderTemplateRequest, options?: RequestOptions): APIPromise<TemplateRendering> {
    return this._client.request({ method: 'post', path: `/v1/templates/${pathParam(id)}/render`, idempotent: true, body }, options, parseJson<TemplateRendering>);
  }
}

export type TemplatesListParams = {
  /**
   * How many objects to return, 1 to 100.
   * @default 10
   */
  limit?: number;
  /**
   * An object id; returns the page of objects that come after it (older).
   */
  starting_after?: string;
  /**
   * An object id; returns the page of objects that come before it (newer).
   */
  ending_before?: string;
  name?: TemplateName;
  language?: TemplateLanguage;
};
