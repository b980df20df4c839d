# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Any, Dict, Mapping, Optional

from .._client import APIResource
from .._options import RequestOptions
from .._response import APIResponse
from ..types import Health, Readiness


class Platform(APIResource):
    """Health, metrics and this document."""

    def health(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Health:
        """Liveness

        Answers 200 while the process is up.
        """
        return self._request(
            "get",
            "/healthz",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def readiness(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Readiness:
        """Readiness

        Answers 200 when the database (and Redis, when configured) answer; 503 otherwise.
        """
        return self._request(
            "get",
            "/readyz",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def metrics(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> str:
        """Prometheus metrics

        Request latency, WhatsApp connections, webhook attempts and process figures, in the Prometheus text format.
        Public unless the deployment sets `METRICS_TOKEN`: then only `Authorization: Bearer <METRICS_TOKEN>`
        (the operator's token, not an API key) is answered, and anything else gets `401 metrics_token_invalid`.
        """
        return self._request(
            "get",
            "/metrics",
            parse="text",
            accept="text/plain",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def openapi(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Dict[str, Any]:
        """This document, as JSON"""
        return self._request(
            "get",
            "/openapi.json",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def docs(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> str:
        """The rendered API reference"""
        return self._request(
            "get",
            "/docs",
            parse="text",
            accept="text/html",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )


class PlatformWithRawResponse(APIResource):
    """`Platform` answering `APIResponse` objects: the data with the status, headers and request id."""

    _raw = True

    def health(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Health]:
        """`Platform.health` with the whole answer."""
        return self._request(
            "get",
            "/healthz",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def readiness(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Readiness]:
        """`Platform.readiness` with the whole answer."""
        return self._request(
            "get",
            "/readyz",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def metrics(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[str]:
        """`Platform.metrics` with the whole answer."""
        return self._request(
            "get",
            "/metrics",
            parse="text",
            accept="text/plain",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def openapi(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Dict[str, Any]]:
        """`Platform.openapi` with the whole answer."""
        return self._request(
            "get",
            "/openapi.json",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def docs(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[str]:
        """`Platform.docs` with the whole answer."""
        return self._request(
            "get",
            "/docs",
            parse="text",
            accept="text/html",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )
