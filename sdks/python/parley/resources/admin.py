# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Mapping, Optional, Union

from .._client import APIResource, path_param
from .._options import NOT_GIVEN, NotGiven, RequestOptions
from .._pagination import Page
from .._response import APIResponse
from ..types import Account, AdminUpdateAccountRequestLimits


class Admin(APIResource):
    """Platform administration. Only the platform admin may call these."""

    def list_accounts(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Page[Account]:
        """List all accounts

        Every tenant on this deployment, newest first. Platform admin only.
        """
        return self._request_page(
            "get",
            "/v1/admin/accounts",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
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


class AdminWithRawResponse(APIResource):
    """`Admin` answering `APIResponse` objects: the data with the status, headers and request id."""

    _raw = True

    def list_accounts(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Page[Account]]:
        """`Admin.list_accounts` with the whole answer."""
        return self._request_page(
            "get",
            "/v1/admin/accounts",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
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
