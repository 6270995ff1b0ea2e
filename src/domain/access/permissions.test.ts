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
    'home.view',
    'staff.view',
    'staff.manage',
    'partners.view',
    'networks.create',
    'networks.view',
    'networks.meetings.register',
    'networks.coordinators.create',
    'events.view',
    'jobs.view',
  ],
  DIRECTOR: ACTIONS.filter(
    (a) =>
      ![
        'centre.edit',
        'centre.create',
        'users.manage',
        'payroll.review',
        'partnerPortal.view',
        'networks.create',
        'networks.coordinate',
        'networks.coordinators.create',
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
    'home.view',
    'services.view',
    'partners.view',
    'partners.edit',
    'networks.view',
    'networks.meetings.register',
    'networks.transfers.view',
    'projects.view',
    'projects.enrol',
    'projects.export',
    'placements.view',
    'placements.manage',
    'placements.days',
    'graduates.view',
    'graduates.followUp',
    'supportedEmployment.view',
    'supportedEmployment.manage',
    'art200.view',
    'art200.manage',
    'art200.hours',
    'events.view',
    'events.manage',
    'events.attendance',
    'events.certificates',
    'volunteers.view',
    'volunteers.manage',
    'inkind.view',
    'inkind.manage',
    'jobs.view',
  ],
  INSTRUCTOR: [
    'centre.view',
    'participants.list',
    'participants.export',
    'workshops.view',
    'classProgramme.edit',
    'attendance.view',
    'attendance.record',
    'home.view',
    'services.view',
    'services.orders',
    'services.jobDays',
    'partners.view',
    'networks.view',
    'networks.meetings.register',
    'networks.enquiries.view',
    'placements.view',
    'placements.days',
    'art200.view',
    'art200.hours',
    'events.view',
    'events.manage',
    'events.attendance',
    'inkind.view',
    'inkind.manage',
    'jobs.view',
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
    'finance.view',
    'finance.edit',
    'home.view',
    'services.view',
    'services.income',
    'staff.view',
    'reports.view',
    'partners.view',
    'networks.view',
    'networks.meetings.register',
    'art200.view',
    'events.view',
    'inkind.view',
    'jobs.view',
  ],
  // A partner institution's worker: its own referrals' status and nothing of the centre (issue 16, 0013).
  PARTNER_VIEWER: ['partnerPortal.view'],
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

  it('the partner account reaches nothing but its own portal, and no staff role reaches the portal', () => {
    expect(allowedActions(['PARTNER_VIEWER'])).toEqual(['partnerPortal.view']);
    expect(PERMISSIONS['partnerPortal.view']).toEqual(['PARTNER_VIEWER']);
  });

  it('the administrator never reaches the pathway or the money (she runs accounts, not people)', () => {
    const admin = allowedActions(['ADMIN']);
    expect(admin.filter((a) => a.startsWith('pathway.') || a.startsWith('payroll.'))).toEqual([]);
  });
});
