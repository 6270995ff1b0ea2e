import { lazy } from 'react';
import { t } from './i18n';
import type { PageContext, PageRoute } from './routes';
import { always, isKis, may, page, servicesAccess } from './routes-access';
import { HomePage } from './routes-centre';

const FinancePage = page(() => import('./pages/finance'), 'FinancePage');
const IndicatorsPage = lazy(() => import('./pages/reports-indicators'));
const NetworksPage = page(() => import('./pages/networks'), 'NetworksPage');
const PartnersPage = page(() => import('./pages/partners'), 'PartnersPage');
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

/** The second part of the page table: finance, services, reports, partners, networks, projects and the other areas. */
export const AREA_ROUTES: readonly PageRoute[] = [
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
    render: ({ me }) => (
      <InkindPage canManage={may(me, 'inkind.manage')} seesVolunteers={may(me, 'volunteers.view')} />
    ),
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
