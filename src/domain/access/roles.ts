/** The roles a person can hold in a centre; a typed union, so a misspelt role does not compile. */
export const ROLES = [
  'ADMIN',
  'DIRECTOR',
  'SOCIAL_WORKER',
  'INSTRUCTOR',
  'ACCOUNTANT',
  'PARTNER_VIEWER',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * A worker of a partner institution (OPS, PUP…) linked to one partner (issue 16 item 6): sees only the status
 * of the people that institution referred; every other route answers 404. Not a member of the centre's staff.
 */
export const PARTNER_ROLE = 'PARTNER_VIEWER' satisfies Role;
/** The centre's own staff: every role but the partner account. */
export const STAFF_ROLES = ROLES.filter((r) => r !== PARTNER_ROLE) as Exclude<Role, typeof PARTNER_ROLE>[];

/**
 * Roles held in a network of centres (issue 19), not in a centre: kept apart from ROLES so that no centre
 * can give them and the centre's own permission rows never name them. Stored per network
 * (`network_coordinators`), never in `centre_members`.
 */
export const NETWORK_ROLES = ['NETWORK_COORDINATOR'] as const;
export type NetworkRole = (typeof NETWORK_ROLES)[number];
