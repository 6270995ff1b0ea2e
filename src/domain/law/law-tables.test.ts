import { describe, expect, it } from 'vitest';
import {
  findUnemploymentBenefit,
  listUnemploymentBenefits,
  UNEMPLOYMENT_BENEFIT_TABLE,
} from './unemployment-benefit';
import { findRuleSet, RULE_SETS } from './rule-sets';
import { addDays } from '../calendar';

describe('unemployment-benefit table (Z)', () => {
  it.each([
    ['2017-06-01', 83110],
    ['2018-05-31', 83110],
    ['2020-08-31', 88130],
    ['2020-09-01', 120000],
    ['2022-01-15', 124080],
    ['2023-03-01', 130410],
    ['2023-06-01', 149190],
    ['2024-06-01', 166200],
    ['2025-05-31', 166200],
    ['2025-06-01', 172190],
    ['2026-06-01', 178390],
    ['2030-01-01', 178390],
  ])('on %s Z = %i gr', (date, amount) => {
    expect(findUnemploymentBenefit(date)?.amount).toBe(amount);
  });

  it('has no amount before 2017-06-01', () => {
    expect(findUnemploymentBenefit('2017-05-31')).toBeNull();
  });

  it('is sorted, starts on the 1st of a month, and every entry names a source', () => {
    for (let i = 0; i < UNEMPLOYMENT_BENEFIT_TABLE.length; i++) {
      const e = UNEMPLOYMENT_BENEFIT_TABLE[i]!;
      expect(e.from.endsWith('-01')).toBe(true);
      expect(e.source.length).toBeGreaterThan(5);
      if (i > 0) expect(e.from > UNEMPLOYMENT_BENEFIT_TABLE[i - 1]!.from).toBe(true);
      if (!e.verified) expect(e.note).toBeTruthy();
    }
  });

  it('the amounts law.md lists as sourced are marked verified; the ones from memory are not', () => {
    const verified = Object.fromEntries(UNEMPLOYMENT_BENEFIT_TABLE.map((e) => [e.from, e.verified]));
    expect(verified).toMatchObject({
      '2017-06-01': true,
      '2018-06-01': false,
      '2019-06-01': false,
      '2020-06-01': false,
      '2020-09-01': true,
      '2025-06-01': true,
      '2026-06-01': true,
    });
  });

  it('lists validity ends for the UI', () => {
    const list = listUnemploymentBenefits();
    expect(list.find((e) => e.from === '2024-06-01')?.to).toBe('2025-05-31');
    expect(list.at(-1)?.to).toBeNull();
  });
});

describe('rule sets', () => {
  it.each([
    ['2014-12-01', 'UZS_2004', 20],
    ['2015-01-01', 'UZS_2015', 50],
    ['2021-12-01', 'UZS_2015', 50],
    ['2022-01-01', 'UZS_2022', 100],
    ['2025-05-31', 'UZS_2022', 100],
    ['2025-06-01', 'UZS_2025', 100],
    ['2026-07', 'UZS_2025', 100],
  ])('%s → %s (bonus ≤ %i%%)', (date, id, bonus) => {
    const rs = findRuleSet(date);
    expect(rs.id).toBe(id);
    expect(rs.bonusMaxPercent.value).toBe(bonus);
  });

  it('pre-2022: 50 % / 100 %, 6 days off, 14 sick days; from 2022: 120 % / 120 %, 12, 21', () => {
    const old = findRuleSet('2021-06-01');
    const now = findRuleSet('2022-06-01');
    const consolidated = findRuleSet('2025-06');
    expect([
      consolidated.trialPercent.value,
      consolidated.daysOffLimit.value,
      consolidated.daysOffRules.extension?.value,
      consolidated.sickDaysLimit.value,
      consolidated.partialMonth !== 'PARAMETER' && consolidated.partialMonth.article,
    ]).toEqual([120, 6, { days: 6, perMonths: 12 }, 21, 'art. 15 ust. 6']);
    expect([
      old.trialPercent.value,
      old.participationPercent.value,
      old.daysOffLimit.value,
      old.sickDaysLimit.value,
    ]).toEqual([50, 100, 6, 14]);
    expect([
      now.trialPercent.value,
      now.participationPercent.value,
      now.daysOffLimit.value,
      now.sickDaysLimit.value,
    ]).toEqual([120, 120, 12, 21]);
  });

  it('are consecutive without gaps', () => {
    for (let i = 1; i < RULE_SETS.length; i++)
      expect(addDays(RULE_SETS[i - 1]!.validTo!, 1)).toBe(RULE_SETS[i]!.validFrom);
    expect(RULE_SETS.at(-1)!.validTo).toBeNull();
  });
});
