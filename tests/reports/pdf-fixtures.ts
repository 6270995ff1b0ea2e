import type {
  CentreLetterhead,
  CertificateData,
  IpzsDocumentData,
  PersonOnDocument,
  ReferralStatusLetterData,
  TerminationDecisionData,
} from '../../src/reports/pdf/document-data';

/** Realistic data for the participant documents, with Polish letters everywhere they can appear. */
export const centre: CentreLetterhead = {
  name: 'Centrum Integracji Społecznej „Źródło” w Gdańsku',
  type: 'CIS',
  street: 'ul. Żeromskiego',
  buildingNo: '7',
  postalCode: '80-001',
  city: 'Gdańsk',
  regon: '999100200',
  nip: '9991002009',
  place: 'Gdańsk',
};

/** PESEL 85030512345 is valid: born 5 March 1985, 10th digit even → female. */
export const lucja: PersonOnDocument = {
  firstName: 'Łucja',
  lastName: 'Żółkiewska',
  pesel: '85030512345',
  birthDate: '1985-03-05',
  address: 'ul. Długa 5/2, 80-831 Gdańsk',
  sex: 'F',
};

export const certificate = (over: Partial<CertificateData> = {}): CertificateData => ({
  centre,
  participant: lucja,
  number: 'ZAS/2026/0007',
  issuedOn: '2026-11-23',
  programmeKind: 'IPZS',
  admissionDate: '2026-02-02',
  lastDay: '2026-05-29',
  exitReason: 'podjęcie zatrudnienia',
  workshop: 'Warsztat gastronomiczny',
  vocationalSkills: [
    'Przygotowywanie posiłków zgodnie z zasadami HACCP',
    'Obsługa kasy fiskalnej',
    'Planowanie zakupów i magazynowanie żywności',
  ],
  socialSkills: ['Punktualność i odpowiedzialność za powierzone zadania', 'Współpraca w zespole'],
  directorName: 'Teresa Wiśniewska',
  ...over,
});

export const ipzs = (over: Partial<IpzsDocumentData> = {}): IpzsDocumentData => ({
  centre,
  participant: lucja,
  number: 'IPZS/2026/0003',
  version: 3,
  signedOn: '2026-04-02',
  admissionDate: '2026-02-02',
  trialLastDay: '2026-03-01',
  plannedEnd: '2027-02-01',
  extensionMonths: 3,
  workshop: 'Warsztat gastronomiczny',
  weeklyHours: 37.5,
  vocationalScope:
    'Nauka przygotowywania posiłków, obsługi urządzeń kuchennych i zasad higieny ' +
    'w gastronomii.\nPrzygotowanie do egzaminu na książeczkę sanepidowską.',
  vocationalForms: 'Zajęcia praktyczne w warsztacie gastronomicznym (30 godz. tygodniowo), szkolenie HACCP.',
  socialScope:
    'Budowanie nawyku punktualności, radzenie sobie ze stresem, samodzielne załatwianie spraw w urzędach.',
  socialForms:
    'Trening umiejętności społecznych (grupowy), konsultacje z psychologiem raz w miesiącu, doradztwo zawodowe.',
  responsiblePersons: [
    { name: 'Anna Nowak', role: 'pracownik socjalny Centrum' },
    { name: 'Grzegorz Brzęczyszczykiewicz', role: 'instruktor zawodu — warsztat gastronomiczny' },
  ],
  amendments: [
    {
      version: 2,
      changedOn: '2026-03-02',
      changedBy: 'Anna Nowak',
      reason: 'Przedłużenie po okresie próbnym.',
      changedFields: ['planowany termin zakończenia'],
    },
    {
      version: 3,
      changedOn: '2026-04-01',
      changedBy: 'Anna Nowak',
      reason: 'Zmiana warsztatu na wniosek uczestniczki.',
      changedFields: ['warsztat', 'formy reintegracji zawodowej'],
    },
  ],
  directorName: 'Teresa Wiśniewska',
  ...over,
});

export const referralLetter = (over: Partial<ReferralStatusLetterData> = {}): ReferralStatusLetterData => ({
  centre,
  participant: { firstName: 'Jan', lastName: 'Kowalski', birthDate: '1970-01-30' },
  referrer: {
    name: 'Miejski Ośrodek Pomocy Rodzinie w Gdańsku',
    address: 'ul. Konrada Leczkowa 1A, 80-432 Gdańsk',
  },
  number: 'CIS.4101.12.2026',
  issuedOn: '2026-11-23',
  referredOn: '2026-11-02',
  status: 'rozpatrzone negatywnie',
  statusSince: '2026-11-20',
  details: [
    'Osoba skierowana ma ustalone prawo do emerytury, co wyłącza ją z kręgu ' +
      'uczestników Centrum (art. 1 ust. 3 pkt 7 ustawy o zatrudnieniu socjalnym).',
    'Dokumenty przekazane wraz ze skierowaniem pozostają w aktach Centrum.',
  ],
  signatory: 'Teresa Wiśniewska',
  ...over,
});

export const terminationDecision = (
  over: Partial<TerminationDecisionData> = {},
): TerminationDecisionData => ({
  centre,
  participant: lucja,
  number: 'CIS.4103.3.2026',
  decidedOn: '2026-04-14',
  ground: 'PERMANENT_ABANDONMENT',
  lastDay: '2026-04-10',
  justification:
    'Uczestniczka nie stawia się na zajęciach od 13 kwietnia 2026 r. Pracownik ' +
    'socjalny Centrum dwukrotnie próbował nawiązać z nią kontakt telefoniczny ' +
    'i listowny; pismo z dnia 15 kwietnia 2026 r. wróciło nieodebrane. Nieobecności ' +
    'nie zostały usprawiedliwione.',
  complaintCourt: 'Wojewódzki Sąd Administracyjny w Gdańsku',
  directorName: 'Teresa Wiśniewska',
  ...over,
});
