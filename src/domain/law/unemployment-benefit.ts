import { addDays } from '../calendar';
import type { Confidence } from '../types';

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
    source: 'law.md §4.1/§10, S10 (CIS Ostrzyce 2017/18: zasiłek 831,10 zł)',
    note: 'Kwota obowiązywała już od 1.06.2015 (brak waloryzacji 2016–2017 — deflacja); kwota po 90 dniach z pamięci.',
  },
  {
    from: '2018-06-01',
    amount: 84780,
    amountAfter90Days: 66580,
    verified: false,
    confidence: 'uncertain',
    source:
      'Z pamięci (obwieszczenie MRPiPS 2018); zgodne z 831,10 × 1,020 (CPI 2017) zaokr. w górę do 10 gr',
    note: 'Niezweryfikowane w law.md/formats.md.',
  },
  {
    from: '2019-06-01',
    amount: 86140,
    amountAfter90Days: 67640,
    verified: false,
    confidence: 'uncertain',
    source: 'Z pamięci (obwieszczenie MRPiPS 2019); zgodne z 847,80 × 1,016 (CPI 2018)',
    note: 'Niezweryfikowane w law.md/formats.md.',
  },
  {
    from: '2020-06-01',
    amount: 88130,
    amountAfter90Days: 69200,
    verified: false,
    confidence: 'uncertain',
    source: 'Z pamięci (obwieszczenie MRPiPS 2020); zgodne z 861,40 × 1,023 (CPI 2019)',
    note: 'Niezweryfikowane; obowiązywała tylko do 31.08.2020.',
  },
  {
    from: '2020-09-01',
    amount: 120000,
    amountAfter90Days: 94230,
    verified: true,
    confidence: 'secondary',
    source:
      'law.md §4.1/§10, S31 (CIS Dębica od 1.09.2020: zasiłek 1200 zł); podwyżka z tarczy antykryzysowej (ustawa z 14.08.2020)',
    note: 'Kwota po 90 dniach z pamięci.',
  },
  {
    from: '2021-06-01',
    amount: 124080,
    amountAfter90Days: 97440,
    verified: true,
    confidence: 'secondary',
    source: 'law.md §10, S6 (nota MRiPS/Legalis 2022: 120% × 1240,80 = 1488,96)',
    note: 'Kwota po 90 dniach z pamięci.',
  },
  {
    from: '2022-06-01',
    amount: 130410,
    amountAfter90Days: 102410,
    verified: true,
    confidence: 'secondary',
    source: 'formats.md §6 (tabela z marca 2023: 1304,10 / 1024,10), S30b',
  },
  {
    from: '2023-06-01',
    amount: 149190,
    amountAfter90Days: 117160,
    verified: true,
    confidence: 'secondary',
    source: 'law.md §4.1, S30a; formats.md §6',
  },
  {
    from: '2024-06-01',
    amount: 166200,
    amountAfter90Days: 130520,
    verified: true,
    confidence: 'secondary',
    source: 'law.md §4.1, S30d; formats.md §6',
  },
  {
    from: '2025-06-01',
    amount: 172190,
    amountAfter90Days: 135220,
    verified: true,
    confidence: 'secondary',
    source: 'Obwieszczenie MRPiPS z 19.05.2025 (art. 224 ustawy o rynku pracy), law.md §4.1, S30c, S30e',
  },
  {
    from: '2026-06-01',
    amount: 178390,
    amountAfter90Days: 140090,
    verified: true,
    confidence: 'secondary',
    source: 'Obwieszczenie MRPiPS z 2.03.2026, law.md §4.1, S30f',
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
