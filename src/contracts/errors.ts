/**
 * Every error the API can answer with: stable code → HTTP status and Polish message.
 * The web client shows `message` (or its own translation of `code` in English).
 */
export const ERROR_CATALOG = {
  VALIDATION_FAILED: {
    status: 400,
    pl: 'Popraw zaznaczone pola.',
    en: 'Please correct the highlighted fields.',
  },
  BAD_REQUEST: { status: 400, pl: 'Nieprawidłowe żądanie.', en: 'Bad request.' },
  BODY_TOO_LARGE: { status: 413, pl: 'Przesłane dane są zbyt duże.', en: 'The request body is too large.' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    pl: 'Nieobsługiwany format danych (oczekiwano JSON).',
    en: 'Unsupported media type (JSON expected).',
  },
  UNAUTHENTICATED: { status: 401, pl: 'Zaloguj się, aby kontynuować.', en: 'Please sign in.' },
  SESSION_EXPIRED: {
    status: 401,
    pl: 'Sesja wygasła. Zaloguj się ponownie.',
    en: 'Your session has expired. Please sign in again.',
  },
  INVALID_CREDENTIALS: {
    status: 401,
    pl: 'Nieprawidłowy e-mail lub hasło.',
    en: 'Wrong e-mail or password.',
  },
  TOTP_REQUIRED: {
    status: 401,
    pl: 'Podaj kod z aplikacji uwierzytelniającej.',
    en: 'Enter the code from your authenticator app.',
  },
  TOTP_INVALID: { status: 401, pl: 'Nieprawidłowy kod jednorazowy.', en: 'Invalid one-time code.' },
  LOGIN_RATE_LIMITED: {
    status: 429,
    pl: 'Zbyt wiele nieudanych prób logowania. Spróbuj ponownie za kilka minut.',
    en: 'Too many failed sign-in attempts. Try again in a few minutes.',
  },
  ENQUIRY_RATE_LIMITED: {
    status: 429,
    pl: 'Z tego adresu wysłano już wiele zapytań. Spróbuj ponownie za jakiś czas albo zadzwoń do centrum.',
    en: 'Many enquiries have already been sent from this address. Try again later or call the centre.',
  },
  CSRF_INVALID: {
    status: 403,
    pl: 'Brak lub nieprawidłowy token CSRF. Odśwież stronę.',
    en: 'Missing or invalid CSRF token. Reload the page.',
  },
  FORBIDDEN: {
    status: 403,
    pl: 'Nie masz uprawnień do tej operacji.',
    en: 'You are not allowed to do this.',
  },
  TOTP_ENROLMENT_REQUIRED: {
    status: 403,
    pl: 'Twoja rola wymaga włączenia uwierzytelniania dwuskładnikowego.',
    en: 'Your role requires two-factor authentication to be enabled.',
  },
  NO_CENTRE_SELECTED: { status: 403, pl: 'Wybierz centrum.', en: 'Choose a centre.' },
  PERSONAL_DATA_AUTHORISATION_REQUIRED: {
    status: 403,
    pl:
      'Nie masz ważnego upoważnienia do przetwarzania danych osobowych uczestników w tym centrum ' +
      '(art. 8b ust. 4 ustawy o zatrudnieniu socjalnym). Poproś kierownika centrum lub administratora ' +
      'o wydanie upoważnienia i podpisanie oświadczenia o zachowaniu poufności.',
    en:
      "You hold no valid authorisation to process participants' personal data in this centre " +
      '(art. 8b(4) of the Social Employment Act). Ask the centre director or the administrator to issue ' +
      'one and to have you sign the confidentiality pledge.',
  },
  ERASURE_BLOCKED_BY_RECORDS: {
    status: 409,
    pl:
      'Tego wpisu nie można usunąć: w innych modułach są zapisy o tej osobie, ' +
      'które muszą zostać. Można je sprostować.',
    en:
      'This record cannot be erased: other modules hold entries about the person ' +
      'that must be kept. They can be rectified.',
  },
  ERASURE_FORBIDDEN_BY_RETENTION: {
    status: 409,
    pl:
      'Tych danych nie można usunąć: ustawa nakazuje przechowywać je przez 10 lat od końca roku, ' +
      'w którym zakończono świadczenie usług (art. 8b ust. 5). Można je sprostować.',
    en:
      'These data cannot be erased: the Act requires keeping them for 10 years from the end of the year ' +
      'in which services ended (art. 8b(5)). They can be rectified.',
  },
  NOT_FOUND: { status: 404, pl: 'Nie znaleziono.', en: 'Not found.' },
  SETUP_ALREADY_DONE: {
    status: 404,
    pl: 'Konfiguracja początkowa została już wykonana.',
    en: 'Initial setup has already been completed.',
  },
  EMAIL_TAKEN: {
    status: 409,
    pl: 'Konto z tym adresem e-mail już istnieje.',
    en: 'An account with this e-mail already exists.',
  },
  REGON_TAKEN: {
    status: 409,
    pl: 'Centrum z tym numerem REGON już istnieje.',
    en: 'A centre with this REGON already exists.',
  },
  VERSION_CONFLICT: {
    status: 409,
    pl: 'Ktoś inny zmienił te dane w międzyczasie. Odśwież i spróbuj ponownie.',
    en: 'Someone else changed this in the meantime. Reload and try again.',
  },
  DUPLICATE_PARTICIPANT: {
    status: 409,
    pl: 'Osoba z tym numerem PESEL jest już zarejestrowana w centrum.',
    en: 'A person with this PESEL is already registered in the centre.',
  },
  POSSIBLE_DUPLICATE: {
    status: 409,
    pl: 'W centrum jest już osoba o tym imieniu, nazwisku i dacie urodzenia. Sprawdź, czy to nie ta sama osoba.',
    en: 'A person with the same name and birth date is already registered. Check it is not the same person.',
  },
  BENEFIT_REFUSED: {
    status: 400,
    pl: 'Nie można obliczyć świadczenia dla tych danych.',
    en: 'The benefit cannot be computed for this input.',
  },
  SHARED_ACCOUNT: {
    status: 403,
    pl:
      'To konto należy także do innego centrum: jego nazwisko, uwierzytelnianie ' +
      'dwuskładnikowe i sesje może zmienić tylko administrator wszystkich jego ' +
      'centrów lub sam właściciel konta. Możesz odebrać mu role w swoim centrum.',
    en:
      'This account also belongs to another centre: only an administrator of ' +
      'all its centres, or the owner, can change its name, two-factor authentication ' +
      'or sessions. You can remove its roles in your centre.',
  },
  PARTNER_ACCOUNT: {
    status: 409,
    pl:
      'To konto instytucji partnerskiej: nie nadaje się mu ról personelu. Konto ' +
      'partnera zakłada, zmienia i wyłącza kierownik na karcie partnera.',
    en:
      'This is a partner institution’s account: it cannot be given staff roles. ' +
      'The director creates, changes and disables partner accounts on the partner’s card.',
  },
  LAST_ADMIN: {
    status: 409,
    pl: 'Nie można odebrać roli ostatniemu administratorowi centrum.',
    en: 'The last administrator of a centre cannot lose the role.',
  },
  WRONG_PASSWORD: {
    status: 400,
    pl: 'Obecne hasło jest nieprawidłowe.',
    en: 'The current password is wrong.',
  },
  FILE_TOO_LARGE: { status: 413, pl: 'Plik jest za duży.', en: 'The file is too large.' },
  UNSUPPORTED_FILE_TYPE: { status: 415, pl: 'Nieobsługiwany rodzaj pliku.', en: 'Unsupported file type.' },
  FILE_REQUIRED: { status: 400, pl: 'Wybierz plik do przesłania.', en: 'Choose a file to upload.' },
  BACKUP_PASSPHRASE_TOO_SHORT: {
    status: 400,
    pl: 'Hasło kopii zapasowej musi mieć co najmniej 12 znaków.',
    en: 'The backup passphrase must be at least 12 characters long.',
  },
  BACKUP_PASSPHRASE_WRONG: {
    status: 400,
    pl: 'Nieprawidłowe hasło kopii zapasowej — nic nie zostało zapisane.',
    en: 'Wrong backup passphrase — nothing was written.',
  },
  BACKUP_FILE_INVALID: {
    status: 400,
    pl: 'To nie jest plik kopii zapasowej Reintegra albo plik jest uszkodzony — nic nie zostało zapisane.',
    en: 'This is not a Reintegra backup file, or the file is damaged — nothing was written.',
  },
  BACKUP_FORMAT_UNSUPPORTED: {
    status: 400,
    pl: 'Ta kopia zapasowa ma nowszy format niż ta wersja Reintegra. Zaktualizuj program.',
    en: 'This backup has a newer format than this version of Reintegra. Update the program.',
  },
  BACKUP_ENGINE_MISMATCH: {
    status: 409,
    pl: 'Ta kopia zapasowa pochodzi z innego rodzaju bazy danych niż wskazana do odtworzenia.',
    en: 'This backup comes from a different kind of database than the restore target.',
  },
  BACKUP_TARGET_NOT_EMPTY: {
    status: 409,
    pl: 'Kopię można odtworzyć tylko do pustej bazy (nowy katalog danych albo nowa baza PostgreSQL).',
    en: 'A backup is restored only into an empty database (a new data directory or PostgreSQL database).',
  },
  BACKUP_DATABASE_IN_USE: {
    status: 409,
    pl: 'Bazę ma otwartą działający serwer. Zatrzymaj go na czas kopii albo pobierz ją w panelu administratora.',
    en: 'A running server has the database open. Stop it for the backup, or download one in the admin panel.',
  },
  BACKUP_SOURCE_MISSING: {
    status: 404,
    pl: 'We wskazanym katalogu danych nie ma bazy Reintegra.',
    en: 'There is no Reintegra database in the given data directory.',
  },
  BACKUP_TOOL_MISSING: {
    status: 503,
    pl: 'Brak programów pg_dump i pg_restore. Zainstaluj pakiet Debiana postgresql-client.',
    en: 'pg_dump and pg_restore are missing. Install the Debian package postgresql-client.',
  },
  BACKUP_TOOL_FAILED: {
    status: 503,
    pl: 'Kopia zapasowa bazy PostgreSQL nie powiodła się.',
    en: 'The PostgreSQL backup tool failed.',
  },
  BACKUP_UNAVAILABLE: {
    status: 409,
    pl: 'Pobieranie kopii nie jest dostępne w tej instalacji — użyj polecenia „reintegra backup”.',
    en: 'Downloading a backup is not available here — use the "reintegra backup" command.',
  },
  BACKUP_ALL_CENTRES_REQUIRED: {
    status: 403,
    pl: 'Kopia obejmuje dane wszystkich centrów instalacji: pobiera ją tylko administrator każdego z nich.',
    en: 'A backup holds every centre of the installation: only an administrator of each may download it.',
  },
  INVALID_STATE: {
    status: 409,
    pl: 'Tej operacji nie można wykonać na tym etapie.',
    en: 'This operation is not possible at this stage.',
  },
  IMPORT_HAS_ERRORS: {
    status: 400,
    pl: 'Plik zawiera błędy. Popraw je i prześlij plik ponownie — nic nie zostało zaimportowane.',
    en: 'The file has errors. Fix them and upload it again — nothing was imported.',
  },
  CONFLICT: {
    status: 409,
    pl: 'Te dane zostały w tej chwili zmienione przez kogoś innego. Odśwież widok i spróbuj ponownie.',
    en: 'Someone else changed this data at the same moment. Reload and try again.',
  },
  PAYROLL_BUSY: {
    status: 409,
    pl: 'Lista wypłat za ten miesiąc jest właśnie przeliczana. Poczekaj chwilę i odśwież widok.',
    en: 'The payroll of this month is being computed right now. Wait a moment and reload.',
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    pl: 'Baza danych jest chwilowo niedostępna. Spróbuj ponownie za chwilę — dane nie zostały zapisane.',
    en: 'The database is temporarily unavailable. Try again in a moment — nothing was saved.',
  },
  PARTICIPANT_HAS_PATHWAY: {
    status: 409,
    pl:
      'Tej osoby nie można usunąć: ma już skierowanie, decyzję, program, przydział ' +
      'lub obecności. Zakończ jej udział (wyjście) — dane zostają w dokumentacji.',
    en:
      'This person cannot be deleted: there is already a referral, decision, ' +
      'programme, assignment or attendance. End the participation (exit) instead ' +
      '— the record stays.',
  },
  ATTENDANCE_MONTH_NOT_OVER: {
    status: 409,
    pl: 'Miesiąc można zamknąć dopiero po jego ostatnim dniu zajęć.',
    en: 'A month can be locked only after its last class day.',
  },
  ATTENDANCE_DAYS_MISSING: {
    status: 409,
    pl: 'Nie wszystkie dni zajęć mają wpisany status obecności.',
    en: 'Some class days have no attendance status.',
  },
  CLASS_PROGRAMME_MISSING: {
    status: 409,
    pl: 'Najpierw zapisz program zajęć na ten miesiąc.',
    en: 'Save the class programme for this month first.',
  },
  PAYROLL_STALE: {
    status: 409,
    pl: 'Dane zmieniły się od obliczenia listy wypłat. Przelicz listę.',
    en: 'The payroll inputs changed since it was computed. Recompute the payroll.',
  },
  PAYROLL_ATTENDANCE_INCOMPLETE: {
    status: 409,
    pl: 'Lista obecności ma dni zajęć bez wpisu — świadczenia nie można jeszcze ustalić.',
    en: 'Some class days have no attendance record — the benefit cannot be settled yet.',
  },
  // Retention and erasure (issue 14, decision 0018)
  RETENTION_NOT_OVER: {
    status: 409,
    pl:
      'Nie można zanonimizować danych przed upływem okresu przechowywania: 10 lat od końca roku, w którym ' +
      'zakończono świadczenie usług (art. 8b ust. 5 ustawy o zatrudnieniu socjalnym). Nic nie zapisano.',
    en:
      'The data cannot be anonymised before the retention period is over: 10 years from the end of the year ' +
      'in which services ended (art. 8b(5) of the Social Employment Act). Nothing was saved.',
  },
  ANONYMISATION_ALREADY_APPROVED: {
    status: 409,
    pl: 'Anonimizacja tej osoby została już zatwierdzona. Nic nie zapisano.',
    en: 'Anonymisation of this person has already been approved. Nothing was saved.',
  },
  // Issue 15: annual reports.
  REPORT_YEAR_NOT_STARTED: {
    status: 422,
    pl: 'Ten rok jeszcze się nie zaczął — sprawozdania za niego nie można sporządzić.',
    en: 'This year has not started yet — no report can be made for it.',
  },
  REPORT_FROZEN: {
    status: 409,
    pl: 'Ta wersja sprawozdania jest podpisana lub wysłana i nie można jej zmieniać. Utwórz korektę.',
    en: 'This version of the report is signed or sent and cannot be changed. Create a correction.',
  },
  // EU projects (issue 16, wt-place).
  EU_EXPORT_INCOMPLETE: {
    status: 409,
    pl: 'Nie można wyeksportować danych do SM EFS: u części uczestników brakuje wymaganych pól.',
    en: 'The SM EFS export was refused: some participants lack required fields.',
  },
  // Events, volunteers, in-kind help (issue 18).
  EVENT_FULL: {
    status: 409,
    pl: 'Brak wolnych miejsc, a to wydarzenie nie prowadzi listy rezerwowej — zapis nie został przyjęty.',
    en: 'No places left and this event keeps no waiting list — the registration was not accepted.',
  },
  ALREADY_REGISTERED: {
    status: 409,
    pl: 'Ta osoba jest już zapisana na to wydarzenie.',
    en: 'This person is already registered for this event.',
  },
  INKIND_SHORTAGE: {
    status: 409,
    pl: 'Ten posiadacz nie ma tyle materiału — ruch nie został zapisany.',
    en: 'This holder does not have that much material — the movement was not recorded.',
  },
  CERTIFICATE_NUMBER_TAKEN: {
    status: 409,
    pl: 'Ten numer zaświadczenia jest już zajęty. Spróbuj ponownie — system nada kolejny numer.',
    en: 'This certificate number is taken. Try again — the next number will be given.',
  },
  INTERNAL: {
    status: 500,
    pl: 'Wystąpił nieoczekiwany błąd. Spróbuj ponownie.',
    en: 'Unexpected error. Please try again.',
  },
  // Partner registry (issue 16, decision 0013).
  PARTNER_IN_USE: {
    status: 409,
    pl: 'Na tego partnera wskazują inne zapisy — zarchiwizuj go zamiast usuwać.',
    en: 'Other records point at this partner — archive it instead of deleting.',
  },
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOG;

/** A problem with one input field: where, a stable code, and a Polish message. */
/** zod's issue codes → our stable field codes (the server's answers and the web's own checks say the same). */
export const ZOD_CODES: Record<string, string> = {
  invalid_type: 'INVALID_TYPE',
  too_small: 'TOO_SMALL',
  too_big: 'TOO_BIG',
  invalid_format: 'INVALID_FORMAT',
  invalid_value: 'INVALID_VALUE',
  unrecognized_keys: 'UNKNOWN_FIELD',
  invalid_union: 'INVALID_VALUE',
};

export interface FieldError {
  path: string;
  code: string;
  message: string;
}
// This module stays zod-free: the web client's first load imports the catalogue (the schemas of the
// error answer live in ./error-response.ts).
