import { registerPolish } from '../i18n';
/** Texts of the backup download on the centre page, Polish first. */
export const backupPl = {
  'backup.title': 'Kopia zapasowa',
  'backup.intro':
    'Pobierz zaszyfrowaną kopię danych wszystkich centrów tej instalacji. Bez hasła kopii nie da się ' +
    'odczytać ani odtworzyć — zapisz je w bezpiecznym miejscu, osobno od pliku.',
  'backup.passphrase': 'Hasło kopii',
  'backup.passphraseHint': 'Co najmniej 12 znaków. Hasło nie jest nigdzie zapisywane.',
  'backup.repeat': 'Powtórz hasło',
  'backup.mismatch': 'Hasła się różnią.',
  'backup.download': 'Pobierz kopię zapasową',
  'backup.working': 'Tworzenie kopii…',
  'backup.done': 'Kopia zapasowa została pobrana ({file}).',
};

registerPolish(backupPl);
