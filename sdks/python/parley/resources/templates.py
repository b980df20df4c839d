# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Mapping, Optional, Union

from .._client import APIResource, path_param
from .._options import NOT_GIVEN, NotGiven, RequestOptions
from .._pagination import Page
from .._response import APIResponse
from ..types import DeletedTemplate, Template, TemplateBody, TemplateButtons, TemplateCategory, TemplateFooter, TemplateHeaderInput, TemplateId, TemplateLanguage, TemplateName, TemplateRendering, TemplateVariables


class Templates(APIResource):
    """Reusable messages with `{{variables}}`, per account and mode, unique by `name` and `language` among
    templates that are not deleted. A template has a `body` and optionally a `header` (text, or an image, video
    or document), a `footer` and `buttons`. Every change through PATCH stores a new immutable version
    (`version` 1, 2, ...); a message sent from a template records the version it used (`template` on the
    message), and `GET /v1/templates/{id}/versions/{version}` shows that version's content. Deleting a template
    hides it and frees its name and language; messages keep pointing at their version.

    **Variables.** `{{name}}`, where the name is a letter or `_` followed by letters, digits or `_` (at most 64
    characters); spaces inside the braces are allowed (`{{ name }}` is `name`). A template declares the
    variables it uses in its header text, body, footer and buttons (`variables`, in order of first use). A
    `{{` without its `}}`, a `}}` without its `{{`, or a bad name inside braces is refused with
    `400 template_syntax_invalid` naming the field and the position (1-based character offset). Single braces
    are ordinary text. A template uses at most 100 distinct variables (`400 template_too_many_variables`).

    **Rendering** (`POST /v1/templates/{id}/render`, and sends that name a template) replaces every variable
    with its value, as given (numbers are written in decimal). Every declared variable needs a value, and no
    other may be given: `400 template_variables_missing` names the missing ones (and any unknown ones),
    `400 template_variables_unknown` names values the template does not use. WhatsApp Web has no native
    template headers, footers or buttons, so Parley writes them into the text, separated by blank lines:

    ```
    *Header text*

    Body

    • Quick reply
    Button label: https://example.com/url
    Button label: +14155550100

    _Footer_
    ```

    A text header is bold on the first line; the footer is italic on the last; quick replies are bullet
    lines (the person types the reply), URL and phone buttons are `label: target` lines. A template with a
    media header renders to that media message (`image`, `video` or `document`) with the text above, minus
    the header line, as its caption (at most 1,024 characters); otherwise to a `text` message (at most
    4,096 characters). A longer result is refused with `400 template_rendered_too_long`.

    **Previewing** (`POST /v1/templates/preview`) renders a definition that is not saved yet, with the same
    rules and refusals, and stores nothing: check a template before creating it, or show it while it is
    being written (`placeholders: true` writes each variable without a value as `{{name}}`).
    """

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        name: Union[TemplateName, NotGiven] = NOT_GIVEN,
        language: Union[TemplateLanguage, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Page[Template]:
        """List templates

        The templates of the calling mode (not deleted), newest first, each at its current version.
        """
        return self._request_page(
            "get",
            "/v1/templates",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before, "name": name, "language": language},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def create(
        self,
        *,
        name: TemplateName,
        language: TemplateLanguage,
        category: TemplateCategory,
        body: TemplateBody,
        header: Union[TemplateHeaderInput, NotGiven] = NOT_GIVEN,
        footer: Union[TemplateFooter, NotGiven] = NOT_GIVEN,
        buttons: Union[TemplateButtons, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Template:
        """Create a template

        Stores version 1. `name` and `language` identify the template in sends and cannot change later; another
        template of this mode with the same pair answers `409 template_already_exists`. A media header takes
        exactly one of `media_id` (an upload) or `url` (fetched now, like a message's media URL); its file is
        checked against the header type's limits. Bad braces answer `400 template_syntax_invalid`; nothing is
        stored then.
        """
        return self._request(
            "post",
            "/v1/templates",
            body={"name": name, "language": language, "category": category, "body": body, "header": header, "footer": footer, "buttons": buttons},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def preview(
        self,
        *,
        body: TemplateBody,
        name: Union[TemplateName, NotGiven] = NOT_GIVEN,
        language: Union[TemplateLanguage, NotGiven] = NOT_GIVEN,
        category: Union[TemplateCategory, NotGiven] = NOT_GIVEN,
        header: Union[TemplateHeaderInput, NotGiven] = NOT_GIVEN,
        footer: Union[TemplateFooter, NotGiven] = NOT_GIVEN,
        buttons: Union[TemplateButtons, NotGiven] = NOT_GIVEN,
        variables: Union[TemplateVariables, NotGiven] = NOT_GIVEN,
        placeholders: Union[bool, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> TemplateRendering:
        """Preview a template before saving it

        Renders a template definition that is not saved, exactly as `POST /v1/templates/{id}/render` renders a
        saved one: the same `TemplateRendering` (with `template: null`) and the same refusals. Takes the body of
        `POST /v1/templates` (`body` is the only required field: `name`, `language` and `category` change
        nothing in the rendering and are checked only when given) plus `variables`. Bad braces answer
        `400 template_syntax_invalid` with the field and position, as creating would; missing or unknown values
        `400 template_variables_missing` / `template_variables_unknown`; a result WhatsApp would refuse
        `400 template_rendered_too_long`.

        Stores nothing and fetches nothing: it does not check that the name is free, a header `media_id` is
        looked up and checked like on create, and a header `url` is not fetched (the answer then has the
        header's `type` and `rendered_text`, the caption, but no content object). Repeating it is harmless, so
        unlike other POSTs it takes no `Idempotency-Key` and the SDKs send none: a preview on every keystroke
        leaves no stored reply behind.

        With `placeholders: true`, a variable without a value renders as its own `{{name}}` and values the
        definition does not use are ignored, so a definition can be previewed while it is being written;
        `variables` in the answer lists what it uses (the console's live preview works this way).
        """
        return self._request(
            "post",
            "/v1/templates/preview",
            body={"body": body, "name": name, "language": language, "category": category, "header": header, "footer": footer, "buttons": buttons, "variables": variables, "placeholders": placeholders},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def retrieve(
        self,
        id: TemplateId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Template:
        """Retrieve a template

        At its current version.
        """
        return self._request(
            "get",
            f"/v1/templates/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def update(
        self,
        id: TemplateId,
        *,
        category: Union[TemplateCategory, NotGiven] = NOT_GIVEN,
        body: Union[TemplateBody, NotGiven] = NOT_GIVEN,
        header: Union[Optional[TemplateHeaderInput], NotGiven] = NOT_GIVEN,
        footer: Union[Optional[TemplateFooter], NotGiven] = NOT_GIVEN,
        buttons: Union[TemplateButtons, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Template:
        """Edit a template

        Stores a new version from the current one with the given fields replaced (`null` removes a header or
        footer; `buttons: []` removes the buttons), checked like a new template. Messages already sent keep the
        version they used. An edit that changes nothing stores no version and answers the template as it is.
        """
        return self._request(
            "patch",
            f"/v1/templates/{path_param(id)}",
            body={"category": category, "body": body, "header": header, "footer": footer, "buttons": buttons},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def delete(
        self,
        id: TemplateId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> DeletedTemplate:
        """Delete a template

        The template can no longer be read, rendered or sent (404), and its name and language are free again.
        Its versions are kept for the messages that used them.
        """
        return self._request(
            "delete",
            f"/v1/templates/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def retrieve_version(
        self,
        id: TemplateId,
        version: int,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Template:
        """Retrieve one version of a template

        The template as it was at that version (`updated_at` is when the version was stored).
        """
        return self._request(
            "get",
            f"/v1/templates/{path_param(id)}/versions/{path_param(version)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def render(
        self,
        id: TemplateId,
        *,
        variables: Union[TemplateVariables, NotGiven] = NOT_GIVEN,
        version: Union[int, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> TemplateRendering:
        """Render a template

        The exact message a send with these variables would queue: its `type`, its content object (as on a
        Message) and `rendered_text`, the text the person reads (the body of a text message, or the caption of a
        media one). Renders the current version unless `version` names another. Stores nothing.
        """
        return self._request(
            "post",
            f"/v1/templates/{path_param(id)}/render",
            body={"variables": variables, "version": version},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )


class TemplatesWithRawResponse(APIResource):
    """`Templates` answering `APIResponse` objects: the data with the status, headers and request id."""

    _raw = True

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        name: Union[TemplateName, NotGiven] = NOT_GIVEN,
        language: Union[TemplateLanguage, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Page[Template]]:
        """`Templates.list` with the whole answer."""
        return self._request_page(
            "get",
            "/v1/templates",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before, "name": name, "language": language},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def create(
        self,
        *,
        name: TemplateName,
        language: TemplateLanguage,
        category: TemplateCategory,
        body: TemplateBody,
        header: Union[TemplateHeaderInput, NotGiven] = NOT_GIVEN,
        footer: Union[TemplateFooter, NotGiven] = NOT_GIVEN,
        buttons: Union[TemplateButtons, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Template]:
        """`Templates.create` with the whole answer."""
        return self._request(
            "post",
            "/v1/templates",
            body={"name": name, "language": language, "category": category, "body": body, "header": header, "footer": footer, "buttons": buttons},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def preview(
        self,
        *,
        body: TemplateBody,
        name: Union[TemplateName, NotGiven] = NOT_GIVEN,
        language: Union[TemplateLanguage, NotGiven] = NOT_GIVEN,
        category: Union[TemplateCategory, NotGiven] = NOT_GIVEN,
        header: Union[TemplateHeaderInput, NotGiven] = NOT_GIVEN,
        footer: Union[TemplateFooter, NotGiven] = NOT_GIVEN,
        buttons: Union[TemplateButtons, NotGiven] = NOT_GIVEN,
        variables: Union[TemplateVariables, NotGiven] = NOT_GIVEN,
        placeholders: Union[bool, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[TemplateRendering]:
        """`Templates.preview` with the whole answer."""
        return self._request(
            "post",
            "/v1/templates/preview",
            body={"body": body, "name": name, "language": language, "category": category, "header": header, "footer": footer, "buttons": buttons, "variables": variables, "placeholders": placeholders},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def retrieve(
        self,
        id: TemplateId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Template]:
        """`Templates.retrieve` with the whole answer."""
        return self._request(
            "get",
            f"/v1/templates/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def update(
        self,
        id: TemplateId,
        *,
        category: Union[TemplateCategory, NotGiven] = NOT_GIVEN,
        body: Union[TemplateBody, NotGiven] = NOT_GIVEN,
        header: Union[Optional[TemplateHeaderInput], NotGiven] = NOT_GIVEN,
        footer: Union[Optional[TemplateFooter], NotGiven] = NOT_GIVEN,
        buttons: Union[TemplateButtons, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Template]:
        """`Templates.update` with the whole answer."""
        return self._request(
            "patch",
            f"/v1/templates/{path_param(id)}",
            body={"category": category, "body": body, "header": header, "footer": footer, "buttons": buttons},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def delete(
        self,
        id: TemplateId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[DeletedTemplate]:
        """`Templates.delete` with the whole answer."""
        return self._request(
            "delete",
            f"/v1/templates/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def retrieve_version(
        self,
        id: TemplateId,
        version: int,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Template]:
        """`Templates.retrieve_version` with the whole answer."""
        return self._request(
            "get",
            f"/v1/templates/{path_param(id)}/versions/{path_param(version)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def render(
        self,
        id: TemplateId,
        *,
        variables: Union[TemplateVariables, NotGiven] = NOT_GIVEN,
        version: Union[int, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[TemplateRendering]:
        """`Templates.render` with the whole answer."""
        return self._request(
            "post",
            f"/v1/templates/{path_param(id)}/render",
            body={"variables": variables, "version": version},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )
