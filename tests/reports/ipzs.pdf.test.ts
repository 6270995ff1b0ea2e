import { describe, expect, it } from 'vitest';
import { renderIpzs } from '../../src/reports/pdf';
import { pdfChecksEnabled } from '../support/env';
import { ipzs } from './pdf-fixtures';
import { bodyText, collapse, expectPrintedA4Page, readBack } from './pdf-readback';

/** 3,000+ characters of numbered sentences in paragraphs of ten, so a lost or reordered piece shows. */
const SENTENCES = Array.from(
  { length: 34 },
  (_, i) =>
    `Zdanie ${i + 1}: nauka obsługi urządzeń kuchennych, zasad higieny i bezpiecznej pracy w zespole.`,
);
const LONG_SCOPE = SENTENCES.map((s, i) => (i % 10 === 9 ? `${s}\n` : `${s} `))
  .join('')
  .trim();

describe.skipIf(!pdfChecksEnabled)(
  'indywidualny program zatrudnienia socjalnego (read back with poppler)',
  () => {
    it(
      'prints parties, dates, workshop and hours, the four sections, responsible ' +
        'persons and the version history',
      async () => {
        const { file, text } = readBack('ipzs', await renderIpzs(ipzs()));

        for (const s of [
          'INDYWIDUALNY PROGRAM ZATRUDNIENIA SOCJALNEGO',
          'nr IPZS/2026/0003, wersja 3',
          'sporządzony na podstawie art. 13 ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym',
          'Gdańsk, 02.04.2026',
          '1. Strony programu',
          'Uczestniczka',
          'Łucja Żółkiewska, PESEL 85030512345',
          '2. Terminy',
          'Data przyjęcia',
          'Koniec okresu próbnego',
          '02.02.2026',
          '01.03.2026',
          '01.02.2027',
          '3 miesiące',
          '3. Warsztat i wymiar zajęć',
          'Warsztat gastronomiczny',
          '37,5 godz. tygodniowo',
          '4. Zakres reintegracji zawodowej',
          'Nauka przygotowywania posiłków, obsługi urządzeń kuchennych i zasad higieny w gastronomii.',
          'Przygotowanie do egzaminu na książeczkę sanepidowską.',
          '5. Formy reintegracji zawodowej',
          'szkolenie HACCP',
          '6. Zakres reintegracji społecznej',
          'samodzielne załatwianie spraw w urzędach',
          '7. Formy reintegracji społecznej',
          'konsultacje z psychologiem raz w miesiącu',
          '8. Osoby odpowiedzialne za realizację programu',
          'Anna Nowak',
          'pracownik socjalny Centrum',
          'Grzegorz Brzęczyszczykiewicz',
          '9. Historia zmian programu',
          '01.04.2026',
          'Zmiana warsztatu na wniosek',
          'Przedłużenie po okresie',
          'Program w wersji 3: podpisany dnia 02.04.2026 r.',
          '(uczestniczka programu)',
          '(kierownik Centrum Integracji Społecznej)',
          'Teresa Wiśniewska',
          'IPZS nr IPZS/2026/0003, wersja 3',
        ])
          expect(text).toContain(s);
        // The scope's own line break is kept: the second sentence starts a line of its own.
        expect(readBack('ipzs-lines', await renderIpzs(ipzs())).pages[0]).toMatch(
          /^\s*Przygotowanie do egzaminu/m,
        );
        expectPrintedA4Page(file);
      },
    );

    it('an unsigned first version says "niepodpisany", has no history table and no extension', async () => {
      const { text } = readBack(
        'ipzs-unsigned',
        await renderIpzs(
          ipzs({
            version: 1,
            signedOn: null,
            amendments: [],
            extensionMonths: 0,
            weeklyHours: 30,
            directorName: null,
          }),
        ),
      );

      for (const s of [
        'nr IPZS/2026/0003, wersja 1',
        'Program w wersji 1: niepodpisany',
        'bez przedłużenia',
        '30 godz. tygodniowo',
        'Gdańsk, dnia',
      ])
        expect(text).toContain(s);
      expect(text).not.toContain('Historia zmian');
      expect(text).not.toContain('podpisany dnia');
    });

    it('a 3,000-character scope wraps onto a second page without losing or reordering text', async () => {
      expect(LONG_SCOPE.length).toBeGreaterThanOrEqual(3000);
      const { file, pages } = readBack('ipzs-long', await renderIpzs(ipzs({ vocationalScope: LONG_SCOPE })));

      expect(pages.length).toBeGreaterThanOrEqual(2);
      expect(pages[0]).toContain(`Strona 1 z ${pages.length}`);
      expect(pages[1]).toContain(`Strona 2 z ${pages.length}`);
      // The signatures keep the signing line with them rather than standing alone on a last page.
      const last = collapse(pages.at(-1) ?? '');
      expect(last).toContain('Program w wersji 3: podpisany dnia 02.04.2026 r.');
      expect(last).toContain('(uczestniczka programu)');
      expect(collapse(pages[0] ?? '')).toContain('Zdanie 1: nauka');
      expect(collapse(pages[1] ?? '')).toContain(
        'Zdanie 34: nauka obsługi urządzeń kuchennych, zasad higieny i bezpiecznej pracy w zespole.',
      );
      expect(bodyText(pages)).toContain(
        `4. Zakres reintegracji zawodowej ${collapse(LONG_SCOPE)} 5. Formy reintegracji zawodowej`,
      );
      expectPrintedA4Page(file);
    });
  },
);
