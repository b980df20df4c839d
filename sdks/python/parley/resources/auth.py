# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Mapping, Optional

from .._client import APIResource
from .._options import RequestOptions
from .._response import APIResponse
from ..types import EmailVerification, EmailVerificationRequested, MyAccountList, PasswordReset, PasswordResetRequested, Session, SignupResult


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

    def request_password_reset(
        self,
        *,
        email: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> PasswordResetRequested:
        """Email a password reset link

        Emails a single-use link to reset the password, if a user has this address; it expires after
        `PASSWORD_RESET_TTL_MINUTES` (60 by default). The answer is the same whether or not the address has a
        user, so it tells no one who has an account. Requests are rate limited per address (5 an hour by default)
        and per client address.
        """
        return self._request(
            "post",
            "/v1/auth/password-reset",
            body={"email": email},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def confirm_password_reset(
        self,
        *,
        token: str,
        password: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> PasswordReset:
        """Set a new password with an emailed token

        Sets the new password with the token from the reset email. The token works once; every other reset link
        of the user stops working, every session of the user ends (sign in again), and the address counts as
        verified. Errors (`400`, `param: token`): `token_invalid`, `token_used`, `token_expired`: ask for a new
        link.
        """
        return self._request(
            "post",
            "/v1/auth/password-reset/confirm",
            body={"token": token, "password": password},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def request_email_verification(
        self,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> EmailVerificationRequested:
        """Email a new verification link

        Sign-up emails a link that verifies the address; this sends the signed-in person a new one (valid for
        `EMAIL_VERIFICATION_TTL_HOURS`, 72 by default). `409 email_already_verified` when there is nothing to
        verify. Rate limited per address like password resets.
        """
        return self._request(
            "post",
            "/v1/auth/email-verification",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def confirm_email_verification(
        self,
        *,
        token: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> EmailVerification:
        """Verify an email address with an emailed token

        Marks the address the token was sent to as verified (`email_verified` on the user). Errors (`400`,
        `param: token`): `token_invalid`, `token_used`, `token_expired`; `409 email_changed` when the user's
        address is no longer the one the link was sent to.
        """
        return self._request(
            "post",
            "/v1/auth/email-verification/confirm",
            body={"token": token},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def accounts(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> MyAccountList:
        """The signed-in person's accounts

        Every account the person belongs to, with their role in it; `current` marks the session's.
        """
        return self._request(
            "get",
            "/v1/auth/accounts",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def switch_account(
        self,
        *,
        account_id: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Session:
        """Switch the session to another account

        Moves the current session to another account the person belongs to (`404` for any other), in test
        mode; the session then acts with the person's role there.
        """
        return self._request(
            "post",
            "/v1/auth/session/account",
            body={"account_id": account_id},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
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

    def request_password_reset(
        self,
        *,
        email: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[PasswordResetRequested]:
        """`Auth.request_password_reset` with the whole answer."""
        return self._request(
            "post",
            "/v1/auth/password-reset",
            body={"email": email},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def confirm_password_reset(
        self,
        *,
        token: str,
        password: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[PasswordReset]:
        """`Auth.confirm_password_reset` with the whole answer."""
        return self._request(
            "post",
            "/v1/auth/password-reset/confirm",
            body={"token": token, "password": password},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def request_email_verification(
        self,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[EmailVerificationRequested]:
        """`Auth.request_email_verification` with the whole answer."""
        return self._request(
            "post",
            "/v1/auth/email-verification",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def confirm_email_verification(
        self,
        *,
        token: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[EmailVerification]:
        """`Auth.confirm_email_verification` with the whole answer."""
        return self._request(
            "post",
            "/v1/auth/email-verification/confirm",
            body={"token": token},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def accounts(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[MyAccountList]:
        """`Auth.accounts` with the whole answer."""
        return self._request(
            "get",
            "/v1/auth/accounts",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def switch_account(
        self,
        *,
        account_id: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Session]:
        """`Auth.switch_account` with the whole answer."""
        return self._request(
            "post",
            "/v1/auth/session/account",
            body={"account_id": account_id},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )
