import { describe, expect, it } from 'vitest';
import { contributionsOn, DEFAULT_CONTRIBUTION_PARAMETERS } from './contributions';

describe('pension and disability contributions on the benefit (parameters, uncertain)', () => {
  it('applies 19,52 % and 8 % to the benefit and the bonus, rounding each once to the grosz', () => {
    expect(contributionsOn(206628, 0)).toMatchObject({
      base: 206628,
      pension: 40334,
      disability: 16530,
      total: 56864,
    });
    expect(contributionsOn(200000, 20000)).toMatchObject({ base: 220000, pension: 42944, disability: 17600 });
    expect(
      contributionsOn(200000, 20000, { ...DEFAULT_CONTRIBUTION_PARAMETERS, bonusInBase: false }).base,
    ).toBe(200000);
  });
  it('explains itself with the payer (the CIS by default, to be confirmed) and the Act, never goes below zero', () => {
    expect(DEFAULT_CONTRIBUTION_PARAMETERS.payer).toBe('CIS');
    const text = contributionsOn(100, 0).explanation;
    expect(text).toMatch(/płatnik składek: centrum integracji społecznej \(do potwierdzenia z PUP\)/);
    expect(text).toContain('art. 15 ust. 8');
    expect(text).not.toMatch(/law\.md|\[[MUV]2?\]|S\d+/);
    expect(contributionsOn(-5000, 0)).toMatchObject({ base: 0, total: 0 });
  });
});
