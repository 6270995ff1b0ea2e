import { ROLES, type Role } from './roles';

const ALL = ROLES;

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

  'events.view': ALL,
  'events.manage': ['DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR'],
  'events.attendance': ['DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR'],
  'events.certificates': ['DIRECTOR', 'SOCIAL_WORKER'],
  'volunteers.view': ['DIRECTOR', 'SOCIAL_WORKER'],
  'volunteers.manage': ['DIRECTOR', 'SOCIAL_WORKER'],
  'inkind.view': ['DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR', 'ACCOUNTANT'],
  'inkind.manage': ['DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR'],
} as const satisfies Record<string, readonly Role[]>;

/** An action of the table; a misspelt action does not compile. */
export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

/** Whether any of the caller's roles in this centre allows the action. */
export function can(actor: { roles: readonly Role[] }, action: Action): boolean {
  const allowed: readonly Role[] = PERMISSIONS[action];
  return actor.roles.some((r) => allowed.includes(r));
}

/** Every action the roles allow, in table order (what `/api/v1/me` sends to the web client). */
export function allowedActions(roles: readonly Role[]): Action[] {
  return ACTIONS.filter((action) => can({ roles }, action));
}
