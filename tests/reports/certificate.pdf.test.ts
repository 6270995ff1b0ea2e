import { describe, expect, it } from 'vitest';
import { renderCertificate } from '../../src/reports/pdf';
import { pdfChecksEnabled } from '../support/env';
import { certificate, lucja } from './pdf-fixtures';
import { expectPrintedA4Page, readBack } from './pdf-readback';

describe.skipIf(!pdfChecksEnabled)('zaświadczenie (read back with poppler)', () => {
  it(
    'CIS: number, person, period, workshop, exit reason, skills, art. 13 ust. ' +
      '5a, signature — Polish letters intact',
    async () => {
      const { file, pages, text } = readBack('certificate-cis', await renderCertificate(certificate()));

      expect(pages).toHaveLength(1);
      expect(pages[0]).toContain('Pani Łucja Żółkiewska');
      for (const s of [
        'Centrum Integracji Społecznej „Źródło” w Gdańsku',
        'ul. Żeromskiego 7',
        '80-001 Gdańsk',
        'REGON 999100200, NIP 9991002009',
        'Gdańsk, 23.11.2026',
        'ZAŚWIADCZENIE',
        'nr ZAS/2026/0007',
        'Na podstawie art. 13 ust. 5a ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym zaświadcza się, że',
        'PESEL 85030512345',
        'uczestniczyła w zajęciach',
        'w ramach indywidualnego programu zatrudnienia socjalnego',
        'w okresie od 02.02.2026 r. do 29.05.2026 r.',
        'Warsztat gastronomiczny',
        'Przyczyna zakończenia uczestnictwa',
        'podjęcie zatrudnienia',
        'Umiejętności nabyte w ramach reintegracji zawodowej',
        'Przygotowywanie posiłków zgodnie z zasadami HACCP',
        'Planowanie zakupów i magazynowanie żywności',
        'Umiejętności nabyte w ramach reintegracji społecznej',
        'Współpraca w zespole',
        'Teresa Wiśniewska',
        '(kierownik Centrum Integracji Społecznej)',
        'Zaświadczenie nr ZAS/2026/0007',
        'Strona 1 z 1',
      ])
        expect(text).toContain(s);
      expect(text).not.toContain('art. 18');

      expectPrintedA4Page(file);
    },
  );

  it(
    'KIS: art. 18 ust. 5a and the social contract; birth date instead of PESEL; ' +
      'empty skill lists print "—"',
    async () => {
      const { text } = readBack(
        'certificate-kis',
        await renderCertificate(
          certificate({
            centre: {
              ...certificate().centre,
              name: 'Klub Integracji Społecznej „Przystań” w Gdańsku',
              type: 'KIS',
            },
            participant: { ...lucja, firstName: 'Bożydar', lastName: 'Żądło', pesel: null, sex: 'M' },
            programmeKind: 'KIS_CONTRACT',
            workshop: null,
            vocationalSkills: [],
            socialSkills: ['  '],
            directorName: null,
          }),
        ),
      );

      for (const s of [
        'Na podstawie art. 18 ust. 5a ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym',
        'Pan Bożydar Żądło',
        'urodzony 05.03.1985 r.',
        'uczestniczył w zajęciach',
        'Klub Integracji Społecznej „Przystań” w Gdańsku',
        'w ramach kontraktu socjalnego',
        '(kierownik Klubu Integracji Społecznej)',
      ])
        expect(text).toContain(s);
      expect(text).toMatch(
        /reintegracji zawodowej — Umiejętności nabyte w ramach reintegracji społecznej — /,
      );
      expect(text).not.toContain('PESEL');
      expect(text).not.toContain('Warsztat');
      expect(text).not.toContain('art. 13 ust. 5a');
    },
  );

  it('without a recorded sex reads it from the PESEL, and with neither prints both forms', async () => {
    const fromPesel = readBack(
      'certificate-pesel-sex',
      await renderCertificate(certificate({ participant: { ...lucja, sex: undefined } })),
    );
    expect(fromPesel.text).toContain('Pani Łucja Żółkiewska');
    expect(fromPesel.text).toContain('uczestniczyła w zajęciach');

    const unknown = readBack(
      'certificate-no-sex',
      await renderCertificate(certificate({ participant: { ...lucja, pesel: null, sex: undefined } })),
    );
    expect(unknown.pages[0]).toMatch(/^\s*Łucja Żółkiewska\s*$/m);
    expect(unknown.text).toContain('urodzony/urodzona 05.03.1985 r.');
    expect(unknown.text).toContain('uczestniczył(a) w zajęciach');
  });
});
