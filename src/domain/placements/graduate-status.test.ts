import { describe, expect, it } from 'vitest';
import { GRADUATE_PARAMETERS, graduateStatus } from './graduate-status';

const base = {
  centreType: 'CIS' as const,
  admissionDate: '2026-02-02',
  trialLastDay: '2026-03-01',
  lastDay: '2026-08-01',
  exitType: 'COMPLETED',
  certificateIssuedOn: '2026-08-01',
};

describe('graduate status (art. 2 pkt 1a–1b)', () => {
  it('six months from 2 February are served on 1 August; the status lasts to 1 February', () => {
    expect(graduateStatus(base, '2027-02-01')).toMatchObject({
      graduate: true,
      until: '2027-02-01',
      current: true,
    });
    expect(graduateStatus(base, '2027-02-02')).toMatchObject({ graduate: true, current: false });
  });
  it('one day short is not enough, and the reason says so', () => {
    const s = graduateStatus({ ...base, lastDay: '2026-07-31' }, '2026-08-10');
    expect(s).toEqual({
      graduate: false,
      reasons: ['uczestnictwo od 02.02.2026 do 31.07.2026 trwało krócej niż 6 miesięcy'],
    });
  });
  it('needs the certificate; a KIS also the completed social contract', () => {
    expect(graduateStatus({ ...base, certificateIssuedOn: null }, '2026-09-01')).toMatchObject({
      graduate: false,
    });
    expect(graduateStatus({ ...base, centreType: 'KIS', exitType: 'WITHDRAWAL' }, '2026-09-01')).toEqual({
      graduate: false,
      reasons: ['kontrakt socjalny nie został zrealizowany'],
    });
    expect(graduateStatus({ ...base, exitType: 'WITHDRAWAL' }, '2026-09-01')).toMatchObject({
      graduate: true,
    });
  });
  it('counting after the trial month is a parameter the centre may choose', () => {
    // From 2 March: six months end on 1 September — 1 August is not enough.
    const after = { ...GRADUATE_PARAMETERS, countFrom: 'AFTER_TRIAL' as const };
    expect(graduateStatus(base, '2026-09-01', after)).toMatchObject({ graduate: false });
  });
  it('a status after 31 August ends on the last day of a shorter month', () => {
    expect(
      graduateStatus({ ...base, admissionDate: '2026-02-27', lastDay: '2026-08-31' }, '2026-09-01'),
    ).toMatchObject({
      until: '2027-02-28',
    });
  });
  it('an ongoing participation is not a graduate', () => {
    expect(graduateStatus({ ...base, lastDay: null }, '2026-09-01')).toMatchObject({ graduate: false });
  });
});
