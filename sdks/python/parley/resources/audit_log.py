# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Mapping, Optional, Union

from .._client import APIResource
from .._options import NOT_GIVEN, NotGiven, RequestOptions
from .._pagination import Page
from .._response import APIResponse
from ..types import AuditLogEntry


class AuditLog(APIResource):
    """The people of an account and their roles (owner, admin, developer, viewer; see `MemberRole`), and
    invitations by email. Every operation names the least role that may call it in `x-parley-role`; a call
    below it gets `403 insufficient_role`. API keys act as a developer, or as a viewer when `read_only`.
    """

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        actor: Union[str, NotGiven] = NOT_GIVEN,
        action: Union[str, NotGiven] = NOT_GIVEN,
        since: Union[str, NotGiven] = NOT_GIVEN,
        until: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Page[AuditLogEntry]:
        """The account's audit log

        Every change a member or key made to the account's setup, newest first: API keys, members, roles and
        invitations, connections (created, changed, restarted, logged out, deleted), webhook endpoints (and each
        time a signing secret was read or rotated), templates, usage alerts, billing, and the platform admin's
        changes to the account. Each entry has the actor (a user, an API key or the platform admin), the
        client's address and user agent, the request id, and the fields that changed, before and after;
        secrets never appear. The log is append-only: Parley's own database roles cannot change or delete an
        entry. Filters: `actor` (a user or key id), `action` (e.g. `api_key.created`), `since` and `until`.
        """
        return self._request_page(
            "get",
            "/v1/audit-log",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before, "actor": actor, "action": action, "since": since, "until": until},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )


class AuditLogWithRawResponse(APIResource):
    """`AuditLog` answering `APIResponse` objects: the data with the status, headers and request id."""

    _raw = True

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        actor: Union[str, NotGiven] = NOT_GIVEN,
        action: Union[str, NotGiven] = NOT_GIVEN,
        since: Union[str, NotGiven] = NOT_GIVEN,
        until: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Page[AuditLogEntry]]:
        """`AuditLog.list` with the whole answer."""
        return self._request_page(
            "get",
            "/v1/audit-log",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before, "actor": actor, "action": action, "since": since, "until": until},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )
