import { type ComponentType, lazy, type ReactNode } from 'react';
import type { MeResponse } from '../../src/contracts/auth.contract';
import { t } from './i18n';

/**
 * The client's pages: one entry per page — its path (wouter pattern), whether the caller may open it (from
 * the actions `/api/v1/me` allows, never re-derived from roles), its title, its place in the navigation and
 * how it is drawn. Every page is its own lazily loaded chunk, so the first load carries only the shell.
 * A module adds its pages here and nowhere else.
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

/** A named export of a page module as a lazy component (its own chunk). */
// biome-ignore lint/suspicious/noExplicitAny: the constraint React's own lazy() uses.
function page<M extends Record<K, ComponentType<any>>, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
const AccountPage = page(() => import('./pages/account'), 'AccountPage');
const AttendancePage = page(() => import('./pages/attendance'), 'AttendancePage');
const AuditPage = page(() => import('./pages/audit'), 'AuditPage');
const BenefitPage = page(() => import('./pages/benefit'), 'BenefitPage');
const CentrePage = page(() => import('./pages/centre'), 'CentrePage');
const FinancePage = page(() => import('./pages/finance'), 'FinancePage');
const FollowUpsPage = page(() => import('./pages/pathway-follow-ups'), 'FollowUpsPage');
const HomePage = page(() => import('./pages/home'), 'HomePage');
const IndicatorsPage = lazy(() => import('./pages/reports-indicators'));
const NetworksPage = page(() => import('./pages/networks'), 'NetworksPage');
const ParticipantImportPage = page(() => import('./pages/participant-import'), 'ParticipantImportPage');
const ParticipantPage = page(() => import('./pages/participant-page'), 'ParticipantPage');
const ParticipantsPage = page(() => import('./pages/participants'), 'ParticipantsPage');
const PartnersPage = page(() => import('./pages/partners'), 'PartnersPage');
const PayrollPage = page(() => import('./pages/payroll'), 'PayrollPage');
const PrivacyPage = page(() => import('./pages/privacy'), 'PrivacyPage');
const ProjectsPage = page(() => import('./pages/projects'), 'ProjectsPage');
const JobsPage = page(() => import('./pages/jobs'), 'JobsPage');
const GraduatesPage = page(() => import('./pages/graduates'), 'GraduatesPage');
const PlacementsPage = page(() => import('./pages/placements'), 'PlacementsPage');
const SupportedEmploymentPage = page(() => import('./pages/supported-employment'), 'SupportedEmploymentPage');
const Art200Page = page(() => import('./pages/art200'), 'Art200Page');
const EventsPage = page(() => import('./pages/events'), 'EventsPage');
const InkindPage = page(() => import('./pages/inkind'), 'InkindPage');
const VolunteersPage = page(() => import('./pages/volunteers'), 'VolunteersPage');
const ReportsPage = page(() => import('./pages/reports'), 'ReportsPage');
const ServiceOrderPage = page(() => import('./pages/services-order'), 'ServiceOrderPage');
const ServicesPage = page(() => import('./pages/services'), 'ServicesPage');
const ServiceMonthPage = page(() => import('./pages/services-month'), 'ServiceMonthPage');
const ServiceStandsPage = page(() => import('./pages/services-stands'), 'ServiceStandsPage');
const StaffPage = page(() => import('./pages/staff'), 'StaffPage');
const UsersPage = page(() => import('./pages/users'), 'UsersPage');
const WorkshopsPage = page(() => import('./pages/workshops'), 'WorkshopsPage');

/** Pages outside the signed-in shell (first run, login, a refusal, the partner's home). */
export const ShellPages = {
  LoginPage: page(() => import('./pages/login'), 'LoginPage'),
  SetupPage: page(() => import('./pages/setup'), 'SetupPage'),
  PrivacyRefusalPage: page(() => import('./pages/privacy'), 'PrivacyRefusalPage'),
  PartnerHomePage: page(() => import('./pages/partner-home'), 'PartnerHomePage'),
};

type Action = MeResponse['allowedActions'][number];
const may = (me: MeResponse, action: Action) => me.allowedActions.includes(action);
const always = () => true;
/** A KIS pays no integration benefit: payroll is not offered there. */
const isKis = (me: MeResponse) => me.centres.find((c) => c.id === me.currentCentreId)?.type === 'KIS';

function servicesAccess(me: MeResponse) {
  return {
    catalogue: may(me, 'services.catalogue'),
    orders: may(me, 'services.orders'),
    jobDays: may(me, 'services.jobDays'),
    income: may(me, 'services.income'),
  };
}

export const PAGE_ROUTES: readonly PageRoute[] = [
  {
    path: '/',
    nav: () => t('nav.home'),
    title: () => t('nav.home'),
    allowed: always,
    render: ({ me }) => <HomePage me={me} />,
  },
  {
    path: '/participants',
    nav: () => t('nav.participants'),
    title: () => t('nav.participants'),
    allowed: always,
    render: ({ me }) => (
      <ParticipantsPage
        canEdit={may(me, 'participants.edit')}
        canSeeSensitive={may(me, 'pathway.view')}
        isDirector={may(me, 'programme.sign')}
      />
    ),
  },
  {
    path: '/participants/import',
    title: () => t('nav.participants'),
    allowed: (me) => may(me, 'participants.import'),
    render: () => <ParticipantImportPage />,
  },
  {
    path: /^\/participants\/(?<id>[0-9a-f-]{36})$/,
    title: () => t('nav.participants'),
    allowed: always,
    render: ({ me, params }) => (
      <ParticipantPage
        id={params.id ?? ''}
        canEdit={may(me, 'participants.edit')}
        isDirector={may(me, 'programme.sign')}
        isKis={isKis(me)}
        roles={me.roles}
      />
    ),
  },
  {
    path: '/attendance',
    nav: () => t('nav.attendance'),
    title: () => t('nav.attendance'),
    allowed: (me) => may(me, 'attendance.view'),
    render: ({ me }) => <AttendancePage isDirector={may(me, 'attendance.lock')} />,
  },
  {
    path: '/payroll',
    nav: () => t('nav.payroll'),
    title: () => t('nav.payroll'),
    allowed: (me) => may(me, 'payroll.view') && !isKis(me),
    render: ({ me }) => (
      <PayrollPage isDirector={may(me, 'payroll.approve')} isAccountant={may(me, 'payroll.review')} />
    ),
  },
  {
    path: '/workshops',
    nav: () => t('nav.workshops'),
    title: () => t('nav.workshops'),
    allowed: always,
    render: ({ me }) => <WorkshopsPage canManage={may(me, 'workshops.manage')} />,
  },
  {
    path: '/follow-ups',
    nav: () => t('nav.followUps'),
    title: () => t('nav.followUps'),
    allowed: (me) => may(me, 'followUps.manage'),
    render: () => <FollowUpsPage />,
  },
  {
    path: '/benefit',
    nav: () => t('nav.benefit'),
    title: () => t('nav.benefit'),
    allowed: always,
    render: ({ me }) => (
      <BenefitPage canSetParameters={may(me, 'benefitParameters.edit')} isCis={!isKis(me)} />
    ),
  },
  {
    path: '/users',
    nav: () => t('nav.users'),
    title: () => t('nav.users'),
    allowed: (me) => may(me, 'users.view'),
    render: ({ me }) => <UsersPage canManage={may(me, 'users.manage')} />,
  },
  {
    path: '/centre',
    nav: () => t('nav.centre'),
    title: () => t('nav.centre'),
    allowed: always,
    render: ({ me, refresh }) => (
      <CentrePage canEdit={may(me, 'centre.edit')} onCentresChanged={() => void refresh()} />
    ),
  },
  {
    path: '/audit',
    nav: () => t('nav.audit'),
    title: () => t('nav.audit'),
    allowed: (me) => may(me, 'audit.view'),
    render: () => <AuditPage />,
  },
  {
    path: '/privacy',
    nav: () => t('nav.privacy'),
    title: () => t('nav.privacy'),
    allowed: (me) => may(me, 'privacy.register.view'),
    render: ({ me }) => <PrivacyPage canManage canRetention={may(me, 'privacy.retention.view')} />,
  },
  {
    path: '/account',
    nav: () => t('nav.account'),
    title: () => t('nav.account'),
    allowed: always,
    render: ({ me, refresh, onLoggedOut }) => (
      <AccountPage me={me} refresh={refresh} onLoggedOut={onLoggedOut} />
    ),
  },
  {
    path: '/finance',
    nav: () => t('nav.finance'),
    title: () => t('nav.finance'),
    allowed: (me) => may(me, 'finance.view'),
    render: ({ me }) => <FinancePage canEdit={may(me, 'finance.edit')} />,
  },
  {
    path: '/services',
    nav: () => t('nav.services'),
    title: () => t('nav.services'),
    allowed: (me) => may(me, 'services.view'),
    render: ({ me }) => <ServicesPage access={servicesAccess(me)} />,
  },
  {
    path: '/services/stands',
    title: () => t('nav.services'),
    allowed: (me) => may(me, 'services.view'),
    render: ({ me }) => <ServiceStandsPage access={servicesAccess(me)} />,
  },
  {
    path: '/services/month',
    title: () => t('nav.services'),
    allowed: (me) => may(me, 'services.view'),
    render: () => <ServiceMonthPage search={window.location.search} />,
  },
  {
    path: /^\/services\/orders\/(?<id>[0-9a-f-]{36})$/,
    title: () => t('nav.services'),
    allowed: (me) => may(me, 'services.view'),
    render: ({ me, params }) => <ServiceOrderPage id={params.id ?? ''} access={servicesAccess(me)} />,
  },
  {
    path: '/reports',
    nav: () => t('nav.reports'),
    title: () => t('nav.reports'),
    allowed: (me) => may(me, 'reports.view'),
    render: ({ me }) => <ReportsPage isDirector={may(me, 'reports.sign')} />,
  },
  {
    path: '/reports/indicators',
    title: () => t('ind.title'),
    allowed: (me) => may(me, 'reports.view'),
    render: ({ me }) => <IndicatorsPage canEdit={may(me, 'reports.edit')} />,
  },
  {
    path: '/staff',
    nav: () => t('nav.staff'),
    title: () => t('nav.staff'),
    allowed: (me) => may(me, 'staff.view'),
    render: ({ me }) => <StaffPage canManage={may(me, 'staff.manage')} />,
  },
  {
    path: '/partners',
    nav: () => t('nav.partners'),
    title: () => t('nav.partners'),
    allowed: (me) => may(me, 'partners.view'),
    render: (c) => partnersPage(c),
  },
  {
    path: '/partners/*',
    title: () => t('nav.partners'),
    allowed: (me) => may(me, 'partners.view'),
    render: (c) => partnersPage(c),
  },
  {
    path: '/networks',
    nav: () => t('nav.networks'),
    title: () => t('nav.networks'),
    // A network coordinator holds no role in a centre; the page asks the server what the caller may see.
    allowed: always,
    render: ({ me }) => (
      <NetworksPage
        isDirector={may(me, 'networks.join')}
        centreId={me.currentCentreId}
        actions={me.allowedActions}
      />
    ),
  },
  {
    path: '/projects',
    nav: () => t('nav.projects'),
    title: () => t('nav.projects'),
    allowed: (me) => may(me, 'projects.view'),
    render: (c) => projectsPage(c),
  },
  {
    path: '/projects/*',
    title: () => t('nav.projects'),
    allowed: (me) => may(me, 'projects.view'),
    render: (c) => projectsPage(c),
  },
  // Practical placements, graduates and supported employment (issue 16).
  {
    path: '/placements',
    nav: () => t('nav.placements'),
    title: () => t('nav.placements'),
    allowed: (me) => may(me, 'placements.view'),
    render: (c) => placementsPage(c),
  },
  {
    path: '/placements/*',
    title: () => t('nav.placements'),
    allowed: (me) => may(me, 'placements.view'),
    render: (c) => placementsPage(c),
  },
  {
    path: '/graduates',
    nav: () => t('nav.graduates'),
    title: () => t('nav.graduates'),
    allowed: (me) => may(me, 'graduates.view'),
    render: ({ me }) => <GraduatesPage canFollowUp={may(me, 'graduates.followUp')} />,
  },
  {
    path: '/supported-employment',
    nav: () => t('nav.supported'),
    title: () => t('nav.supported'),
    allowed: (me) => may(me, 'supportedEmployment.view'),
    render: ({ me }) => <SupportedEmploymentPage canManage={may(me, 'supportedEmployment.manage')} />,
  },
  // The art. 200 track: PUP-funded activities for the unemployed (issue 16 item 7, decision 0035).
  {
    path: '/art200',
    nav: () => t('nav.art200'),
    title: () => t('nav.art200'),
    allowed: (me) => may(me, 'art200.view'),
    render: (c) => art200Page(c),
  },
  {
    path: '/art200/*',
    title: () => t('nav.art200'),
    allowed: (me) => may(me, 'art200.view'),
    render: (c) => art200Page(c),
  },
  // Events, courses and the senior club; in-kind help; volunteers (issue 18).
  {
    path: '/events',
    nav: () => t('nav.events'),
    title: () => t('nav.events'),
    allowed: (me) => may(me, 'events.view'),
    render: (c) => eventsPage(c),
  },
  {
    path: '/events/*',
    title: () => t('nav.events'),
    allowed: (me) => may(me, 'events.view'),
    render: (c) => eventsPage(c),
  },
  {
    path: '/inkind',
    nav: () => t('nav.inkind'),
    title: () => t('nav.inkind'),
    allowed: (me) => may(me, 'inkind.view'),
    render: ({ me }) => <InkindPage canManage={may(me, 'inkind.manage')} />,
  },
  {
    path: '/volunteers',
    nav: () => t('nav.volunteers'),
    title: () => t('nav.volunteers'),
    allowed: (me) => may(me, 'volunteers.view'),
    render: (c) => volunteersPage(c),
  },
  {
    path: '/volunteers/*',
    title: () => t('nav.volunteers'),
    allowed: (me) => may(me, 'volunteers.view'),
    render: (c) => volunteersPage(c),
  },
  // Long jobs on the queue and their progress (issue 13).
  {
    path: '/jobs',
    nav: () => t('nav.jobs'),
    title: () => t('nav.jobs'),
    allowed: (me) => may(me, 'jobs.view'),
    render: ({ me }) => <JobsPage canRunPayrolls={may(me, 'payroll.compute') && !isKis(me)} />,
  },
  // The login and first-run addresses show the home page once signed in.
  { path: '/login', title: () => t('nav.home'), allowed: always, render: ({ me }) => <HomePage me={me} /> },
  { path: '/setup', title: () => t('nav.home'), allowed: always, render: ({ me }) => <HomePage me={me} /> },
];

function partnersPage({ me, path }: PageContext) {
  return (
    <PartnersPage
      path={path}
      canEdit={may(me, 'partners.edit')}
      canSeeReferrals={may(me, 'pathway.view')}
      canManageAccounts={may(me, 'partners.accounts.manage')}
    />
  );
}

function projectsPage({ me, path }: PageContext) {
  return <ProjectsPage path={path} canManage={may(me, 'projects.manage')} />;
}

function eventsPage({ me, path }: PageContext) {
  return (
    <EventsPage
      path={path}
      canManage={may(me, 'events.manage')}
      canAttend={may(me, 'events.attendance')}
      canCertify={may(me, 'events.certificates')}
    />
  );
}

function volunteersPage({ me, path }: PageContext) {
  return <VolunteersPage path={path} canManage={may(me, 'volunteers.manage')} />;
}

function placementsPage({ me, path }: PageContext) {
  return (
    <PlacementsPage
      path={path}
      canManage={may(me, 'placements.manage')}
      canDays={may(me, 'placements.days')}
    />
  );
}

function art200Page({ me, path }: PageContext) {
  return <Art200Page path={path} canManage={may(me, 'art200.manage')} canHours={may(me, 'art200.hours')} />;
}
