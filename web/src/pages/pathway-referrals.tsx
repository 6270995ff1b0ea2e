/** Referrals and their documents (the first step of the pathway). */
import { useState } from 'react';
import { z } from 'zod';
import {
  type ApplicantTypeSchema,
  type Referral,
  ReferralCreateSchema,
} from '../../../src/contracts/pathway.contract';
import type { Partner } from '../../../src/contracts/partner.contract';
import {
  APPLICANT_TYPES,
  DOCUMENT_KINDS,
  DocumentKindSchema,
  MAX_SCAN_BYTES,
} from '../../../src/contracts/pathway.contract';
import { api, apiUpload } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { td, t } from '../i18n';
import { useApiQuery } from '../query';
import { FormInput } from './pathway-field';
import { ToggleForm } from './pathway-form';
import { INSTITUTIONS, orNull, type SectionProps, Section, today } from './pathway-shared';
import './partners.i18n';
import './pathway.i18n';

type ReferralForm = {
  applicantType: z.infer<typeof ApplicantTypeSchema>;
  referringBodyKind: 'OPS' | 'PUP';
  referringBody: string;
  referringBodyAddress: string;
  referredOn: string;
  receivedOn: string;
  consentGiven: boolean;
  consentOn: string;
  opsOpinionOn: string;
  opsOpinion: string;
  notes: string;
  partnerId: string;
};

const emptyReferral = (): ReferralForm => ({
  applicantType: 'OPS',
  referringBodyKind: 'OPS',
  referringBody: '',
  referringBodyAddress: '',
  referredOn: '',
  receivedOn: today(),
  consentGiven: false,
  consentOn: '',
  opsOpinionOn: '',
  opsOpinion: '',
  notes: '',
  partnerId: '',
});

/** The referral as sent: a field left blank is no value. */
const referralBody = (form: ReferralForm) => ({
  ...form,
  consentOn: orNull(form.consentOn),
  opsOpinionOn: orNull(form.opsOpinionOn),
  referringBody: orNull(form.referringBody),
  referringBodyAddress: orNull(form.referringBodyAddress),
  opsOpinion: orNull(form.opsOpinion),
  notes: orNull(form.notes),
  partnerId: orNull(form.partnerId),
});

type DocumentForm = { kind: string; description: string; file: FileList | null };

/** The upload's own checks, as the server makes them (a file chosen, at most 10 MB, a short description). */
const documentForm = z.object({
  kind: DocumentKindSchema,
  description: z.string().refine((v) => v.trim().length <= 500, { error: 'Najwyżej 500 znaków.' }),
  file: z
    .custom<FileList | null>((v) => !!(v as FileList | null)?.length, {
      error: 'Wybierz plik do przesłania.',
    })
    .refine((v) => (v?.[0]?.size ?? 0) <= MAX_SCAN_BYTES, {
      error: `Plik jest za duży: najwyżej ${MAX_SCAN_BYTES / 1024 / 1024} MB.`,
    }),
});

/** The browser checks exactly what the server will (consent of an institution's applicant, date order). */
const referralForm = z.preprocess((v) => referralBody(v as ReferralForm), ReferralCreateSchema);

export function Referrals({ base, pathway, canEdit, onChanged }: SectionProps) {
  const referral = useApiForm<ReferralForm>({ defaultValues: emptyReferral(), schema: referralForm });
  const { register, form, fieldErrors } = referral;
  // The partner picker (issue 16): a partner from the registry fills in the referring body.
  const partnerList = useApiQuery<{ items: Partner[] }>('/api/v1/partners', { enabled: canEdit });
  const partners = canEdit ? (partnerList.data?.items ?? []) : [];
  const applicantType = form.watch('applicantType');
  const institution = INSTITUTIONS.has(applicantType);
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
        <ToggleForm
          toggle={t('ref.add')}
          open={pathway.referrals.length === 0}
          form={referral}
          send={async (values) => {
            await api('POST', `${base}/referrals`, referralBody(values));
            form.reset(emptyReferral());
          }}
          onDone={onChanged}
          title={t('ref.add')}
          labels={labels}
          submitLabel={t('form.save')}
        >
          <div className="row">
            <FormInput
              register={register}
              name="applicantType"
              label={labels.applicantType}
              errors={fieldErrors}
              required
              options={APPLICANT_TYPES.map((a) => ({ value: a, label: t(`ref.applicant.${a}`) }))}
            />
            <FormInput
              register={register}
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
                  {...register('partnerId', {
                    onChange: (e: { target: { value: string } }) => {
                      const chosen = partners.find((x) => x.id === e.target.value);
                      if (!chosen) return;
                      form.setValue('referringBody', chosen.name);
                      form.setValue('referringBodyAddress', chosen.address ?? '');
                    },
                  })}
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
            <FormInput
              register={register}
              name="referringBody"
              label={labels.referringBody}
              errors={fieldErrors}
              required
            />
            <FormInput
              register={register}
              name="referringBodyAddress"
              label={t('ref.bodyAddress')}
              errors={fieldErrors}
            />
          </div>
          <div className="row">
            <FormInput
              register={register}
              name="referredOn"
              label={labels.referredOn}
              type="date"
              errors={fieldErrors}
              required
            />
            <FormInput
              register={register}
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
                    aria-describedby="consent-hint"
                    aria-invalid={fieldErrors.consentGiven ? true : undefined}
                    {...register('consentGiven')}
                  />{' '}
                  {labels.consentGiven}
                </label>
                <p className="hint" id="consent-hint">
                  {t('ref.consentHint')}
                </p>
                {fieldErrors.consentGiven && <p className="field-error">{fieldErrors.consentGiven}</p>}
              </div>
              <FormInput
                register={register}
                name="consentOn"
                label={labels.consentOn}
                type="date"
                errors={fieldErrors}
              />
            </div>
          )}
          {pathway.opsOpinionRequired && <p className="hint">{t('ref.opsRequired')}</p>}
          <div className="row">
            <FormInput
              register={register}
              name="opsOpinionOn"
              label={labels.opsOpinionOn}
              type="date"
              errors={fieldErrors}
            />
            <FormInput
              register={register}
              name="opsOpinion"
              label={t('ref.opsOpinion')}
              errors={fieldErrors}
              rows={2}
            />
          </div>
        </ToggleForm>
      )}
    </Section>
  );
}

export function Documents({ base, pathway, canEdit, onChanged }: SectionProps) {
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<DocumentForm>({
    defaultValues: { kind: 'REFERRAL', description: '', file: null },
    schema: documentForm,
  });
  const [done, setDone] = useState<string | null>(null);
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
          onSubmit={(e) => {
            setDone(null);
            return onSubmit(async (values) => {
              const upload = new FormData();
              upload.append('kind', values.kind);
              if (values.description.trim()) upload.append('description', values.description.trim());
              if (pathway.referrals[0]) upload.append('referralId', pathway.referrals[0].id);
              const file = values.file?.[0];
              if (file) upload.append('file', file, file.name);
              const saved = await apiUpload<{ fileName: string }>(`${base}/documents`, upload);
              setDone(t('doc.uploaded', { name: saved.fileName }));
              form.reset();
              onChanged();
            })(e);
          }}
        >
          <ErrorSummary
            errors={fieldErrors}
            formError={formError}
            labels={{ file: t('doc.file'), kind: t('doc.kind'), description: t('doc.description') }}
          />
          <div className="row">
            <Field name="doc-kind" label={t('doc.kind')}>
              {(p) => (
                <select {...p} {...register('kind')}>
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
                  {...register('file')}
                />
              )}
            </Field>
            <Field name="doc-description" label={t('doc.description')} error={fieldErrors.description}>
              {(p) => <input {...p} {...register('description')} />}
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
