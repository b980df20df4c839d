# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Mapping, Optional, Union

from .._client import APIResource
from .._options import NOT_GIVEN, NotGiven, RequestOptions
from .._response import APIResponse
from ..types import EmailVerification, EmailVerificationRequested, MyAccountList, PasswordReset, PasswordResetRequested, Session, SignupResult, TwoFactorEnabled, TwoFactorSetup, TwoFactorStatus


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
        otp: Union[str, NotGiven] = NOT_GIVEN,
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
            body={"email": email, "password": password, "otp": otp},
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

    def setup_two_factor(
        self,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> TwoFactorSetup:
        """Start turning on two-factor authentication

        A new TOTP secret (RFC 6238: SHA-1, 6 digits, 30 s) for the signed-in person to add to an authenticator
        app. It counts only once a code from it is confirmed with `POST /v1/auth/2fa/enable`. `409
        two_factor_enabled` when it is on already. The platform admin needs it on for `/v1/admin` (`403
        two_factor_required`) unless `ADMIN_REQUIRE_TWO_FACTOR=false`.
        """
        return self._request(
            "post",
            "/v1/auth/2fa/setup",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def enable_two_factor(
        self,
        *,
        otp: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> TwoFactorEnabled:
        """Turn on two-factor authentication

        Confirms a code from the app and turns two-factor authentication on; from then on signing in needs a
        code (`otp`) as well. Returns ten single-use recovery codes, shown only here. `400 otp_invalid` for a
        code that does not match, `409 two_factor_setup_missing` before `POST /v1/auth/2fa/setup`.
        """
        return self._request(
            "post",
            "/v1/auth/2fa/enable",
            body={"otp": otp},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def disable_two_factor(
        self,
        *,
        otp: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> TwoFactorStatus:
        """Turn off two-factor authentication

        Needs a current code from the app or a recovery code (`401 otp_invalid`, rate limited), so a session
        alone cannot turn it off.
        """
        return self._request(
            "post",
            "/v1/auth/2fa/disable",
            body={"otp": otp},
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
        otp: Union[str, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Session]:
        """`Auth.login` with the whole answer."""
        return self._request(
            "post",
            "/v1/auth/login",
            body={"email": email, "password": password, "otp": otp},
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

    def setup_two_factor(
        self,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[TwoFactorSetup]:
        """`Auth.setup_two_factor` with the whole answer."""
        return self._request(
            "post",
            "/v1/auth/2fa/setup",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def enable_two_factor(
        self,
        *,
        otp: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[TwoFactorEnabled]:
        """`Auth.enable_two_factor` with the whole answer."""
        return self._request(
            "post",
            "/v1/auth/2fa/enable",
            body={"otp": otp},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def disable_two_factor(
        self,
        *,
        otp: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[TwoFactorStatus]:
        """`Auth.disable_two_factor` with the whole answer."""
        return self._request(
            "post",
            "/v1/auth/2fa/disable",
            body={"otp": otp},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )
