import { Suspense, useCallback, useEffect, useState } from 'react';
import { matchRoute, useRouter } from 'wouter';
import type { MeResponse } from '../../src/contracts/auth.contract';
import {
  api,
  ApiError,
  setAuthorisationRequiredHandler,
  setCsrfToken,
  setUnauthenticatedHandler,
} from './api';
import { setLang, t, useLang } from './i18n';
import { groupNavItems } from './nav-groups';
import { clearSessionCaches } from './session-caches';
import { PAGE_ROUTES, type PageRoute, ShellPages } from './routes';
import { linkProps, navigate, usePath } from './router';

const { LoginPage, SetupPage, PrivacyRefusalPage, PartnerHomePage } = ShellPages;

type State =
  | { kind: 'loading' }
  | { kind: 'setup'; demo: boolean }
  | { kind: 'login'; demo: boolean; notice: string | null; email: string }
  | { kind: 'app'; me: MeResponse };

/** A partner institution's worker sees only its home page (issue 16): never the centre's navigation. */
const isPartnerAccount = (me: MeResponse) => me.allowedActions.includes('partnerPortal.view');

/** The page of the table the path matches, with the pattern's parameters; null when none does. */
function usePageMatch(path: string): { route: PageRoute; params: Record<string, string | undefined> } | null {
  const { parser } = useRouter();
  for (const route of PAGE_ROUTES) {
    const [matched, params] = matchRoute(parser, route.path, path);
    if (matched) return { route, params: (params ?? {}) as Record<string, string | undefined> };
  }
  return null;
}

/** The whole client: first-run setup, login, then the shell with pages chosen by path and role. */
export function App() {
  const lang = useLang();
  const path = usePath().split('?')[0]!;
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [refusal, setRefusal] = useState<string | null>(null);
  useEffect(() => setAuthorisationRequiredHandler(setRefusal), []);
  useEffect(() => setRefusal(null), [path]);

  const toLogin = useCallback(async (notice: string | null = null, email = '') => {
    clearSessionCaches();
    const status = await api<{ setupRequired: boolean; demo: boolean }>('GET', '/api/v1/setup');
    setCsrfToken(undefined);
    setState({ kind: 'login', demo: status.demo, notice, email });
    navigate('/login', true);
  }, []);

  const refresh = useCallback(async () => {
    const me = await api<MeResponse>('GET', '/api/v1/me');
    setState({ kind: 'app', me });
  }, []);

  useEffect(() => {
    setUnauthenticatedHandler((code) => {
      void toLogin(code === 'SESSION_EXPIRED' ? t('login.expired') : null);
    });
    (async () => {
      const status = await api<{ setupRequired: boolean; demo: boolean; hasSession?: boolean }>(
        'GET',
        '/api/v1/setup',
      );
      if (status.setupRequired) {
        setState({ kind: 'setup', demo: status.demo });
        navigate('/setup', true);
        return;
      }
      // Without a session cookie /me can only answer 401: go straight to the login form (no console error).
      if (status.hasSession === false) {
        setState({ kind: 'login', demo: status.demo, notice: null, email: '' });
        if (path !== '/login') navigate('/login', true);
        return;
      }
      try {
        await refresh();
        if (path === '/login' || path === '/setup') navigate('/', true);
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 401) throw error;
        setState({ kind: 'login', demo: status.demo, notice: null, email: '' });
        if (path !== '/login') navigate('/login', true);
      }
    })();
  }, []);

  // A role that must use TOTP sees only the account page until it is set up.
  useEffect(() => {
    if (state.kind === 'app' && state.me.totpEnrolmentRequired && path !== '/account')
      navigate('/account', true);
  }, [state, path]);

  const match = usePageMatch(path);
  const title =
    state.kind === 'setup'
      ? t('setup.title')
      : state.kind === 'login'
        ? t('login.title')
        : (match?.route.title() ?? t('nav.home'));
  useEffect(() => {
    document.title = `${title} · Reintegra`;
  }, [title, lang]);

  const demo =
    state.kind === 'app'
      ? state.me.demo || state.me.centres.some((c) => c.id === state.me.currentCentreId && c.isDemo)
      : state.kind !== 'loading' && state.demo;

  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      {demo && (
        <div className="demo-banner" role="note">
          {t('app.demoBanner')}
        </div>
      )}
      <header className="top">
        <a className="brand" {...linkProps('/')}>
          <span aria-hidden="true">◆</span> {t('app.name')}
        </a>
        {state.kind === 'app' && (
          <CentreSwitcher
            me={state.me}
            onSwitched={(me) => {
              clearSessionCaches();
              setState({ kind: 'app', me });
            }}
          />
        )}
        <div className="top-right">
          <button
            type="button"
            className="link"
            lang={lang === 'pl' ? 'en' : 'pl'}
            onClick={() => void setLang(lang === 'pl' ? 'en' : 'pl')}
          >
            {t('lang.switch')}
          </button>
          {state.kind === 'app' && (
            <button
              type="button"
              className="link"
              onClick={async () => {
                await api('POST', '/api/v1/auth/logout').catch(() => undefined);
                await toLogin();
              }}
            >
              {t('nav.logout')}
            </button>
          )}
        </div>
      </header>
      <div className="layout">
        {state.kind === 'app' && !state.me.totpEnrolmentRequired && !isPartnerAccount(state.me) && (
          <Nav me={state.me} path={path} />
        )}
        {state.kind === 'loading' && (
          <main id="main">
            <p>{t('app.loading')}</p>
          </main>
        )}
        <Suspense fallback={<main id="main" aria-busy="true" />}>
          {state.kind === 'setup' && (
            <SetupPage onDone={(email: string) => void toLogin(t('setup.done'), email)} />
          )}
          {state.kind === 'login' && (
            <LoginPage
              key={lang}
              demo={state.demo}
              notice={state.notice}
              initialEmail={state.email}
              onLogin={(me: MeResponse) => {
                clearSessionCaches();
                setState({ kind: 'app', me });
                navigate(me.totpEnrolmentRequired ? '/account' : '/', true);
              }}
            />
          )}
          {state.kind === 'app' && refusal !== null && <PrivacyRefusalPage standing={refusal} />}
          {state.kind === 'app' && refusal === null && isPartnerAccount(state.me) && path !== '/account' && (
            <PartnerHomePage />
          )}
        </Suspense>
        {state.kind === 'app' && refusal === null && (!isPartnerAccount(state.me) || path === '/account') && (
          // A boundary of its own per centre and path: React keeps a page hidden while the next one loads, and
          // a shared boundary would bring that old page back, with its stale data, on a quick click back.
          <Suspense
            key={`${state.me.currentCentreId}:${path}`}
            fallback={<main id="main" aria-busy="true" />}
          >
            <Page
              me={state.me}
              path={path}
              match={match}
              refresh={refresh}
              onLoggedOut={() => void toLogin()}
            />
          </Suspense>
        )}
      </div>
    </>
  );
}

function Nav({ me, path }: { me: MeResponse; path: string }) {
  const items = PAGE_ROUTES.flatMap((r) =>
    r.nav && typeof r.path === 'string' && r.allowed(me) ? [{ to: r.path, label: r.nav() }] : [],
  );
  const { home, groups } = groupNavItems(items);
  // On a phone the sections fold behind one button; it folds again on the next page (opened "at" a path).
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === path;
  const current = items.find((i) => i.to === path)?.label;
  const link = (i: { to: string; label: string }) => (
    <li key={i.to}>
      <a {...linkProps(i.to)} aria-current={path === i.to ? 'page' : undefined}>
        {i.label}
      </a>
    </li>
  );
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <button
        type="button"
        className="nav-toggle"
        aria-expanded={open}
        aria-controls="main-nav-sections"
        onClick={() => setOpenAt(open ? null : path)}
      >
        {t('nav.menu')}
        {current && <span className="nav-toggle-current">{current}</span>}
      </button>
      <div id="main-nav-sections" className="nav-sections" data-open={open}>
        {home && <ul>{link(home)}</ul>}
        {groups.map((g) => (
          <div key={g.key} className="nav-group">
            <span className="nav-group-label" id={`nav-group-${g.key}`}>
              {t(`nav.group.${g.key}`)}
            </span>
            <ul aria-labelledby={`nav-group-${g.key}`}>{g.items.map(link)}</ul>
          </div>
        ))}
      </div>
    </nav>
  );
}

function CentreSwitcher({ me, onSwitched }: { me: MeResponse; onSwitched: (me: MeResponse) => void }) {
  const current = me.centres.find((c) => c.id === me.currentCentreId);
  if (me.centres.length <= 1)
    return current ? (
      <span className="centre-name">
        {current.name} <span className="badge">{current.type}</span>
      </span>
    ) : null;
  return (
    <label className="centre-switch">
      <span className="sr-only">{t('nav.centreSwitch')}</span>
      <select
        value={me.currentCentreId ?? ''}
        onChange={async (e) =>
          onSwitched(await api<MeResponse>('POST', '/api/v1/me/centre', { centreId: e.target.value }))
        }
      >
        {me.centres.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name} ({c.type})
          </option>
        ))}
      </select>
    </label>
  );
}

function Page({
  me,
  path,
  match,
  refresh,
  onLoggedOut,
}: {
  me: MeResponse;
  path: string;
  match: ReturnType<typeof usePageMatch>;
  refresh: () => Promise<void>;
  onLoggedOut: () => void;
}) {
  if (match?.route.allowed(me))
    return <>{match.route.render({ me, path, params: match.params, refresh, onLoggedOut })}</>;
  return (
    <main id="main">
      <h1>{t('notFound.title')}</h1>
      <p>
        <a {...linkProps('/')}>{t('nav.home')}</a>
      </p>
    </main>
  );
}
