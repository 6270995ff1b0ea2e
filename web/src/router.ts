import { navigate as go, usePathname, useSearch } from 'wouter/use-browser-location';

/** The current path with its query string (history API, through wouter); re-renders on navigation. */
export function usePath(): string {
  return usePathname() + useSearch();
}

export function navigate(to: string, replace = false) {
  go(to, { replace });
  window.scrollTo(0, 0);
}

/** An in-app link that navigates without reloading. */
export function linkProps(to: string) {
  return {
    href: to,
    onClick: (e: { preventDefault(): void; metaKey: boolean; ctrlKey: boolean }) => {
      if (e.metaKey || e.ctrlKey) return;
      e.preventDefault();
      navigate(to);
    },
  };
}
