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

export const backupEn: Record<keyof typeof backupPl, string> = {
  'backup.title': 'Backup',
  'backup.intro':
    'Download an encrypted backup of every centre of this installation. Without its passphrase it can ' +
    'be neither read nor restored — keep the passphrase somewhere safe, apart from the file.',
  'backup.passphrase': 'Backup passphrase',
  'backup.passphraseHint': 'At least 12 characters. The passphrase is not stored anywhere.',
  'backup.repeat': 'Repeat the passphrase',
  'backup.mismatch': 'The passphrases differ.',
  'backup.download': 'Download a backup',
  'backup.working': 'Making the backup…',
  'backup.done': 'The backup was downloaded ({file}).',
};
