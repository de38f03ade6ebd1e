import { PAGES, type Page } from './usePage.js';

/** Links to the playground's pages; the current one is marked for assistive technology. */
export function PageNav({ page }: { readonly page: Page }) {
  return (
    <nav className="page-nav" aria-label="Playground pages">
      <ul>
        {PAGES.map((entry) => (
          <li key={entry.page}>
            <a href={entry.hash} aria-current={entry.page === page ? 'page' : undefined}>
              {entry.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
