# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Mapping, Optional, Union

from .._client import APIResource, path_param
from .._options import NOT_GIVEN, NotGiven, RequestOptions
from .._pagination import Page
from .._response import APIResponse
from ..types import DeletedOptOut, OptOut, OptOutId, PhoneNumber


class OptOuts(APIResource):
    """The account's suppression list, per mode: numbers that asked not to be messaged. Each change writes an
    event (`opt_out.created`, `opt_out.deleted`). Entries are added through this API (`source: api`) or by
    the person: an inbound message that is just a STOP-style keyword (`STOP`, `UNSUBSCRIBE`, `STOPALL`,
    `CANCEL`, `END`, `QUIT`, any case; set by `OPT_OUT_KEYWORDS`) adds the sender (`source: keyword`), and
    `START` (`OPT_IN_KEYWORDS`) removes them.
    """

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        phone_number: Union[PhoneNumber, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Page[OptOut]:
        """List the suppression list

        Newest first. `phone_number` (any common spelling) finds one number's entry.
        """
        return self._request_page(
            "get",
            "/v1/opt-outs",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before, "phone_number": phone_number},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def create(
        self,
        *,
        phone_number: PhoneNumber,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> OptOut:
        """Add a number to the suppression list

        Answers 201 with the new entry, or 200 with the existing one when the number is already on the list
        (the list holds each number once, in E.164 form).
        """
        return self._request(
            "post",
            "/v1/opt-outs",
            body={"phone_number": phone_number},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def retrieve(
        self,
        id: OptOutId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> OptOut:
        """Retrieve a suppression list entry"""
        return self._request(
            "get",
            f"/v1/opt-outs/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def delete(
        self,
        id: OptOutId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> DeletedOptOut:
        """Remove a number from the suppression list

        The number may be messaged again.
        """
        return self._request(
            "delete",
            f"/v1/opt-outs/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )


class OptOutsWithRawResponse(APIResource):
    """`OptOuts` answering `APIResponse` objects: the data with the status, headers and request id."""

    _raw = True

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        phone_number: Union[PhoneNumber, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Page[OptOut]]:
        """`OptOuts.list` with the whole answer."""
        return self._request_page(
            "get",
            "/v1/opt-outs",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before, "phone_number": phone_number},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def create(
        self,
        *,
        phone_number: PhoneNumber,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[OptOut]:
        """`OptOuts.create` with the whole answer."""
        return self._request(
            "post",
            "/v1/opt-outs",
            body={"phone_number": phone_number},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def retrieve(
        self,
        id: OptOutId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[OptOut]:
        """`OptOuts.retrieve` with the whole answer."""
        return self._request(
            "get",
            f"/v1/opt-outs/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def delete(
        self,
        id: OptOutId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[DeletedOptOut]:
        """`OptOuts.delete` with the whole answer."""
        return self._request(
            "delete",
            f"/v1/opt-outs/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )
