import { describe, expect, it } from 'vitest';
import { renderReferralStatusLetter } from '../../src/reports/pdf';
import { pdfChecksEnabled } from '../support/env';
import { referralLetter } from './pdf-fixtures';
import { expectPrintedA4Page, readBack } from './pdf-readback';

describe.skipIf(!pdfChecksEnabled)('pismo o stanie skierowania (read back with poppler)', () => {
  it(
    'prints letterhead, number, addressee, the referral it concerns, the status ' +
      'with its date, the details and the signature',
    async () => {
      const { file, pages, text } = readBack(
        'referral-letter',
        await renderReferralStatusLetter(referralLetter()),
      );

      expect(pages).toHaveLength(1);
      for (const s of [
        'Centrum Integracji Społecznej „Źródło” w Gdańsku',
        'Gdańsk, 23.11.2026',
        'Znak: CIS.4101.12.2026',
        'Miejski Ośrodek Pomocy Rodzinie w Gdańsku',
        'ul. Konrada Leczkowa 1A, 80-432 Gdańsk',
        'Dotyczy: skierowania z dnia 2 listopada 2026 r. — Jan Kowalski, ur. 30.01.1970 r.',
        'Uprzejmie informujemy, że od dnia 20 listopada 2026 r. skierowanie ma status: rozpatrzone negatywnie.',
        'co wyłącza ją z kręgu uczestników Centrum (art. 1 ust. 3 pkt 7 ustawy o zatrudnieniu socjalnym).',
        'Dokumenty przekazane wraz ze skierowaniem pozostają w aktach Centrum.',
        'Z poważaniem',
        'Teresa Wiśniewska',
        '(kierownik Centrum Integracji Społecznej)',
        'Strona 1 z 1',
      ])
        expect(text).toContain(s);
      // The addressee block sits on the right half of the page, as in Polish letters.
      expect(pages[0]).toMatch(/^ {30,}Miejski Ośrodek Pomocy Rodzinie w Gdańsku$/m);
      expectPrintedA4Page(file);
    },
  );

  it('a KIS letter without an addressee address, details or signatory still reads whole', async () => {
    const { text } = readBack(
      'referral-letter-kis',
      await renderReferralStatusLetter(
        referralLetter({
          centre: { ...referralLetter().centre, type: 'KIS', name: 'Klub Integracji Społecznej „Przystań”' },
          referrer: { name: 'Powiatowy Urząd Pracy w Gdańsku', address: null },
          status: 'lista oczekujących',
          details: [],
          signatory: null,
        }),
      ),
    );

    for (const s of [
      'Klub Integracji Społecznej „Przystań”',
      'Powiatowy Urząd Pracy w Gdańsku',
      'skierowanie ma status: lista oczekujących.',
      '(kierownik Klubu Integracji Społecznej)',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('Teresa Wiśniewska');
  });
});
