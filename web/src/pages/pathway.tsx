/** The pathway sections of a person's record, in the order of the pathway. */
import { useEffect, useState } from 'react';
import type { Pathway } from '../../../src/contracts/pathway.contract';
import { api } from '../api';
import { t } from '../i18n';

import { Referrals, Documents } from './pathway-referrals';
import { Eligibility } from './pathway-eligibility';
import { Programmes } from './pathway-programmes';
import { FollowUps } from './pathway-follow-ups';
import { type Props, Section } from './pathway-shared';
import './pathway.i18n';
import './records.i18n';

/**
 * The participant's pathway under the personal data: next step, referral, scans, eligibility,
 * programme, exit, follow-ups, timeline.
 */
export function PathwaySections({ participant, canEdit, isDirector, isKis, onChanged }: Props) {
  const [pathway, setPathway] = useState<Pathway | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async () => {
    try {
      setPathway(await api<Pathway>('GET', `/api/v1/participants/${participant.id}/pathway`));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  useEffect(() => {
    void load();
  }, [participant.id, participant.version]);
  if (error)
    return (
      <p className="alert alert-error" role="alert">
        {error}
      </p>
    );
  if (!pathway) return <p>{t('app.loading')}</p>;
  const changed = async () => {
    await load();
    onChanged();
  };
  const base = `/api/v1/participants/${participant.id}`;
  const c = pathway.capacity;
  return (
    <>
      <div className="alert alert-info" role="note">
        <p>
          <strong>{t('pw.next')}:</strong>{' '}
          {participant.status === 'REFERRED' && pathway.referrals.some((r) => r.status === 'RECEIVED')
            ? t('pw.next.REFERRAL_SAVED')
            : t(`pw.next.${participant.status}`)}
        </p>
        <p className="muted">
          {c.places !== null
            ? t('pw.capacity', { active: c.active, places: c.places, waiting: c.waiting })
            : t('pw.capacityUnlimited', { active: c.active, waiting: c.waiting })}
        </p>
        {pathway.hidden.length > 0 && <p className="muted">{t('pw.hidden')}</p>}
      </div>
      {pathway.hidden.length === 0 && (
        <>
          <Referrals base={base} pathway={pathway} canEdit={canEdit} onChanged={changed} />
          <Documents base={base} pathway={pathway} canEdit={canEdit} onChanged={changed} />
          <Eligibility
            key={pathway.referrals.map((r) => r.id + r.status).join()}
            base={base}
            pathway={pathway}
            registeredGroups={participant.eligibilityGroups ?? []}
            canEdit={canEdit}
            onChanged={changed}
          />
        </>
      )}
      <Programmes
        base={base}
        pathway={pathway}
        participant={participant}
        canEdit={canEdit}
        isDirector={isDirector}
        isKis={isKis}
        onChanged={changed}
      />
      {pathway.followUps.length > 0 && (
        <FollowUps items={pathway.followUps} canEdit={canEdit} onChanged={changed} />
      )}
      <Section id="timeline" title={t('tl.title')}>
        {pathway.timeline.length === 0 ? (
          <p className="muted">{t('tl.empty')}</p>
        ) : (
          <ol className="timeline">
            {pathway.timeline.map((e, i) => (
              <li key={i}>
                <time dateTime={e.date}>{e.date}</time> <strong>{e.title}</strong>
                {e.detail && <span className="muted"> — {e.detail}</span>}
              </li>
            ))}
          </ol>
        )}
      </Section>
    </>
  );
}
