/**
 * VAT on what the centre sells. Whether a CIS charges VAT depends on its founding body (a gmina's CIS
 * settles VAT with the gmina; an NGO may be exempt by turnover or not registered at all), so the
 * centre records its status from a date; the rates of the VAT act are a dated rule set.
 * Source: ustawa z 11 marca 2004 r. o podatku od towarów i usług (rates 23 %, 8 %, 5 %, 0 %, exempt).
 */
export const VAT_RATES = ['23', '8', '5', '0', 'ZW', 'NP'] as const;
export type VatRate = (typeof VAT_RATES)[number];

export const VAT_STATUSES = ['VAT_PAYER', 'EXEMPT', 'NOT_REGISTERED'] as const;
export type VatStatus = (typeof VAT_STATUSES)[number];

export const VAT_RATE_LABELS: Record<VatRate, string> = {
  '23': '23%',
  '8': '8%',
  '5': '5%',
  '0': '0%',
  ZW: 'zw.',
  NP: 'np.',
};

export const VAT_STATUS_LABELS: Record<VatStatus, string> = {
  VAT_PAYER: 'czynny podatnik VAT (np. rozliczenie przez gminę — organ prowadzący)',
  EXEMPT: 'zwolniony z VAT',
  NOT_REGISTERED: 'niezarejestrowany jako podatnik VAT',
};

/** The dated rule set of rates; a change of the act adds a set, old orders keep theirs. */
export const VAT_RULE_SETS = [
  {
    id: 'VAT_2011',
    validFrom: '2011-01-01',
    rates: VAT_RATES,
    source: 'ustawa z 11 marca 2004 r. o podatku od towarów i usług (stawki 23%, 8%, 5%, 0%, zwolnienie)',
  },
] as const;

export function vatRuleSetOn(date: string) {
  const sets = VAT_RULE_SETS.filter((s) => s.validFrom <= date);
  return sets.at(-1) ?? VAT_RULE_SETS[0];
}

/** Default until the director records the status: a VAT payer (items carry their own rate). */
export const DEFAULT_VAT_STATUS: VatStatus = 'VAT_PAYER';

/** The centre's VAT status on a day: the newest entry from on or before it. */
export function vatStatusOn(entries: { validFrom: string; status: VatStatus }[], date: string): VatStatus {
  const sorted = [...entries]
    .filter((e) => e.validFrom <= date)
    .sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  return sorted.at(-1)?.status ?? DEFAULT_VAT_STATUS;
}

/** The rate a line carries: its own for a VAT payer, otherwise exempt (no VAT charged). */
export function effectiveRate(status: VatStatus, itemRate: VatRate): VatRate {
  return status === 'VAT_PAYER' ? itemRate : 'ZW';
}

/** Percent of a rate (exempt and not-subject carry none). */
export function ratePercent(rate: VatRate): number {
  return rate === 'ZW' || rate === 'NP' ? 0 : Number(rate);
}
