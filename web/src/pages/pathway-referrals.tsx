/** Referrals and their documents (the first step of the pathway). */
import { useEffect, useState } from 'react';
import type { Pathway, Referral } from '../../../src/contracts/pathway.contract';
import type { Partner } from '../../../src/contracts/partner.contract';
import { APPLICANT_TYPES, DOCUMENT_KINDS } from '../../../src/contracts/pathway.contract';
import { api, apiUpload } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { td, t } from '../i18n';
import { type Form, INSTITUTIONS, orNull, today, Input, Section, Toggle } from './pathway-shared';
import './partners.i18n';
import './pathway.i18n';

export function Referrals({
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
                  options={['OPS', 'PUP'].map((a) => ({ value: a, label: td(`ref.bodyKind.${a}`) }))}
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

export function Documents({
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
