import { describe, expect, it } from 'vitest';
import {
  BENEFIT_PARAMETERS,
  BenefitParametersSchema,
  DEFAULT_BENEFIT_PARAMETERS,
  parseBenefitParameters,
} from './parameters';
import { exactDifference, formatZloty } from './exact';

describe('benefit parameters', () => {
  it('defaults come from the schema and match the documented list', () => {
    const defaults = BenefitParametersSchema.parse({});
    for (const p of BENEFIT_PARAMETERS) expect([p.key, defaults[p.key]]).toEqual([p.key, p.default]);
    expect(Object.keys(defaults).sort()).toEqual(BENEFIT_PARAMETERS.map((p) => p.key).sort());
    expect(DEFAULT_BENEFIT_PARAMETERS.sickDayFraction).toEqual({ num: 1, den: 40 });
  });

  it.each([
    [{ sickDayFraction: '2/1' }],
    [{ sickDayFraction: '1/0' }],
    [{ rounding: 'BANKERS' }],
    [{ unknownKey: 1 }],
    [{ unexcusedForfeitAboveDays: -1 }],
  ])('refuses %j', (raw) => {
    expect(parseBenefitParameters(raw)).toMatchObject({ ok: false, error: { code: 'INVALID_PARAMETERS' } });
  });

  it('accepts a named share for sick days over the limit', () => {
    const r = parseBenefitParameters({ sickOverLimitShare: 'CLASS_DAYS' });
    expect(r.ok && r.value.sickOverLimitShare).toBe('CLASS_DAYS');
  });
});

describe('exact arithmetic', () => {
  it('rounds once, exactly', () => {
    expect(exactDifference(206628, 1, [51657], [10], 'HALF_UP')).toMatchObject({
      rounded: 201462,
      exact: '2014623/10',
      capped: false,
    });
  });

  it('falls back to BigInt when a common denominator would overflow', () => {
    const dens = [997, 991, 983, 977, 971, 967];
    const r = exactDifference(
      100_000_000,
      1,
      dens.map(() => 1),
      dens,
      'HALF_UP',
    );
    expect(r.rounded).toBe(100_000_000);
    expect(r.exact.includes('/')).toBe(true);
  });

  it('formats złoty', () => {
    expect(formatZloty(206628)).toBe('2066,28 zł');
    expect(formatZloty(8311, 2)).toBe('41,555 zł');
    expect(formatZloty(8311, 3)).toBe('≈27,7033 zł');
  });
});
