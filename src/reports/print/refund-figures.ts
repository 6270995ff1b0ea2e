/** One person's money on the payment list, as the refund needs it. */
export interface RefundSource {
  name: string;
  pesel: string | null;
  benefit: number;
  bonus: number;
  corrections: number;
  pension: number;
  disability: number;
}

export interface RefundFigures {
  rows: {
    name: string;
    pesel: string | null;
    /** Integration benefit paid (corrections included), in grosze. */
    benefits: number;
    pension: number;
    disability: number;
    contributions: number;
    total: number;
  }[];
  totals: {
    benefits: number;
    pension: number;
    disability: number;
    contributions: number;
    total: number;
    /** Motivation bonuses (art. 15a) paid from the centre's own funds: listed, not claimed. */
    bonuses: number;
  };
}

/**
 * The three amounts of the refund (art. 15 ust. 8): the integration benefits paid (with corrections;
 * bonuses of art. 15a are the centre's own money and stay out), the social-insurance contributions as
 * the payroll computed them, and their sum. Pure: the payment list and the claim print the same numbers.
 */
export function refundFigures(payments: RefundSource[]): RefundFigures {
  const rows = payments
    .map((p) => {
      const benefits = p.benefit + p.corrections;
      const contributions = p.pension + p.disability;
      return {
        name: p.name,
        pesel: p.pesel,
        benefits,
        pension: p.pension,
        disability: p.disability,
        contributions,
        total: benefits + contributions,
      };
    })
    .filter((r) => r.benefits !== 0 || r.contributions !== 0);
  const sum = (k: 'benefits' | 'pension' | 'disability' | 'contributions' | 'total') =>
    rows.reduce((s, r) => s + r[k], 0);
  return {
    rows,
    totals: {
      benefits: sum('benefits'),
      pension: sum('pension'),
      disability: sum('disability'),
      contributions: sum('contributions'),
      total: sum('total'),
      bonuses: payments.reduce((s, p) => s + p.bonus, 0),
    },
  };
}
