import { type NetworkRole, STAFF_ROLES, type Role } from './roles';

// Every staff role; the partner account (PARTNER_VIEWER) has only its own rows below.
const ALL = STAFF_ROLES;

/**
 * Who may do what in a centre: one row per action, the roles that may do it. Use cases ask
 * `can(actor, 'payroll.close')` before touching data; `/api/v1/me` sends the caller's allowed actions
 * to the web client, which shows only what they allow. Limits that depend on the thing acted on (an
 * instructor's own workshops, the field classes of a record) are predicates in the use case, asked
 * after this table says yes. A new action or role adds rows here, not `if`s in every module.
 */
export const PERMISSIONS = {
  'centre.view': ALL,
  'centre.edit': ['ADMIN'],
  'centre.create': ['ADMIN'],
  'users.view': ['ADMIN', 'DIRECTOR'],
  'users.manage': ['ADMIN'],
  'audit.view': ['ADMIN', 'DIRECTOR'],
  'benefitParameters.edit': ['ADMIN', 'DIRECTOR'],

  'authorisations.view': ['ADMIN', 'DIRECTOR'],
  'authorisations.manage': ['ADMIN', 'DIRECTOR'],
  'privacy.clause.edit': ['ADMIN', 'DIRECTOR'],
  'privacy.informed.record': ['DIRECTOR', 'SOCIAL_WORKER'],
  'privacy.register.view': ['ADMIN', 'DIRECTOR'],
  'privacy.accessLog.view': ['ADMIN', 'DIRECTOR'],
  'privacy.subjectCopy': ['DIRECTOR'],

  'participants.list': ALL,
  'participants.export': ALL,
  'participants.edit': ['DIRECTOR', 'SOCIAL_WORKER'],
  'participants.import': ['DIRECTOR', 'SOCIAL_WORKER'],
  'pathway.view': ['DIRECTOR', 'SOCIAL_WORKER'],
  'pathway.edit': ['DIRECTOR', 'SOCIAL_WORKER'],
  'programme.sign': ['DIRECTOR'],
  'programme.terminate': ['DIRECTOR'],
  'followUps.manage': ['DIRECTOR', 'SOCIAL_WORKER'],
  'socialActivities.record': ['DIRECTOR', 'SOCIAL_WORKER'],

  'workshops.view': ALL,
  'workshops.manage': ['ADMIN', 'DIRECTOR'],
  'classProgramme.edit': ['DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR'],
  'classProgramme.approve': ['DIRECTOR'],
  'attendance.view': ['DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR', 'ACCOUNTANT'],
  'attendance.record': ['DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR'],
  'attendance.approveDayOff': ['DIRECTOR'],
  'attendance.lock': ['DIRECTOR'],
  'attendance.reopen': ['DIRECTOR'],

  'payroll.view': ['DIRECTOR', 'ACCOUNTANT'],
  'payroll.compute': ['DIRECTOR', 'ACCOUNTANT'],
  'payroll.review': ['ACCOUNTANT'],
  'payroll.approve': ['DIRECTOR'],
  'payroll.close': ['DIRECTOR', 'ACCOUNTANT'],
  'payroll.bonus': ['DIRECTOR'],
  'payroll.correct': ['DIRECTOR', 'ACCOUNTANT'],
  'payroll.files': ['DIRECTOR', 'ACCOUNTANT'],

  // Finance register and home page (issue 15 items 4–5).
  'finance.view': ['DIRECTOR', 'ACCOUNTANT'],
  'finance.edit': ['DIRECTOR', 'ACCOUNTANT'],
  'home.view': ALL,
  'privacy.retention.view': ['DIRECTOR'],
  'privacy.retention.approve': ['DIRECTOR'],
  'privacy.erase': ['DIRECTOR'],
  // Services the centre sells (issue 17, art. 9).
  'services.view': ['DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR', 'ACCOUNTANT'],
  'services.catalogue': ['DIRECTOR'],
  'services.orders': ['DIRECTOR', 'INSTRUCTOR'],
  'services.jobDays': ['DIRECTOR', 'INSTRUCTOR'],
  'services.income': ['DIRECTOR', 'ACCOUNTANT'],
  // Issue 15: staff register and annual reports.
  'staff.view': ['ADMIN', 'DIRECTOR', 'ACCOUNTANT'],
  'staff.manage': ['ADMIN', 'DIRECTOR'],
  'reports.view': ['DIRECTOR', 'ACCOUNTANT'],
  'reports.edit': ['DIRECTOR'],
  'reports.sign': ['DIRECTOR'],
  'reports.trace': ['DIRECTOR'],
  // Partner registry and the partner account (issue 16, decision 0013).
  'partners.view': ALL,
  'partners.edit': ['DIRECTOR', 'SOCIAL_WORKER'],
  'partners.accounts.manage': ['DIRECTOR'],
  'partnerPortal.view': ['PARTNER_VIEWER'],
  // Networks of centres (issue 19): the coordinator sees aggregates only; a member's director answers for it.
  'networks.create': ['ADMIN'],
  'networks.view': [...ALL, 'NETWORK_COORDINATOR'],
  'networks.coordinate': ['NETWORK_COORDINATOR'],
  'networks.indicators.view': ['DIRECTOR', 'NETWORK_COORDINATOR'],
  'networks.join': ['DIRECTOR'],
  'networks.meetings.register': ALL,
  // Transfers between members (person data: the centres' staff only, never the coordinator).
  'networks.transfers.view': ['DIRECTOR', 'SOCIAL_WORKER'],
  'networks.transfers.send': ['DIRECTOR'],
  'networks.transfers.decide': ['DIRECTOR'],
  // The joint catalogue and joint projects; coordinator accounts (no centre) are made by an administrator.
  'networks.catalogue.publish': ['DIRECTOR'],
  'networks.enquiries.view': ['DIRECTOR', 'INSTRUCTOR'],
  'networks.projects.manage': ['DIRECTOR'],
  'networks.coordinators.create': ['ADMIN'],
  // EU projects (issue 16, wt-place).
  'projects.view': ['DIRECTOR', 'SOCIAL_WORKER'],
  'projects.manage': ['DIRECTOR'],
  'projects.enrol': ['DIRECTOR', 'SOCIAL_WORKER'],
  'projects.export': ['DIRECTOR', 'SOCIAL_WORKER'],
  // Placements at partner employers and graduates' follow-up (issue 16, decision 0024).
  'placements.view': ['DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR'],
  'placements.manage': ['DIRECTOR', 'SOCIAL_WORKER'],
  'placements.days': ['DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR'],
  'graduates.view': ['DIRECTOR', 'SOCIAL_WORKER'],
  'graduates.followUp': ['DIRECTOR', 'SOCIAL_WORKER'],
  'supportedEmployment.view': ['DIRECTOR', 'SOCIAL_WORKER'],
  'supportedEmployment.manage': ['DIRECTOR', 'SOCIAL_WORKER'],
  // The art. 200 track: PUP-funded activities for the unemployed (issue 16 item 7, decision 0035).
  'art200.view': ['DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR', 'ACCOUNTANT'],
  'art200.manage': ['DIRECTOR', 'SOCIAL_WORKER'],
  'art200.hours': ['DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR'],
  // Events, groups, volunteers and in-kind help (issue 18).
  'events.view': ALL,
  'events.manage': ['DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR'],
  'events.attendance': ['DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR'],
  'events.certificates': ['DIRECTOR', 'SOCIAL_WORKER'],
  'volunteers.view': ['DIRECTOR', 'SOCIAL_WORKER'],
  'volunteers.manage': ['DIRECTOR', 'SOCIAL_WORKER'],
  'inkind.view': ['DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR', 'ACCOUNTANT'],
  'inkind.manage': ['DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR'],

  // Long jobs (issue 13): everyone follows the jobs they started; the director sees the centre's.
  'jobs.view': ALL,
  'jobs.viewAll': ['DIRECTOR'],
} as const satisfies Record<string, readonly (Role | NetworkRole)[]>;

/** An action of the table; a misspelt action does not compile. */
export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

/** Whether any of the caller's roles in this centre allows the action. */
export function can(actor: { roles: readonly (Role | NetworkRole)[] }, action: Action): boolean {
  const allowed: readonly (Role | NetworkRole)[] = PERMISSIONS[action];
  return actor.roles.some((r) => allowed.includes(r));
}

/** Every action the roles allow, in table order (what `/api/v1/me` sends to the web client). */
export function allowedActions(roles: readonly (Role | NetworkRole)[]): Action[] {
  return ACTIONS.filter((action) => can({ roles }, action));
}
