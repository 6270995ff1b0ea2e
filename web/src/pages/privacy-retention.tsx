import { useState } from 'react';
import type { RetentionItem, RetentionView } from '../../../src/contracts/privacy.contract';
import { day, RetentionApprovals, RetentionDue } from '../components/retention-approval';
import { t } from '../i18n';
import { invalidate, useApiQuery } from '../query';
import './privacy.i18n';

function PeopleTable({ items, caption }: { items: RetentionItem[]; caption: string }) {
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('privacy.retention.person')}</th>
            <th scope="col">{t('privacy.retention.birthYear')}</th>
            <th scope="col">{t('privacy.retention.ended')}</th>
            <th scope="col">{t('privacy.retention.keptUntil')}</th>
            <th scope="col">{t('privacy.retention.from')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.participantId}>
              <td>{i.fullName}</td>
              <td>{i.birthYear}</td>
              <td>{day(i.servicesEndedOn)}</td>
              <td>{day(i.retentionEndsOn)}</td>
              <td>{day(i.anonymiseFrom)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Retention (art. 8b ust. 5): whose data are due for anonymisation, the director's approval (the job then
 * anonymises them), whose retention still runs, and the approvals made.
 */
export function RetentionSection() {
  const view = useApiQuery<RetentionView>('/api/v1/privacy/participants/retention').data;
  const [message, setMessage] = useState<string | null>(null);
  const load = () => invalidate('/api/v1/privacy/participants/retention');
  if (!view) return <p>{t('app.loading')}</p>;

  return (
    <section aria-labelledby="pr-title">
      <h2 id="pr-title">{t('privacy.tab.retention')}</h2>
      <p>{t('privacy.retention.lead')}</p>
      {message && (
        <p className="alert alert-success" role="status">
          {message}
        </p>
      )}
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
      <h3>{t('privacy.retention.upcomingTitle')}</h3>
      {view.upcoming.length === 0 ? (
        <p>{t('privacy.retention.noneUpcoming')}</p>
      ) : (
        <PeopleTable items={view.upcoming} caption={t('privacy.retention.upcomingTitle')} />
      )}
      <RetentionApprovals
        texts="privacy.retention"
        approvals={view.approvals}
        keyOf={(a) => a.participantId}
      />
    </section>
  );
}
