import { t } from './i18n';
import type { PageRoute } from './routes';
import { always, isKis, may, page } from './routes-access';

const AccountPage = page(() => import('./pages/account'), 'AccountPage');
const AttendancePage = page(() => import('./pages/attendance'), 'AttendancePage');
const AuditPage = page(() => import('./pages/audit'), 'AuditPage');
const BenefitPage = page(() => import('./pages/benefit'), 'BenefitPage');
const CentrePage = page(() => import('./pages/centre'), 'CentrePage');
const FollowUpsPage = page(() => import('./pages/pathway-follow-ups'), 'FollowUpsPage');
export const HomePage = page(() => import('./pages/home'), 'HomePage');
const ParticipantImportPage = page(() => import('./pages/participant-import'), 'ParticipantImportPage');
const ParticipantPage = page(() => import('./pages/participant-page'), 'ParticipantPage');
const ParticipantsPage = page(() => import('./pages/participants'), 'ParticipantsPage');
const PayrollPage = page(() => import('./pages/payroll'), 'PayrollPage');
const PrivacyPage = page(() => import('./pages/privacy'), 'PrivacyPage');
const UsersPage = page(() => import('./pages/users'), 'UsersPage');
const WorkshopsPage = page(() => import('./pages/workshops'), 'WorkshopsPage');

/** The first part of the page table (its order is the navigation's): the centre's daily work. */
export const CENTRE_ROUTES: readonly PageRoute[] = [
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
];
