import { useEffect, useState, type ReactNode } from 'react';
import type { Participant } from '../../../src/contracts/participant.contract';
import type { Decision, Pathway, Programme, Referral } from '../../../src/contracts/pathway.contract';
import type { Partner } from '../../../src/contracts/partner.contract';
import {
  APPLICANT_TYPES,
  DOCUMENT_KINDS,
  EXIT_TYPES,
  FOLLOW_UP_OUTCOMES,
} from '../../../src/contracts/pathway.contract';
import { BENEFIT_CODES, ELIGIBILITY_GROUPS } from '../../../src/domain/types';
import { polishDate } from '../../../src/domain/calendar';
import { api, apiUpload } from '../api';
import { ConfirmDialog } from '../components/confirm';
import { CheckboxGroup, ErrorSummary, Field, useSubmit } from '../components/form';
import { t } from '../i18n';
import { emptySituation, SituationFields, situationBody } from './reports-outcome';
import { linkProps } from '../router';

type Props = {
  participant: Participant;
  canEdit: boolean;
  isDirector: boolean;
  isKis: boolean;
  onChanged: () => void;
};
type Form = Record<string, string>;
const INSTITUTIONS = new Set(['OPS', 'PCPR', 'ADDICTION_TREATMENT', 'NGO', 'KIS', 'PUP']);
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const orNull = (v: string | undefined) => (v?.trim() ? v.trim() : null);
const today = () => polishDate(new Date());

/** A text, date, number or select input bound to one key of a form object. */
/** Dates of facts that already happened (received, decided, signed, contacted): the picker stops at today. */
const FACT_DATES = new Set([
  'referredOn',
  'receivedOn',
  'consentOn',
  'opsOpinionOn',
  'decidedOn',
  'signedOn',
  'doneOn',
]);

function Input({
  form,
  set,
  name,
  label,
  type = 'text',
  errors,
  required,
  hint,
  options,
  rows,
  idSuffix = '',
}: {
  form: Form;
  set: (f: Form) => void;
  name: string;
  label: string;
  type?: string;
  errors: Record<string, string>;
  required?: boolean;
  hint?: string;
  options?: { value: string; label: string }[];
  rows?: number;
  idSuffix?: string;
}) {
  return (
    <Field name={name + idSuffix} label={label} error={errors[name]} required={required} hint={hint}>
      {(p) =>
        options ? (
          <select {...p} value={form[name] ?? ''} onChange={(e) => set({ ...form, [name]: e.target.value })}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : rows ? (
          <textarea
            {...p}
            rows={rows}
            value={form[name] ?? ''}
            onChange={(e) => set({ ...form, [name]: e.target.value })}
          />
        ) : (
          <input
            {...p}
            type={type}
            value={form[name] ?? ''}
            onChange={(e) => set({ ...form, [name]: e.target.value })}
            {...(type === 'number' ? { inputMode: 'decimal' as const, step: '0.5' } : {})}
            {...(type === 'date' && FACT_DATES.has(name) ? { max: polishDate(new Date()) } : {})}
          />
        )
      }
    </Field>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Toggle({
  label,
  children,
  open: initial = false,
}: {
  label: string;
  children: (close: () => void) => ReactNode;
  open?: boolean;
}) {
  const [open, setOpen] = useState(initial);
  if (!open)
    return (
      <p>
        <button type="button" onClick={() => setOpen(true)}>
          {label}
        </button>
      </p>
    );
  return <div className="subform">{children(() => setOpen(false))}</div>;
}

/** The participant's pathway under the personal data: next step, referral, scans, eligibility, programme, exit, follow-ups, timeline. */
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

function Referrals({
  base,
  pathway,
  canEdit,
  onChanged,
}: {
  base: string;
  pathway: Pathway;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const empty: Form = {
    applicantType: 'OPS',
    referringBodyKind: 'OPS',
    referringBody: '',
    referringBodyAddress: '',
    referredOn: '',
    receivedOn: today(),
    consentGiven: '',
    consentOn: '',
    opsOpinionOn: '',
    opsOpinion: '',
    notes: '',
    partnerId: '',
  };
  const [form, setForm] = useState<Form>(empty);
  // The partner picker (issue 16): a partner from the registry fills in the referring body.
  const [partners, setPartners] = useState<Partner[]>([]);
  useEffect(() => {
    if (canEdit)
      api<{ items: Partner[] }>('GET', '/api/v1/partners')
        .then((r) => setPartners(r.items))
        .catch(() => setPartners([]));
  }, [canEdit]);
  const { fieldErrors, formError, busy, run } = useSubmit();
  const institution = INSTITUTIONS.has(form.applicantType!);
  const labels = {
    applicantType: t('ref.applicantType'),
    referringBody: t('ref.body'),
    referredOn: t('ref.referredOn'),
    receivedOn: t('ref.receivedOn'),
    consentGiven: t('ref.consent'),
    consentOn: t('ref.consentOn'),
    opsOpinionOn: t('ref.opsOpinionOn'),
  };
  return (
    <Section id="referrals" title={t('ref.title')}>
      {pathway.referrals.length === 0 ? (
        <p className="muted">{t('ref.none')}</p>
      ) : (
        <ul className="plain">
          {pathway.referrals.map((r: Referral) => (
            <li key={r.id}>
              <strong>{r.referredOn}</strong> — {t(`ref.applicant.${r.applicantType}`)}; {r.referringBody} ·{' '}
              {t('ref.status')}: <strong>{t(`ref.status.${r.status}`)}</strong> ({r.statusSince}){' '}
              <a href={`${base}/referrals/${r.id}/status-letter.pdf`} target="_blank" rel="noopener">
                {t('ref.letter')}
              </a>
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <Toggle label={t('ref.add')} open={pathway.referrals.length === 0}>
          {(close) => (
            <form
              noValidate
              onSubmit={async (e) => {
                e.preventDefault();
                const body = {
                  ...form,
                  consentGiven: form.consentGiven === 'yes',
                  consentOn: orNull(form.consentOn),
                  opsOpinionOn: orNull(form.opsOpinionOn),
                  referringBody: orNull(form.referringBody),
                  referringBodyAddress: orNull(form.referringBodyAddress),
                  opsOpinion: orNull(form.opsOpinion),
                  notes: orNull(form.notes),
                  partnerId: orNull(form.partnerId),
                };
                if (await run(() => api('POST', `${base}/referrals`, body))) {
                  setForm(empty);
                  close();
                  onChanged();
                }
              }}
            >
              <h3>{t('ref.add')}</h3>
              <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
              <div className="row">
                <Input
                  form={form}
                  set={setForm}
                  name="applicantType"
                  label={labels.applicantType}
                  errors={fieldErrors}
                  required
                  options={APPLICANT_TYPES.map((a) => ({ value: a, label: t(`ref.applicant.${a}`) }))}
                />
                <Input
                  form={form}
                  set={setForm}
                  name="referringBodyKind"
                  label={t('ref.bodyKind')}
                  errors={fieldErrors}
                  options={['OPS', 'PUP'].map((a) => ({ value: a, label: t(`ref.bodyKind.${a}`) }))}
                />
              </div>
              {partners.length > 0 && (
                <Field
                  name="partnerId"
                  label={t('partners.picker')}
                  hint={t('partners.pickerHint')}
                  error={fieldErrors.partnerId}
                >
                  {(p) => (
                    <select
                      {...p}
                      value={form.partnerId ?? ''}
                      onChange={(e) => {
                        const chosen = partners.find((x) => x.id === e.target.value);
                        setForm({
                          ...form,
                          partnerId: e.target.value,
                          ...(chosen
                            ? { referringBody: chosen.name, referringBodyAddress: chosen.address ?? '' }
                            : {}),
                        });
                      }}
                    >
                      <option value="">{t('partners.pickerNone')}</option>
                      {partners.map((x) => (
                        <option key={x.id} value={x.id}>
                          {x.name}
                          {x.city ? ` (${x.city})` : ''}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              )}
              <div className="row">
                <Input
                  form={form}
                  set={setForm}
                  name="referringBody"
                  label={labels.referringBody}
                  errors={fieldErrors}
                  required
                />
                <Input
                  form={form}
                  set={setForm}
                  name="referringBodyAddress"
                  label={t('ref.bodyAddress')}
                  errors={fieldErrors}
                />
              </div>
              <div className="row">
                <Input
                  form={form}
                  set={setForm}
                  name="referredOn"
                  label={labels.referredOn}
                  type="date"
                  errors={fieldErrors}
                  required
                />
                <Input
                  form={form}
                  set={setForm}
                  name="receivedOn"
                  label={labels.receivedOn}
                  type="date"
                  errors={fieldErrors}
                  required
                />
              </div>
              {institution && (
                <div className="row">
                  <div className={`field${fieldErrors.consentGiven ? ' field-invalid' : ''}`}>
                    <label className="check">
                      <input
                        type="checkbox"
                        id="f-consentGiven"
                        checked={form.consentGiven === 'yes'}
                        aria-describedby="consent-hint"
                        aria-invalid={fieldErrors.consentGiven ? true : undefined}
                        onChange={(e) => setForm({ ...form, consentGiven: e.target.checked ? 'yes' : '' })}
                      />{' '}
                      {labels.consentGiven}
                    </label>
                    <p className="hint" id="consent-hint">
                      {t('ref.consentHint')}
                    </p>
                    {fieldErrors.consentGiven && <p className="field-error">{fieldErrors.consentGiven}</p>}
                  </div>
                  <Input
                    form={form}
                    set={setForm}
                    name="consentOn"
                    label={labels.consentOn}
                    type="date"
                    errors={fieldErrors}
                  />
                </div>
              )}
              {pathway.opsOpinionRequired && <p className="hint">{t('ref.opsRequired')}</p>}
              <div className="row">
                <Input
                  form={form}
                  set={setForm}
                  name="opsOpinionOn"
                  label={labels.opsOpinionOn}
                  type="date"
                  errors={fieldErrors}
                />
                <Input
                  form={form}
                  set={setForm}
                  name="opsOpinion"
                  label={t('ref.opsOpinion')}
                  errors={fieldErrors}
                  rows={2}
                />
              </div>
              <div className="buttons">
                <button type="submit" className="primary" disabled={busy}>
                  {t('form.save')}
                </button>
                <button type="button" onClick={close}>
                  {t('form.cancel')}
                </button>
              </div>
            </form>
          )}
        </Toggle>
      )}
    </Section>
  );
}

function Documents({
  base,
  pathway,
  canEdit,
  onChanged,
}: {
  base: string;
  pathway: Pathway;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const [kind, setKind] = useState('REFERRAL');
  const [description, setDescription] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { fieldErrors, formError, busy, run } = useSubmit();
  return (
    <Section id="documents" title={t('doc.title')}>
      {pathway.documents.length === 0 ? (
        <p className="muted">{t('doc.none')}</p>
      ) : (
        <ul className="plain">
          {pathway.documents.map((d) => (
            <li key={d.id}>
              <a href={`${base}/documents/${d.id}`}>{d.fileName}</a> — {t(`doc.kind.${d.kind}`)},{' '}
              {t('doc.size', { size: Math.ceil(d.sizeBytes / 1024) })}, {d.uploadedAt.slice(0, 10)}
              {d.description && ` — ${d.description}`}{' '}
              <span className="muted mono" title="SHA-256">
                {d.sha256.slice(0, 12)}…
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">{t('doc.audited')}</p>
      {canEdit && (
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            setDone(null);
            const form = new FormData();
            form.append('kind', kind);
            if (description.trim()) form.append('description', description.trim());
            if (pathway.referrals[0]) form.append('referralId', pathway.referrals[0].id);
            if (file) form.append('file', file, file.name);
            const saved = await run(() => apiUpload<{ fileName: string }>(`${base}/documents`, form));
            if (saved) {
              setDone(t('doc.uploaded', { name: saved.fileName }));
              setFile(null);
              setDescription('');
              (e.target as HTMLFormElement).reset();
              onChanged();
            }
          }}
        >
          <ErrorSummary
            errors={fieldErrors}
            formError={formError}
            labels={{ file: t('doc.file'), kind: t('doc.kind') }}
          />
          <div className="row">
            <Field name="doc-kind" label={t('doc.kind')}>
              {(p) => (
                <select {...p} value={kind} onChange={(e) => setKind(e.target.value)}>
                  {DOCUMENT_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`doc.kind.${k}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="file" label={t('doc.file')} error={fieldErrors.file}>
              {(p) => (
                <input
                  {...p}
                  type="file"
                  accept="application/pdf,image/jpeg,image/png"
                  onChange={(e) => setFile(e.target.files?.[0] ?? null)}
                />
              )}
            </Field>
            <Field name="doc-description" label={t('doc.description')}>
              {(p) => <input {...p} value={description} onChange={(e) => setDescription(e.target.value)} />}
            </Field>
          </div>
          <button type="submit" disabled={busy}>
            {t('doc.upload')}
          </button>
          {done && (
            <p className="alert alert-ok" role="status">
              {done}
            </p>
          )}
        </form>
      )}
    </Section>
  );
}

function ReasonList({ d }: { d: Decision }) {
  return (
    <ul className="reasons">
      {d.reasons.map((r, i) => (
        <li key={i} className={`reason-${r.effect}`}>
          <span className="badge">{t(`elig.effect.${r.effect}`)}</span> {r.message}{' '}
          <span className="muted">({r.article})</span>
        </li>
      ))}
    </ul>
  );
}

function Eligibility({
  base,
  pathway,
  registeredGroups,
  canEdit,
  onChanged,
}: {
  base: string;
  pathway: Pathway;
  /** The groups entered at registration: the decision starts from them (the worker confirms or changes). */
  registeredGroups: string[];
  canEdit: boolean;
  onChanged: () => void;
}) {
  const open = pathway.referrals.filter(
    (r) =>
      r.status === 'RECEIVED' || r.status === 'REFUSED' || r.status === 'WAITING' || r.status === 'ELIGIBLE',
  );
  const [form, setForm] = useState<Form>({
    referralId: open[0]?.id ?? '',
    decidedOn: today(),
    justification: '',
    refuseReason: '',
    note: '',
    declaration: '',
  });
  const [groups, setGroups] = useState<string[]>(registeredGroups);
  const [benefits, setBenefits] = useState<string[]>([]);
  const [ev, setEv] = useState<Form>({
    group: 'LONG_TERM_UNEMPLOYED',
    documentType: '',
    documentNumber: '',
    issuer: '',
    issuedOn: '',
    validUntil: '',
  });
  const decide = useSubmit();
  const evidence = useSubmit();
  const labels = {
    referralId: t('elig.referral'),
    decidedOn: t('elig.decidedOn'),
    groups: t('elig.groups'),
    declarationSigned: t('elig.declaration'),
    justification: t('elig.justification'),
  };
  return (
    <Section id="eligibility" title={t('elig.title')}>
      {(pathway.decisions ?? []).map((d) => (
        <div key={d.id} className={`decision decision-${d.outcome}`}>
          <h3>
            {t(`elig.outcome.${d.outcome}`)}
            {d.waitingList && ` — ${t('elig.waiting')}`} <span className="muted">({d.decidedOn})</span>
          </h3>
          <p>{d.groups.map((g) => t(`group.${g}`)).join(', ')}</p>
          <ReasonList d={d} />
        </div>
      ))}
      <h3>{t('elig.evidence')}</h3>
      {(pathway.evidence ?? []).length === 0 ? (
        <p className="muted">{t('elig.evidenceNone')}</p>
      ) : (
        <ul className="plain">
          {pathway.evidence!.map((e) => (
            <li key={e.id}>
              {t(`group.${e.group}`)}: {e.documentType}
              {e.documentNumber && ` nr ${e.documentNumber}`}
              {e.issuer && `, ${e.issuer}`}
              {e.issuedOn && `, ${e.issuedOn}`}
              {e.validUntil && ` – ${e.validUntil}`}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <Toggle label={t('elig.addEvidence')}>
          {(close) => (
            <form
              noValidate
              onSubmit={async (e) => {
                e.preventDefault();
                const body = {
                  group: ev.group,
                  documentType: ev.documentType,
                  documentNumber: orNull(ev.documentNumber),
                  issuer: orNull(ev.issuer),
                  issuedOn: orNull(ev.issuedOn),
                  validUntil: orNull(ev.validUntil),
                };
                if (await evidence.run(() => api('POST', `${base}/evidence`, body))) {
                  close();
                  onChanged();
                }
              }}
            >
              <ErrorSummary
                errors={evidence.fieldErrors}
                formError={evidence.formError}
                labels={{ documentType: t('elig.documentType'), validUntil: t('elig.validUntil') }}
              />
              <div className="row">
                <Input
                  form={ev}
                  set={setEv}
                  name="group"
                  label={t('elig.group')}
                  errors={evidence.fieldErrors}
                  options={ELIGIBILITY_GROUPS.map((g) => ({ value: g, label: t(`group.${g}`) }))}
                />
                <Input
                  form={ev}
                  set={setEv}
                  name="documentType"
                  label={t('elig.documentType')}
                  errors={evidence.fieldErrors}
                  required
                />
                <Input
                  form={ev}
                  set={setEv}
                  name="documentNumber"
                  label={t('elig.documentNumber')}
                  errors={evidence.fieldErrors}
                />
              </div>
              <div className="row">
                <Input
                  form={ev}
                  set={setEv}
                  name="issuer"
                  label={t('elig.issuer')}
                  errors={evidence.fieldErrors}
                />
                <Input
                  form={ev}
                  set={setEv}
                  name="issuedOn"
                  label={t('elig.issuedOn')}
                  type="date"
                  errors={evidence.fieldErrors}
                />
                <Input
                  form={ev}
                  set={setEv}
                  name="validUntil"
                  label={t('elig.validUntil')}
                  type="date"
                  errors={evidence.fieldErrors}
                />
              </div>
              <div className="buttons">
                <button type="submit" className="primary" disabled={evidence.busy}>
                  {t('form.save')}
                </button>
                <button type="button" onClick={close}>
                  {t('form.cancel')}
                </button>
              </div>
            </form>
          )}
        </Toggle>
      )}
      {canEdit && open.length > 0 && (
        <Toggle label={t('elig.decide')} open={(pathway.decisions ?? []).length === 0}>
          {(close) => (
            <form
              noValidate
              onSubmit={async (e) => {
                e.preventDefault();
                const body = {
                  referralId: form.referralId,
                  decidedOn: form.decidedOn,
                  groups,
                  declaredBenefits: benefits,
                  declarationSigned: form.declaration === 'yes',
                  justification: orNull(form.justification),
                  refuseReason: orNull(form.refuseReason),
                  note: orNull(form.note),
                };
                if (await decide.run(() => api('POST', `${base}/eligibility-decisions`, body))) {
                  close();
                  onChanged();
                }
              }}
            >
              <h3>{t('elig.decide')}</h3>
              <ErrorSummary errors={decide.fieldErrors} formError={decide.formError} labels={labels} />
              <div className="row">
                <Input
                  form={form}
                  set={setForm}
                  name="referralId"
                  label={labels.referralId}
                  errors={decide.fieldErrors}
                  options={open.map((r) => ({
                    value: r.id,
                    label: `${r.referredOn} — ${r.referringBody ?? ''}`,
                  }))}
                />
                <Input
                  form={form}
                  set={setForm}
                  name="decidedOn"
                  label={labels.decidedOn}
                  type="date"
                  errors={decide.fieldErrors}
                  required
                />
              </div>
              <CheckboxGroup
                name="groups"
                legend={labels.groups}
                value={groups}
                onChange={setGroups}
                options={ELIGIBILITY_GROUPS.map((g) => ({ value: g, label: t(`group.${g}`) }))}
                error={decide.fieldErrors.groups}
              />
              <CheckboxGroup
                name="declaredBenefits"
                legend={t('elig.benefits')}
                value={benefits}
                onChange={setBenefits}
                options={BENEFIT_CODES.map((b) => ({ value: b, label: t(`benefitCode.${b}`) }))}
              />
              <div className={`field${decide.fieldErrors.declarationSigned ? ' field-invalid' : ''}`}>
                <label className="check">
                  <input
                    type="checkbox"
                    id="f-declarationSigned"
                    checked={form.declaration === 'yes'}
                    onChange={(e) => setForm({ ...form, declaration: e.target.checked ? 'yes' : '' })}
                  />{' '}
                  {labels.declarationSigned}
                </label>
                {decide.fieldErrors.declarationSigned && (
                  <p className="field-error">{decide.fieldErrors.declarationSigned}</p>
                )}
              </div>
              <Input
                form={form}
                set={setForm}
                name="justification"
                label={labels.justification}
                errors={decide.fieldErrors}
                rows={2}
              />
              <Input
                form={form}
                set={setForm}
                name="refuseReason"
                label={t('elig.refuseReason')}
                errors={decide.fieldErrors}
                rows={2}
              />
              <div className="buttons">
                <button type="submit" className="primary" disabled={decide.busy}>
                  {t('elig.decide')}
                </button>
                <button type="button" onClick={close}>
                  {t('form.cancel')}
                </button>
              </div>
            </form>
          )}
        </Toggle>
      )}
    </Section>
  );
}

const contentForm = (p?: Programme): Form => ({
  admissionDate: p?.admissionDate ?? '',
  workshop: p?.workshop ?? '',
  weeklyHours: p?.weeklyHours != null ? String(p.weeklyHours) : '35',
  disabilityDegree: p?.disabilityDegree ?? 'NONE',
  vocationalScope: p?.vocationalScope ?? '',
  vocationalForms: p?.vocationalForms ?? '',
  socialScope: p?.socialScope ?? '',
  socialForms: p?.socialForms ?? '',
  persons: (p?.responsiblePersons ?? []).map((r) => `${r.name} — ${r.role}`).join('\n'),
  contractNumber: p?.contractNumber ?? '',
  contractOps: p?.contractOps ?? '',
  contractFrom: p?.contractFrom ?? '',
  contractTo: p?.contractTo ?? '',
  plannedEnd: p?.kind === 'KIS_CONTRACT' ? p.plannedEnd : '',
  reason: '',
});

function contentBody(form: Form, kis: boolean) {
  const persons = lines(form.persons ?? '').map((l) => {
    const [name, ...role] = l.split(/\s+[—–-]\s+/);
    return { name: name!.trim(), role: role.join(' — ').trim() || '—' };
  });
  return {
    admissionDate: form.admissionDate,
    workshop: orNull(form.workshop),
    weeklyHours: form.weeklyHours ? Number(form.weeklyHours.replace(',', '.')) : null,
    disabilityDegree: form.disabilityDegree,
    vocationalScope: form.vocationalScope,
    vocationalForms: form.vocationalForms,
    socialScope: form.socialScope,
    socialForms: form.socialForms,
    responsiblePersons: persons,
    ...(kis
      ? {
          contractNumber: orNull(form.contractNumber),
          contractOps: orNull(form.contractOps),
          contractFrom: orNull(form.contractFrom),
          contractTo: orNull(form.contractTo),
          plannedEnd: orNull(form.plannedEnd),
        }
      : {}),
  };
}

function ProgrammeFields({
  form,
  set,
  errors,
  kis,
  lockAdmission,
}: {
  form: Form;
  set: (f: Form) => void;
  errors: Record<string, string>;
  kis: boolean;
  lockAdmission?: boolean;
}) {
  return (
    <>
      <div className="row">
        {!lockAdmission && (
          <Input
            form={form}
            set={set}
            name="admissionDate"
            label={t('prog.admissionDate')}
            type="date"
            errors={errors}
            required
          />
        )}
        <Input form={form} set={set} name="workshop" label={t('prog.workshop')} errors={errors} />
        {!kis && (
          <Input
            form={form}
            set={set}
            name="weeklyHours"
            label={t('prog.weeklyHours')}
            type="number"
            errors={errors}
            required
            hint={t('prog.weeklyHoursHint')}
          />
        )}
        {!kis && (
          <Input
            form={form}
            set={set}
            name="disabilityDegree"
            label={t('prog.disability')}
            errors={errors}
            options={['NONE', 'MILD', 'MODERATE', 'SIGNIFICANT'].map((d) => ({
              value: d,
              label: t(`prog.disability.${d}`),
            }))}
          />
        )}
      </div>
      {kis && (
        <div className="row">
          <Input
            form={form}
            set={set}
            name="contractNumber"
            label={t('prog.contractNumber')}
            errors={errors}
            required
          />
          <Input form={form} set={set} name="contractOps" label={t('prog.contractOps')} errors={errors} />
          <Input
            form={form}
            set={set}
            name="contractFrom"
            label={t('prog.contractFrom')}
            type="date"
            errors={errors}
          />
          <Input
            form={form}
            set={set}
            name="contractTo"
            label={t('prog.contractTo')}
            type="date"
            errors={errors}
          />
          <Input
            form={form}
            set={set}
            name="plannedEnd"
            label={t('prog.kisEnd')}
            type="date"
            errors={errors}
            required
          />
        </div>
      )}
      <Input
        form={form}
        set={set}
        name="vocationalScope"
        label={t('prog.vocationalScope')}
        errors={errors}
        rows={3}
      />
      <Input
        form={form}
        set={set}
        name="vocationalForms"
        label={t('prog.vocationalForms')}
        errors={errors}
        rows={2}
      />
      <Input
        form={form}
        set={set}
        name="socialScope"
        label={t('prog.socialScope')}
        errors={errors}
        rows={3}
      />
      <Input
        form={form}
        set={set}
        name="socialForms"
        label={t('prog.socialForms')}
        errors={errors}
        rows={2}
      />
      <Input form={form} set={set} name="persons" label={t('prog.persons')} errors={errors} rows={3} />
    </>
  );
}

function Programmes({
  base,
  pathway,
  participant,
  canEdit,
  isDirector,
  isKis,
  onChanged,
}: {
  base: string;
  pathway: Pathway;
  participant: Participant;
  canEdit: boolean;
  isDirector: boolean;
  isKis: boolean;
  onChanged: () => void;
}) {
  const [form, setForm] = useState<Form>(contentForm());
  const create = useSubmit();
  const current = pathway.programmes.find((p) => p.status !== 'CLOSED') ?? pathway.programmes[0];
  const eligible = participant.status === 'ELIGIBLE' || participant.status === 'WAITING';
  const kis = current ? current.kind === 'KIS_CONTRACT' : isKis;
  const titleKind = current?.kind ?? (isKis ? 'KIS_CONTRACT' : 'IPZS');
  return (
    <Section id="programme" title={t(`prog.title.${titleKind}`)}>
      {!current && <p className="muted">{t('prog.none')}</p>}
      {!current && canEdit && eligible && (
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (await create.run(() => api('POST', `${base}/programmes`, contentBody(form, kis))))
              onChanged();
          }}
        >
          <h3>{t('prog.create')}</h3>
          <ErrorSummary
            errors={create.fieldErrors}
            formError={create.formError}
            labels={{
              admissionDate: t('prog.admissionDate'),
              weeklyHours: t('prog.weeklyHours'),
              contractNumber: t('prog.contractNumber'),
              plannedEnd: t('prog.kisEnd'),
            }}
          />
          <ProgrammeFields form={form} set={setForm} errors={create.fieldErrors} kis={kis} />
          <button type="submit" className="primary" disabled={create.busy}>
            {t('prog.create')}
          </button>
        </form>
      )}
      {current && (
        <ProgrammeView
          key={`${current.id}-${current.version}`}
          base={base}
          p={current}
          canEdit={canEdit}
          isDirector={isDirector}
          kis={kis}
          onChanged={onChanged}
        />
      )}
      {pathway.programmes
        .filter((p) => p !== current)
        .map((p) => (
          <p key={p.id} className="muted">
            {p.number}: {p.admissionDate} – {p.lastDay ?? p.plannedEnd} ({t(`prog.status.${p.status}`)})
          </p>
        ))}
    </Section>
  );
}

function ProgrammeView({
  base,
  p,
  canEdit,
  isDirector,
  kis,
  onChanged,
}: {
  base: string;
  p: Programme;
  canEdit: boolean;
  isDirector: boolean;
  kis: boolean;
  onChanged: () => void;
}) {
  const url = `${base}/programmes/${p.id}`;
  const fact = (label: string, value: ReactNode) => (
    <div>
      <dt>{label}</dt>
      <dd>{value || '—'}</dd>
    </div>
  );
  const [confirmSign, setConfirmSign] = useState(false);
  const [confirmExit, setConfirmExit] = useState(false);
  const [sign, setSign] = useState<Form>({
    signedOn: p.admissionDate <= today() ? p.admissionDate : today(),
  });
  const [amend, setAmend] = useState<Form>(contentForm(p));
  const [ext, setExt] = useState<Form>({ months: '6', reason: '' });
  const [application, setApplication] = useState<Form>({
    applicationOn: p.benefitApplicationOn ?? '',
    grantedOn: p.benefitGrantedOn ?? '',
  });
  const applying = useSubmit();
  const [exit, setExit] = useState<Form>({
    type: 'COMPLETED',
    lastDay: today() < p.plannedEnd ? today() : p.plannedEnd,
    eventDate: '',
    continuationUntil: '',
    decisionNumber: '',
    decisionOn: '',
    complaintCourt: '',
    justification: '',
    vocationalSkills: '',
    socialSkills: '',
  });
  const signing = useSubmit();
  const amending = useSubmit();
  const extending = useSubmit();
  const exiting = useSubmit();
  const [situation, setSituation] = useState(emptySituation);
  const closing = useSubmit();
  const termination = exit.type === 'PERSISTENT_VIOLATION' || exit.type === 'PERMANENT_ABANDONMENT';
  const continuing =
    exit.type === 'EMPLOYMENT' || exit.type === 'SOCIAL_COOPERATIVE' || exit.type === 'OWN_BUSINESS';
  const exitTypes = EXIT_TYPES.filter(
    (x) => isDirector || (x !== 'PERSISTENT_VIOLATION' && x !== 'PERMANENT_ABANDONMENT'),
  );
  return (
    <>
      <dl className="facts">
        {fact(t('prog.number'), p.number)}
        {fact(t('prog.status'), <strong>{t(`prog.status.${p.status}`)}</strong>)}
        {fact(t('prog.admissionDate'), p.admissionDate)}
        {!kis && fact(t('prog.trialLastDay'), p.trialLastDay)}
        {fact(t('prog.plannedEnd'), p.plannedEnd)}
        {!kis &&
          fact(t('prog.extension'), p.extensionMonths ? t('prog.months', { count: p.extensionMonths }) : '—')}
        {!kis && fact(t('prog.limitEnd'), p.limitEnd)}
        {fact(t('prog.signedOn'), p.signedOn)}
        {fact(t('prog.workshop'), p.workshop)}
        {!kis &&
          fact(
            t('prog.weeklyHours'),
            p.weeklyHours?.toLocaleString(document.documentElement.lang === 'en' ? 'en-GB' : 'pl-PL'),
          )}
        {kis && fact(t('prog.contractNumber'), p.contractNumber)}
        {p.lastDay && fact(t('exit.lastDay'), p.lastDay)}
        {p.exitType && fact(t('exit.type'), t(`exit.type.${p.exitType}`))}
        {p.continuationUntil && fact(t('exit.continuationUntil'), p.continuationUntil)}
        {!kis &&
          fact(
            t('prog.benefitApplication'),
            p.benefitApplicationOn
              ? p.benefitGrantedOn
                ? t('prog.benefitGranted', { applied: p.benefitApplicationOn, granted: p.benefitGrantedOn })
                : t('prog.benefitPending', { applied: p.benefitApplicationOn })
              : t('prog.benefitMissing'),
          )}
      </dl>
      {p.warnings.map((w) => (
        <p key={w.code} className="alert alert-demo">
          {w.message} ({w.article})
        </p>
      ))}
      {canEdit && (
        <p className="buttons">
          <a href={`${url}/ipzs.pdf`} target="_blank" rel="noopener">
            {t(p.kind === 'KIS_CONTRACT' ? 'prog.pdfKis' : 'prog.pdf')}
          </a>
          {p.certificateNumber && (
            <a href={`${url}/certificate.pdf`} target="_blank" rel="noopener">
              {t('prog.certificate')}
            </a>
          )}
          {p.decisionNumber && (
            <a href={`${url}/decision.pdf`} target="_blank" rel="noopener">
              {t('prog.decision')}
            </a>
          )}
        </p>
      )}
      {canEdit && p.status === 'DRAFT' && isDirector && (
        <form
          noValidate
          className="subform"
          onSubmit={(e) => {
            e.preventDefault();
            setConfirmSign(true);
          }}
        >
          <ConfirmDialog
            open={confirmSign}
            title={t('confirm.signTitle', { number: p.number })}
            warning={t(p.kind === 'KIS_CONTRACT' ? 'confirm.signWarnKis' : 'confirm.signWarn', {
              date: sign.signedOn ?? '',
            })}
            confirmLabel={t('prog.sign')}
            onCancel={() => setConfirmSign(false)}
            onConfirm={async () => {
              setConfirmSign(false);
              if (
                await signing.run(() =>
                  api('POST', `${url}/sign`, { signedOn: sign.signedOn, version: p.version }),
                )
              )
                onChanged();
            }}
          />
          <h3>{t('prog.sign')}</h3>
          <p className="hint">{t('prog.signHint')}</p>
          <ErrorSummary
            errors={signing.fieldErrors}
            formError={signing.formError}
            labels={{ signedOn: t('prog.signedOn') }}
          />
          <Input
            form={sign}
            set={setSign}
            name="signedOn"
            label={t('prog.signedOn')}
            type="date"
            errors={signing.fieldErrors}
            required
          />
          <button type="submit" className="primary" disabled={signing.busy}>
            {t('prog.sign')}
          </button>
        </form>
      )}
      {canEdit && (p.status === 'DRAFT' || p.status === 'SIGNED') && (
        <Toggle label={p.status === 'SIGNED' ? t('prog.amend') : t('prog.saveDraft')}>
          {(close) => (
            <form
              noValidate
              onSubmit={async (e) => {
                e.preventDefault();
                const body = { ...contentBody(amend, kis), reason: orNull(amend.reason), version: p.version };
                if (p.status === 'SIGNED') delete (body as { admissionDate?: string }).admissionDate;
                if (await amending.run(() => api('PATCH', url, body))) {
                  close();
                  onChanged();
                }
              }}
            >
              <h3>{p.status === 'SIGNED' ? t('prog.amend') : t('prog.saveDraft')}</h3>
              <ErrorSummary
                errors={amending.fieldErrors}
                formError={amending.formError}
                labels={{
                  reason: t('prog.amendReason'),
                  weeklyHours: t('prog.weeklyHours'),
                  admissionDate: t('prog.admissionDate'),
                }}
              />
              <ProgrammeFields
                form={amend}
                set={setAmend}
                errors={amending.fieldErrors}
                kis={kis}
                lockAdmission={p.status === 'SIGNED'}
              />
              <Input
                form={amend}
                set={setAmend}
                name="reason"
                label={t('prog.amendReason')}
                errors={amending.fieldErrors}
                rows={2}
                required={p.status === 'SIGNED'}
              />
              <div className="buttons">
                <button type="submit" className="primary" disabled={amending.busy}>
                  {p.status === 'SIGNED' ? t('prog.saveAmend') : t('prog.saveDraft')}
                </button>
                <button type="button" onClick={close}>
                  {t('form.cancel')}
                </button>
              </div>
            </form>
          )}
        </Toggle>
      )}
      {canEdit && !kis && p.status !== 'CLOSED' && (
        <Toggle label={t('prog.benefitRecord')}>
          {(close) => (
            <form
              noValidate
              onSubmit={async (e) => {
                e.preventDefault();
                const granted = isDirector ? application.grantedOn !== '' : p.benefitGrantedOn !== null;
                if (
                  await applying.run(() =>
                    api('PUT', `${url}/benefit-application`, {
                      applicationOn: application.applicationOn,
                      granted,
                      grantedOn: isDirector && granted ? application.grantedOn : undefined,
                      version: p.version,
                    }),
                  )
                ) {
                  close();
                  onChanged();
                }
              }}
            >
              <h3>{t('prog.benefitRecord')}</h3>
              <p className="muted">{t('prog.benefitHint')}</p>
              <ErrorSummary
                errors={applying.fieldErrors}
                formError={applying.formError}
                labels={{
                  applicationOn: t('prog.benefitApplicationOn'),
                  grantedOn: t('prog.benefitGrantedOn'),
                  granted: t('prog.benefitGrantedOn'),
                }}
              />
              <Input
                form={application}
                set={setApplication}
                name="applicationOn"
                label={t('prog.benefitApplicationOn')}
                type="date"
                errors={applying.fieldErrors}
                required
              />
              {isDirector && (
                <Input
                  form={application}
                  set={setApplication}
                  name="grantedOn"
                  label={t('prog.benefitGrantedOn')}
                  type="date"
                  errors={applying.fieldErrors}
                  hint={t('prog.benefitGrantedHint')}
                />
              )}
              <div className="buttons">
                <button type="submit" className="primary" disabled={applying.busy}>
                  {t('form.save')}
                </button>
                <button type="button" onClick={close}>
                  {t('form.cancel')}
                </button>
              </div>
            </form>
          )}
        </Toggle>
      )}
      {canEdit && p.status === 'SIGNED' && !kis && (
        <Toggle label={t('prog.extend')}>
          {(close) => (
            <form
              noValidate
              onSubmit={async (e) => {
                e.preventDefault();
                if (
                  await extending.run(() =>
                    api('POST', `${url}/extend`, {
                      months: Number(ext.months),
                      reason: ext.reason,
                      version: p.version,
                    }),
                  )
                ) {
                  close();
                  onChanged();
                }
              }}
            >
              <h3>{t('prog.extend')}</h3>
              <ErrorSummary
                errors={extending.fieldErrors}
                formError={extending.formError}
                labels={{ months: t('prog.extendMonths'), reason: t('prog.extendReason') }}
              />
              <Input
                form={ext}
                set={setExt}
                name="months"
                label={t('prog.extendMonths')}
                type="number"
                errors={extending.fieldErrors}
                required
                hint={
                  p.maxExtensionMonths !== null
                    ? t('prog.extendHint', { max: p.maxExtensionMonths, limit: p.limitEnd ?? '' })
                    : undefined
                }
              />
              <Input
                form={ext}
                set={setExt}
                name="reason"
                label={t('prog.extendReason')}
                errors={extending.fieldErrors}
                rows={2}
                required
              />
              <div className="buttons">
                <button type="submit" className="primary" disabled={extending.busy}>
                  {t('prog.extend')}
                </button>
                <button type="button" onClick={close}>
                  {t('form.cancel')}
                </button>
              </div>
            </form>
          )}
        </Toggle>
      )}
      {canEdit && p.status === 'SIGNED' && (
        <Toggle label={t('prog.exit')}>
          {(close) => (
            <form
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                setConfirmExit(true);
              }}
            >
              <ConfirmDialog
                open={confirmExit}
                title={t('confirm.exitTitle')}
                warning={t('confirm.exitWarn', { date: exit.lastDay ?? '' })}
                confirmLabel={t('exit.save')}
                onCancel={() => setConfirmExit(false)}
                onConfirm={async () => {
                  setConfirmExit(false);
                  const body = {
                    type: exit.type,
                    lastDay: exit.lastDay,
                    eventDate: continuing ? orNull(exit.eventDate) : null,
                    continuationUntil: continuing ? orNull(exit.continuationUntil) : null,
                    decisionNumber: termination ? orNull(exit.decisionNumber) : null,
                    decisionOn: termination ? orNull(exit.decisionOn) : null,
                    complaintCourt: termination ? orNull(exit.complaintCourt) : null,
                    justification: orNull(exit.justification),
                    vocationalSkills: lines(exit.vocationalSkills ?? ''),
                    socialSkills: lines(exit.socialSkills ?? ''),
                    situation: situationBody(situation),
                    version: p.version,
                  };
                  if (await exiting.run(() => api('POST', `${url}/exit`, body))) {
                    close();
                    onChanged();
                  }
                }}
              />
              <h3>{t('prog.exit')}</h3>
              <ErrorSummary
                errors={exiting.fieldErrors}
                formError={exiting.formError}
                labels={{
                  type: t('exit.type'),
                  lastDay: t('exit.lastDay'),
                  eventDate: t('exit.eventDate'),
                  continuationUntil: t('exit.continuationUntil'),
                  decisionNumber: t('exit.decisionNumber'),
                  decisionOn: t('exit.decisionOn'),
                  complaintCourt: t('exit.complaintCourt'),
                  justification: t('exit.justification'),
                }}
              />
              <Input
                form={exit}
                set={setExit}
                name="type"
                label={t('exit.type')}
                errors={exiting.fieldErrors}
                options={exitTypes.map((x) => ({ value: x, label: t(`exit.type.${x}`) }))}
              />
              <div className="row">
                <Input
                  form={exit}
                  set={setExit}
                  name="lastDay"
                  label={t('exit.lastDay')}
                  type="date"
                  errors={exiting.fieldErrors}
                  required
                />
                {continuing && (
                  <Input
                    form={exit}
                    set={setExit}
                    name="eventDate"
                    label={t('exit.eventDate')}
                    type="date"
                    errors={exiting.fieldErrors}
                    required
                  />
                )}
                {continuing && !kis && (
                  <Input
                    form={exit}
                    set={setExit}
                    name="continuationUntil"
                    label={t('exit.continuationUntil')}
                    type="date"
                    errors={exiting.fieldErrors}
                    hint={t('exit.continuationHint')}
                  />
                )}
              </div>
              {termination && (
                <div className="row">
                  <Input
                    form={exit}
                    set={setExit}
                    name="decisionNumber"
                    label={t('exit.decisionNumber')}
                    errors={exiting.fieldErrors}
                    required
                  />
                  <Input
                    form={exit}
                    set={setExit}
                    name="decisionOn"
                    label={t('exit.decisionOn')}
                    type="date"
                    errors={exiting.fieldErrors}
                    required
                  />
                  <Input
                    form={exit}
                    set={setExit}
                    name="complaintCourt"
                    label={t('exit.complaintCourt')}
                    errors={exiting.fieldErrors}
                    required
                  />
                </div>
              )}
              <SituationFields value={situation} onChange={setSituation} errors={exiting.fieldErrors} />
              <Input
                form={exit}
                set={setExit}
                name="justification"
                label={t('exit.justification')}
                errors={exiting.fieldErrors}
                rows={2}
                required={termination}
              />
              <Input
                form={exit}
                set={setExit}
                name="vocationalSkills"
                label={t('exit.vocationalSkills')}
                errors={exiting.fieldErrors}
                rows={3}
              />
              <Input
                form={exit}
                set={setExit}
                name="socialSkills"
                label={t('exit.socialSkills')}
                errors={exiting.fieldErrors}
                rows={3}
              />
              <div className="buttons">
                <button type="submit" className="primary" disabled={exiting.busy}>
                  {t('exit.save')}
                </button>
                <button type="button" onClick={close}>
                  {t('form.cancel')}
                </button>
              </div>
            </form>
          )}
        </Toggle>
      )}
      {canEdit && p.status === 'CONTINUING' && (
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (
              await closing.run(() => api('POST', `${url}/close`, { closedOn: today(), version: p.version }))
            )
              onChanged();
          }}
        >
          <ErrorSummary
            errors={closing.fieldErrors}
            formError={closing.formError}
            labels={{ closedOn: t('prog.closedOn') }}
          />
          <button type="submit" disabled={closing.busy}>
            {t('prog.close')}
          </button>
        </form>
      )}
      {p.versions.length > 0 && (
        <details>
          <summary>
            {t('prog.history')} ({p.versions.length})
          </summary>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('prog.version')}</th>
                  <th scope="col">{t('prog.change')}</th>
                  <th scope="col">{t('prog.changedFields')}</th>
                  <th scope="col">{t('prog.reason')}</th>
                  <th scope="col">{t('prog.by')}</th>
                  <th scope="col">{t('prog.when')}</th>
                </tr>
              </thead>
              <tbody>
                {p.versions.map((v) => (
                  <tr key={v.version}>
                    <td>{v.version}</td>
                    <td>{t(`prog.change.${v.changeKind}`)}</td>
                    <td>{v.changedFields.join(', ') || '—'}</td>
                    <td>{v.reason ?? '—'}</td>
                    <td>{v.changedBy ?? '—'}</td>
                    <td>{new Date(v.changedAt).toLocaleString('pl-PL')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </>
  );
}

type FollowUpItem = Pathway['followUps'][number];

function FollowUpRow({
  f,
  canEdit,
  onChanged,
  showName,
}: {
  f: FollowUpItem;
  canEdit: boolean;
  onChanged: () => void;
  showName?: boolean;
}) {
  const [form, setForm] = useState<Form>({ doneOn: today(), outcome: 'EMPLOYED', note: '' });
  const [situation, setSituation] = useState(emptySituation);
  const { fieldErrors, formError, busy, run } = useSubmit();
  return (
    <li>
      {showName && (
        <>
          <a {...linkProps(`/participants/${f.participantId}`)}>{f.participantName}</a> —{' '}
        </>
      )}
      {t(`fu.label.${f.label}`)}: {t('fu.dueOn')} {f.dueOn}
      {f.doneOn ? (
        <>
          {' '}
          — {f.doneOn}: <strong>{f.outcome ? t(`fu.outcome.${f.outcome}`) : ''}</strong>
          {f.note && ` (${f.note})`}
        </>
      ) : (
        canEdit && (
          <form
            noValidate
            className="inline-form"
            onSubmit={async (e) => {
              e.preventDefault();
              if (
                await run(() =>
                  api('POST', `/api/v1/follow-ups/${f.id}`, {
                    doneOn: form.doneOn,
                    outcome: form.outcome,
                    note: orNull(form.note),
                    situation: situationBody(situation),
                  }),
                )
              )
                onChanged();
            }}
          >
            <ErrorSummary errors={fieldErrors} formError={formError} labels={{ doneOn: t('fu.doneOn') }} />
            <div className="row">
              <Input
                form={form}
                set={setForm}
                name="doneOn"
                idSuffix={`-${f.id}`}
                label={t('fu.doneOn')}
                type="date"
                errors={fieldErrors}
              />
              <Input
                form={form}
                set={setForm}
                name="outcome"
                idSuffix={`-${f.id}`}
                label={t('fu.outcome')}
                errors={fieldErrors}
                options={FOLLOW_UP_OUTCOMES.map((o) => ({ value: o, label: t(`fu.outcome.${o}`) }))}
              />
              <Input
                form={form}
                set={setForm}
                name="note"
                idSuffix={`-${f.id}`}
                label={t('fu.note')}
                errors={fieldErrors}
              />
            </div>
            <SituationFields value={situation} onChange={setSituation} errors={fieldErrors} />
            <button type="submit" disabled={busy}>
              {t('fu.record')}
            </button>
          </form>
        )
      )}
    </li>
  );
}

function FollowUps({
  items,
  canEdit,
  onChanged,
}: {
  items: FollowUpItem[];
  canEdit: boolean;
  onChanged: () => void;
}) {
  return (
    <Section id="follow-ups" title={t('fu.title')}>
      <ul className="plain">
        {items.map((f) => (
          <FollowUpRow key={f.id} f={f} canEdit={canEdit} onChanged={onChanged} />
        ))}
      </ul>
    </Section>
  );
}

/** The centre's open follow-up reminders (social workers call people 4 weeks and 6 months after they leave). */
/** Every follow-up of the centre (open, overdue, done), filtered by state, due date and name. */
export function FollowUpsPage() {
  const [data, setData] = useState<{ items: FollowUpItem[] } | null>(null);
  const [state, setState] = useState<'open' | 'overdue' | 'done' | 'all'>('open');
  const [dueBy, setDueBy] = useState('');
  const [name, setName] = useState('');
  const load = async () => setData(await api('GET', '/api/v1/follow-ups?all=true'));
  useEffect(() => {
    void load();
  }, []);
  const today = polishDate(new Date());
  const needle = name.trim().toLocaleLowerCase('pl');
  const items = (data?.items ?? []).filter(
    (f) =>
      (state === 'all' ||
        (state === 'done' && f.doneOn) ||
        (state === 'open' && !f.doneOn) ||
        (state === 'overdue' && !f.doneOn && f.dueOn < today)) &&
      (!dueBy || f.dueOn <= dueBy) &&
      (!needle || f.participantName.toLocaleLowerCase('pl').includes(needle)),
  );
  return (
    <main id="main">
      <h1>{t('fu.page')}</h1>
      <form role="search" className="card filters" onSubmit={(e) => e.preventDefault()}>
        <Field name="fu-state" label={t('fu.filterState')}>
          {(p) => (
            <select {...p} value={state} onChange={(e) => setState(e.target.value as typeof state)}>
              {(['open', 'overdue', 'done', 'all'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`fu.state.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="fu-due" label={t('fu.filterDueBy')}>
          {(p) => <input {...p} type="date" value={dueBy} onChange={(e) => setDueBy(e.target.value)} />}
        </Field>
        <Field name="fu-name" label={t('fu.filterName')}>
          {(p) => <input {...p} type="search" value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
      </form>
      {!data ? (
        <p>{t('app.loading')}</p>
      ) : (
        <>
          <p className="muted" role="status">
            {t('fu.shown', { count: items.length })}
          </p>
          {items.length === 0 ? (
            <p>{t('fu.none')}</p>
          ) : (
            <ul className="plain">
              {items.map((f) => (
                <FollowUpRow key={f.id} f={f} canEdit onChanged={load} showName />
              ))}
            </ul>
          )}
        </>
      )}
    </main>
  );
}
