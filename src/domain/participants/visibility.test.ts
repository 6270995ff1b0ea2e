import { describe, expect, it } from 'vitest';
import { can } from '../access/permissions';
import { visibleFieldClasses } from './visibility';

describe('participant field visibility', () => {
  it.each([
    ['DIRECTOR', ['basic', 'personal', 'payment', 'sensitive']],
    ['SOCIAL_WORKER', ['basic', 'personal', 'sensitive']],
    ['ACCOUNTANT', ['basic', 'personal', 'payment']],
    ['INSTRUCTOR', ['basic']],
    ['ADMIN', ['basic']],
  ] as const)('%s sees %j', (role, classes) => {
    expect([...visibleFieldClasses([role])].sort()).toEqual([...classes].sort());
  });

  it('unites the classes of several roles', () => {
    expect(visibleFieldClasses(['INSTRUCTOR', 'ACCOUNTANT']).has('payment')).toBe(true);
    expect(visibleFieldClasses(['INSTRUCTOR', 'ACCOUNTANT']).has('sensitive')).toBe(false);
  });

  it('lets only directors and social workers edit records', () => {
    expect(can({ roles: ['DIRECTOR'] }, 'participants.edit')).toBe(true);
    expect(can({ roles: ['SOCIAL_WORKER'] }, 'participants.edit')).toBe(true);
    expect(can({ roles: ['ADMIN', 'INSTRUCTOR', 'ACCOUNTANT'] }, 'participants.edit')).toBe(false);
  });
});
