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
      ruleSet: 'UZS_2022',
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

  it('applies centre parameters from the input', async () => {
    const r = await runInProcess(
      benefitCommand,
      [],
      JSON.stringify({ ...example, parameters: { sickDayFraction: '1/20' } }),
    );
    expect(JSON.parse(r.stdout).total).toBe(206628 - 10331); // 196296,6 → 196297
  });

  it('refuses an unknown option and an unreadable file', async () => {
    expect(JSON.parse((await runInProcess(benefitCommand, ['--bogus'])).stdout).error.code).toBe('USAGE');
    expect(
      JSON.parse((await runInProcess(benefitCommand, ['--input', join(dir, 'missing.json')])).stdout).error
        .code,
    ).toBe('INPUT_UNREADABLE');
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
