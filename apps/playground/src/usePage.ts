import { useCallback, useEffect, useState } from 'react';

/** The playground's pages, each addressable by the URL's hash. */
export type Page = 'form' | 'answers' | 'minutes';

export const PAGES: readonly { readonly page: Page; readonly hash: string; readonly title: string }[] = [
  { page: 'form', hash: '#form', title: 'Record form' },
  { page: 'answers', hash: '#answers', title: 'Check answers' },
  { page: 'minutes', hash: '#minutes', title: 'Minutes' },
];

/** Any other hash (a task-list or error-summary link such as `#record-meeting-format`) belongs to the form page. */
function pageOf(hash: string): Page {
  return PAGES.find((entry) => entry.hash === hash)?.page ?? 'form';
}

/** The page the URL's hash names, and a function that moves to another page (a history entry each). */
export function usePage(): readonly [Page, (page: Page) => void] {
  const [page, setPage] = useState<Page>(() => pageOf(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setPage(pageOf(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const goTo = useCallback((next: Page) => {
    const hash = PAGES.find((entry) => entry.page === next)?.hash ?? '#form';
    if (window.location.hash !== hash) window.location.hash = hash;
    setPage(next);
  }, []);
  return [page, goTo];
}
