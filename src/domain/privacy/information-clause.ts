/**
 * The default information clause a centre hangs in its building and hands to each person at the first contact
 * (art. 8b of the Act, GDPR art. 13). The centre edits its own copy; this text is where it starts.
 */

export interface ClauseCentre {
  name: string;
  address: string;
  email: string | null;
}

/** The default clause with the centre's name, address and e-mail filled in. */
export function defaultInformationClause(centre: ClauseCentre): string {
  const contact = centre.email ? `, e-mail: ${centre.email}` : '';
  return [
    `1. Administratorem Pani/Pana danych osobowych jest ${centre.name}, ${centre.address}${contact}.`,
    '2. Dane są przetwarzane w celu realizacji zatrudnienia socjalnego: kwalifikacji do uczestnictwa, ' +
      'prowadzenia indywidualnego programu lub kontraktu socjalnego, ewidencji obecności, wypłaty ' +
      'świadczenia integracyjnego i premii oraz sprawozdawczości — na podstawie art. 6 ust. 1 lit. c ' +
      'i art. 9 ust. 2 lit. b i g RODO w związku z ustawą z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym.',
    '3. Dane mogą być przekazane podmiotowi, który skierował Panią/Pana do centrum (ośrodek pomocy ' +
      'społecznej, powiatowy urząd pracy), bankowi realizującemu wypłaty oraz organom uprawnionym ' +
      'na podstawie przepisów prawa.',
    '4. Dane będą przechowywane przez 10 lat od końca roku kalendarzowego, w którym zakończono ' +
      'świadczenie usług na Pani/Pana rzecz, a następnie zanonimizowane.',
    '5. Ma Pani/Pan prawo dostępu do swoich danych i otrzymania ich kopii, ich sprostowania, ' +
      'ograniczenia przetwarzania, a także usunięcia — w zakresie, w jakim nie sprzeciwia się temu ' +
      'obowiązek przechowywania wynikający z ustawy.',
    '6. Ma Pani/Pan prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych ' +
      '(ul. Stawki 2, 00-193 Warszawa).',
    '7. Podanie danych jest wymogiem ustawowym; bez nich uczestnictwo w centrum nie jest możliwe.',
  ].join('\n\n');
}
