import { type CellValue, n, type ReportPart, row } from './report-part';

/** The centre's other activity in the year (issue 18): not rows of the official form, an additional part. */
export interface AnnualActivity {
  events: {
    total: number;
    byKind: Record<string, number>;
    sessions: number;
    peopleByKind: Record<string, number>;
    certificates: number;
  };
  groups: { groups: number; meetings: number; members: number };
  volunteers: {
    total: number;
    women: number;
    men: number;
    minutes: number;
    byActivity: { activity: string; volunteers: number; minutes: number }[];
  };
  inkind: {
    donations: number;
    donors: number;
    knownValueGrosze: number;
    deliveries: number;
    recipients: number;
  };
  graduates: { graduates: number; statusOnYearEnd: number; contacted: number; working: number };
  /** How each block of figures was counted, in plain Polish (printed under the part). */
  how: string[];
}

/** The kinds of events and courses as the additional part names them (issue 18). */
export const EVENT_KIND_LABELS: Record<string, string> = {
  PARTICIPANT_TRAINING_OWN: 'szkolenia dla uczestników prowadzone przez centrum',
  PARTICIPANT_TRAINING_EXTERNAL: 'szkolenia dla uczestników prowadzone przez organizatora zewnętrznego',
  STAFF_TRAINING: 'szkolenia dla kadry',
  SENIOR_CLUB_MEETING: 'spotkania klubu seniora',
  INTEGRATION_EVENT: 'wydarzenia integracyjne i kulturalne',
  FORUM: 'fora',
  STUDY_VISIT: 'wizyty studyjne',
};
const PEOPLE_LABELS: [string, string][] = [
  ['PARTICIPANT', 'uczestnicy centrum'],
  ['PERSON', 'seniorzy i inne osoby spoza centrum'],
  ['STAFF', 'kadra'],
  ['GUEST', 'goście'],
];
export const ACTIVITY_PART_TITLE =
  'CZĘŚĆ DODATKOWA. WYDARZENIA I SZKOLENIA, WOLONTARIUSZE, POMOC RZECZOWA, ABSOLWENCI';
const ACTIVITY_PART_NOTE =
  'Część dodatkowa: wzór sprawozdania nie przewiduje tych danych; centrum ' +
  'podaje je, by pokazać pełny zakres działalności.';

/** Hours from minutes, as a decimal with two places (the FTE cell prints the same way). */
const hours = (minutes: number): CellValue => ({ fte: Math.round((minutes / 60) * 100) / 100 });
const none: CellValue = { text: '' };

/** The additional part: the centre's other activity in the year, each figure with how it was counted. */
export function activityPart(a: AnnualActivity): ReportPart {
  const kinds = Object.keys(EVENT_KIND_LABELS);
  const v = a.volunteers;
  return {
    title: ACTIVITY_PART_TITLE,
    columns: ['Liczba', 'Godziny'],
    rows: [
      row('A.1', 'Wydarzenia i szkolenia w roku ogółem', [n(a.events.total), none]),
      ...kinds.map((k, i) =>
        row(`A.1.${i + 1}`, `w tym: ${EVENT_KIND_LABELS[k]}`, [n(a.events.byKind[k] ?? 0), none]),
      ),
      row('A.2', 'Zajęcia (spotkania) wydarzeń i szkoleń odbyte w roku', [n(a.events.sessions), none]),
      row('A.3', 'Osoby obecne co najmniej raz na zajęciach wydarzeń i szkoleń', [
        n(PEOPLE_LABELS.reduce((s, [k]) => s + (a.events.peopleByKind[k] ?? 0), 0)),
        none,
      ]),
      ...PEOPLE_LABELS.map(([k, label], i) =>
        row(
          `A.3.${i + 1}`,
          `w tym: ${label}`,
          [n(a.events.peopleByKind[k] ?? 0), none],
          [k === 'PARTICIPANT' ? 'activity.events.participants' : null],
        ),
      ),
      row('A.4', 'Zaświadczenia ukończenia szkolenia wydane w roku', [n(a.events.certificates), none]),
      row('A.5', 'Grupy stałe (np. klub seniora), które spotykały się w roku', [n(a.groups.groups), none]),
      row('A.6', 'Spotkania grup stałych w roku', [n(a.groups.meetings), none]),
      row('A.7', 'Członkowie grup stałych obecni co najmniej raz', [n(a.groups.members), none]),
      row('B.1', 'Wolontariusze ogółem', [n(v.total), hours(v.minutes)]),
      row('B.1.1', 'w tym kobiety', [n(v.women), none]),
      row('B.1.2', 'w tym mężczyźni', [n(v.men), none]),
      ...v.byActivity.map((x, i) =>
        row(`B.2.${i + 1}`, `działanie: ${x.activity}`, [n(x.volunteers), hours(x.minutes)]),
      ),
      row('C.1', 'Darowizny rzeczowe przyjęte w roku', [n(a.inkind.donations), none]),
      row('C.2', 'Darczyńcy i sponsorzy', [n(a.inkind.donors), none]),
      row('C.3', 'Wartość przyjętych rzeczy (tam, gdzie ją podano)', [
        { grosze: a.inkind.knownValueGrosze },
        none,
      ]),
      row('C.4', 'Przekazania wyrobów instytucjom', [n(a.inkind.deliveries), none]),
      row('C.5', 'Instytucje, którym przekazano wyroby', [n(a.inkind.recipients), none]),
      row(
        'D.1',
        'Absolwenci, którzy zakończyli zajęcia w roku',
        [n(a.graduates.graduates), none],
        ['activity.graduates'],
      ),
      row('D.2', 'w tym ze statusem absolwenta 31 grudnia', [n(a.graduates.statusOnYearEnd), none]),
      row('D.3', 'w tym z kontaktem po zakończeniu zajęć', [n(a.graduates.contacted), none]),
      row('D.4', 'w tym pracujący według ostatniego kontaktu', [n(a.graduates.working), none]),
    ],
    notes: [ACTIVITY_PART_NOTE, ...a.how],
  };
}
