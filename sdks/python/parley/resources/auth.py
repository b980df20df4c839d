# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Mapping, Optional

from .._client import APIResource
from .._options import RequestOptions
from .._response import APIResponse
from ..types import Session, SignupResult


class Auth(APIResource):
    """Sign up and console sessions."""

    def signup(
        self,
        *,
        email: str,
        password: str,
        account_name: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> SignupResult:
        """Create an account

        Creates a user, their account, a first **test-mode** API key and a console session. The key's
        secret is in this response only: store it now. Also sets the `parley_session` cookie.
        """
        return self._request(
            "post",
            "/v1/auth/signup",
            body={"email": email, "password": password, "account_name": account_name},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def login(
        self,
        *,
        email: str,
        password: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Session:
        """Start a console session

        Checks the email and password and sets the `parley_session` cookie. Attempts are rate limited
        per email and per client address.
        """
        return self._request(
            "post",
            "/v1/auth/login",
            body={"email": email, "password": password},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def logout(
        self,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        """End the console session

        Revokes the current session and clears its cookie.
        """
        return self._request(
            "post",
            "/v1/auth/logout",
            idempotent=True,
            parse="empty",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def session(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Session:
        """The current console session"""
        return self._request(
            "get",
            "/v1/auth/session",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )


class AuthWithRawResponse(APIResource):
    """`Auth` answering `APIResponse` objects: the data with the status, headers and request id."""

    _raw = True

    def signup(
        self,
        *,
        email: str,
        password: str,
        account_name: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[SignupResult]:
        """`Auth.signup` with the whole answer."""
        return self._request(
            "post",
            "/v1/auth/signup",
            body={"email": email, "password": password, "account_name": account_name},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def login(
        self,
        *,
        email: str,
        password: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Session]:
        """`Auth.login` with the whole answer."""
        return self._request(
            "post",
            "/v1/auth/login",
            body={"email": email, "password": password},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def logout(
        self,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[None]:
        """`Auth.logout` with the whole answer."""
        return self._request(
            "post",
            "/v1/auth/logout",
            idempotent=True,
            parse="empty",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def session(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Session]:
        """`Auth.session` with the whole answer."""
        return self._request(
            "get",
            "/v1/auth/session",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )
