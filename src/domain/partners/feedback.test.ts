import { describe, expect, it } from 'vitest';
import { feedbackLines, referralFeedback, type FeedbackInput } from './feedback';

const referral = { status: 'RECEIVED', statusSince: '2026-01-10', receivedOn: '2026-01-10' };
const signed = {
  signedOn: '2026-02-02',
  admissionDate: '2026-02-02',
  trialLastDay: '2026-03-01',
  exitType: null,
  lastDay: null,
  certificateIssuedOn: null,
};
const at = (today: string, over: Partial<FeedbackInput> = {}): FeedbackInput => ({
  referral,
  programme: null,
  today,
  ...over,
});

describe('referralFeedback — what the referrer is told', () => {
  it.each([
    ['RECEIVED', 'przyjęte do rozpatrzenia'],
    ['ELIGIBLE', 'rozpatrzone pozytywnie — osoba zakwalifikowana do udziału'],
    ['WAITING', 'rozpatrzone pozytywnie — osoba wpisana na listę oczekujących (brak wolnych miejsc)'],
    ['REFUSED', 'rozpatrzone negatywnie'],
    ['WITHDRAWN', 'skierowanie wycofane'],
  ])('before admission it is the referral status %s', (status, label) => {
    const f = referralFeedback(
      at('2026-01-20', { referral: { ...referral, status, statusSince: '2026-01-15' } }),
    );
    expect(f).toMatchObject({ stage: status, label, since: '2026-01-15', exit: null });
    expect(f.events.map((e) => e.code)).toEqual(['RECEIVED']);
  });

  it('a draft programme (not signed) is not an admission', () => {
    const f = referralFeedback(at('2026-02-10', { programme: { ...signed, signedOn: null } }));
    expect(f.stage).toBe('RECEIVED');
  });

  it('in the trial month: admitted since the admission day', () => {
    const f = referralFeedback(at('2026-03-01', { programme: signed }));
    expect(f).toMatchObject({ stage: 'ADMITTED', since: '2026-02-02' });
    expect(f.events.map((e) => e.code)).toEqual(['RECEIVED', 'ADMITTED']);
  });

  it('the day after the trial month: participation, with the trial end as an event', () => {
    const f = referralFeedback(at('2026-03-02', { programme: signed }));
    expect(f).toMatchObject({ stage: 'PARTICIPATION', since: '2026-03-02' });
    expect(feedbackLines(f)).toEqual([
      '10.01.2026 r. — wpływ skierowania do centrum.',
      '02.02.2026 r. — przyjęcie do udziału w zajęciach.',
      '01.03.2026 r. — zakończenie okresu próbnego.',
    ]);
  });

  it('an exit gives its kind, its last day and the certificate', () => {
    const f = referralFeedback(
      at('2026-12-01', {
        programme: {
          ...signed,
          exitType: 'EMPLOYMENT',
          lastDay: '2026-09-30',
          certificateIssuedOn: '2026-10-01',
        },
      }),
    );
    expect(f).toMatchObject({
      stage: 'EXITED',
      label: 'udział zakończony — podjęcie zatrudnienia',
      since: '2026-09-30',
      exit: { type: 'EMPLOYMENT', lastDay: '2026-09-30' },
      certificateIssuedOn: '2026-10-01',
    });
    expect(f.events.map((e) => e.code)).toEqual([
      'RECEIVED',
      'ADMITTED',
      'TRIAL_ENDED',
      'EXITED',
      'CERTIFICATE_ISSUED',
    ]);
  });

  it('an exit inside the trial month has no trial end', () => {
    const f = referralFeedback(
      at('2026-04-01', { programme: { ...signed, exitType: 'WITHDRAWAL', lastDay: '2026-02-20' } }),
    );
    expect(f.events.map((e) => e.code)).toEqual(['RECEIVED', 'ADMITTED', 'EXITED']);
    expect(f.label).toContain('rezygnacja uczestnika');
  });

  it('a KIS contract (no trial month) is participation from the first day', () => {
    const f = referralFeedback(at('2026-02-03', { programme: { ...signed, trialLastDay: null } }));
    expect(f).toMatchObject({
      stage: 'PARTICIPATION',
      since: '2026-02-02',
      label: 'osoba uczestniczy w zajęciach',
    });
  });
});
