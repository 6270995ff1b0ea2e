/**
 * Quantities of material as integers in the unit's smallest part (centimetres of fabric, grams, pieces), never
 * floats: "12,5 m" is 1250 cm. Parsing and printing go through here so that the stock is always an exact sum.
 */
export const UNITS = {
  PIECE: { label: 'szt.', scale: 1 },
  METRE: { label: 'm', scale: 100 },
  KILOGRAM: { label: 'kg', scale: 1000 },
  PACK: { label: 'opak.', scale: 1 },
  ROLL: { label: 'rol.', scale: 1 },
} as const;
export type Unit = keyof typeof UNITS;
export const UNIT_CODES = Object.keys(UNITS) as Unit[];

/** The most a single quantity may be, in the smallest part (fits a JavaScript number and a bigint). */
export const MAX_QUANTITY = 1_000_000_000;

const decimals = (unit: Unit) => String(UNITS[unit].scale).length - 1;

/** "12,5" or "12.5" metres → 1250; null when not a positive number with at most the unit's decimals. */
export function parseQuantity(text: string, unit: Unit): number | null {
  const s = text.trim().replace(',', '.');
  const places = decimals(unit);
  const pattern = places ? new RegExp(`^\\d{1,10}(?:\\.\\d{1,${places}})?$`) : /^\d{1,10}$/;
  if (!pattern.test(s)) return null;
  const [whole = '0', fraction = ''] = s.split('.');
  const value = Number(whole) * UNITS[unit].scale + Number(fraction.padEnd(places, '0') || '0');
  return value > 0 && value <= MAX_QUANTITY ? value : null;
}

/** 1250 cm → "12,5 m"; 40 pieces → "40 szt." (Polish decimal comma, no trailing zeros). */
export function formatQuantity(value: number, unit: Unit): string {
  const { scale, label } = UNITS[unit];
  const sign = value < 0 ? '−' : '';
  const abs = Math.abs(value);
  const whole = Math.floor(abs / scale);
  const rest = abs % scale;
  const fraction = rest ? `,${String(rest).padStart(decimals(unit), '0').replace(/0+$/, '')}` : '';
  return `${sign}${whole}${fraction} ${label}`;
}

/** The processing steps of a material's way (as in the mask collective), each movement names one. */
export const STEPS = {
  RECEIVED: 'przyjęcie darowizny',
  TRANSFER: 'przekazanie',
  CUT: 'krojenie',
  WASHED: 'pranie i prasowanie',
  RETURNED: 'zwrot do centrum',
  STRIPS: 'cięcie na paski',
  PACKED: 'pakowanie dla szyjącej osoby',
  SEWN: 'szycie',
  DELIVERED: 'przekazanie odbiorcy',
  USED: 'zużycie',
} as const;
export type Step = keyof typeof STEPS;
export const STEP_CODES = Object.keys(STEPS) as Step[];

/** Who may hold material: the centre itself, a partner (a ZAZ, a care home), a volunteer. */
export const HOLDER_KINDS = ['CENTRE', 'PARTNER', 'VOLUNTEER'] as const;
export type HolderKind = (typeof HOLDER_KINDS)[number];
export interface Holder {
  kind: HolderKind;
  id: string | null;
}

/** One key per item and holder: the lock and the sum are taken over it. */
export const holderKey = (itemId: string, h: Holder) => `inkind:${itemId}:${h.kind}:${h.id ?? '-'}`;

/** A movement may take only what the holder has: the problem when it would go below zero, else null. */
export function shortage(available: number, wanted: number): { available: number; wanted: number } | null {
  return wanted > available ? { available, wanted } : null;
}
