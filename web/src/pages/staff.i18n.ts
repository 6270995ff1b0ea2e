import { registerPolish } from '../i18n';
/** Texts of the staff register, Polish first. */
export const staffPl = {
  'staff.title': 'Rejestr kadry',
  'staff.ratio': 'Proporcja 1 : 10 dziś (art. 11 ust. 3 ustawy o zatrudnieniu socjalnym)',
  'staff.ratioOk':
    'W normie. Uczestnicy w zajęciach: {participants}; pracownicy prowadzący ' +
    'zajęcia: {employees}; dopuszczalna liczba uczestników: {allowed}.',
  'staff.ratioBad':
    'Ponad normę. Uczestnicy w zajęciach: {participants}; pracownicy prowadzący ' +
    'zajęcia: {employees}; dopuszczalna liczba uczestników: {allowed}. Zatrudnij ' +
    'lub wskaż pracownika prowadzącego zajęcia.',
  'staff.ratioNote':
    'Liczą się pracownicy na umowie o pracę, którzy bezpośrednio prowadzą zajęcia; ' +
    'nie liczą się osoby w zatrudnieniu wspieranym (art. 16), umowy cywilnoprawne ' +
    'ani wolontariusze.',
  'staff.fullName': 'Imię i nazwisko',
  'staff.sex': 'Płeć',
  'staff.sex.F': 'kobieta',
  'staff.sex.M': 'mężczyzna',
  'staff.function': 'Funkcja',
  'staff.basis': 'Podstawa',
  'staff.fte': 'Wymiar etatu',
  'staff.fteHint': 'np. 1 (pełny etat), 0,5 (pół etatu); dla umów cywilnoprawnych i wolontariuszy 0',
  'staff.conductsClasses': 'Bezpośrednio prowadzi zajęcia z uczestnikami',
  'staff.fromDate': 'Od',
  'staff.toDate': 'Do',
  'staff.toDateHint': 'puste — umowa trwa',
  'staff.add': 'Dodaj osobę',
  'staff.added': 'Dodano osobę do rejestru kadry.',
  'staff.none': 'Rejestr jest pusty.',
  'staff.yes': 'tak',
  'staff.no': 'nie',
  'staff.function.DIRECTOR': 'kierownik',
  'staff.function.SOCIAL_WORKER': 'pracownik socjalny',
  'staff.function.INSTRUCTOR': 'instruktor zawodu',
  'staff.function.FINANCE': 'księgowość, finanse',
  'staff.function.PSYCHOLOGIST': 'psycholog',
  'staff.function.THERAPIST': 'terapeuta',
  'staff.function.JOB_COACH': 'doradca zawodowy, trener pracy',
  'staff.function.ADMINISTRATION': 'administracja',
  'staff.function.OTHER': 'inna',
  'staff.basis.EMPLOYMENT_CONTRACT': 'umowa o pracę',
  'staff.basis.CIVIL_CONTRACT': 'umowa cywilnoprawna',
  'staff.basis.VOLUNTEER': 'wolontariat',
  'staff.basis.ART16_EMPLOYEE': 'zatrudnienie wspierane (art. 16)',
} as const;

registerPolish(staffPl);
