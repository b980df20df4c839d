# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Mapping, Optional

from .._client import APIResource
from .._options import RequestOptions
from .._response import APIResponse
from ..types import CurrentAccount


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
