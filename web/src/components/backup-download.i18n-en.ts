import type { backupPl } from './backup-download.i18n';

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
