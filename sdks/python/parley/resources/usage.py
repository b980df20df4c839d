# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Literal, Mapping, Optional, Union

from .._client import APIResource, path_param
from .._options import NOT_GIVEN, NotGiven, RequestOptions
from .._response import APIResponse
from ..types import DeletedUsageThreshold, LimitName, Usage, UsageCategory, UsageThreshold, UsageThresholdId, UsageThresholdList


class UsageResource(APIResource):
    """Every account is on a plan (`free` to start), which sets its limits: messages per billing period,
    connections, API keys, webhook endpoints and contacts (each per mode: test mode has the same limits as live,
    free of charge, so an integration meets the real errors), recipients per bulk job, and team members. A
    request that would pass a limit is refused with `403 plan_limit_reached`, `param` naming the limit and
    `limit` giving its value, the use and the plan; nothing is changed. The billing period is the Stripe
    subscription's, or the calendar month (UTC) without one.

    Usage is counted in a ledger, exactly once, in the same transaction as what caused it: messages accepted
    and sent (by kind: session text, media, template, bulk), inbound messages, numbers checked, and
    connection-days. Alerts (`usage.threshold_reached`) fire at 80 % and 100 % of each limit and at the
    account's own thresholds.
    """

    def retrieve(
        self,
        *,
        start: Union[str, NotGiven] = NOT_GIVEN,
        end: Union[str, NotGiven] = NOT_GIVEN,
        granularity: Union[Literal["day", "month"], NotGiven] = NOT_GIVEN,
        category: Union[UsageCategory, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Usage:
        """Usage for a period

        What the account used in the credential's mode (test and live are counted apart), from the usage ledger:
        totals for the range and a series by day or month. `start` and `end` are UTC dates, both included; left
        out, they are the current billing period's first and last day. A range is at most 366 days; `start` after
        `end` is refused with `400 usage_range_invalid`, a longer range with `400 usage_range_too_long`. A month
        in a `month` series is the calendar month (its first bucket starts at `start`, its last ends at `end`).
        Counts are exact and current: each is written in the same transaction as the change that caused it.
        """
        return self._request(
            "get",
            "/v1/usage",
            query={"start": start, "end": end, "granularity": granularity, "category": category},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def list_thresholds(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> UsageThresholdList:
        """List usage alert thresholds

        Every limit raises `usage.threshold_reached` when use reaches 80 % and 100 % of it (`defaults`), and at
        each of the account's own thresholds (`data`), once per billing period and mode. Thresholds belong to the
        account and apply in both modes.
        """
        return self._request(
            "get",
            "/v1/usage/thresholds",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def create_threshold(
        self,
        *,
        limit: LimitName,
        percent: int,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> UsageThreshold:
        """Add a usage alert threshold

        Raises `usage.threshold_reached` when use of `limit` reaches `percent` of it (1–1000: above 100 is
        useful for a limit the platform operator may raise). A threshold the account already has, or one of the
        defaults, is refused with `409 usage_threshold_exists`; an account has at most 50 of its own
        (`409 usage_threshold_limit_reached`).
        """
        return self._request(
            "post",
            "/v1/usage/thresholds",
            body={"limit": limit, "percent": percent},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def delete_threshold(
        self,
        id: UsageThresholdId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> DeletedUsageThreshold:
        """Remove a usage alert threshold

        The defaults (80 % and 100 %) cannot be removed.
        """
        return self._request(
            "delete",
            f"/v1/usage/thresholds/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )


class UsageResourceWithRawResponse(APIResource):
    """`UsageResource` answering `APIResponse` objects: the data with the status, headers and request id."""

    _raw = True

    def retrieve(
        self,
        *,
        start: Union[str, NotGiven] = NOT_GIVEN,
        end: Union[str, NotGiven] = NOT_GIVEN,
        granularity: Union[Literal["day", "month"], NotGiven] = NOT_GIVEN,
        category: Union[UsageCategory, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Usage]:
        """`UsageResource.retrieve` with the whole answer."""
        return self._request(
            "get",
            "/v1/usage",
            query={"start": start, "end": end, "granularity": granularity, "category": category},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def list_thresholds(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[UsageThresholdList]:
        """`UsageResource.list_thresholds` with the whole answer."""
        return self._request(
            "get",
            "/v1/usage/thresholds",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def create_threshold(
        self,
        *,
        limit: LimitName,
        percent: int,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[UsageThreshold]:
        """`UsageResource.create_threshold` with the whole answer."""
        return self._request(
            "post",
            "/v1/usage/thresholds",
            body={"limit": limit, "percent": percent},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def delete_threshold(
        self,
        id: UsageThresholdId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[DeletedUsageThreshold]:
        """`UsageResource.delete_threshold` with the whole answer."""
        return self._request(
            "delete",
            f"/v1/usage/thresholds/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )
