/** The roles a person can hold in a centre; a typed union, so a misspelt role does not compile. */
export const ROLES = ['ADMIN', 'DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR', 'ACCOUNTANT'] as const;
export type Role = (typeof ROLES)[number];
