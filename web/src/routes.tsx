import type { ReactNode } from 'react';
import type { MeResponse } from '../../src/contracts/auth.contract';
import { page } from './routes-access';
import { AREA_ROUTES } from './routes-areas';
import { CENTRE_ROUTES } from './routes-centre';

/**
 * The client's pages: one entry per page — its path (wouter pattern), whether the caller may open it (from
 * the actions `/api/v1/me` allows, never re-derived from roles), its title, its place in the navigation and
 * how it is drawn. Every page is its own lazily loaded chunk, so the first load carries only the shell.
 * A module adds its pages here and nowhere else: in `routes-centre.tsx` (the centre's daily work) or
 * `routes-areas.tsx` (the other areas); the table is their two lists in order.
 */
export interface PageContext {
  me: MeResponse;
  /** The current path without the query string. */
  path: string;
  /** Named parameters of the pattern (e.g. `id` of a participant's record). */
  params: Record<string, string | undefined>;
  refresh: () => Promise<void>;
  onLoggedOut: () => void;
}

export interface PageRoute {
  /** A wouter pattern ('/payroll', '/partners/*') or a RegExp with named groups (an id of the right shape). */
  path: string | RegExp;
  /** The label in the main navigation, when the page has a place there (in this table's order). */
  nav?: () => string;
  title: () => string;
  allowed: (me: MeResponse) => boolean;
  render: (c: PageContext) => ReactNode;
}

/** Pages outside the signed-in shell (first run, login, a refusal, the partner's home). */
export const ShellPages = {
  LoginPage: page(() => import('./pages/login'), 'LoginPage'),
  SetupPage: page(() => import('./pages/setup'), 'SetupPage'),
  PrivacyRefusalPage: page(() => import('./pages/privacy'), 'PrivacyRefusalPage'),
  PartnerHomePage: page(() => import('./pages/partner-home'), 'PartnerHomePage'),
};

/** The one table of pages, in the navigation's order; its entries live in two files by area. */
export const PAGE_ROUTES: readonly PageRoute[] = [...CENTRE_ROUTES, ...AREA_ROUTES];
