import { ageOn, type MonitoringPerson } from './monitoring-fields';

export type IndicatorKind = 'OUTPUT' | 'RESULT';

/** One indicator counted from the participants' data, split by sex, with the project's target if set. */
export interface IndicatorValue {
  code: string;
  kind: IndicatorKind;
  name: string;
  women: number;
  men: number;
  total: number;
  target: number | null;
}

type Person = Pick<
  MonitoringPerson,
  | 'sex'
  | 'birthDate'
  | 'projectStart'
  | 'projectEnd'
  | 'labourMarketStatus'
  | 'longTermUnemployed'
  | 'educationLevel'
  | 'disability'
  | 'thirdCountryNational'
  | 'foreignOrigin'
  | 'minority'
  | 'homeless'
  | 'degurba'
  | 'exitSituation'
>;

const age = (p: Person) => (p.birthDate ? ageOn(p.birthDate, p.projectStart) : null);
const isced = (p: Person) => (p.educationLevel === null ? null : Number(p.educationLevel));
const left = (p: Person) => p.projectEnd !== null;

/**
 * The common output and result indicators of the ESF+ (Regulation 2021/1057, Annex I), as the SM EFS
 * fields give them. The codes are those of the annex; a project's agreement may number its own
 * indicators differently — its targets are kept per project under these codes.
 */
export const INDICATORS: readonly {
  code: string;
  kind: IndicatorKind;
  name: string;
  counts: (p: Person) => boolean;
}[] = [
  { code: 'EECO01', kind: 'OUTPUT', name: 'Liczba uczestników ogółem', counts: () => true },
  {
    code: 'EECO02',
    kind: 'OUTPUT',
    name: 'Osoby bezrobotne, w tym długotrwale bezrobotne',
    counts: (p) => p.labourMarketStatus === 'UNEMPLOYED',
  },
  {
    code: 'EECO03',
    kind: 'OUTPUT',
    name: 'Osoby długotrwale bezrobotne',
    counts: (p) => p.labourMarketStatus === 'UNEMPLOYED' && p.longTermUnemployed === true,
  },
  {
    code: 'EECO04',
    kind: 'OUTPUT',
    name: 'Osoby bierne zawodowo',
    counts: (p) => p.labourMarketStatus === 'INACTIVE',
  },
  {
    code: 'EECO05',
    kind: 'OUTPUT',
    name: 'Osoby pracujące, łącznie z prowadzącymi działalność na własny rachunek',
    counts: (p) => p.labourMarketStatus === 'EMPLOYED',
  },
  { code: 'EECO06', kind: 'OUTPUT', name: 'Osoby poniżej 18 lat', counts: (p) => (age(p) ?? 99) < 18 },
  {
    code: 'EECO07',
    kind: 'OUTPUT',
    name: 'Osoby w wieku 18–29 lat',
    counts: (p) => {
      const a = age(p);
      return a !== null && a >= 18 && a <= 29;
    },
  },
  {
    code: 'EECO08',
    kind: 'OUTPUT',
    name: 'Osoby w wieku 55 lat i więcej',
    counts: (p) => (age(p) ?? 0) >= 55,
  },
  {
    code: 'EECO09',
    kind: 'OUTPUT',
    name: 'Osoby z wykształceniem na poziomie ISCED 0–2',
    counts: (p) => {
      const i = isced(p);
      return i !== null && i <= 2;
    },
  },
  {
    code: 'EECO10',
    kind: 'OUTPUT',
    name: 'Osoby z wykształceniem na poziomie ISCED 3–4',
    counts: (p) => {
      const i = isced(p);
      return i === 3 || i === 4;
    },
  },
  {
    code: 'EECO11',
    kind: 'OUTPUT',
    name: 'Osoby z wykształceniem na poziomie ISCED 5–8',
    counts: (p) => (isced(p) ?? 0) >= 5,
  },
  {
    code: 'EECO12',
    kind: 'OUTPUT',
    name: 'Osoby z niepełnosprawnościami',
    counts: (p) => p.disability === 'YES',
  },
  {
    code: 'EECO13',
    kind: 'OUTPUT',
    name: 'Obywatele państw trzecich',
    counts: (p) => p.thirdCountryNational === 'YES',
  },
  {
    code: 'EECO14',
    kind: 'OUTPUT',
    name: 'Osoby obcego pochodzenia',
    counts: (p) => p.foreignOrigin === 'YES',
  },
  {
    code: 'EECO15',
    kind: 'OUTPUT',
    name: 'Osoby należące do mniejszości, w tym społeczności marginalizowanych',
    counts: (p) => p.minority === 'YES',
  },
  {
    code: 'EECO16',
    kind: 'OUTPUT',
    name: 'Osoby w kryzysie bezdomności lub wykluczone z dostępu do mieszkań',
    counts: (p) => p.homeless === 'YES',
  },
  { code: 'EECO17', kind: 'OUTPUT', name: 'Osoby z obszarów wiejskich', counts: (p) => p.degurba === '3' },
  {
    code: 'EECR01',
    kind: 'RESULT',
    name: 'Osoby poszukujące pracy po opuszczeniu programu',
    counts: (p) => left(p) && p.exitSituation === 'JOB_SEARCHING',
  },
  {
    code: 'EECR02',
    kind: 'RESULT',
    name: 'Osoby kształcące się lub szkolące po opuszczeniu programu',
    counts: (p) => left(p) && p.exitSituation === 'EDUCATION',
  },
  {
    code: 'EECR03',
    kind: 'RESULT',
    name: 'Osoby, które uzyskały kwalifikacje po opuszczeniu programu',
    counts: (p) => left(p) && p.exitSituation === 'QUALIFICATION',
  },
  {
    code: 'EECR04',
    kind: 'RESULT',
    name: 'Osoby pracujące, łącznie z prowadzącymi działalność na własny rachunek, po opuszczeniu programu',
    counts: (p) => left(p) && (p.exitSituation === 'EMPLOYED' || p.exitSituation === 'SELF_EMPLOYED'),
  },
];

/** Counts every indicator over the project's participants (women, men, total) beside its target. */
export function computeIndicators(
  people: readonly Person[],
  targets: Readonly<Record<string, number>> = {},
): IndicatorValue[] {
  return INDICATORS.map(({ code, kind, name, counts }) => {
    const hit = people.filter(counts);
    const women = hit.filter((p) => p.sex === 'F').length;
    const men = hit.filter((p) => p.sex === 'M').length;
    return { code, kind, name, women, men, total: hit.length, target: targets[code] ?? null };
  });
}
