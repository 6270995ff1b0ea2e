/** The shape every identifier validator returns; browser-safe, no node: imports. */
export type IdentifierResult<Extra extends object = object> =
  | ({ valid: true; normalized: string } & Extra)
  | { valid: false; reason: string; message: string };

/** Builds the failure variant. */
export function invalid(reason: string, message: string): { valid: false; reason: string; message: string } {
  return { valid: false, reason, message };
}

/** Σ digit × weight over the first weights.length digits of a digit string. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits.charCodeAt(i) - 48) * (weights[i] as number);
  return sum;
}
