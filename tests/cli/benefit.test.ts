import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benefitCommand } from '../../src/cli/commands/benefit';
import { eligibilityCommand } from '../../src/cli/commands/eligibility';
import { runCli, runInProcess } from './run-cli';

const example = {
  month: '2025-07',
  centreType: 'CIS',
  admissionDate: '2025-03-01',
  days: { '2025-07-01': 'present', '2025-07-02': 'sick' },
  priorUse: { daysOff: 0, sickDays: 0 },
  bonus: 0,
  parameters: {},
};
const dir = mkdtempSync(join(tmpdir(), 'reintegra-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reintegra benefit (child process)', () => {
  it('computes the issue example from stdin', async () => {
    const { code, stdout } = await runCli(['benefit'], JSON.stringify(example));
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({
      month: '2025-07',
      ruleSet: 'UZS_2025',
      period: 'participation',
      unemploymentBenefit: 172190,
      base: 206628,
      bonus: 0,
      total: 201462,
    });
    expect(out.deductions).toEqual([
      expect.objectContaining({ date: '2025-07-02', status: 'sick', amount: 5166 }),
    ]);
    expect(out.explanation.length).toBeGreaterThan(3);
  });

  it('reads --input FILE and refuses a bonus above the limit with exit 2', async () => {
    const file = join(dir, 'bonus.json');
    writeFileSync(file, JSON.stringify({ ...example, bonus: 206629 }));
    const { code, stdout } = await runCli(['benefit', '--input', file]);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({
      error: { code: 'BONUS_ABOVE_LIMIT', message: expect.stringContaining('art. 15a') },
    });
  });

  it('refuses malformed JSON with exit 2', async () => {
    const { code, stdout } = await runCli(['benefit'], '{"month": ');
    expect(code).toBe(2);
    expect(JSON.parse(stdout).error.code).toBe('INVALID_JSON');
  });
});

describe('reintegra benefit (in process)', () => {
  it.each([
    ['BONUS_IN_TRIAL', { month: '2025-03', bonus: 100 }],
    ['MONTH_BEFORE_ADMISSION', { month: '2025-02' }],
    ['DAY_OUTSIDE_MONTH', { days: { '2025-08-01': 'present' } }],
    ['UNKNOWN_DAY_STATUS', { days: { '2025-07-01': 'holiday' } }],
    ['KIS_NO_BENEFIT', { centreType: 'KIS' }],
    ['INVALID_INPUT', { centreType: 'ZAZ' }],
    ['INVALID_INPUT', { bonus: '100' }],
    ['INVALID_PARAMETERS', { parameters: { sickDayFraction: 'jedna czterdziesta' } }],
  ])('%s', async (code, patch) => {
    const r = await runInProcess(benefitCommand, [], JSON.stringify({ ...example, ...patch }));
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.error.code).toBe(code);
    expect(out.error.message.length).toBeGreaterThan(10);
  });

  it('applies centre parameters from the input where the law leaves the choice', async () => {
    const older = {
      ...example,
      month: '2024-07',
      admissionDate: '2024-03-01',
      days: { '2024-07-02': 'sick' },
    };
    const r = await runInProcess(
      benefitCommand,
      [],
      JSON.stringify({ ...older, parameters: { sickDayFraction: '1/20' } }),
    );
    expect(JSON.parse(r.stdout).total).toBe(199440 - 9972); // 1/20 of 1994,40 zł
    // From June 2025 the Act sets 1/40 (art. 15 ust. 7a): the old parameter no longer changes it.
    const now = await runInProcess(
      benefitCommand,
      [],
      JSON.stringify({ ...example, parameters: { sickDayFraction: '1/20' } }),
    );
    expect(JSON.parse(now.stdout).total).toBe(201462);
  });

  it('refuses an unknown option and an unreadable file', async () => {
    expect(JSON.parse((await runInProcess(benefitCommand, ['--bogus'])).stdout).error.code).toBe('USAGE');
    expect(
      JSON.parse((await runInProcess(benefitCommand, ['--input', join(dir, 'missing.json')])).stdout).error
        .code,
    ).toBe('INPUT_UNREADABLE');
  });
});

describe('reintegra benefit — the consolidated text (Dz.U. 2025 poz. 1718)', () => {
  const october = {
    month: '2025-10',
    centreType: 'CIS',
    admissionDate: '2025-03-03',
    days: { '2025-10-06': 'present', '2025-10-07': 'day_off' },
    priorUse: { daysOff: 6, sickDays: 0 },
  };

  it('a 7th day off without an extension: exit 2, a stable code naming the day (child process)', async () => {
    const { code, stdout } = await runCli(['benefit'], JSON.stringify(october));
    expect(code).toBe(2);
    const out = JSON.parse(stdout);
    expect(out.error.code).toBe('DAY_OFF_ABOVE_LIMIT');
    expect(out.error.message).toContain('Dzień wolny 2025-10-07 nie przysługuje');
    expect(out.error.message).toContain('art. 15 ust. 6a');
  });

  it('the same day with a 2-month extension in force ("extensionMonths") is paid in full', async () => {
    const r = await runInProcess(benefitCommand, [], JSON.stringify({ ...october, extensionMonths: 2 }));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      ruleSet: 'UZS_2025',
      total: 206628,
      limits: { daysOff: 7, daysOffExtension: 1 },
      endUse: { daysOff: 7 },
    });
    expect(out.explanation.join('\n')).toContain('dni wolne 7/7 (6 +1 za przedłużenie)');
  });

  it('without "extensionMonths" the old input still works (compatible contract)', async () => {
    const r = await runInProcess(
      benefitCommand,
      [],
      JSON.stringify({ ...october, priorUse: { daysOff: 0, sickDays: 0 } }),
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total).toBe(206628);
  });

  it('a partial month is benefit ÷ 30 × calendar days: trial from 16 February 2026 → 895,39 zł', async () => {
    const r = await runInProcess(
      benefitCommand,
      [],
      JSON.stringify({ month: '2026-02', centreType: 'CIS', admissionDate: '2026-02-16' }),
    );
    const out = JSON.parse(r.stdout);
    expect(out.total).toBe(89539); // 2066,28 ÷ 30 × 13 = 895,388
    expect(out.explanation.join(' ')).toContain('art. 15 ust. 6');
  });

  it.each([
    ['DAY_OFF_IN_TRIAL', { admissionDate: '2025-10-01', priorUse: null }, /2025-10-07/],
    ['EXTENSION_ABOVE_LIMIT', { extensionMonths: 13 }, /12 miesięcy/],
    ['INVALID_EXTENSION', { extensionMonths: -1 }, /od 0 do 12/],
    ['INVALID_INPUT', { extensionMonths: 'dwa' }, /liczbę miesięcy/],
    ['INVALID_PRIOR_USE', { priorUse: { daysOff: -1, sickDays: 0 } }, /nieujemną/],
    ['INVALID_INPUT', { bonus: 'sto' }, /oczekiwano/],
  ])('%s → exit 2 with a Polish message', async (code, patch, message) => {
    const r = await runInProcess(benefitCommand, [], JSON.stringify({ ...october, ...patch }));
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.error.code).toBe(code);
    expect(out.error.message).toMatch(message);
  });
});

describe('reintegra eligibility', () => {
  it('answers with every reason (child process)', async () => {
    const { code, stdout } = await runCli(
      ['eligibility'],
      JSON.stringify({
        centreType: 'CIS',
        groups: ['LONG_TERM_UNEMPLOYED'],
        benefits: ['SOCIAL_PENSION'],
        justification: 'bezrobotna od 3 lat',
      }),
    );
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.eligible).toBe(true);
    expect(out.reasons.map((r: { code: string; article: string }) => [r.code, r.article])).toEqual([
      ['GROUP_LONG_TERM_UNEMPLOYED', 'art. 1 ust. 2 pkt 5'],
      ['SOCIAL_PENSION_NOT_EXCLUDED', 'art. 1 ust. 3 pkt 4 (uchylony)'],
    ]);
  });

  it.each([
    [{ centreType: 'CIS', groups: ['OTHER'], benefits: [] }, false],
    [{ centreType: 'CIS', groups: [], benefits: [] }, false],
    [
      { centreType: 'CIS', groups: ['DISABILITY'], benefits: ['DISABILITY_PENSION'], justification: 'x' },
      false,
    ],
    [
      { centreType: 'KIS', groups: ['DISABILITY'], benefits: ['DISABILITY_PENSION'], justification: 'x' },
      true,
    ],
  ])('%j → eligible %s', async (input, eligible) => {
    const r = await runInProcess(eligibilityCommand, [], JSON.stringify(input));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).eligible).toBe(eligible);
  });

  it.each([['{'], ['{"centreType":"CIS","groups":["POOR"]}'], ['{"groups":["HOMELESS"]}']])(
    'malformed %s → exit 2',
    async (stdin) => {
      const r = await runInProcess(eligibilityCommand, [], stdin);
      expect(r.code).toBe(2);
      expect(JSON.parse(r.stdout).error.code).toMatch(/^INVALID_(JSON|INPUT)$/);
    },
  );
});
