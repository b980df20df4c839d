import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { getState, loadSession, subscribe } from './api/session';
import { findRoute, guard } from './routes';
import { ErrorNotice, Link, Loading, Notice } from './ui/components';
import { currentPath, navigate, takeNotice, useLocation } from './ui/router';
import { Shell } from './ui/Shell';

export function App() {
  const [, setTick] = useState(0);
  useEffect(() => subscribe(() => setTick((tick) => tick + 1)), []);
  const [bootError, setBootError] = useState<unknown>(undefined);
  useEffect(() => {
    loadSession().catch(setBootError);
  }, []);
  const { path } = useLocation();
  const { session, checked, mode } = getState();
  const route = findRoute(path);
  const redirect = route && checked ? guard(route, session, currentPath()) : undefined;
  useEffect(() => {
    if (redirect) navigate(redirect.path, { replace: true, notice: redirect.notice ?? takeNotice() });
  }, [redirect?.path]);

  if (bootError) {
    return (
      <main class="centered">
        <h1>Parley is not answering</h1>
        <ErrorNotice error={bootError} />
        <p>Reload the page to try again.</p>
      </main>
    );
  }
  if (!checked || redirect) return <Loading />;
  if (!route) {
    return (
      <main class="centered">
        <h1>Page not found</h1>
        <p>
          There is no console page at this address. <Link to="/">Go to the overview</Link>.
        </p>
      </main>
    );
  }
  const Page = route.page;
  const page = (
    <Titled title={route.title} key={`${path}:${mode}:${session?.account.id ?? ''}`}>
      <Page />
    </Titled>
  );
  if (route.access === 'member' || route.access === 'platform-admin') return <Shell path={path}>{page}</Shell>;
  return (
    <main class="centered">
      <p class="brand-line">Parley</p>
      {page}
    </main>
  );
}

/** Sets the document title, shows the navigation's notice, and moves focus to the heading of a new page. */
function Titled({ title, children }: { title: string; children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [notice] = useState(takeNotice);
  useEffect(() => {
    document.title = `${title} · Parley`;
    heading.current?.focus();
  }, [title]);
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {notice && <Notice>{notice}</Notice>}
      {children}
    </>
  );
}
