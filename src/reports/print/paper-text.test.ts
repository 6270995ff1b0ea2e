import { describe, expect, it } from 'vitest';
import { zlotyNumber } from '../../domain/polish-format';
import { paperText, withoutInternalNotes } from './paper-text';

describe('text fit for paper', () => {
  it.each([
    [
      'Świadczenie po potrąceniach: 2069,324 zł → 2069,32 zł (zaokrąglenie do grosza: połówki w górę).',
      'Świadczenie po potrąceniach: 2069,32 zł (zaokrąglenie do grosza: połówki w górę).',
    ],
    [
      '2026-05-12 nieobecność nieusprawiedliwiona: −103,314 zł (1/20 świadczenia; art. 15).',
      '12.05.2026 nieobecność nieusprawiedliwiona: ok. −103,31 zł (1/20 świadczenia; art. 15).',
    ],
    ['podstawa: ≈925,9657 zł (13/28 dni)', 'podstawa: ok. 925,97 zł (13/28 dni)'],
    ['12 345,675 zł', 'ok. 12\u00a0345,68 zł'],
    ['art. 15 ust. 7 (numer ustępu niepotwierdzony); art. 15 ust. 7a', 'art. 15 ust. 7; art. 15 ust. 7a'],
    ['Zasiłek: 1783,90 zł (kwota niezweryfikowana w źródłach).', 'Zasiłek: 1783,90 zł.'],
    [
      'zaokrąglenie HALF_UP, proporcja CALENDAR_DAYS',
      'zaokrąglenie połówki w górę, proporcja dni kalendarzowe',
    ],
    ['Stawki [M] z S10, S11', 'Stawki z'],
    ['Lista wypłat 2026-05 — CIS', 'Lista wypłat 05.2026 — CIS'],
    ['Do wypłaty: 2066,28 zł — przelewem', 'Do wypłaty: 2066,28 zł — przelewem'],
  ])('%s', (input, expected) => {
    expect(paperText(input)).toBe(expected);
  });

  it('never leaves a glyph the bundled font lacks, nor more than two decimals of a złoty', () => {
    const out = paperText('a → b; 1,2345 zł → 1,23 zł; ≈ 5,555 zł');
    expect(out).not.toMatch(/[→≈]|\d,\d{3}/);
  });

  it('keeps exact figures on screen, only without the internal notes', () => {
    expect(withoutInternalNotes('−103,314 zł (art. 15 ust. 7 (numer ustępu niepotwierdzony)) [U]')).toBe(
      '−103,314 zł (art. 15 ust. 7)',
    );
  });

  it('prints grosze with the Polish minus and grouping', () => {
    expect(zlotyNumber(206628)).toBe('2066,28');
    expect(zlotyNumber(-5165)).toBe('−51,65');
    expect(zlotyNumber(1234567).replace(/\s/g, ' ')).toBe('12 345,67');
  });
});
