import { foldDiacritics } from '../text';

/** One gmina from the TERC register: 7-digit code WOJ+POW+GMI+RODZ. */
export interface Gmina {
  code: string;
  name: string;
  kind: string;
  powiat: string;
  voivodeship: string;
}

/**
 * Parses a TERC CSV export (`WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD|NAZDOD;STAN_NA`) into gminas
 * (RODZ 1, 2, 3 and the Warsaw districts 8), with their powiat and voivodeship names.
 */
export function parseTerc(csv: string): Gmina[] {
  const lines = csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const voivodeships = new Map<string, string>();
  const powiats = new Map<string, string>();
  const gminas: Gmina[] = [];
  for (const line of lines.slice(1)) {
    const [woj = '', pow = '', gmi = '', rodz = '', name = '', kind = ''] = line.split(';');
    if (!pow) voivodeships.set(woj, name.toLowerCase());
    else if (!gmi) powiats.set(woj + pow, name);
    else if (['1', '2', '3', '8'].includes(rodz)) {
      gminas.push({
        code: woj + pow + gmi + rodz,
        name,
        kind,
        powiat: powiats.get(woj + pow) ?? '',
        voivodeship: voivodeships.get(woj) ?? '',
      });
    }
  }
  return gminas;
}

export { foldDiacritics };

/** Finds gminas whose name starts with (then contains) the query, or whose code starts with it. */
export function searchGminas(gminas: readonly Gmina[], query: string, limit = 20): Gmina[] {
  const q = foldDiacritics(query.trim());
  if (!q) return [];
  if (/^\d+$/.test(q)) return gminas.filter((g) => g.code.startsWith(q)).slice(0, limit);
  const starts: Gmina[] = [];
  const contains: Gmina[] = [];
  for (const g of gminas) {
    const name = foldDiacritics(g.name);
    if (name.startsWith(q)) starts.push(g);
    else if (name.includes(q)) contains.push(g);
  }
  return [...starts, ...contains].slice(0, limit);
}
