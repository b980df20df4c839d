/**
 * The one place that owns the console's auth and error policy. It holds the one SDK client every page calls
 * (session cookie, the session's CSRF token, the chosen mode), and it decides what an answer means for the
 * person: a 401 on a signed-in page ends the session and goes to the login page, which comes back here after.
 * Nothing that matters is kept in the browser: the session lives in its HttpOnly cookie and is asked of the
 * API at start; only the mode toggle is remembered, per tab.
 */
import { APIError, Parley, ParleyError, type Session } from '@parley/sdk';
import { navigate, currentPath } from '../ui/router';

export type Mode = 'test' | 'live';
export type Role = Session['role'];

interface State {
  session: Session | null;
  /** Set once the first GET /v1/auth/session answered (or failed). */
  checked: boolean;
  mode: Mode;
}

const MODE_KEY = 'parley.console.mode';
const storedMode = sessionStorage.getItem(MODE_KEY);
const state: State = { session: null, checked: false, mode: storedMode === 'live' ? 'live' : 'test' };
const listeners = new Set<() => void>();
let client = makeClient();

function makeClient(): Parley {
  return new Parley({
    apiKey: null,
    baseUrl: location.origin,
    fetchOptions: { credentials: 'same-origin' },
    fetch: guardedFetch,
    ...(state.session ? { csrfToken: state.session.csrf_token } : {}),
    mode: state.mode,
    maxRetries: 1,
  });
}

/**
 * Every request goes through here. A 401 while signed in may mean the session ended (expired, revoked, a password
 * reset elsewhere), or only that a password or code given to that call was wrong (joining another account,
 * turning two-factor authentication off): asking the API for the session tells which.
 */
async function guardedFetch(input: string, init: RequestInit): Promise<Response> {
  const response = await fetch(input, init);
  if (response.status === 401 && state.session) void checkSession();
  return response;
}

let checking = false;
async function checkSession(): Promise<void> {
  if (checking) return;
  checking = true;
  try {
    await client.auth.session();
  } catch (error) {
    if (error instanceof APIError && error.status === 401 && state.session) sessionEnded();
  } finally {
    checking = false;
  }
}

function emit(): void {
  client = makeClient();
  for (const listener of listeners) listener();
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const getState = (): Readonly<State> => state;

/** The SDK client for the current session and mode. */
export const api = (): Parley => client;

/** Where the login page sends the person back to. */
export function loginPath(next = currentPath()): string {
  return next && next !== '/' && !next.startsWith('/login') ? `/login?next=${encodeURIComponent(next)}` : '/login';
}

function sessionEnded(): void {
  state.session = null;
  emit();
  navigate(loginPath(), { replace: true, notice: 'Your session ended. Sign in again to continue where you were.' });
}

/** When the API ended the session itself (the account was erased): forget it and go to the login page. */
export function forgetSession(notice: string): void {
  state.session = null;
  emit();
  navigate('/login', { replace: true, notice });
}

/** Asks the API who is signed in (the cookie is HttpOnly, so only the API can tell). */
export async function loadSession(): Promise<Session | null> {
  try {
    state.session = await client.auth.session();
  } catch (error) {
    if (!(error instanceof APIError && error.status === 401)) {
      state.checked = true;
      emit();
      throw error;
    }
    state.session = null;
  }
  state.checked = true;
  emit();
  return state.session;
}

/** After login, sign-up, an accepted invitation or an account switch: the session the API answered with. */
export function setSession(session: Session): void {
  state.session = session;
  state.checked = true;
  emit();
}

export async function logout(): Promise<void> {
  await client.auth.logout();
  state.session = null;
  emit();
  navigate('/login', { replace: true, notice: 'You are signed out.' });
}

export function setMode(mode: Mode): void {
  state.mode = mode;
  sessionStorage.setItem(MODE_KEY, mode);
  emit();
}

/** Roles that may change the account's setup (keys, connections); a viewer only reads. */
export const canWrite = (role: Role | undefined): boolean => role === 'developer' || role === 'admin' || role === 'owner';
/** Roles that manage the team (members and invitations) and billing. */
export const canManageTeam = (role: Role | undefined): boolean => role === 'admin' || role === 'owner';

/** What an error says to a person: the API's own message, its code and the request id to quote. */
export interface Problem {
  message: string;
  code?: string | undefined;
  requestId?: string | undefined;
  param?: string | undefined;
}

export function describeError(error: unknown): Problem {
  if (error instanceof APIError) {
    return {
      message: error.error?.message ?? error.message,
      code: error.code,
      requestId: error.requestId,
      param: error.param,
    };
  }
  if (error instanceof ParleyError) return { message: error.message };
  return { message: error instanceof Error ? error.message : String(error) };
}
