/** One person's record page: the record, its history and the pathway sections composed in order. */
import { useEffect, useState } from 'react';
import type { Role } from '../../../src/contracts/common';
import type { Participant } from '../../../src/contracts/participant.contract';
import { editableFields } from '../../../src/domain/participants/record-rules';
import { api } from '../api';
import { td, t } from '../i18n';
import { linkProps } from '../router';
import { EditParticipant, formatNrb, ParticipantHistory } from './participant-record';
import { PathwaySections } from './pathway';
import { ParticipantEvents } from './participant-events';
import { ParticipantGraduateSection } from './participant-graduate';
import { ParticipantSupportedEmployment } from './supported-employment-record';
import { ParticipantPrivacy } from './participant-privacy';
import { ParticipantWorkshop, SocialActivities } from './workshops';
import './records.i18n';

export function ParticipantPage({
  id,
  canEdit,
  isDirector,
  isKis,
  roles,
}: {
  id: string;
  canEdit: boolean;
  isDirector: boolean;
  isKis: boolean;
  roles: readonly Role[];
}) {
  const [p, setP] = useState<Participant | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const canCorrect = editableFields(roles).size > 0;
  const load = () =>
    api<Participant>('GET', `/api/v1/participants/${id}`)
      .then(setP)
      .catch((e) => setError(e.message));
  useEffect(() => {
    void load();
  }, [id]);
  if (error)
    return (
      <main id="main">
        <h1>{t('participants.title')}</h1>
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      </main>
    );
  if (!p)
    return (
      <main id="main">
        <p>{t('app.loading')}</p>
      </main>
    );
  const row = (label: string, value: string | null | undefined) => (
    <div>
      <dt>{label}</dt>
      <dd>{value || '—'}</dd>
    </div>
  );
  return (
    <main id="main">
      <p>
        <a {...linkProps('/participants')}>← {t('participants.title')}</a>
      </p>
      <h1>
        {p.firstName} {p.lastName}
      </h1>
      <p className="lead">
        {t(`pstatus.${p.status}`)}
        {p.statusSince && <span className="muted"> ({p.statusSince})</span>}
      </p>
      <div role="status" aria-live="polite">
        {saved && <p className="alert alert-ok">{saved}</p>}
      </div>
      {canCorrect && !editing && (
        <p className="buttons">
          <button
            type="button"
            className="primary"
            onClick={() => {
              setSaved(null);
              setEditing(true);
            }}
          >
            {t('rec.edit')}
          </button>
        </p>
      )}
      {editing && (
        <EditParticipant
          participant={p}
          roles={roles}
          onCancel={() => setEditing(false)}
          onSaved={(next) => {
            setEditing(false);
            if (next) {
              setP(next);
              setSaved(t('rec.saved', { version: next.version }));
            } else setSaved(t('rec.noChange'));
          }}
        />
      )}
      <section className="card" aria-labelledby="pd">
        <h2 id="pd">{t('participants.personal')}</h2>
        {p.hidden.includes('personal') ? (
          <p className="muted">{t('participants.restricted')}</p>
        ) : (
          <dl className="facts">
            {row('PESEL', p.pesel)}
            {row(t('participants.birthDate'), p.birthDate)}
            {row(t('participants.sex'), p.sex ? t(`sex.${p.sex}`) : null)}
            {row(t('participants.phone'), p.phone)}
            {row(t('rec.email'), p.email)}
            {row(
              t('participants.address'),
              [
                [p.street, [p.buildingNo, p.flatNo].filter(Boolean).join('/')].filter(Boolean).join(' '),
                [p.postalCode, p.city].filter(Boolean).join(' '),
              ]
                .filter(Boolean)
                .join(', '),
            )}
            {row(t('rec.education'), p.educationLevel ? t(`edu.${p.educationLevel as '0'}`) : null)}
          </dl>
        )}
      </section>
      <section className="card" aria-labelledby="pp">
        <h2 id="pp">{t('participants.bankAccount')}</h2>
        {p.hidden.includes('payment') ? (
          p.bankAccountSet !== undefined ? (
            <p>
              <strong>{p.bankAccountSet ? t('rec.bankSet') : t('rec.bankNotSet')}</strong>{' '}
              <span className="muted">({t('participants.restricted')})</span>
            </p>
          ) : (
            <p className="muted">{t('participants.restricted')}</p>
          )
        ) : (
          <>
            <p className="mono">{p.bankAccount ? formatNrb(p.bankAccount) : '—'}</p>
            {p.paidInCash && <p>{t('rec.paidInCash')}</p>}
          </>
        )}
      </section>
      <section className="card" aria-labelledby="ps">
        <h2 id="ps">{t('participants.groups')}</h2>
        {p.hidden.includes('sensitive') ? (
          <p className="muted">{t('participants.restricted')}</p>
        ) : (
          <>
            <ul>
              {(p.eligibilityGroups ?? []).map((g) => (
                <li key={g}>{td(`group.${g}`)}</li>
              ))}
            </ul>
            {p.eligibilityJustification && <p>{p.eligibilityJustification}</p>}
            <p className="muted">{t('participants.audited')}</p>
          </>
        )}
      </section>
      <ParticipantWorkshop participantId={p.id} canEdit={canEdit} participating={p.status === 'ACTIVE'} />
      {canEdit && <SocialActivities participantId={p.id} />}
      <PathwaySections
        participant={p}
        canEdit={canEdit}
        isDirector={isDirector}
        isKis={isKis}
        onChanged={() => void load()}
      />
      <ParticipantGraduateSection participantId={p.id} />
      <ParticipantSupportedEmployment participantId={p.id} />
      <ParticipantEvents participantId={p.id} />
      <ParticipantHistory participantId={p.id} version={p.version} />
      <ParticipantPrivacy participantId={p.id} />
    </main>
  );
}
