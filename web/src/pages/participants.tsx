import { useEffect, useState } from 'react';
import type { Role } from '../../../src/contracts/common';
import type { DuplicateCandidate, Participant } from '../../../src/contracts/participant.contract';
import { editableFields } from '../../../src/domain/participants/record-rules';
import { validateNrb } from '../../../src/domain/identifiers/nrb';
import { validatePesel } from '../../../src/domain/identifiers/pesel';
import { ELIGIBILITY_GROUPS } from '../../../src/domain/types';
import { api, ApiError } from '../api';
import { CheckboxGroup, ErrorSummary, Field, useSubmit } from '../components/form';
import { t } from '../i18n';
import { linkProps } from '../router';
import {
  AddressFields,
  DeleteParticipant,
  EditParticipant,
  formatNrb,
  isMinor,
  MinorConfirmation,
  ParticipantHistory,
  recordLabels,
} from './participant-record';
import { PathwaySections } from './pathway';
import { ParticipantEvents } from './participant-events';
import { ParticipantExportLink } from './participant-import';
import { ParticipantWorkshop, SocialActivities } from './workshops';

const STATUSES = ['REFERRED', 'ELIGIBLE', 'REFUSED', 'WAITING', 'ACTIVE', 'EXITED'] as const;

export function ParticipantsPage({
  canEdit,
  canSeeSensitive,
  isDirector,
}: {
  canEdit: boolean;
  canSeeSensitive: boolean;
  isDirector: boolean;
}) {
  const [q, setQ] = useState('');
  const [status, setStatus] = useState('');
  const [workshop, setWorkshop] = useState('');
  const [referrer, setReferrer] = useState('');
  const [ending, setEnding] = useState('');
  const [data, setData] = useState<{ items: Participant[]; total: number } | null>(null);
  const [adding, setAdding] = useState(false);
  const load = async (query = q, st = status, end = ending) => {
    const params = new URLSearchParams({ pageSize: '100' });
    if (query.trim()) params.set('q', query.trim());
    if (st) params.set('status', st);
    if (workshop.trim()) params.set('workshop', workshop.trim());
    if (referrer.trim() && canSeeSensitive) params.set('referrer', referrer.trim());
    if (end) params.set('endingWithinDays', end);
    setData(await api('GET', `/api/v1/participants?${params}`));
  };
  const exportFilters = () => {
    const params: Record<string, string> = {};
    if (q.trim()) params.q = q.trim();
    if (status) params.status = status;
    if (workshop.trim()) params.workshop = workshop.trim();
    if (referrer.trim() && canSeeSensitive) params.referrer = referrer.trim();
    if (ending) params.endingWithinDays = ending;
    return params;
  };
  useEffect(() => {
    void load();
  }, []);

  return (
    <main id="main">
      <h1>{t('participants.title')}</h1>
      <form
        role="search"
        className="card filters"
        onSubmit={(e) => {
          e.preventDefault();
          void load();
        }}
      >
        <Field name="p-q" label={t('participants.search')} hint={t('participants.searchHint')}>
          {(p) => <input {...p} type="search" value={q} onChange={(e) => setQ(e.target.value)} />}
        </Field>
        <Field name="p-status" label={t('participants.status')}>
          {(p) => (
            <select
              {...p}
              value={status}
              onChange={(e) => {
                setStatus(e.target.value);
                void load(q, e.target.value);
              }}
            >
              <option value="">{t('audit.any')}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`pstatus.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="p-workshop" label={t('list.workshop')}>
          {(p) => <input {...p} value={workshop} onChange={(e) => setWorkshop(e.target.value)} />}
        </Field>
        {canSeeSensitive && (
          <Field name="p-referrer" label={t('list.referrer')} hint={t('list.referrerHint')}>
            {(p) => <input {...p} value={referrer} onChange={(e) => setReferrer(e.target.value)} />}
          </Field>
        )}
        <Field name="p-ending" label={t('list.ending')}>
          {(p) => (
            <select
              {...p}
              value={ending}
              onChange={(e) => {
                setEnding(e.target.value);
                void load(q, status, e.target.value);
              }}
            >
              <option value="">{t('list.endingAny')}</option>
              {[14, 30, 60, 90].map((d) => (
                <option key={d} value={d}>
                  {t('list.endingDays', { count: d })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="primary">
          {t('participants.find')}
        </button>
      </form>
      <p className="buttons">
        {canEdit && !adding && (
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            {t('participants.add')}
          </button>
        )}
        {canEdit && <a {...linkProps('/participants/import')}>{t('imp.nav')}</a>}
        <ParticipantExportLink filters={exportFilters()} />
      </p>
      {adding && (
        <NewParticipant
          canSeeSensitive={canSeeSensitive}
          isDirector={isDirector}
          onDone={async () => {
            setAdding(false);
            await load();
          }}
        />
      )}
      {data === null ? (
        <p>{t('app.loading')}</p>
      ) : (
        <>
          <p className="muted" role="status">
            {t('participants.count', { count: data.total })}
          </p>
          <div className="table-wrap">
            <table>
              <caption className="sr-only">{t('participants.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('participants.name')}</th>
                  <th scope="col">{t('participants.birthDate')}</th>
                  <th scope="col">{t('participants.status')}</th>
                  <th scope="col">{t('list.workshop')}</th>
                  <th scope="col">{t('list.plannedEnd')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <a {...linkProps(`/participants/${p.id}`)}>
                        {p.lastName} {p.firstName}
                      </a>
                    </td>
                    <td>{p.birthDate ?? <span className="muted">{t('participants.restricted')}</span>}</td>
                    <td>
                      {t(`pstatus.${p.status}`)}
                      {p.statusSince && <span className="muted"> ({p.statusSince})</span>}
                    </td>
                    <td>{p.workshop ?? '—'}</td>
                    <td>{p.plannedEnd ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </main>
  );
}

function NewParticipant({
  canSeeSensitive,
  isDirector,
  onDone,
}: {
  canSeeSensitive: boolean;
  isDirector: boolean;
  onDone: () => void;
}) {
  const empty = {
    firstName: '',
    lastName: '',
    pesel: '',
    birthDate: '',
    sex: '',
    phone: '',
    street: '',
    buildingNo: '',
    flatNo: '',
    postalCode: '',
    city: '',
    email: '',
    educationLevel: '',
    bankAccount: '',
    eligibilityGroups: [] as string[],
    eligibilityJustification: '',
  };
  const [form, setForm] = useState(empty);
  const [confirmMinor, setConfirmMinor] = useState(false);
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[]>([]);
  const { fieldErrors, formError, setFormError, busy, run } = useSubmit();
  const pesel = form.pesel.trim() ? validatePesel(form.pesel) : null;
  const nrb = form.bankAccount.trim() ? validateNrb(form.bankAccount) : null;
  const live: Record<string, string> = {};
  if (pesel && !pesel.valid && form.pesel.trim().length >= 11) live.pesel = pesel.message;
  if (nrb && !nrb.valid && form.bankAccount.replace(/\D/g, '').length >= 26) live.bankAccount = nrb.message;
  const err = (k: string) => fieldErrors[k] ?? live[k];
  const labels = recordLabels();
  const birthDate = pesel?.valid ? pesel.birthDate : form.birthDate;

  async function submit(acknowledge: boolean) {
    const body = {
      ...form,
      pesel: form.pesel || null,
      birthDate: form.birthDate || null,
      sex: form.sex || null,
      bankAccount: form.bankAccount || null,
      educationLevel: form.educationLevel || null,
      eligibilityJustification: form.eligibilityJustification || null,
      acknowledgeDuplicates: acknowledge,
      confirmMinor,
    };
    const created = await run(async () => {
      try {
        return await api<Participant>('POST', '/api/v1/participants', body);
      } catch (error) {
        if (error instanceof ApiError && error.code === 'POSSIBLE_DUPLICATE')
          setDuplicates((error.details as { candidates: DuplicateCandidate[] }).candidates);
        throw error;
      }
    });
    if (created) {
      setDuplicates([]);
      setForm(empty);
      onDone();
    }
  }

  return (
    <section className="card" aria-labelledby="new-participant">
      <h2 id="new-participant">{t('participants.add')}</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit(false);
        }}
      >
        <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
        {duplicates.length > 0 && (
          <div className="alert alert-demo" role="alert">
            <p>{t('participants.duplicates')}</p>
            <ul>
              {duplicates.map((d) => (
                <li key={d.id}>
                  <a {...linkProps(`/participants/${d.id}`)}>
                    {d.lastName} {d.firstName}
                  </a>{' '}
                  {d.birthDate}
                </li>
              ))}
            </ul>
            <button
              type="button"
              onClick={() => {
                setFormError(null);
                void submit(true);
              }}
            >
              {t('participants.saveAnyway')}
            </button>
          </div>
        )}
        <div className="row">
          <Field name="firstName" label={labels.firstName} error={err('firstName')} required>
            {(p) => (
              <input
                {...p}
                value={form.firstName}
                onChange={(e) => setForm({ ...form, firstName: e.target.value })}
              />
            )}
          </Field>
          <Field name="lastName" label={labels.lastName} error={err('lastName')} required>
            {(p) => (
              <input
                {...p}
                value={form.lastName}
                onChange={(e) => setForm({ ...form, lastName: e.target.value })}
              />
            )}
          </Field>
        </div>
        <div className="row">
          <Field
            name="pesel"
            label="PESEL"
            error={err('pesel')}
            hint={
              pesel?.valid
                ? t('participants.peselDecoded', { date: pesel.birthDate, sex: t(`sex.${pesel.sex}`) })
                : t('participants.peselHint')
            }
          >
            {(p) => (
              <input
                {...p}
                inputMode="numeric"
                maxLength={11}
                value={form.pesel}
                onChange={(e) => setForm({ ...form, pesel: e.target.value.replace(/\D/g, '') })}
              />
            )}
          </Field>
          {!pesel?.valid && (
            <>
              <Field name="birthDate" label={labels.birthDate} error={err('birthDate')}>
                {(p) => (
                  <input
                    {...p}
                    type="date"
                    value={form.birthDate}
                    onChange={(e) => setForm({ ...form, birthDate: e.target.value })}
                  />
                )}
              </Field>
              <Field name="sex" label={labels.sex} error={err('sex')}>
                {(p) => (
                  <select {...p} value={form.sex} onChange={(e) => setForm({ ...form, sex: e.target.value })}>
                    <option value="">—</option>
                    <option value="F">{t('sex.F')}</option>
                    <option value="M">{t('sex.M')}</option>
                  </select>
                )}
              </Field>
            </>
          )}
        </div>
        {isMinor(birthDate) && (
          <MinorConfirmation isDirector={isDirector} checked={confirmMinor} onChange={setConfirmMinor} />
        )}
        <AddressFields form={form} onChange={(patch) => setForm({ ...form, ...patch })} err={err} />
        <div className="row">
          <Field name="phone" label={t('participants.phone')} error={err('phone')}>
            {(p) => (
              <input
                {...p}
                type="tel"
                value={form.phone}
                onChange={(e) => setForm({ ...form, phone: e.target.value })}
              />
            )}
          </Field>
          <Field name="bankAccount" label={labels.bankAccount} error={err('bankAccount')}>
            {(p) => (
              <input
                {...p}
                inputMode="numeric"
                value={form.bankAccount}
                onChange={(e) => setForm({ ...form, bankAccount: e.target.value })}
              />
            )}
          </Field>
        </div>
        {canSeeSensitive && (
          <>
            <CheckboxGroup
              name="eligibilityGroups"
              legend={t('participants.groups')}
              value={form.eligibilityGroups}
              onChange={(v) => setForm({ ...form, eligibilityGroups: v })}
              options={ELIGIBILITY_GROUPS.map((g) => ({ value: g, label: t(`group.${g}`) }))}
              error={fieldErrors.eligibilityGroups}
            />
            <Field
              name="eligibilityJustification"
              label={t('participants.justification')}
              error={err('eligibilityJustification')}
            >
              {(p) => (
                <textarea
                  {...p}
                  rows={3}
                  value={form.eligibilityJustification}
                  onChange={(e) => setForm({ ...form, eligibilityJustification: e.target.value })}
                />
              )}
            </Field>
          </>
        )}
        <div className="buttons">
          <button type="submit" className="primary" disabled={busy}>
            {t('form.save')}
          </button>
          <button type="button" onClick={onDone}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** One participant, showing only the fields the caller's role may see (sensitive reads are audited by the server). */
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
                <li key={g}>{t(`group.${g}`)}</li>
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
      <ParticipantEvents participantId={p.id} />
      <ParticipantHistory participantId={p.id} version={p.version} />
      {p.status === 'REFERRED' && <DeleteParticipant participant={p} roles={roles} />}
    </main>
  );
}
