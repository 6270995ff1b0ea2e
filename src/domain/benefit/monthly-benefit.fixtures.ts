// What the engine's tests share: parameters parsed (or the defaults), a computed month, a refusal's code.
import { computeMonthlyBenefit, type MonthlyBenefit, type MonthlyBenefitInput } from './monthly-benefit';
import {
  DEFAULT_BENEFIT_PARAMETERS,
  parseBenefitParameters,
  type BenefitParametersInput,
} from './parameters';

export const params = (raw: BenefitParametersInput) => {
  const r = parseBenefitParameters(raw);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

export function ok(
  input: Partial<MonthlyBenefitInput> & Pick<MonthlyBenefitInput, 'month' | 'admissionDate'>,
  p = DEFAULT_BENEFIT_PARAMETERS,
): MonthlyBenefit {
  const r = computeMonthlyBenefit({ centreType: 'CIS', days: {}, ...input }, p);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

export function errorCode(
  input: Partial<MonthlyBenefitInput> & Pick<MonthlyBenefitInput, 'month' | 'admissionDate'>,
  p = DEFAULT_BENEFIT_PARAMETERS,
): string | null {
  const r = computeMonthlyBenefit({ centreType: 'CIS', days: {}, ...input }, p);
  return r.ok ? null : r.error.code;
}
