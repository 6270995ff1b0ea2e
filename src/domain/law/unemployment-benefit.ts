import { addDays } from '../calendar';
import type { Confidence } from '../types';

// Research ids behind these sources (S10, S30a…) are listed in docs/law.md §1.2.
/**
 * Zasiłek dla bezrobotnych (Z) — the basic amount for the first 90 days, which the integration
 * benefit refers to (art. 15 ust. 4). One entry per change; an entry is valid from `from` until
 * the next entry. To add next year's value, append one line.
 */
export interface UnemploymentBenefitEntry {
  /** First day the amount applies, 'YYYY-MM-DD'. */
  from: string;
  /** Basic zasiłek for the first 90 days, integer grosze. */
  amount: number;
  /** Amount after the first 90 days (informative; not used by the engine), grosze. */
  amountAfter90Days: number | null;
  verified: boolean;
  confidence: Confidence;
  source: string;
  note?: string;
}

export const UNEMPLOYMENT_BENEFIT_TABLE: readonly UnemploymentBenefitEntry[] = [
  {
    from: '2017-06-01',
    amount: 83110,
    amountAfter90Days: 65260,
    verified: true,
    confidence: 'secondary',
    source: 'Regulamin CIS Ostrzyce 2017/18 (zasiłek 831,10 zł)',
    note:
      'Kwota obowiązywała już od 1.06.2015 (bez waloryzacji w latach 2016–2017); ' +
      'kwota po 90 dniach do potwierdzenia w obwieszczeniu.',
  },
  {
    from: '2018-06-01',
    amount: 84780,
    amountAfter90Days: 66580,
    verified: false,
    confidence: 'uncertain',
    source: 'Obwieszczenie ministra z 2018 r. — kwota do potwierdzenia (831,10 zł × wskaźnik cen 2017)',
    note: 'Do potwierdzenia w obwieszczeniu.',
  },
  {
    from: '2019-06-01',
    amount: 86140,
    amountAfter90Days: 67640,
    verified: false,
    confidence: 'uncertain',
    source: 'Obwieszczenie ministra z 2019 r. — kwota do potwierdzenia (847,80 zł × wskaźnik cen 2018)',
    note: 'Do potwierdzenia w obwieszczeniu.',
  },
  {
    from: '2020-06-01',
    amount: 88130,
    amountAfter90Days: 69200,
    verified: false,
    confidence: 'uncertain',
    source: 'Obwieszczenie ministra z 2020 r. — kwota do potwierdzenia (861,40 zł × wskaźnik cen 2019)',
    note: 'Do potwierdzenia w obwieszczeniu; obowiązywała tylko do 31.08.2020.',
  },
  {
    from: '2020-09-01',
    amount: 120000,
    amountAfter90Days: 94230,
    verified: true,
    confidence: 'secondary',
    source: 'Ustawa z 14.08.2020 (tarcza antykryzysowa); regulamin CIS Dębica od 1.09.2020 (zasiłek 1200 zł)',
    note: 'Kwota po 90 dniach do potwierdzenia w obwieszczeniu.',
  },
  {
    from: '2021-06-01',
    amount: 124080,
    amountAfter90Days: 97440,
    verified: true,
    confidence: 'secondary',
    source: 'Nota ministerstwa z 2022 r. (120% × 1240,80 zł = 1488,96 zł)',
    note: 'Kwota po 90 dniach do potwierdzenia w obwieszczeniu.',
  },
  {
    from: '2022-06-01',
    amount: 130410,
    amountAfter90Days: 102410,
    verified: true,
    confidence: 'secondary',
    source: 'Obwieszczenie ministra z 2022 r. (1304,10 zł; po 90 dniach 1024,10 zł)',
  },
  {
    from: '2023-06-01',
    amount: 149190,
    amountAfter90Days: 117160,
    verified: true,
    confidence: 'secondary',
    source: 'Obwieszczenie ministra z 2023 r.',
  },
  {
    from: '2024-06-01',
    amount: 166200,
    amountAfter90Days: 130520,
    verified: true,
    confidence: 'secondary',
    source: 'Obwieszczenie ministra z 2024 r.',
  },
  {
    from: '2025-06-01',
    amount: 172190,
    amountAfter90Days: 135220,
    verified: true,
    confidence: 'secondary',
    source:
      'Obwieszczenie Ministra Rodziny, Pracy i Polityki Społecznej z 19.05.2025 (ustawa o rynku pracy, art. 224)',
  },
  {
    from: '2026-06-01',
    amount: 178390,
    amountAfter90Days: 140090,
    verified: true,
    confidence: 'secondary',
    source: 'Obwieszczenie Ministra Rodziny, Pracy i Polityki Społecznej z 2.03.2026',
  },
];

/** The Z entry in force on a date ('YYYY-MM-DD'), or null before the table starts. */
export function findUnemploymentBenefit(
  date: string,
  table: readonly UnemploymentBenefitEntry[] = UNEMPLOYMENT_BENEFIT_TABLE,
): UnemploymentBenefitEntry | null {
  // ISO dates compare correctly as strings; the table is short and sorted.
  let found: UnemploymentBenefitEntry | null = null;
  for (const entry of table) {
    if (entry.from <= date) found = entry;
    else break;
  }
  return found;
}

/** The table for display: each entry with the last day it applies (null = still in force). */
export function listUnemploymentBenefits(): Array<UnemploymentBenefitEntry & { to: string | null }> {
  return UNEMPLOYMENT_BENEFIT_TABLE.map((entry, i) => {
    const next = UNEMPLOYMENT_BENEFIT_TABLE[i + 1];
    return { ...entry, to: next ? addDays(next.from, -1) : null };
  });
}
