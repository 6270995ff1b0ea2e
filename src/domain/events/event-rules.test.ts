import { describe, expect, it } from 'vitest';
import {
  certificateNumber,
  eventProblems,
  hasCompleted,
  hoursText,
  placeFor,
  sessionMinutes,
  sessionProblems,
} from './event-rules';

const event = { startsOn: '2026-03-02', endsOn: '2026-03-04' };

describe('event rules', () => {
  it.each([
    ['2026-03-01', 'OUTSIDE_EVENT_DATES'],
    ['2026-03-05', 'OUTSIDE_EVENT_DATES'],
    ['2026-03-02', null],
    ['2026-03-04', null],
  ])('a session on %s → %s', (heldOn, code) => {
    const problems = sessionProblems(event, { heldOn, startsAt: '09:00', endsAt: '15:00' });
    expect(problems.map((p) => p.code)).toEqual(code ? [code] : []);
  });

  it('refuses a session ending before it starts and a malformed hour', () => {
    expect(
      sessionProblems(event, { heldOn: '2026-03-02', startsAt: '10:00', endsAt: '09:00' })[0]!.code,
    ).toBe('BEFORE_START');
    expect(
      sessionProblems(event, { heldOn: '2026-03-02', startsAt: '25:00', endsAt: '09:00' })[0]!.path,
    ).toBe('startsAt');
  });

  it('an outside training needs its provider; the end not before the start', () => {
    const base = {
      kind: 'PARTICIPANT_TRAINING_EXTERNAL' as const,
      startsOn: '2026-03-02',
      endsOn: '2026-03-01',
    };
    expect(eventProblems({ ...base, organiserPartnerId: null }).map((p) => p.path)).toEqual([
      'endsOn',
      'organiserPartnerId',
    ]);
  });

  it.each([
    [{ capacity: null, waitingList: false }, 500, 'REGISTERED'],
    [{ capacity: 10, waitingList: false }, 9, 'REGISTERED'],
    [{ capacity: 10, waitingList: false }, 10, null],
    [{ capacity: 10, waitingList: true }, 10, 'WAITING'],
  ])('capacity %o with %i registered → %s', (e, n, expected) => {
    expect(placeFor(e, n)).toBe(expected);
  });

  it('counts minutes and hours, completion by share, numbers the series', () => {
    expect(sessionMinutes({ startsAt: '09:00', endsAt: '15:30' })).toBe(390);
    expect(hoursText(390)).toBe('6 h 30 min');
    expect(hoursText(1080)).toBe('18 h');
    expect(hasCompleted(864, 1080, 80)).toBe(true);
    expect(hasCompleted(863, 1080, 80)).toBe(false);
    expect(hasCompleted(0, 0, 80)).toBe(false);
    expect(certificateNumber(2026, 7)).toBe('ZUK/2026/0007');
  });
});
