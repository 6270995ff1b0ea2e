import type { RoundingMode } from './parameters';

/**
 * Exact money arithmetic on fractions of grosze. Amounts stay exact (numerator/denominator)
 * until the final rounding; Number is used while every intermediate stays a safe integer,
 * BigInt otherwise (only reachable with unusual centre fractions).
 */

export function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** Rounds num/den (num ≥ 0, den > 0, both safe integers) to an integer. */
export function roundDiv(num: number, den: number, mode: RoundingMode): number {
  const q = Math.floor(num / den);
  const r = num - q * den;
  if (r === 0) return q;
  switch (mode) {
    case 'DOWN':
      return q;
    case 'UP':
      return q + 1;
    case 'HALF_EVEN':
      return 2 * r > den || (2 * r === den && q % 2 === 1) ? q + 1 : q;
    default:
      return 2 * r >= den ? q + 1 : q;
  }
}

function roundDivBig(num: bigint, den: bigint, mode: RoundingMode): bigint {
  const q = num / den;
  const r = num - q * den;
  if (r === 0n) return q;
  switch (mode) {
    case 'DOWN':
      return q;
    case 'UP':
      return q + 1n;
    case 'HALF_EVEN':
      return 2n * r > den || (2n * r === den && q % 2n === 1n) ? q + 1n : q;
    default:
      return 2n * r >= den ? q + 1n : q;
  }
}

/** A reduced fraction as text: "5165.7" is shown as "51657/10", whole numbers as "206628". */
export function fractionText(num: number | bigint, den: number | bigint): string {
  if (typeof num === 'number' && typeof den === 'number') {
    const key = cacheKey(num, den);
    if (key < 0) return writeFraction(num, den);
    let text = FRACTION_TEXT.get(key);
    if (text === undefined) {
      text = writeFraction(num, den);
      remember(FRACTION_TEXT, key, text);
    }
    return text;
  }
  const bn = BigInt(num);
  const bd = BigInt(den);
  const g = gcdBig(bn, bd) || 1n;
  return bd / g === 1n ? String(bn / g) : `${bn / g}/${bd / g}`;
}

function writeFraction(num: number, den: number): string {
  const g = gcd(num, den) || 1;
  const n = num / g;
  const d = den / g;
  return d === 1 ? String(n) : `${n}/${d}`;
}

/** "00".."99": the decimal pairs of a złoty amount, built once (formatZloty runs for every explanation line). */
const PAIRS = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

/**
 * Złoty text from an exact amount in grosze (num/den): "2066,28 zł", "41,555 zł", "≈27,7033 zł".
 * Shows up to 4 decimals of a złoty; "≈" marks a value that needs more. (Hot path: no regex.)
 */
export function formatZloty(num: number, den = 1): string {
  const key = cacheKey(num, den);
  if (key < 0) return writeZloty(num, den);
  let text = ZLOTY_TEXT.get(key);
  if (text === undefined) {
    text = writeZloty(num, den);
    remember(ZLOTY_TEXT, key, text);
  }
  return text;
}

/**
 * The same few amounts recur across a payroll (one Z amount, its rates, their 1/20 and 1/40 parts), so their
 * texts are kept: a key packs den (< 2^20) and num (0 ≤ num < 2^33) into one safe integer; −1 = not cached.
 */
function cacheKey(num: number, den: number): number {
  return num >= 0 &&
    num < 8589934592 &&
    den > 0 &&
    den < 1048576 &&
    Number.isInteger(num) &&
    Number.isInteger(den)
    ? den * 8589934592 + num
    : -1;
}
const ZLOTY_TEXT = new Map<number, string>();
const FRACTION_TEXT = new Map<number, string>();
function remember(cache: Map<number, string>, key: number, text: string): void {
  if (cache.size >= 4096) cache.clear();
  cache.set(key, text);
}

function writeZloty(num: number, den: number): string {
  const t = num * 100; // ten-thousandths of a złoty, times den
  let scaled = den === 1 ? t : Math.round(t / den);
  const approx = den !== 1 && scaled * den !== t ? '≈' : '';
  const sign = scaled < 0 ? '−' : '';
  if (scaled < 0) scaled = -scaled;
  const whole = Math.floor(scaled / 10000);
  const frac = scaled - whole * 10000;
  const grosze = PAIRS[Math.floor(frac / 100)] as string;
  const rest = frac % 100;
  const fracText =
    rest === 0 ? grosze : rest % 10 === 0 ? grosze + String(rest / 10) : grosze + (PAIRS[rest] as string);
  return `${approx}${sign}${whole},${fracText} zł`;
}

export interface ExactDifference {
  /** round(max(0, base − Σ deductions)). */
  rounded: number;
  /** The exact value before rounding, as a reduced fraction of grosze. */
  exact: string;
  /** True when the deductions exceeded the base (the result was cut to 0). */
  capped: boolean;
  /** The exact value as numerator/denominator Numbers (approximate only on the BigInt path), for display. */
  num: number;
  den: number;
}

/**
 * max(0, baseNum/baseDen − Σ nums[i]/dens[i]) rounded once. Denominators are small positive
 * integers; numerators non-negative.
 */
export function exactDifference(
  baseNum: number,
  baseDen: number,
  nums: readonly number[],
  dens: readonly number[],
  mode: RoundingMode,
): ExactDifference {
  let lcm = baseDen;
  let safe = true;
  for (let i = 0; i < dens.length; i++) {
    const d = dens[i] as number;
    lcm = (lcm / gcd(lcm, d)) * d;
    if (lcm > Number.MAX_SAFE_INTEGER) {
      safe = false;
      break;
    }
  }
  if (safe) {
    let dedNum = 0;
    for (let i = 0; i < nums.length; i++) dedNum += (nums[i] as number) * (lcm / (dens[i] as number));
    const base = baseNum * (lcm / baseDen);
    if (Number.isSafeInteger(dedNum) && Number.isSafeInteger(base)) {
      if (dedNum >= base) return { rounded: 0, exact: '0', capped: dedNum > base, num: 0, den: 1 };
      const diff = base - dedNum;
      return {
        rounded: roundDiv(diff, lcm, mode),
        exact: fractionText(diff, lcm),
        capped: false,
        num: diff,
        den: lcm,
      };
    }
  }
  return exactDifferenceBig(baseNum, baseDen, nums, dens, mode);
}

function exactDifferenceBig(
  baseNum: number,
  baseDen: number,
  nums: readonly number[],
  dens: readonly number[],
  mode: RoundingMode,
): ExactDifference {
  let lcm = BigInt(baseDen);
  for (const d of dens) {
    const bd = BigInt(d);
    lcm = (lcm / gcdBig(lcm, bd)) * bd;
  }
  let ded = 0n;
  for (let i = 0; i < nums.length; i++) ded += BigInt(nums[i] as number) * (lcm / BigInt(dens[i] as number));
  const base = BigInt(baseNum) * (lcm / BigInt(baseDen));
  if (ded >= base) return { rounded: 0, exact: '0', capped: ded > base, num: 0, den: 1 };
  const diff = base - ded;
  const rounded = roundDivBig(diff, lcm, mode);
  return {
    rounded: Number(rounded),
    exact: fractionText(diff, lcm),
    capped: false,
    num: Number((diff * 10000n) / lcm),
    den: 10000,
  };
}
