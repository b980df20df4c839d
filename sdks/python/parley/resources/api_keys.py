# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Mapping, Optional, Union

from .._client import APIResource, path_param
from .._options import NOT_GIVEN, NotGiven, RequestOptions
from .._pagination import Page
from .._response import APIResponse
from ..types import ApiKey, ApiKeyId, ApiKeyScope, ApiKeyWithSecret, DeletedApiKey, Mode


class ApiKeys(APIResource):
    """Keys for the API, per mode (`parley_test_...`, `parley_live_...`). A key's secret is shown once, when it is
    created, and stored only as a hash; a revoked key is refused from the next request on.
    """

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Page[ApiKey]:
        """List API keys

        Active keys, newest first, without secrets. An API key sees keys of its own mode; a console
        session sees both modes.
        """
        return self._request_page(
            "get",
            "/v1/api-keys",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def create(
        self,
        *,
        name: str,
        mode: Mode,
        scope: Union[ApiKeyScope, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> ApiKeyWithSecret:
        """Create an API key

        Returns the key with its `secret`, which is shown this once and stored only as a hash.
        An API key may create keys of its own mode only; a console session may create either mode.
        """
        return self._request(
            "post",
            "/v1/api-keys",
            body={"name": name, "mode": mode, "scope": scope},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def revoke(
        self,
        id: ApiKeyId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> DeletedApiKey:
        """Revoke an API key

        The key is refused from the next request on, by every Parley API server. Revoking is permanent. When Parley cannot reach its Redis to tell the other servers, the revocation is refused with `503 credential_cache_unavailable` and nothing changes: retry.
        """
        return self._request(
            "delete",
            f"/v1/api-keys/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )


class ApiKeysWithRawResponse(APIResource):
    """`ApiKeys` answering `APIResponse` objects: the data with the status, headers and request id."""

    _raw = True

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Page[ApiKey]]:
        """`ApiKeys.list` with the whole answer."""
        return self._request_page(
            "get",
            "/v1/api-keys",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def create(
        self,
        *,
        name: str,
        mode: Mode,
        scope: Union[ApiKeyScope, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[ApiKeyWithSecret]:
        """`ApiKeys.create` with the whole answer."""
        return self._request(
            "post",
            "/v1/api-keys",
            body={"name": name, "mode": mode, "scope": scope},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def revoke(
        self,
        id: ApiKeyId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[DeletedApiKey]:
        """`ApiKeys.revoke` with the whole answer."""
        return self._request(
            "delete",
            f"/v1/api-keys/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )
