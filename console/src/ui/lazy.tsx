import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorNotice, Loading } from './components';

/**
 * A page whose code is fetched the first time it is opened, so areas few people use (the platform admin's)
 * stay out of the first load.
 */
export function lazyPage(load: () => Promise<ComponentType>): ComponentType {
  let loaded: ComponentType | undefined;
  return function LazyPage() {
    const [Page, setPage] = useState<ComponentType | undefined>(() => loaded);
    const [error, setError] = useState<unknown>(undefined);
    useEffect(() => {
      if (loaded) return;
      load().then(
        (page) => setPage(() => (loaded = page)),
        (caught: unknown) => setError(caught),
      );
    }, []);
    if (error) return <ErrorNotice error={error} />;
    return Page ? <Page /> : <Loading />;
  };
}
