# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Mapping, Optional, Union

from .._client import APIResource
from .._options import NOT_GIVEN, NotGiven, RequestOptions
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
