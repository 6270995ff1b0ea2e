import { z } from 'zod';

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
  INTERNAL: {
    status: 500,
    pl: 'Wystąpił nieoczekiwany błąd. Spróbuj ponownie.',
    en: 'Unexpected error. Please try again.',
  },
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOG;

/** A problem with one input field: where, a stable code, and a Polish message. */
export const FieldErrorSchema = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

/** The one error shape of the API. */
export const ErrorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
