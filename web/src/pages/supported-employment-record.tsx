import { useEffect, useState } from 'react';
import type { SupportedEmployment } from '../../../src/contracts/supported-employment.contract';
import { api } from '../api';
import { formatMoney, t } from '../i18n';
import { linkProps } from '../router';
import './placements.i18n';

type Key = Parameters<typeof t>[0];

/**
 * The person's supported employment (art. 15b–16) on their record: each case in one line and the link to
 * the page where the application, the PUP referral and the refunds are kept. Shown to those who may see
 * supported employment (the section stays away when the server refuses).
 */
export function ParticipantSupportedEmployment({ participantId }: { participantId: string }) {
  const [items, setItems] = useState<SupportedEmployment[] | null | 'hidden'>(null);
  useEffect(() => {
    api<{ items: SupportedEmployment[] }>(
      'GET',
      `/api/v1/supported-employment?participantId=${encodeURIComponent(participantId)}`,
    )
      .then((r) => setItems(r.items))
      .catch(() => setItems('hidden'));
  }, [participantId]);
  if (items === 'hidden') return null;
  const page = `/supported-employment?participant=${participantId}`;
  return (
    <section className="card" aria-labelledby="record-supported">
      <h2 id="record-supported">{t('sup.title')}</h2>
      {items === null ? (
        <p>{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <p className="muted">{t('sup.recordNone')}</p>
      ) : (
        <ul>
          {items.map((s) => (
            <li key={s.id}>
              {t(`sup.form.${s.form}` as Key)}, {t('sup.recordApplied', { date: s.appliedOn })}
              {s.employer &&
                `; ${s.employer.name}, ${s.employmentFrom} – ${s.employmentUntil ?? t('sup.indefinite')}`}
              {s.claims.length > 0 &&
                `; ${t('sup.recordRefunded', { total: formatMoney(s.refundedTotal), count: s.claims.length })}`}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a {...linkProps(page)}>{items?.length ? t('sup.recordOpen') : t('sup.recordApply')}</a>
      </p>
    </section>
  );
}
