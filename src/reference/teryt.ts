import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseTerc, searchGminas, type Gmina } from '../domain/teryt/terc';

/** The gmina list from the bundled TERC file (state 2020-01-01), looked up by code or name. */
export interface GminaDirectory {
  get(code: string): Gmina | undefined;
  search(query: string, limit?: number): Gmina[];
  size: number;
}

let cached: GminaDirectory | undefined;

/** Loads (once) the bundled TERC file; a deployment may point TERC_FILE at a newer GUS export. */
export function loadGminaDirectory(
  file = fileURLToPath(new URL('./teryt/terc-2020-01-01.csv', import.meta.url)),
): GminaDirectory {
  if (cached) return cached;
  const gminas = parseTerc(readFileSync(file, 'utf8'));
  const byCode = new Map(gminas.map((g) => [g.code, g]));
  cached = {
    get: (code) => byCode.get(code),
    search: (query, limit) => searchGminas(gminas, query, limit),
    size: gminas.length,
  };
  return cached;
}
