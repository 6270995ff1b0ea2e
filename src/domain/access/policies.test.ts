import { describe, expect, it } from 'vitest';
import { ROLES, STAFF_ROLES, type Role } from './roles';
import { can, isTotpRequired, type Permission } from './policies';

const actor = (...roles: Role[]) => ({ userId: 'u', centreId: 'c', roles });

describe('policies', () => {
  const table: Record<Permission, Role[]> = {
    manageUsers: ['ADMIN'],
    viewUsers: ['ADMIN', 'DIRECTOR'],
    editCentre: ['ADMIN'],
    viewCentre: [...STAFF_ROLES],
    createCentre: ['ADMIN'],
    viewAuditLog: ['ADMIN', 'DIRECTOR'],
  };
  for (const [permission, allowed] of Object.entries(table) as [Permission, Role[]][]) {
    for (const role of ROLES) {
      it(`${permission} is ${allowed.includes(role) ? 'granted' : 'refused'} to ${role}`, () => {
        expect(can[permission](actor(role))).toBe(allowed.includes(role));
      });
    }
  }

  it('grants by any one of several roles', () => {
    expect(can.manageUsers(actor('INSTRUCTOR', 'ADMIN'))).toBe(true);
    expect(can.viewAuditLog(actor())).toBe(false);
  });

  it('requires TOTP when any of the user’s roles is on the centre’s list', () => {
    expect(isTotpRequired(['INSTRUCTOR', 'ACCOUNTANT'], ['ACCOUNTANT'])).toBe(true);
    expect(isTotpRequired(['INSTRUCTOR'], ['ACCOUNTANT', 'ADMIN'])).toBe(false);
    expect(isTotpRequired(['ADMIN'], [])).toBe(false);
  });
});
