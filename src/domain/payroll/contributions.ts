import type { Confidence } from '../types';

/**
 * Pension and disability insurance on the integration benefit (law.md §4.5): the obligation arises
 * with the right to the benefit and the PUP pays the contributions from the Fundusz Pracy (ZUS title
 * 09 10 xx) — a secondary, pre-2015 source whose current validity is uncertain; the rates are the
 * general ones (pension 19,52 %, disability 8 %) and are [M]. All three are parameters with their
 * source and confidence shown wherever the amounts appear.
 */
export interface ContributionParameters {
  /** Basis points of the base: 1952 = 19,52 %. */
  pensionRateBp: number;
  disabilityRateBp: number;
  /** Whether the motivation bonus is part of the base. */
  bonusInBase: boolean;
  payer: string;
  source: string;
  confidence: Confidence;
}

export const DEFAULT_CONTRIBUTION_PARAMETERS: ContributionParameters = {
  pensionRateBp: 1952,
  disabilityRateBp: 800,
  bonusInBase: true,
  payer: 'powiatowy urząd pracy (Fundusz Pracy)',
  source:
    'law.md §4.5: wyjaśnienie MPiPS (Gazeta Prawna, S15, sprzed 2015 r.); stawki ogólne 19,52 % i 8 % [M]',
  confidence: 'uncertain',
};

export interface Contributions {
  base: number;
  pension: number;
  disability: number;
  total: number;
  explanation: string;
}

const pct = (bp: number) => `${(bp / 100).toLocaleString('pl-PL', { minimumFractionDigits: 2 })} %`;
const zl = (g: number) => `${(g / 100).toFixed(2).replace('.', ',')} zł`;

/** Contributions on one payment, in whole grosze (each rounded half up once), with how they were made. */
export function contributionsOn(
  benefit: number,
  bonus: number,
  p: ContributionParameters = DEFAULT_CONTRIBUTION_PARAMETERS,
): Contributions {
  const base = Math.max(0, benefit + (p.bonusInBase ? bonus : 0));
  const pension = Math.floor((base * p.pensionRateBp + 5000) / 10000);
  const disability = Math.floor((base * p.disabilityRateBp + 5000) / 10000);
  return {
    base,
    pension,
    disability,
    total: pension + disability,
    explanation: `Podstawa ${zl(base)}${p.bonusInBase && bonus ? ' (ze premią)' : ''}: emerytalne ${pct(p.pensionRateBp)} = ${zl(pension)}, rentowe ${pct(p.disabilityRateBp)} = ${zl(disability)}; płatnik: ${p.payer} (źródło: ${p.source}; pewność: niepotwierdzona).`,
  };
}
