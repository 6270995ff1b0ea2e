/** The roles a person can hold in a centre; a typed union, so a misspelt role does not compile. */
export const ROLES = ['ADMIN', 'DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR', 'ACCOUNTANT'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Roles held in a network of centres (issue 19), not in a centre: kept apart from ROLES so that no centre
 * can give them and the centre's own permission rows never name them. Stored per network
 * (`network_coordinators`), never in `centre_members`.
 */
export const NETWORK_ROLES = ['NETWORK_COORDINATOR'] as const;
export type NetworkRole = (typeof NETWORK_ROLES)[number];
