// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseEmpty, parseJson } from '../core/index.js';
import type { APIPromise, RequestOptions } from '../core/index.js';
import type { EmailVerification, EmailVerificationConfirmation, EmailVerificationRequested, LoginRequest, MyAccountList, PasswordReset, PasswordResetConfirmation, PasswordResetRequest, PasswordResetRequested, Session, SignupRequest, SignupResult, SwitchAccountRequest, TwoFactorCode, TwoFactorEnabled, TwoFactorSetup, TwoFactorStatus } from '../types.js';

/**
 * Sign up and console sessions.
 */
export class Auth extends APIResource {
  /**
   * Create an account
   *
   * Creates a user, their account, a first **test-mode** API key and a console session. The key's
   * secret is in this response only: store it now. Also sets the `parley_session` cookie.
   */
  signup(body: SignupRequest, options?: RequestOptions): APIPromise<SignupResult> {
    return this._client.request({ method: 'post', path: '/v1/auth/signup', idempotent: true, body }, options, parseJson<SignupResult>);
  }

  /**
   * Start a console session
   *
   * Checks the email and password and sets the `parley_session` cookie. Attempts are rate limited
   * per email and per client address.
   */
  login(body: LoginRequest, options?: RequestOptions): APIPromise<Session> {
    return this._client.request({ method: 'post', path: '/v1/auth/login', idempotent: true, body }, options, parseJson<Session>);
  }

  /**
   * End the console session
   *
   * Revokes the current session and clears its cookie.
   */
  logout(options?: RequestOptions): APIPromise<void> {
    return this._client.request({ method: 'post', path: '/v1/auth/logout', idempotent: true }, options, parseEmpty);
  }

  /**
   * The current console session
   */
  session(options?: RequestOptions): APIPromise<Session> {
    return this._client.request({ method: 'get', path: '/v1/auth/session' }, options, parseJson<Session>);
  }

  /**
   * Email a password reset link
   *
   * Emails a single-use link to reset the password, if a user has this address; it expires after
   * `PASSWORD_RESET_TTL_MINUTES` (60 by default). The answer is the same whether or not the address has a
   * user, so it tells no one who has an account. Requests are rate limited per address (5 an hour by default)
   * and per client address.
   */
  requestPasswordReset(body: PasswordResetRequest, options?: RequestOptions): APIPromise<PasswordResetRequested> {
    return this._client.request({ method: 'post', path: '/v1/auth/password-reset', idempotent: true, body }, options, parseJson<PasswordResetRequested>);
  }

  /**
   * Set a new password with an emailed token
   *
   * Sets the new password with the token from the reset email. The token works once; every other reset link
   * of the user stops working, every session of the user ends (sign in again), and the address counts as
   * verified. Errors (`400`, `param: token`): `token_invalid`, `token_used`, `token_expired`: ask for a new
   * link.
   */
  confirmPasswordReset(body: PasswordResetConfirmation, options?: RequestOptions): APIPromise<PasswordReset> {
    return this._client.request({ method: 'post', path: '/v1/auth/password-reset/confirm', idempotent: true, body }, options, parseJson<PasswordReset>);
  }

  /**
   * Email a new verification link
   *
   * Sign-up emails a link that verifies the address; this sends the signed-in person a new one (valid for
   * `EMAIL_VERIFICATION_TTL_HOURS`, 72 by default). `409 email_already_verified` when there is nothing to
   * verify. Rate limited per address like password resets.
   */
  requestEmailVerification(options?: RequestOptions): APIPromise<EmailVerificationRequested> {
    return this._client.request({ method: 'post', path: '/v1/auth/email-verification', idempotent: true }, options, parseJson<EmailVerificationRequested>);
  }

  /**
   * Verify an email address with an emailed token
   *
   * Marks the address the token was sent to as verified (`email_verified` on the user). Errors (`400`,
   * `param: token`): `token_invalid`, `token_used`, `token_expired`; `409 email_changed` when the user's
   * address is no longer the one the link was sent to.
   */
  confirmEmailVerification(body: EmailVerificationConfirmation, options?: RequestOptions): APIPromise<EmailVerification> {
    return this._client.request({ method: 'post', path: '/v1/auth/email-verification/confirm', idempotent: true, body }, options, parseJson<EmailVerification>);
  }

  /**
   * The signed-in person's accounts
   *
   * Every account the person belongs to, with their role in it; `current` marks the session's.
   */
  accounts(options?: RequestOptions): APIPromise<MyAccountList> {
    return this._client.request({ method: 'get', path: '/v1/auth/accounts' }, options, parseJson<MyAccountList>);
  }

  /**
   * Switch the session to another account
   *
   * Moves the current session to another account the person belongs to (`404` for any other), in test
   * mode; the session then acts with the person's role there.
   */
  switchAccount(body: SwitchAccountRequest, options?: RequestOptions): APIPromise<Session> {
    return this._client.request({ method: 'post', path: '/v1/auth/session/account', idempotent: true, body }, options, parseJson<Session>);
  }

  /**
   * Start turning on two-factor authentication
   *
   * A new TOTP secret (RFC 6238: SHA-1, 6 digits, 30 s) for the signed-in person to add to an authenticator
   * app. It counts only once a code from it is confirmed with `POST /v1/auth/2fa/enable`. `409
   * two_factor_enabled` when it is on already. The platform admin needs it on for `/v1/admin` (`403
   * two_factor_required`) unless `ADMIN_REQUIRE_TWO_FACTOR=false`.
   */
  setupTwoFactor(options?: RequestOptions): APIPromise<TwoFactorSetup> {
    return this._client.request({ method: 'post', path: '/v1/auth/2fa/setup', idempotent: true }, options, parseJson<TwoFactorSetup>);
  }

  /**
   * Turn on two-factor authentication
   *
   * Confirms a code from the app and turns two-factor authentication on; from then on signing in needs a
   * code (`otp`) as well. Returns ten single-use recovery codes, shown only here. `400 otp_invalid` for a
   * code that does not match, `409 two_factor_setup_missing` before `POST /v1/auth/2fa/setup`.
   */
  enableTwoFactor(body: TwoFactorCode, options?: RequestOptions): APIPromise<TwoFactorEnabled> {
    return this._client.request({ method: 'post', path: '/v1/auth/2fa/enable', idempotent: true, body }, options, parseJson<TwoFactorEnabled>);
  }

  /**
   * Turn off two-factor authentication
   *
   * Needs a current code from the app or a recovery code (`401 otp_invalid`, rate limited), so a session
   * alone cannot turn it off.
   */
  disableTwoFactor(body: TwoFactorCode, options?: RequestOptions): APIPromise<TwoFactorStatus> {
    return this._client.request({ method: 'post', path: '/v1/auth/2fa/disable', idempotent: true, body }, options, parseJson<TwoFactorStatus>);
  }
}
