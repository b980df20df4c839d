import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { api, getState, logout, setMode, setSession } from '../api/session';
import { allowed, routes } from '../routes';
import { Button, ErrorNotice, Link, useAction, useLoad } from './components';
import { navigate } from './router';

/** The frame of every signed-in page: account, mode, navigation and the person. */
export function Shell({ path, children }: { path: string; children: ComponentChildren }) {
  const { session, mode } = getState();
  const [menuOpen, setMenuOpen] = useState(false);
  const signOut = useAction(logout);
  if (!session) return null;
  return (
    <div class={`shell mode-${mode}`}>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="topbar">
        <div class="brand">Parley</div>
        <AccountSwitcher />
        <ModeToggle />
        <button class="menu-toggle button plain" aria-expanded={menuOpen} aria-controls="nav" onClick={() => setMenuOpen(!menuOpen)}>
          Menu
        </button>
      </header>
      {mode === 'test' && (
        <div class="test-banner" role="note">
          Test mode: sandbox connections and test data. Nothing reaches real WhatsApp.
        </div>
      )}
      <div class="layout">
        <nav id="nav" class={`nav ${menuOpen ? 'open' : ''}`} aria-label="Console">
          <ul>
            {routes
              .filter((route) => route.nav && allowed(route, session))
              .map((route) => (
                <li key={route.path}>
                  <Link to={route.path} aria-current={route.path === path || (route.path !== '/' && path.startsWith(`${route.path}/`)) ? 'page' : undefined}>
                    {route.title}
                  </Link>
                </li>
              ))}
          </ul>
          <div class="person">
            <p class="email" title={session.user.email}>
              {session.user.email}
            </p>
            <p class="role">Role: {session.role}</p>
            <Button onClick={() => void signOut.run()} busy={signOut.busy} busyLabel="Signing out…">
              Sign out
            </Button>
            <ErrorNotice error={signOut.error} />
          </div>
        </nav>
        <main id="main" class="content" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}

function ModeToggle() {
  const { mode } = getState();
  return (
    <div class="mode-toggle" role="group" aria-label="Mode">
      <button type="button" class={mode === 'test' ? 'on' : ''} aria-pressed={mode === 'test'} onClick={() => setMode('test')}>
        Test
      </button>
      <button type="button" class={mode === 'live' ? 'on' : ''} aria-pressed={mode === 'live'} onClick={() => setMode('live')}>
        Live
      </button>
    </div>
  );
}

function AccountSwitcher() {
  const { session } = getState();
  const accounts = useLoad(() => api().auth.accounts(), [session?.account.id, session?.account.name]);
  const switching = useAction(async (accountId: string) => {
    setSession(await api().auth.switchAccount({ account_id: accountId }));
    navigate('/', { notice: 'Switched account.' });
  });
  const list = accounts.data?.data ?? [];
  if (!session) return null;
  if (list.length <= 1) {
    return (
      <div class="account" aria-label="Account">
        {session.account.name}
      </div>
    );
  }
  return (
    <div class="account">
      <label>
        <span class="visually-hidden">Account</span>
        <select
          value={session.account.id}
          disabled={switching.busy}
          onChange={(event) => void switching.run((event.target as HTMLSelectElement).value)}
        >
          {list.map((membership) => (
            <option key={membership.account.id} value={membership.account.id}>
              {membership.account.name} ({membership.role})
            </option>
          ))}
        </select>
      </label>
      <ErrorNotice error={switching.error ?? accounts.error} />
    </div>
  );
}
