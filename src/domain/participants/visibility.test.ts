import { describe, expect, it } from 'vitest';
import { canEditParticipants, visibleFieldClasses } from './visibility';

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
    expect(canEditParticipants(['DIRECTOR'])).toBe(true);
    expect(canEditParticipants(['SOCIAL_WORKER'])).toBe(true);
    expect(canEditParticipants(['ADMIN', 'INSTRUCTOR', 'ACCOUNTANT'])).toBe(false);
  });
});
