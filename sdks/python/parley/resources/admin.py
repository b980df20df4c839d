# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Literal, Mapping, Optional, Union

from .._client import APIResource, path_param
from .._options import NOT_GIVEN, NotGiven, RequestOptions
from .._pagination import Page
from .._response import APIResponse
from ..types import Account, AccountFeature, AccountFeatureList, AdminAccount, AdminUpdateAccountRequestLimits, FeatureName, PlatformAdmin, PlatformAdminList, PlatformAuditLogEntry, PlatformHealth, User


class Admin(APIResource):
    """Platform administration. Only platform admins may call these."""

    def list_accounts(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        query: Union[str, NotGiven] = NOT_GIVEN,
        plan: Union[str, NotGiven] = NOT_GIVEN,
        status: Union[Literal["active", "suspended"], NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Page[AdminAccount]:
        """List and search accounts

        Every tenant on this deployment, newest first, each with its owner, member count, plan, this period's
        messages against the limit, connections by status, last activity and latest suspension (see
        `AdminAccount`). `query` finds accounts whose name, any member's email or any connection's phone number
        contains it, ignoring case; a query written like a phone number (digits, `+`, spaces, dashes, dots and
        brackets) matches by its digits alone, so `+1 (202) 555` finds `+1202555...`. `plan` and `status` narrow
        the list. Platform admins only.
        """
        return self._request_page(
            "get",
            "/v1/admin/accounts",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before, "query": query, "plan": plan, "status": status},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def retrieve_account(
        self,
        id: str,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> AdminAccount:
        """One account in detail

        The account as `GET /v1/admin/accounts` lists it: owner, member count, plan and limits, this period's
        messages against the limit, connections by status, last activity and the latest suspension or
        unsuspension. Platform admins only.
        """
        return self._request(
            "get",
            f"/v1/admin/accounts/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def update_account(
        self,
        id: str,
        *,
        plan: Union[str, NotGiven] = NOT_GIVEN,
        limits: Union[AdminUpdateAccountRequestLimits, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Account:
        """Change an account's plan or limits

        Puts an account on a plan (`plan`: any in `GET /v1/plans`; when Stripe billing is on, Stripe's
        subscription changes it too, and the next subscription change wins), and sets its own limits, which
        replace its plan's; `null` returns a limit to the plan's. A change of plan writes `account.plan_changed`.
        Lowering a limit removes nothing: what is over it stays, and new additions are refused until use is below
        it. Jobs created before the change keep their recipients. Platform admin only.
        """
        return self._request(
            "patch",
            f"/v1/admin/accounts/{path_param(id)}",
            body={"plan": plan, "limits": limits},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def suspend_account(
        self,
        id: str,
        *,
        reason: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> AdminAccount:
        """Suspend an account

        Stops an account at once, for the reason given (kept with who suspended it and when, shown on the admin
        account view and in the account's audit log). Its API keys and sessions are refused with `403
        account_suspended`. Its running connections stop: their workers let them go and close their sockets,
        and they show `status: disconnected` with `status_reason: account_suspended` (credentials are kept;
        logged-out and failed connections stay as they are). Its scheduled and running bulk jobs pause (as
        `POST /v1/bulk-jobs/{id}/pause` would; jobs paused already stay as they are). Messages already queued
        wait, and expire as usual if the suspension outlasts `MESSAGE_EXPIRY_HOURS`. `409
        account_already_suspended` if it is; `409 own_account` for the account the admin is signed in to, and `409
        platform_admin_account` for any account a platform admin belongs to, which would lock that admin out
        (remove them as an admin first). Platform admins only.
        """
        return self._request(
            "post",
            f"/v1/admin/accounts/{path_param(id)}/suspend",
            body={"reason": reason},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def unsuspend_account(
        self,
        id: str,
        *,
        reason: Union[str, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> AdminAccount:
        """Lift an account's suspension

        Lets the account's keys and sessions in again; exactly the connections the suspension stopped go back
        to their workers (and reconnect with their kept credentials), and exactly the bulk jobs the suspension
        paused resume. Jobs its people paused themselves stay paused. `reason` is optional and kept like a
        suspension's. `409 account_not_suspended` if it is active. Platform admins only.
        """
        return self._request(
            "post",
            f"/v1/admin/accounts/{path_param(id)}/unsuspend",
            body={"reason": reason},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def list_account_features(
        self,
        id: str,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> AccountFeatureList:
        """An account's features

        Every feature in the catalog with whether it is on for the account: the value a platform admin set
        (with who set it and when), else the feature's default. `bulk_jobs` gates `POST /v1/bulk-jobs`;
        `live_connections` gates creating live-mode connections (`POST /v1/connections` in live mode). A call a
        feature turned off is refused with `403 feature_disabled`. Platform admins only.
        """
        return self._request(
            "get",
            f"/v1/admin/accounts/{path_param(id)}/features",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def set_account_feature(
        self,
        id: str,
        feature: FeatureName,
        *,
        enabled: bool,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> AccountFeature:
        """Turn a feature on or off for an account

        Sets the feature for this account, whatever its default; it applies to the account's next request.
        Setting the value it has already changes nothing but who set it and when. Platform admins only.
        """
        return self._request(
            "put",
            f"/v1/admin/accounts/{path_param(id)}/features/{path_param(feature)}",
            body={"enabled": enabled},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def list_admins(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> PlatformAdminList:
        """List the platform admins

        The platform admin configured by `ADMIN_EMAIL` (`bootstrap: true`) and the further admins it named,
        oldest first. Platform admins only.
        """
        return self._request(
            "get",
            "/v1/admin/admins",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def add_admin(
        self,
        *,
        email: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> PlatformAdmin:
        """Name a further platform admin

        Makes an existing Parley user a platform admin, with every right of `/v1/admin` (and the same
        two-factor requirement, `ADMIN_REQUIRE_TWO_FACTOR`), except naming and removing admins, which only the
        admin configured by `ADMIN_EMAIL` may do (`403 bootstrap_admin_required`). `404 user_not_found` when no
        user has the email (they sign up or accept an invitation first); `409 already_platform_admin`. Recorded
        in `GET /v1/admin/audit-log`.
        """
        return self._request(
            "post",
            "/v1/admin/admins",
            body={"email": email},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def remove_admin(
        self,
        id: str,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> User:
        """Remove a platform admin

        Takes the platform admin's rights from a user named with `POST /v1/admin/admins`; their next request to
        `/v1/admin` is refused. The admin configured by `ADMIN_EMAIL` cannot be removed (`409
        bootstrap_admin_protected`). Only that admin may remove admins. `404 resource_missing` for a user who is
        not a named admin. Recorded in `GET /v1/admin/audit-log`.
        """
        return self._request(
            "delete",
            f"/v1/admin/admins/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def list_audit_log(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        actor: Union[str, NotGiven] = NOT_GIVEN,
        action: Union[str, NotGiven] = NOT_GIVEN,
        account_id: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Page[PlatformAuditLogEntry]:
        """What the platform admins did

        Every change a platform admin made, newest first: to accounts (also in each account's own audit log,
        `GET /v1/audit-log`), and to the platform itself (naming and removing admins). Filters: `actor` (an
        admin's user id), `action`, `account_id`. Append-only, like the accounts' logs. Platform admins only.
        """
        return self._request_page(
            "get",
            "/v1/admin/audit-log",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before, "actor": actor, "action": action, "account_id": account_id},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def health(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> PlatformHealth:
        """Platform health

        Figures across every account, read when asked: accounts by plan and status; messages today (UTC) and
        this calendar month (UTC), from the daily usage totals, live and test apart; connections by status and,
        for those a worker holds now, by worker; webhook attempts of the last 24 hours and the share that got a
        2xx; outbox backlogs (webhook deliveries pending, emails queued, messages queued or scheduled and due,
        metered usage not yet reported to Stripe); and MRR: the monthly price of each account's plan (from the
        plan catalog) over the accounts whose Stripe subscription is `active` or `past_due`, in cents by currency
        (`null` when Stripe billing is off). Platform admins only.
        """
        return self._request(
            "get",
            "/v1/admin/health",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )


class AdminWithRawResponse(APIResource):
    """`Admin` answering `APIResponse` objects: the data with the status, headers and request id."""

    _raw = True

    def list_accounts(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        query: Union[str, NotGiven] = NOT_GIVEN,
        plan: Union[str, NotGiven] = NOT_GIVEN,
        status: Union[Literal["active", "suspended"], NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Page[AdminAccount]]:
        """`Admin.list_accounts` with the whole answer."""
        return self._request_page(
            "get",
            "/v1/admin/accounts",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before, "query": query, "plan": plan, "status": status},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def retrieve_account(
        self,
        id: str,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[AdminAccount]:
        """`Admin.retrieve_account` with the whole answer."""
        return self._request(
            "get",
            f"/v1/admin/accounts/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def update_account(
        self,
        id: str,
        *,
        plan: Union[str, NotGiven] = NOT_GIVEN,
        limits: Union[AdminUpdateAccountRequestLimits, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Account]:
        """`Admin.update_account` with the whole answer."""
        return self._request(
            "patch",
            f"/v1/admin/accounts/{path_param(id)}",
            body={"plan": plan, "limits": limits},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def suspend_account(
        self,
        id: str,
        *,
        reason: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[AdminAccount]:
        """`Admin.suspend_account` with the whole answer."""
        return self._request(
            "post",
            f"/v1/admin/accounts/{path_param(id)}/suspend",
            body={"reason": reason},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def unsuspend_account(
        self,
        id: str,
        *,
        reason: Union[str, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[AdminAccount]:
        """`Admin.unsuspend_account` with the whole answer."""
        return self._request(
            "post",
            f"/v1/admin/accounts/{path_param(id)}/unsuspend",
            body={"reason": reason},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def list_account_features(
        self,
        id: str,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[AccountFeatureList]:
        """`Admin.list_account_features` with the whole answer."""
        return self._request(
            "get",
            f"/v1/admin/accounts/{path_param(id)}/features",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def set_account_feature(
        self,
        id: str,
        feature: FeatureName,
        *,
        enabled: bool,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[AccountFeature]:
        """`Admin.set_account_feature` with the whole answer."""
        return self._request(
            "put",
            f"/v1/admin/accounts/{path_param(id)}/features/{path_param(feature)}",
            body={"enabled": enabled},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def list_admins(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[PlatformAdminList]:
        """`Admin.list_admins` with the whole answer."""
        return self._request(
            "get",
            "/v1/admin/admins",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def add_admin(
        self,
        *,
        email: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[PlatformAdmin]:
        """`Admin.add_admin` with the whole answer."""
        return self._request(
            "post",
            "/v1/admin/admins",
            body={"email": email},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def remove_admin(
        self,
        id: str,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[User]:
        """`Admin.remove_admin` with the whole answer."""
        return self._request(
            "delete",
            f"/v1/admin/admins/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def list_audit_log(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        actor: Union[str, NotGiven] = NOT_GIVEN,
        action: Union[str, NotGiven] = NOT_GIVEN,
        account_id: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Page[PlatformAuditLogEntry]]:
        """`Admin.list_audit_log` with the whole answer."""
        return self._request_page(
            "get",
            "/v1/admin/audit-log",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before, "actor": actor, "action": action, "account_id": account_id},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def health(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[PlatformHealth]:
        """`Admin.health` with the whole answer."""
        return self._request(
            "get",
            "/v1/admin/health",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )
