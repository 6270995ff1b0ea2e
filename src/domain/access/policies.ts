import type { Role } from './roles';

/** What the caller is, in the centre they are working in. */
export interface Actor {
  userId: string;
  centreId: string;
  roles: readonly Role[];
}

const has = (actor: Actor, ...roles: Role[]) => actor.roles.some((r) => roles.includes(r));

/** Role checks as pure functions, one per action; routes and use cases call these. */
export const can = {
  manageUsers: (a: Actor) => has(a, 'ADMIN'),
  viewUsers: (a: Actor) => has(a, 'ADMIN', 'DIRECTOR'),
  editCentre: (a: Actor) => has(a, 'ADMIN'),
  viewCentre: (_a: Actor) => true,
  createCentre: (a: Actor) => has(a, 'ADMIN'),
  viewAuditLog: (a: Actor) => has(a, 'ADMIN', 'DIRECTOR'),
} as const;

export type Permission = keyof typeof can;

/** Whether a user holding `roles` must have TOTP enabled, given the centre's setting. */
export function isTotpRequired(roles: readonly Role[], requiredRoles: readonly Role[]): boolean {
  return roles.some((r) => requiredRoles.includes(r));
}
