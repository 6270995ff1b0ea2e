import { can as allows } from './permissions';
import type { Role } from './roles';

/** What the caller is, in the centre they are working in. */
export interface Actor {
  userId: string;
  centreId: string;
  roles: readonly Role[];
}

/** The older named checks, now read from the one permission table (`permissions.ts`). */
export const can = {
  manageUsers: (a: Actor) => allows(a, 'users.manage'),
  viewUsers: (a: Actor) => allows(a, 'users.view'),
  editCentre: (a: Actor) => allows(a, 'centre.edit'),
  viewCentre: (a: Actor) => allows(a, 'centre.view'),
  createCentre: (a: Actor) => allows(a, 'centre.create'),
  viewAuditLog: (a: Actor) => allows(a, 'audit.view'),
} as const;

export type Permission = keyof typeof can;

/** Whether a user holding `roles` must have TOTP enabled, given the centre's setting. */
export function isTotpRequired(roles: readonly Role[], requiredRoles: readonly Role[]): boolean {
  return roles.some((r) => requiredRoles.includes(r));
}
