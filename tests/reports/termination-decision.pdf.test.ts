import { describe, expect, it } from 'vitest';
import { renderTerminationDecision } from '../../src/reports/pdf';
import { pdfChecksEnabled } from '../support/env';
import { terminationDecision } from './pdf-fixtures';
import { expectPrintedA4Page, readBack } from './pdf-readback';

describe.skipIf(!pdfChecksEnabled)('decyzja o zaprzestaniu realizacji IPZS (read back with poppler)', () => {
  it(
    'ground 2 (permanent abandonment): legal basis, the person, last day, justification ' +
      'and the full pouczenie',
    async () => {
      const { file, text } = readBack(
        'decision-abandonment',
        await renderTerminationDecision(terminationDecision()),
      );

      for (const s of [
        'Gdańsk, 14.04.2026',
        'DECYZJA nr CIS.4103.3.2026',
        'w sprawie zaprzestania realizacji indywidualnego programu zatrudnienia socjalnego',
        'Na podstawie art. 13 ust. 4 pkt 2 w związku z art. 13 ust. 4a ustawy z ' +
          'dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym Kierownik Centrum Integracji ' +
          'Społecznej „Źródło” w Gdańsku',
        'w Gdańsku orzeka o zaprzestaniu realizacji',
        'Łucja Żółkiewska',
        'PESEL 85030512345, zam. ul. Długa 5/2, 80-831 Gdańsk',
        'z powodu trwałego zaprzestania uczestnictwa w zajęciach w Centrum.',
        'Za ostatni dzień uczestnictwa w zajęciach w Centrum przyjmuje się dzień 10 kwietnia 2026 r.',
        'Uzasadnienie',
        'pismo z dnia 15 kwietnia 2026 r. wróciło nieodebrane.',
        'Pouczenie',
        'Na podstawie art. 13 ust. 4b ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu ' +
          'socjalnym od niniejszej decyzji przysługuje skarga do sądu administracyjnego: ' +
          'Wojewódzki Sąd Administracyjny w Gdańsku.',
        'Skargę wnosi się za pośrednictwem Kierownika Centrum Integracji Społecznej ' +
          '„Źródło” w Gdańsku, w terminie 30 dni od dnia doręczenia decyzji',
        '(art. 53 § 1 i art. 54 § 1 ustawy z dnia 30 sierpnia 2002 r. – Prawo o ' +
          'postępowaniu przed sądami administracyjnymi).',
        'Teresa Wiśniewska',
        '(kierownik Centrum Integracji Społecznej)',
        'Decyzję odebrałam dnia',
        'Decyzja nr CIS.4103.3.2026',
      ])
        expect(text).toContain(s);
      expect(text).not.toContain('pkt 1');
      expect(text.indexOf('Uzasadnienie')).toBeLessThan(text.indexOf('Pouczenie'));
      expectPrintedA4Page(file);
    },
  );

  it('ground 1 (persistent violation) cites pkt 1 with the statutory wording', async () => {
    const { text } = readBack(
      'decision-violation',
      await renderTerminationDecision(
        terminationDecision({
          ground: 'PERSISTENT_VIOLATION',
          participant: {
            ...terminationDecision().participant,
            firstName: 'Bożydar',
            lastName: 'Żądło',
            pesel: null,
            sex: 'M',
          },
          complaintCourt: 'Wojewódzki Sąd Administracyjny w Łodzi',
          directorName: null,
        }),
      ),
    );

    for (const s of [
      'Na podstawie art. 13 ust. 4 pkt 1 w związku z art. 13 ust. 4a',
      'z powodu uporczywego naruszania postanowień indywidualnego programu zatrudnienia ' +
        'socjalnego, uniemożliwiającego jego dalszą realizację.',
      'Bożydar Żądło',
      'ur. 05.03.1985 r.',
      'skarga do sądu administracyjnego: Wojewódzki Sąd Administracyjny w Łodzi.',
      'Decyzję odebrałem dnia',
    ])
      expect(text).toContain(s);
    expect(text).not.toContain('pkt 2');
  });
});
