import { describe, expect, it } from 'vitest';
import { classifyDatabaseError } from './errors';

describe('classifyDatabaseError: what the API answers for a database failure no use case caught', () => {
  it.each([
    [
      { code: '57P01', message: 'terminating connection due to administrator command' },
      { kind: 'unavailable' },
    ],
    [{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:5432' }, { kind: 'unavailable' }],
    [new Error('Connection terminated unexpectedly'), { kind: 'unavailable' }],
    [new Error('timeout exceeded when trying to connect'), { kind: 'unavailable' }],
    [
      { code: '23505', constraint: 'attendance_entries_pkey' },
      { kind: 'conflict', code: 'VERSION_CONFLICT' },
    ],
    [
      { code: '23505', constraint: 'participants_pesel_key' },
      { kind: 'conflict', code: 'DUPLICATE_PARTICIPANT' },
    ],
    [
      { code: '23505', constraint: 'payroll_lines_one_benefit' },
      { kind: 'conflict', code: 'PAYROLL_BUSY' },
    ],
    [
      { code: '23505', constraint: 'some_future_key' },
      { kind: 'conflict', code: 'CONFLICT' },
    ],
    [
      { code: '23503', constraint: 'x_fkey' },
      { kind: 'conflict', code: 'CONFLICT' },
    ],
    [{ code: '40001' }, { kind: 'conflict', code: 'CONFLICT' }],
    [{ code: '40P01' }, { kind: 'conflict', code: 'CONFLICT' }],
    [{ code: 'P0001', message: 'payroll is closed' }, { kind: 'closed' }],
    [{ code: '22003', message: 'integer out of range' }, { kind: 'invalid' }],
    [{ code: '22021', message: 'invalid byte sequence for encoding "UTF8": 0x00' }, { kind: 'invalid' }],
  ])('%o → %o', (error, expected) => {
    expect(classifyDatabaseError(error)).toMatchObject(expected);
  });

  it('leaves anything else alone (a programming error stays a logged 500)', () => {
    expect(classifyDatabaseError(new TypeError('x is undefined'))).toBeUndefined();
    expect(classifyDatabaseError({ code: '42P01', message: 'relation does not exist' })).toBeUndefined();
    expect(classifyDatabaseError(null)).toBeUndefined();
  });
});
