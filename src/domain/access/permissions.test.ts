import { describe, expect, it } from 'vitest';
import { ACTIONS, allowedActions, can, PERMISSIONS } from './permissions';
import { ROLES, type Role } from './roles';

// What each role may do, written out by hand from the product brief (PRODUCT.md "Who uses it") and the
// privacy decision (0002): a change to the table must change this list too, on purpose.
const EXPECTED: Record<Role, string[]> = {
  ADMIN: [
    'centre.view',
    'centre.edit',
    'centre.create',
    'users.view',
    'users.manage',
    'audit.view',
    'benefitParameters.edit',
    'authorisations.view',
    'authorisations.manage',
    'privacy.clause.edit',
    'privacy.register.view',
    'privacy.accessLog.view',
    'participants.list',
    'participants.export',
    'workshops.view',
    'workshops.manage',
    'networks.create',
    'networks.view',
    'networks.meetings.register',
  ],
  DIRECTOR: ACTIONS.filter(
    (a) =>
      ![
        'centre.edit',
        'centre.create',
        'users.manage',
        'payroll.review',
        'networks.create',
        'networks.coordinate',
      ].includes(a),
  ),
  SOCIAL_WORKER: [
    'centre.view',
    'privacy.informed.record',
    'participants.list',
    'participants.export',
    'participants.edit',
    'participants.import',
    'pathway.view',
    'pathway.edit',
    'followUps.manage',
    'socialActivities.record',
    'workshops.view',
    'classProgramme.edit',
    'attendance.view',
    'attendance.record',
    'networks.view',
    'networks.meetings.register',
  ],
  INSTRUCTOR: [
    'centre.view',
    'participants.list',
    'participants.export',
    'workshops.view',
    'classProgramme.edit',
    'attendance.view',
    'attendance.record',
    'networks.view',
    'networks.meetings.register',
  ],
  ACCOUNTANT: [
    'centre.view',
    'participants.list',
    'participants.export',
    'workshops.view',
    'attendance.view',
    'payroll.view',
    'payroll.compute',
    'payroll.review',
    'payroll.close',
    'payroll.correct',
    'payroll.files',
    'networks.view',
    'networks.meetings.register',
  ],
};

describe('the permission table', () => {
  it.each(ROLES)('%s may do exactly the expected actions', (role) => {
    expect(allowedActions([role])).toEqual(EXPECTED[role]);
  });

  it('several roles allow the union of their actions', () => {
    const both = new Set(allowedActions(['INSTRUCTOR', 'ACCOUNTANT']));
    expect(both).toEqual(new Set([...EXPECTED.INSTRUCTOR, ...EXPECTED.ACCOUNTANT]));
  });

  it("the network coordinator sees the network and its aggregates, never a centre's people", () => {
    expect(allowedActions(['NETWORK_COORDINATOR'])).toEqual([
      'networks.view',
      'networks.coordinate',
      'networks.indicators.view',
    ]);
  });

  it('no roles allow nothing', () => {
    for (const action of ACTIONS) expect(can({ roles: [] }, action)).toBe(false);
  });

  it('only the director signs programmes, decides terminations and approves a payroll', () => {
    for (const action of ['programme.sign', 'programme.terminate', 'payroll.approve'] as const)
      expect(PERMISSIONS[action]).toEqual(['DIRECTOR']);
  });

  it('the administrator never reaches the pathway or the money (she runs accounts, not people)', () => {
    const admin = allowedActions(['ADMIN']);
    expect(admin.filter((a) => a.startsWith('pathway.') || a.startsWith('payroll.'))).toEqual([]);
  });
});
