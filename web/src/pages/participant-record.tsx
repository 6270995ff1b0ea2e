import type { ParticipantChange } from '../../../src/contracts/participant.contract';
import { formatDateTime, t } from '../i18n';
import { useApiQuery } from '../query';
import { formatNrb, recordLabels } from './participant-fields';
import { personalRead } from './personal-read';
import './records.i18n';

export type { AddressForm } from './participant-fields';
export { AddressFields, formatNrb, isMinor, MinorConfirmation, recordLabels } from './participant-fields';
export { EditParticipant } from './participant-edit';

function formatValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('rec.empty');
  if (field === 'sex') return t(`sex.${value as 'F'}`);
  if (field === 'educationLevel') return t(`edu.${value as '0'}`);
  if (field === 'paidInCash') return value ? t('form.yes') : t('form.no');
  if (field === 'bankAccount') return formatNrb(String(value));
  if (field === 'eligibilityGroups')
    return (value as string[]).length
      ? (value as string[]).map((g) => t(`group.${g as 'OTHER'}`)).join(', ')
      : t('rec.empty');
  return String(value);
}

/** Who corrected what and when (old → new); withheld values say only that one was entered. */
export function ParticipantHistory({
  participantId,
}: {
  participantId: string;
  /** The record's version shown (a correction saved through EditParticipant reads the history again). */
  version: number;
}) {
  const changes = useApiQuery<{ items: ParticipantChange[] }>(
    `/api/v1/participants/${participantId}/changes`,
    personalRead,
  );
  const items = changes.data?.items ?? (changes.isError ? [] : null);
  const labels: Record<string, string> = recordLabels();
  return (
    <section className="card" aria-labelledby="record-history">
      <h2 id="record-history">{t('rec.history')}</h2>
      {items === null ? (
        <p>{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <p className="muted">{t('rec.historyEmpty')}</p>
      ) : (
        <ol className="history">
          {items.map((c) => (
            <li key={c.id}>
              <strong>
                {t('rec.historyBy', { when: formatDateTime(c.changedAt), who: c.changedBy ?? '—' })}
              </strong>
              <ul>
                {c.changes.map((f) => (
                  <li key={f.field}>
                    {labels[f.field] ?? t('audit.detail.other')}:{' '}
                    {f.hidden
                      ? f.set
                        ? t('rec.hiddenSet')
                        : t('rec.hiddenCleared')
                      : `${formatValue(f.field, f.from)} → ${formatValue(f.field, f.to)}`}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
