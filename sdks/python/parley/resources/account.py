# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Mapping, Optional, Union

from .._client import APIResource, path_param
from .._options import NOT_GIVEN, NotGiven, RequestOptions
from .._files import Download
from .._pagination import Page
from .._response import APIResponse
from ..types import AccountErasure, AccountExport, CurrentAccount


class AccountResource(APIResource):
    """The account a credential belongs to, with its plan and the credential's mode."""

    def retrieve(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> CurrentAccount:
        """The calling account

        The account the credential belongs to: its plan, the limits in force (its own, where the platform operator
        set one, else its plan's), the current billing period, and the mode of the calling credential.
        """
        return self._request(
            "get",
            "/v1/account",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def update(
        self,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        require_owner_two_factor: Union[bool, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> CurrentAccount:
        """Change the account's name or security settings

        Owners only. `require_owner_two_factor: true` makes every owner use two-factor authentication: an owner
        without it can then only turn it on (`403 two_factor_required` for anything else). Turning it on needs
        the calling owner to have it on already (`409 two_factor_required`), so no one is locked out.
        """
        return self._request(
            "patch",
            "/v1/account",
            body={"name": name, "require_owner_two_factor": require_owner_two_factor},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def erase(
        self,
        *,
        password: str,
        otp: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> AccountErasure:
        """Erase the account

        Erases the account and everything in it, for good. Owners only, from a console session, and only with
        the owner's password (and a current two-factor code, or a recovery code, when two-factor
        authentication is on): `401 invalid_credentials` / `otp_invalid` otherwise, and nothing changes.

        At once, in this request: every API key and session of the account stops working, pending invitations
        are revoked, the members lose access (their other accounts are untouched), and the session that asked
        is signed out. Then Parley's workers, within an hour (usually within a minute): log every connection
        out of WhatsApp (the phone shows the device as unlinked) and delete it; cancel the Stripe subscription,
        invoicing what is due; delete the account's files (media and exports) and every row of its data,
        both modes: contacts, chats, messages, templates, jobs, webhooks and their deliveries, events, usage,
        audit log, members and keys; and delete the users who belonged to no other account (platform admins stay).

        What remains is this erasure's record, which billing law requires and which says the erasure was asked
        for and done: the account's id, its plan, its Stripe customer and subscription ids (the invoices stay
        in Stripe), who asked and from where, and when it was done. An account whose erasure is pending is
        `409 erasure_pending` here.
        """
        return self._request(
            "delete",
            "/v1/account",
            body={"password": password, "otp": otp},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def list_exports(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Page[AccountExport]:
        """List the account's exports

        The account's exports, newest first, in every status. Owners and admins.
        """
        return self._request_page(
            "get",
            "/v1/account/exports",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def create_export(
        self,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> AccountExport:
        """Export the account's data

        Starts building an archive of the account's data, both modes, in the background: a `.tar.gz` of JSON
        Lines files, one object per line, each in the shape the API returns it (see `AccountExport` for the
        files). When it is ready, `status` becomes `ready`, `account.export_ready` is written (in the mode of
        the request) and `GET /v1/account/exports/{id}/download` serves the archive until `expires_at`
        (`EXPORT_TTL_HOURS`, 72 by default); then it is deleted. One export is built at a time: `409
        export_in_progress` while another is pending, with its id in the message. Owners and admins.
        """
        return self._request(
            "post",
            "/v1/account/exports",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def retrieve_export(
        self,
        id: str,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> AccountExport:
        """Retrieve an export

        An export and its status; once ready, its files and their record counts. Owners and admins.
        """
        return self._request(
            "get",
            f"/v1/account/exports/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def download_export(
        self,
        id: str,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Download:
        """Download an export

        The archive (`application/gzip`, a tar of the JSON Lines files), until the export's `expires_at`. `409
        export_not_ready` while it is being built, `410 export_expired` after. Its SHA-256 is the export's
        `sha256`. Owners and admins.
        """
        return self._request(
            "get",
            f"/v1/account/exports/{path_param(id)}/download",
            parse="download",
            accept="application/gzip",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )


class AccountResourceWithRawResponse(APIResource):
    """`AccountResource` answering `APIResponse` objects: the data with the status, headers and request id."""

    _raw = True

    def retrieve(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[CurrentAccount]:
        """`AccountResource.retrieve` with the whole answer."""
        return self._request(
            "get",
            "/v1/account",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def update(
        self,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        require_owner_two_factor: Union[bool, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[CurrentAccount]:
        """`AccountResource.update` with the whole answer."""
        return self._request(
            "patch",
            "/v1/account",
            body={"name": name, "require_owner_two_factor": require_owner_two_factor},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def erase(
        self,
        *,
        password: str,
        otp: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[AccountErasure]:
        """`AccountResource.erase` with the whole answer."""
        return self._request(
            "delete",
            "/v1/account",
            body={"password": password, "otp": otp},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def list_exports(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Page[AccountExport]]:
        """`AccountResource.list_exports` with the whole answer."""
        return self._request_page(
            "get",
            "/v1/account/exports",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def create_export(
        self,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[AccountExport]:
        """`AccountResource.create_export` with the whole answer."""
        return self._request(
            "post",
            "/v1/account/exports",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def retrieve_export(
        self,
        id: str,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[AccountExport]:
        """`AccountResource.retrieve_export` with the whole answer."""
        return self._request(
            "get",
            f"/v1/account/exports/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def download_export(
        self,
        id: str,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Download]:
        """`AccountResource.download_export` with the whole answer."""
        return self._request(
            "get",
            f"/v1/account/exports/{path_param(id)}/download",
            parse="download",
            accept="application/gzip",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )
