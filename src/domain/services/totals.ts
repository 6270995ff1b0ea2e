import { ratePercent, type VatRate } from './vat';

export interface LineInput {
  /** Quantity in thousandths of the unit (1,5 h = 1500). */
  quantityMilli: number;
  /** Net unit price in grosze. */
  netPrice: number;
  rate: VatRate;
}

export interface LineAmounts {
  net: number;
  vat: number;
  gross: number;
}

/** Half-up rounding of a non-negative ratio of integers, without floating error on whole grosze. */
function roundDiv(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** A line's net, VAT and gross in grosze (VAT rounded per line, half up). */
export function lineAmounts(line: LineInput): LineAmounts {
  const net = roundDiv(line.quantityMilli * line.netPrice, 1000);
  const vat = roundDiv(net * ratePercent(line.rate), 100);
  return { net, vat, gross: net + vat };
}

/** The order's totals: the sum of its lines. */
export function orderTotals(lines: LineAmounts[]): LineAmounts {
  return lines.reduce((t, l) => ({ net: t.net + l.net, vat: t.vat + l.vat, gross: t.gross + l.gross }), {
    net: 0,
    vat: 0,
    gross: 0,
  });
}
