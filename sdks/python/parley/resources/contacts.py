# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Any, Dict, List, Mapping, Optional, Union

from .._client import APIResource, path_param
from .._options import NOT_GIVEN, NotGiven, RequestOptions
from .._files import FileInput, json_or_multipart_body
from .._pagination import Page
from .._response import APIResponse
from ..types import ConnectionId, Contact, ContactAttributes, ContactCheck, ContactId, ContactImport, ContactName, ContactTag, ContactTags, DeletedContact, PhoneNumber


class Contacts(APIResource):
    """Whether phone numbers are on WhatsApp, asked through one of your connected numbers. WhatsApp watches for
    mass lookups and bans numbers that make them, so checks are batched and each connection has an hourly
    budget of numbers (set by the platform operator; at least 100).
    """

    def check(
        self,
        *,
        connection_id: ConnectionId,
        phone_numbers: List[str],
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> ContactCheck:
        """Check which numbers are on WhatsApp

        Asks WhatsApp, through the given connection (it must be `connected`), which of up to 100 numbers have
        WhatsApp. Each number is answered in the order given: `on_whatsapp` (with its WhatsApp id),
        `not_on_whatsapp`, or `invalid` (not a phone number; not sent to WhatsApp and not counted). Duplicates
        (in any spelling) are checked and counted once. Each distinct valid number counts against the
        connection's hourly budget; a request that would exceed it is refused whole, at no cost, with 429
        `rate_limited` and `Retry-After`. 503 `whatsapp_lookup_failed` means WhatsApp did not answer; retry. In
        test mode the sandbox answers: every valid number is on WhatsApp except `+14155550101`.
        """
        return self._request(
            "post",
            "/v1/contacts/check",
            body={"connection_id": connection_id, "phone_numbers": phone_numbers},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        tag: Union[ContactTag, NotGiven] = NOT_GIVEN,
        phone_number: Union[PhoneNumber, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Page[Contact]:
        """List contacts

        Newest first. `tag` keeps the contacts that carry that tag; `phone_number` (any common spelling) finds
        one number's contact.
        """
        return self._request_page(
            "get",
            "/v1/contacts",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before, "tag": tag, "phone_number": phone_number},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def create(
        self,
        *,
        phone_number: PhoneNumber,
        name: Union[ContactName, NotGiven] = NOT_GIVEN,
        attributes: Union[ContactAttributes, NotGiven] = NOT_GIVEN,
        tags: Union[ContactTags, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Contact:
        """Create a contact

        An account (per mode) holds each phone number once, in E.164 form, whatever its spelling. Creating a
        number that is already a contact answers 409 `contact_exists`, whose `param` is `phone_number` and whose
        message names the existing contact's id: update that one (PATCH) or use the import, which upserts.
        """
        return self._request(
            "post",
            "/v1/contacts",
            body={"phone_number": phone_number, "name": name, "attributes": attributes, "tags": tags},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def import_(
        self,
        file: Optional[FileInput] = None,
        *,
        contacts: Union[List[Dict[str, Any]], NotGiven] = NOT_GIVEN,
        filename: Optional[str] = None,
        content_type: Optional[str] = None,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> ContactImport:
        """Import contacts from CSV or JSON

        Upserts many contacts at once, in one transaction: valid rows are created or updated, each invalid row is
        reported in `invalid` with its reason, and the rest still go in. Importing the same file again changes
        nothing (every row counts as `unchanged` and no `updated_at` moves).

        **JSON** (`Content-Type: application/json`): `{"contacts": [...]}`, each item like a create request.
        **CSV** (`multipart/form-data` with one file part named `file`, e.g. `curl -F file=@contacts.csv`):
        UTF-8 (a byte order mark is ignored; any other encoding is refused whole with 400 `csv_encoding_invalid`),
        comma-separated, with a header row. Header names are matched case-insensitively: the phone column is
        `phone_number` or `phone` (required: 400 `csv_phone_column_missing`), `name` is the name, `tags` holds
        tags separated by `;` (or `|`), and every other column becomes an attribute named by its header. Empty
        lines are skipped; a file that is not well-formed CSV (an unclosed quote) or that holds a NUL character
        (U+0000) is refused whole with 400 `csv_malformed` naming its line; a repeated or empty header name with
        400 `csv_header_invalid`.

        A row sets only what it carries: an empty cell (or an absent field) leaves that field of an existing
        contact as it is; attributes are merged into the existing ones; `tags`, when given, replace them.
        Within one import a phone number counts once: its first row wins and a later row with the same number
        (in any spelling) is reported as `duplicate_phone_number`.

        Limits: at most 100,000 rows (400 `import_too_many_rows`, nothing imported) and, for a CSV, 20 MB
        (413 `body_too_large`); a JSON body is bounded by the server's `MAX_BODY_BYTES` (1 MB by default), so
        send large imports as CSV. An import's `Idempotency-Key` is matched by the key alone for a CSV upload.
        """
        return self._request(
            "post",
            "/v1/contacts/import",
            body=json_or_multipart_body("file", file, {"contacts": contacts}, filename, content_type),
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def retrieve(
        self,
        id: ContactId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Contact:
        """Retrieve a contact"""
        return self._request(
            "get",
            f"/v1/contacts/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def update(
        self,
        id: ContactId,
        *,
        phone_number: Union[PhoneNumber, NotGiven] = NOT_GIVEN,
        name: Union[Optional[ContactName], NotGiven] = NOT_GIVEN,
        attributes: Union[Dict[str, Optional[str]], NotGiven] = NOT_GIVEN,
        tags: Union[ContactTags, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Contact:
        """Update a contact

        Changes only the fields given. `attributes` are merged like Stripe metadata: a key given with a string
        sets it, a key given as `null` (or `""`) removes it, keys not given stay. `tags` replace the contact's
        tags. `name: null` clears the name. A new `phone_number` that another contact already has answers 409
        `contact_exists`. `updated_at` moves only when something changed.
        """
        return self._request(
            "patch",
            f"/v1/contacts/{path_param(id)}",
            body={"phone_number": phone_number, "name": name, "attributes": attributes, "tags": tags},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def delete(
        self,
        id: ContactId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> DeletedContact:
        """Delete a contact

        The number may be added again later, as a new contact.
        """
        return self._request(
            "delete",
            f"/v1/contacts/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )


class ContactsWithRawResponse(APIResource):
    """`Contacts` answering `APIResponse` objects: the data with the status, headers and request id."""

    _raw = True

    def check(
        self,
        *,
        connection_id: ConnectionId,
        phone_numbers: List[str],
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[ContactCheck]:
        """`Contacts.check` with the whole answer."""
        return self._request(
            "post",
            "/v1/contacts/check",
            body={"connection_id": connection_id, "phone_numbers": phone_numbers},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        tag: Union[ContactTag, NotGiven] = NOT_GIVEN,
        phone_number: Union[PhoneNumber, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Page[Contact]]:
        """`Contacts.list` with the whole answer."""
        return self._request_page(
            "get",
            "/v1/contacts",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before, "tag": tag, "phone_number": phone_number},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def create(
        self,
        *,
        phone_number: PhoneNumber,
        name: Union[ContactName, NotGiven] = NOT_GIVEN,
        attributes: Union[ContactAttributes, NotGiven] = NOT_GIVEN,
        tags: Union[ContactTags, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Contact]:
        """`Contacts.create` with the whole answer."""
        return self._request(
            "post",
            "/v1/contacts",
            body={"phone_number": phone_number, "name": name, "attributes": attributes, "tags": tags},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def import_(
        self,
        file: Optional[FileInput] = None,
        *,
        contacts: Union[List[Dict[str, Any]], NotGiven] = NOT_GIVEN,
        filename: Optional[str] = None,
        content_type: Optional[str] = None,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[ContactImport]:
        """`Contacts.import_` with the whole answer."""
        return self._request(
            "post",
            "/v1/contacts/import",
            body=json_or_multipart_body("file", file, {"contacts": contacts}, filename, content_type),
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def retrieve(
        self,
        id: ContactId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Contact]:
        """`Contacts.retrieve` with the whole answer."""
        return self._request(
            "get",
            f"/v1/contacts/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def update(
        self,
        id: ContactId,
        *,
        phone_number: Union[PhoneNumber, NotGiven] = NOT_GIVEN,
        name: Union[Optional[ContactName], NotGiven] = NOT_GIVEN,
        attributes: Union[Dict[str, Optional[str]], NotGiven] = NOT_GIVEN,
        tags: Union[ContactTags, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Contact]:
        """`Contacts.update` with the whole answer."""
        return self._request(
            "patch",
            f"/v1/contacts/{path_param(id)}",
            body={"phone_number": phone_number, "name": name, "attributes": attributes, "tags": tags},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def delete(
        self,
        id: ContactId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[DeletedContact]:
        """`Contacts.delete` with the whole answer."""
        return self._request(
            "delete",
            f"/v1/contacts/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )
