import type { RetentionItem, RetentionView } from '../../../src/contracts/privacy.contract';
import {
  type Column,
  day,
  RetentionApprovals,
  RetentionDue,
  RetentionFrame,
  TitledTable,
  useRetentionView,
} from '../components/retention-view';
import { t } from '../i18n';
import './privacy.i18n';

const columns = (): Column<RetentionItem>[] => [
  [t('privacy.retention.person'), (i) => i.fullName],
  [t('privacy.retention.birthYear'), (i) => i.birthYear],
  [t('privacy.retention.ended'), (i) => day(i.servicesEndedOn)],
  [t('privacy.retention.keptUntil'), (i) => day(i.retentionEndsOn)],
  [t('privacy.retention.from'), (i) => day(i.anonymiseFrom)],
];

/**
 * Retention (art. 8b ust. 5): whose data are due for anonymisation, the director's approval (the job then
 * anonymises them), whose retention still runs, and the approvals made.
 */
export function RetentionSection() {
  const { view, message, setMessage, load } = useRetentionView<RetentionView>(
    '/api/v1/privacy/participants/retention',
  );
  if (!view) return <p>{t('app.loading')}</p>;

  return (
    <RetentionFrame
      id="pr-title"
      title={t('privacy.tab.retention')}
      lead={t('privacy.retention.lead')}
      message={message}
    >
      <RetentionDue
        texts="privacy.retention"
        today={view.today}
        items={view.due}
        keyOf={(i) => i.participantId}
        labelOf={(i) =>
          t('privacy.retention.item', {
            name: i.fullName,
            year: i.birthYear,
            ended: day(i.servicesEndedOn),
            until: day(i.retentionEndsOn),
          })
        }
        url="/api/v1/privacy/participants/retention/anonymise"
        path="participantIds"
        body={(chosen) => chosen.map((i) => i.participantId)}
        onMessage={setMessage}
        onDone={load}
      />
      <TitledTable
        title={t('privacy.retention.upcomingTitle')}
        empty={t('privacy.retention.noneUpcoming')}
        items={view.upcoming}
        keyOf={(i) => i.participantId}
        columns={columns()}
      />
      <RetentionApprovals
        texts="privacy.retention"
        approvals={view.approvals}
        keyOf={(a) => a.participantId}
      />
    </RetentionFrame>
  );
}
