import { decimal, zlotyNumber } from '../polish-format';
import type { Confidence } from '../types';

/** Who pays the social-insurance contributions on the integration benefit. */
export type ContributionPayer = 'CIS' | 'PUP';

export const CONTRIBUTION_PAYER_LABELS: Record<ContributionPayer, string> = {
  CIS: 'centrum integracji społecznej',
  PUP: 'powiatowy urząd pracy (Fundusz Pracy)',
};

/**
 * Pension and disability insurance on the integration benefit. Art. 15 ust. 8 of the consolidated
 * Act (Dz.U. 2025 poz. 1718) has the starosta refund the benefits paid *together with* the
 * social-insurance contributions, so the CIS most likely pays them and claims them back; the Act does
 * not name the payer, so the payer is a flagged parameter (default: the CIS). The rates are the general
 * ones of the social insurance system act (art. 22 ust. 1: pension 19,52 %, disability 8 %).
 */
export interface ContributionParameters {
  /** Basis points of the base: 1952 = 19,52 %. */
  pensionRateBp: number;
  disabilityRateBp: number;
  /** Whether the motivation bonus is part of the base. */
  bonusInBase: boolean;
  payer: ContributionPayer;
  /** The payer is not named by the Act: to be confirmed with the PUP (shown on screens, never on paper). */
  payerConfidence: Confidence;
  /** Plain-Polish legal source, fit for staff and paper. */
  source: string;
  confidence: Confidence;
}

export const DEFAULT_CONTRIBUTION_PARAMETERS: ContributionParameters = {
  pensionRateBp: 1952,
  disabilityRateBp: 800,
  bonusInBase: true,
  payer: 'CIS',
  payerConfidence: 'uncertain',
  source:
    'art. 15 ust. 8 ustawy o zatrudnieniu socjalnym (Dz.U. 2025 poz. 1718) — refundacja świadczeń wraz ze składkami; ' +
    'stawki: art. 22 ust. 1 ustawy o systemie ubezpieczeń społecznych',
  confidence: 'uncertain',
};

export interface Contributions {
  base: number;
  pension: number;
  disability: number;
  total: number;
  explanation: string;
}

// Hand-written formatting (polish-format.ts), no Intl.NumberFormat built per call (decision 0039).
const pct = (bp: number) => `${decimal(bp / 100, 2, 2)} %`;
const zl = (g: number) => `${zlotyNumber(g)} zł`;

/** Contributions on one payment, in whole grosze (each rounded half up once), with how they were made. */
export function contributionsOn(
  benefit: number,
  bonus: number,
  p: ContributionParameters = DEFAULT_CONTRIBUTION_PARAMETERS,
): Contributions {
  const base = Math.max(0, benefit + (p.bonusInBase ? bonus : 0));
  const pension = Math.floor((base * p.pensionRateBp + 5000) / 10000);
  const disability = Math.floor((base * p.disabilityRateBp + 5000) / 10000);
  const payer =
    p.payerConfidence === 'uncertain'
      ? `${CONTRIBUTION_PAYER_LABELS[p.payer]} (do potwierdzenia z PUP)`
      : CONTRIBUTION_PAYER_LABELS[p.payer];
  return {
    base,
    pension,
    disability,
    total: pension + disability,
    explanation:
      `Podstawa ${zl(base)}${p.bonusInBase && bonus ? ' (z premią)' : ''}: ` +
      `emerytalne ${pct(p.pensionRateBp)} = ${zl(pension)}, rentowe ${pct(p.disabilityRateBp)} = ${zl(disability)}; ` +
      `płatnik składek: ${payer}; podstawa prawna: ${p.source}.`,
  };
}
