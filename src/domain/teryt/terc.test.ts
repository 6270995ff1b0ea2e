import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldDiacritics, parseTerc, searchGminas } from './terc';

const gminas = parseTerc(
  readFileSync(new URL('../../reference/teryt/terc-2020-01-01.csv', import.meta.url), 'utf8'),
);

describe('TERC parsing', () => {
  it('finds every gmina of the 2020 file (2,477) plus the 18 Warsaw districts', () => {
    expect(
      gminas.filter((g) => g.code.endsWith('1') || g.code.endsWith('2') || g.code.endsWith('3')),
    ).toHaveLength(2477);
    expect(gminas.filter((g) => g.code.endsWith('8'))).toHaveLength(18);
  });

  it('builds the 7-digit code WOJ+POW+GMI+RODZ with powiat and voivodeship', () => {
    expect(gminas.find((g) => g.code === '0201011')).toEqual({
      code: '0201011',
      name: 'Bolesławiec',
      kind: 'gmina miejska',
      powiat: 'bolesławiecki',
      voivodeship: 'dolnośląskie',
    });
  });

  it('searches by name regardless of diacritics, prefix matches first', () => {
    expect(foldDiacritics('Łódź Żółć')).toBe('lodz zolc');
    const results = searchGminas(gminas, 'boles');
    expect(results.map((g) => g.code)).toEqual(expect.arrayContaining(['0201011', '0201022']));
    expect(searchGminas(gminas, 'zyrardow')[0]!.name).toBe('Żyrardów');
    expect(searchGminas(gminas, '0201').every((g) => g.code.startsWith('0201'))).toBe(true);
    expect(searchGminas(gminas, '   ')).toEqual([]);
  });
});
