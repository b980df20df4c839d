// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseEmpty, parseJson } from '../core/index.js';
import type { APIPromise, RequestOptions } from '../core/index.js';
import type { LoginRequest, Session, SignupRequest, SignupResult } from '../types.js';

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
}
