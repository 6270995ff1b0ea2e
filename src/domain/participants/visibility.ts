import type { Role } from '../access/roles';

/**
 * Field classes of a participant record and who may see them (R-DP-01):
 * - basic: name, status, dates — everyone working with the person (instructors need it for attendance);
 * - personal: PESEL, birth date, sex, address, contact, education, citizenship;
 * - payment: bank account — the accountant and the director;
 * - sensitive: eligibility groups (health, addiction, prison release…) and their justification —
 *   only the director and social workers, and every read is audited.
 */
export type FieldClass = 'basic' | 'personal' | 'payment' | 'sensitive';

const ACCESS: Record<Role, readonly FieldClass[]> = {
  DIRECTOR: ['basic', 'personal', 'payment', 'sensitive'],
  SOCIAL_WORKER: ['basic', 'personal', 'sensitive'],
  ACCOUNTANT: ['basic', 'personal', 'payment'],
  INSTRUCTOR: ['basic'],
  ADMIN: ['basic'],
  // A partner account never reads a participant's record: it has its own status view (issue 16).
  PARTNER_VIEWER: [],
};

/** The field classes a holder of these roles may see (the union over roles). */
export function visibleFieldClasses(roles: readonly Role[]): Set<FieldClass> {
  return new Set(roles.flatMap((r) => ACCESS[r]));
}
