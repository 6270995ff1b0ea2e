import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { MeResponse } from '../../src/contracts/auth.contract';
import type { Role } from '../../src/contracts/common';
import { api, ApiError, setCsrfToken, setUnauthenticatedHandler } from './api';
import { setLang, t, useLang } from './i18n';
import { AccountPage } from './pages/account';
import { AuditPage } from './pages/audit';
import { BenefitPage } from './pages/benefit';
import { CentrePage } from './pages/centre';
import { LoginPage } from './pages/login';
import { ParticipantPage, ParticipantsPage } from './pages/participants';
import { FollowUpsPage } from './pages/pathway';
import { NetworksPage } from './pages/networks';
import { WorkshopsPage } from './pages/workshops';
import { AttendancePage } from './pages/attendance';
import { PayrollPage } from './pages/payroll';
import { ParticipantImportPage } from './pages/participant-import';
import { SetupPage } from './pages/setup';
import { UsersPage } from './pages/users';
import { linkProps, navigate, usePath } from './router';
// Personal data (issue 14): the refusal page, the privacy page and the handler that shows the refusal.
import { PrivacyPage, PrivacyRefusalPage } from './pages/privacy';
// Services the centre sells (issue 17).
import { ServicesPage } from './pages/services';
import { ServiceOrderPage } from './pages/services-order';
import { setAuthorisationRequiredHandler } from './api';
// Home page and finance register (issue 15 items 4–5).
import { HomePage } from './pages/home';
import { FinancePage } from './pages/finance';
// Reports and staff (issue 15).
import { ReportsPage } from './pages/reports';
import { StaffPage } from './pages/staff';
const IndicatorsPage = lazy(() => import('./pages/reports-indicators'));
// Partner registry and the partner account's home (issue 16).
import { PartnersPage } from './pages/partners';
import { PartnerHomePage } from './pages/partner-home';
// EU projects (issue 16).
import { ProjectsPage } from './pages/projects';
import { GraduatesPage } from './pages/graduates';
import { PlacementsPage } from './pages/placements';
import { SupportedEmploymentPage } from './pages/supported-employment';

type State =
  | { kind: 'loading' }
  | { kind: 'setup'; demo: boolean }
  | { kind: 'login'; demo: boolean; notice: string | null; email: string }
  | { kind: 'app'; me: MeResponse };

const has = (me: MeResponse, ...roles: Role[]) => me.roles.some((r) => roles.includes(r));
/** A KIS pays no integration benefit: payroll and other CIS-only screens are not offered there. */
/** A partner institution's worker sees only its home page (issue 16): never the centre's navigation. */
const isPartnerAccount = (me: MeResponse) => me.roles.includes('PARTNER_VIEWER');
const isKisCentre = (me: MeResponse) => me.centres.find((c) => c.id === me.currentCentreId)?.type === 'KIS';

/** The whole client: first-run setup, login, then the shell with pages chosen by path and role. */
export function App() {
  const lang = useLang();
  const path = usePath().split('?')[0]!;
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [refusal, setRefusal] = useState<string | null>(null);
  useEffect(() => setAuthorisationRequiredHandler(setRefusal), []);
  useEffect(() => setRefusal(null), [path]);

  const toLogin = useCallback(async (notice: string | null = null, email = '') => {
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

  const title =
    state.kind === 'setup' ? t('setup.title') : state.kind === 'login' ? t('login.title') : pageTitle(path);
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
          <CentreSwitcher me={state.me} onSwitched={(me) => setState({ kind: 'app', me })} />
        )}
        <div className="top-right">
          <button
            type="button"
            className="link"
            lang={lang === 'pl' ? 'en' : 'pl'}
            onClick={() => setLang(lang === 'pl' ? 'en' : 'pl')}
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
      {state.kind === 'app' && !state.me.totpEnrolmentRequired && !isPartnerAccount(state.me) && (
        <Nav me={state.me} path={path} />
      )}
      {state.kind === 'loading' && (
        <main id="main">
          <p>{t('app.loading')}</p>
        </main>
      )}
      {state.kind === 'setup' && <SetupPage onDone={(email) => void toLogin(t('setup.done'), email)} />}
      {state.kind === 'login' && (
        <LoginPage
          key={lang}
          demo={state.demo}
          notice={state.notice}
          initialEmail={state.email}
          onLogin={(me) => {
            setState({ kind: 'app', me });
            navigate(me.totpEnrolmentRequired ? '/account' : '/', true);
          }}
        />
      )}
      {state.kind === 'app' && refusal !== null && <PrivacyRefusalPage standing={refusal} />}
      {state.kind === 'app' && refusal === null && isPartnerAccount(state.me) && path !== '/account' && (
        <PartnerHomePage />
      )}
      {state.kind === 'app' && refusal === null && (!isPartnerAccount(state.me) || path === '/account') && (
        <Page
          me={state.me}
          path={path}
          refresh={refresh}
          onLoggedOut={() => void toLogin()}
          key={state.me.currentCentreId}
        />
      )}
    </>
  );
}

function pageTitle(path: string) {
  if (path.startsWith('/participants')) return t('nav.participants');
  if (path.startsWith('/services')) return t('nav.services');
  if (path.startsWith('/projects')) return t('nav.projects');
  if (path.startsWith('/placements')) return t('nav.placements');
  if (path === '/graduates') return t('nav.graduates');
  if (path === '/supported-employment') return t('nav.supported');
  const map: Record<string, string> = {
    '/payroll': t('nav.payroll'),
    '/attendance': t('nav.attendance'),
    '/workshops': t('nav.workshops'),
    '/follow-ups': t('nav.followUps'),
    '/benefit': t('nav.benefit'),
    '/users': t('nav.users'),
    '/centre': t('nav.centre'),
    '/audit': t('nav.audit'),
    '/privacy': t('nav.privacy'),
    '/account': t('nav.account'),
    '/finance': t('nav.finance'),
    '/services': t('nav.services'),
    '/reports': t('nav.reports'),
    '/reports/indicators': t('ind.title'),
    '/staff': t('nav.staff'),
    '/partners': t('nav.partners'),
    '/networks': t('nav.networks'),
    '/projects': t('nav.projects'),
  };
  return map[path] ?? t('nav.home');
}

function Nav({ me, path }: { me: MeResponse; path: string }) {
  const items = [
    { to: '/', label: t('nav.home'), show: true },
    { to: '/participants', label: t('nav.participants'), show: true },
    {
      to: '/attendance',
      label: t('nav.attendance'),
      show: has(me, 'DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR', 'ACCOUNTANT'),
    },
    { to: '/payroll', label: t('nav.payroll'), show: has(me, 'DIRECTOR', 'ACCOUNTANT') && !isKisCentre(me) },
    { to: '/workshops', label: t('nav.workshops'), show: true },
    { to: '/follow-ups', label: t('nav.followUps'), show: has(me, 'DIRECTOR', 'SOCIAL_WORKER') },
    { to: '/benefit', label: t('nav.benefit'), show: true },
    { to: '/users', label: t('nav.users'), show: has(me, 'ADMIN', 'DIRECTOR') },
    { to: '/centre', label: t('nav.centre'), show: true },
    { to: '/audit', label: t('nav.audit'), show: has(me, 'ADMIN', 'DIRECTOR') },
    { to: '/privacy', label: t('nav.privacy'), show: has(me, 'ADMIN', 'DIRECTOR') },
    { to: '/account', label: t('nav.account'), show: true },
    { to: '/finance', label: t('nav.finance'), show: me.allowedActions.includes('finance.view') },
    { to: '/services', label: t('nav.services'), show: me.allowedActions.includes('services.view') },
    { to: '/reports', label: t('nav.reports'), show: me.allowedActions.includes('reports.view') },
    { to: '/staff', label: t('nav.staff'), show: me.allowedActions.includes('staff.view') },
    { to: '/partners', label: t('nav.partners'), show: me.allowedActions.includes('partners.view') },
    { to: '/networks', label: t('nav.networks'), show: true },
    { to: '/projects', label: t('nav.projects'), show: me.allowedActions.includes('projects.view') },
    { to: '/placements', label: t('nav.placements'), show: me.allowedActions.includes('placements.view') },
    { to: '/graduates', label: t('nav.graduates'), show: me.allowedActions.includes('graduates.view') },
    {
      to: '/supported-employment',
      label: t('nav.supported'),
      show: me.allowedActions.includes('supportedEmployment.view'),
    },
  ];
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {items
          .filter((i) => i.show)
          .map((i) => (
            <li key={i.to}>
              <a {...linkProps(i.to)} aria-current={path === i.to ? 'page' : undefined}>
                {i.label}
              </a>
            </li>
          ))}
      </ul>
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
  refresh,
  onLoggedOut,
}: {
  me: MeResponse;
  path: string;
  refresh: () => Promise<void>;
  onLoggedOut: () => void;
}) {
  if (path === '/account') return <AccountPage me={me} refresh={refresh} onLoggedOut={onLoggedOut} />;
  if (path === '/benefit')
    return (
      <BenefitPage
        canSetParameters={has(me, 'ADMIN', 'DIRECTOR')}
        isCis={me.centres.find((c) => c.id === me.currentCentreId)?.type !== 'KIS'}
      />
    );
  if (path === '/participants')
    return (
      <ParticipantsPage
        canEdit={has(me, 'DIRECTOR', 'SOCIAL_WORKER')}
        canSeeSensitive={has(me, 'DIRECTOR', 'SOCIAL_WORKER')}
        isDirector={has(me, 'DIRECTOR')}
      />
    );
  if (path === '/participants/import' && has(me, 'DIRECTOR', 'SOCIAL_WORKER'))
    return <ParticipantImportPage />;
  const participant = /^\/participants\/([0-9a-f-]{36})$/.exec(path);
  if (participant)
    return (
      <ParticipantPage
        id={participant[1]!}
        canEdit={has(me, 'DIRECTOR', 'SOCIAL_WORKER')}
        isDirector={has(me, 'DIRECTOR')}
        isKis={me.centres.find((c) => c.id === me.currentCentreId)?.type === 'KIS'}
        roles={me.roles}
      />
    );
  if (path === '/follow-ups' && has(me, 'DIRECTOR', 'SOCIAL_WORKER')) return <FollowUpsPage />;
  if (path === '/attendance' && has(me, 'DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR', 'ACCOUNTANT'))
    return <AttendancePage isDirector={has(me, 'DIRECTOR')} />;
  if (path === '/payroll' && has(me, 'DIRECTOR', 'ACCOUNTANT') && !isKisCentre(me))
    return <PayrollPage isDirector={has(me, 'DIRECTOR')} isAccountant={has(me, 'ACCOUNTANT')} />;
  if (path === '/workshops') return <WorkshopsPage canManage={has(me, 'ADMIN', 'DIRECTOR')} />;
  if (path === '/users' && has(me, 'ADMIN', 'DIRECTOR')) return <UsersPage canManage={has(me, 'ADMIN')} />;
  if (path === '/centre')
    return <CentrePage canEdit={has(me, 'ADMIN')} onCentresChanged={() => void refresh()} />;
  if (path === '/audit' && has(me, 'ADMIN', 'DIRECTOR')) return <AuditPage />;
  if (path === '/privacy' && has(me, 'ADMIN', 'DIRECTOR'))
    return <PrivacyPage canManage canRetention={has(me, 'DIRECTOR')} />;
  if (path === '/finance' && me.allowedActions.includes('finance.view'))
    return <FinancePage canEdit={me.allowedActions.includes('finance.edit')} />;
  const servicesAccess = {
    catalogue: me.allowedActions.includes('services.catalogue'),
    orders: me.allowedActions.includes('services.orders'),
    jobDays: me.allowedActions.includes('services.jobDays'),
    income: me.allowedActions.includes('services.income'),
  };
  if (path === '/services' && me.allowedActions.includes('services.view'))
    return <ServicesPage access={servicesAccess} />;
  const serviceOrder = /^\/services\/orders\/([0-9a-f-]{36})$/.exec(path);
  if (serviceOrder && me.allowedActions.includes('services.view'))
    return <ServiceOrderPage id={serviceOrder[1]!} access={servicesAccess} />;
  if (path === '/reports/indicators' && me.allowedActions.includes('reports.view'))
    return (
      <Suspense fallback={<main id="main" />}>
        <IndicatorsPage canEdit={me.allowedActions.includes('reports.edit')} />
      </Suspense>
    );
  if (path === '/reports' && me.allowedActions.includes('reports.view'))
    return <ReportsPage isDirector={me.allowedActions.includes('reports.sign')} />;
  if (path === '/staff' && me.allowedActions.includes('staff.view'))
    return <StaffPage canManage={me.allowedActions.includes('staff.manage')} />;
  if ((path === '/partners' || path.startsWith('/partners/')) && me.allowedActions.includes('partners.view'))
    return (
      <PartnersPage
        path={path}
        canEdit={me.allowedActions.includes('partners.edit')}
        canSeeReferrals={me.allowedActions.includes('pathway.view')}
        canManageAccounts={me.allowedActions.includes('partners.accounts.manage')}
      />
    );
  if (path === '/networks') return <NetworksPage isDirector={has(me, 'DIRECTOR')} />;
  if (path.startsWith('/projects') && me.allowedActions.includes('projects.view'))
    return <ProjectsPage path={path} canManage={me.allowedActions.includes('projects.manage')} />;
  if (path.startsWith('/placements') && me.allowedActions.includes('placements.view'))
    return (
      <PlacementsPage
        path={path}
        canManage={me.allowedActions.includes('placements.manage')}
        canDays={me.allowedActions.includes('placements.days')}
      />
    );
  if (path === '/graduates' && me.allowedActions.includes('graduates.view'))
    return <GraduatesPage canFollowUp={me.allowedActions.includes('graduates.followUp')} />;
  if (path === '/supported-employment' && me.allowedActions.includes('supportedEmployment.view'))
    return <SupportedEmploymentPage canManage={me.allowedActions.includes('supportedEmployment.manage')} />;
  if (path === '/' || path === '/login' || path === '/setup') return <HomePage me={me} />;
  return (
    <main id="main">
      <h1>{t('notFound.title')}</h1>
      <p>
        <a {...linkProps('/')}>{t('nav.home')}</a>
      </p>
    </main>
  );
}
