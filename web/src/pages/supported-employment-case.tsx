import { useEffect, useState } from 'react';
import { IsoDateSchema } from '../../../src/contracts/common';
import {
  type SupportedEmployment,
  SupportedReferralSchema,
} from '../../../src/contracts/supported-employment.contract';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { orEmpty, useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { useApiQuery } from '../query';
import { linkProps } from '../router';
import { ClaimForm, Claims } from './supported-employment-claims';
import './placements.i18n';

type Key = Parameters<typeof t>[0];

/** One supported-employment case: the application, the PUP referral and agreement, the refunds month by month. */
export function SupportedCase({
  s,
  canManage,
  onChanged,
}: {
  s: SupportedEmployment;
  canManage: boolean;
  onChanged: (next: SupportedEmployment) => void;
}) {
  const [editing, setEditing] = useState(false);
  const headingId = `case-${s.id}`;
  const row = (label: string, value: string | null | undefined) => (
    <div>
      <dt>{label}</dt>
      <dd>{value || '—'}</dd>
    </div>
  );
  return (
    <section className="card" aria-labelledby={headingId} id={`sup-${s.id}`}>
      <h2 id={headingId}>
        <a {...linkProps(`/participants/${s.participant.id}`)}>{s.participant.name}</a> —{' '}
        {t(`sup.form.${s.form}` as Key)}
      </h2>
      <dl className="facts">
        {row(t('sup.appliedOn'), s.appliedOn)}
        {row(t('sup.justificationShort'), s.justification)}
        {row(t('sup.pupReferralOn'), s.pupReferralOn)}
        {row(t('sup.pupName'), s.pupName)}
        {row(t('sup.employer'), s.employer?.name)}
        {row(
          t('sup.agreement'),
          s.starostaAgreementOn
            ? `${s.starostaAgreementNumber ?? t('sup.noNumber')}, ${s.starostaAgreementOn}`
            : null,
        )}
        {row(
          t('sup.employment'),
          s.employmentFrom ? `${s.employmentFrom} – ${s.employmentUntil ?? t('sup.indefinite')}` : null,
        )}
      </dl>
      {canManage &&
        (editing || !s.employmentFrom ? (
          <ReferralForm
            s={s}
            onCancel={s.employmentFrom ? () => setEditing(false) : undefined}
            onSaved={(next) => {
              setEditing(false);
              onChanged(next);
            }}
          />
        ) : (
          <p className="buttons">
            <button type="button" onClick={() => setEditing(true)}>
              {t('sup.editReferral')}
            </button>
          </p>
        ))}
      {s.employmentFrom && <Claims s={s} from={s.employmentFrom} />}
      {canManage && s.employmentFrom && <ClaimForm s={s} from={s.employmentFrom} onSaved={onChanged} />}
    </section>
  );
}

type ReferralValues = {
  pupReferralOn: string;
  pupName: string;
  employerPartnerId: string;
  starostaAgreementNumber: string;
  starostaAgreementOn: string;
  employmentFrom: string;
  employmentUntil: string;
};
/** The contract's checks on the form's text (an open-ended employment leaves its end blank). */
const referralForm = SupportedReferralSchema.omit({ version: true }).extend({
  employmentUntil: orEmpty(IsoDateSchema),
});

function ReferralForm({
  s,
  onSaved,
  onCancel,
}: {
  s: SupportedEmployment;
  onSaved: (next: SupportedEmployment) => void;
  onCancel: (() => void) | undefined;
}) {
  const { register, fieldErrors, formError, busy, onSubmit, form } = useApiForm<ReferralValues>({
    defaultValues: {
      pupReferralOn: s.pupReferralOn ?? '',
      pupName: s.pupName ?? '',
      employerPartnerId: s.employer?.id ?? '',
      starostaAgreementNumber: s.starostaAgreementNumber ?? '',
      starostaAgreementOn: s.starostaAgreementOn ?? '',
      employmentFrom: s.employmentFrom ?? '',
      employmentUntil: s.employmentUntil ?? '',
    },
    schema: referralForm,
  });
  const list = useApiQuery<{ items: { id: string; name: string; kind: string }[] }>('/api/v1/partners').data;
  const partners = list?.items ?? [];
  // The employer already recorded is chosen in the list once its options have come.
  useEffect(() => {
    if (list) form.setValue('employerPartnerId', form.getValues('employerPartnerId'));
  }, [list]);
  const labels: Record<string, string> = {
    pupReferralOn: t('sup.pupReferralOn'),
    pupName: t('sup.pupName'),
    employerPartnerId: t('sup.employer'),
    starostaAgreementNumber: t('sup.agreementNumber'),
    starostaAgreementOn: t('sup.agreementOn'),
    employmentFrom: t('sup.employmentFrom'),
    employmentUntil: t('sup.employmentUntil'),
  };
  const p = `ref-${s.id.slice(0, 8)}-`;
  const submit = onSubmit(async (v) =>
    onSaved(
      await api<SupportedEmployment>('PUT', `/api/v1/supported-employment/${s.id}/referral`, {
        ...v,
        pupName: v.pupName || null,
        starostaAgreementNumber: v.starostaAgreementNumber || null,
        employmentUntil: v.employmentUntil || null,
        version: s.version,
      }),
    ),
  );
  const date = (name: keyof ReferralValues, required = true) => (
    <Field name={`${p}${name}`} label={labels[name]!} error={fieldErrors[name]} required={required}>
      {(f) => <input {...f} type="date" {...register(name)} />}
    </Field>
  );
  const offices = partners.filter((x) => x.kind === 'LABOUR_OFFICE');
  return (
    <form onSubmit={submit} noValidate className="subform">
      <h3>{t('sup.referralTitle')}</h3>
      <ErrorSummary
        errors={Object.fromEntries(Object.entries(fieldErrors).map(([k, m]) => [`${p}${k}`, m]))}
        formError={formError}
        labels={Object.fromEntries(Object.entries(labels).map(([k, l]) => [`${p}${k}`, l]))}
      />
      {date('pupReferralOn')}
      <Field name={`${p}pupName`} label={labels.pupName!} error={fieldErrors.pupName}>
        {(f) => (
          <>
            <input {...f} list={`${p}offices`} {...register('pupName')} />
            <datalist id={`${p}offices`}>
              {offices.map((o) => (
                <option key={o.id} value={o.name} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <Field
        name={`${p}employerPartnerId`}
        label={labels.employerPartnerId!}
        error={fieldErrors.employerPartnerId}
        required
      >
        {(f) => (
          <select {...f} {...register('employerPartnerId')}>
            <option value="">{t('plc.choose')}</option>
            {partners
              .filter((x) => x.kind !== 'LABOUR_OFFICE')
              .map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
          </select>
        )}
      </Field>
      <Field
        name={`${p}starostaAgreementNumber`}
        label={labels.starostaAgreementNumber!}
        error={fieldErrors.starostaAgreementNumber}
      >
        {(f) => <input {...f} {...register('starostaAgreementNumber')} />}
      </Field>
      {date('starostaAgreementOn')}
      {date('employmentFrom')}
      {date('employmentUntil', false)}
      <p className="hint">{t('sup.employmentHint')}</p>
      <p className="buttons">
        <button type="submit" className="primary" disabled={busy}>
          {t('sup.saveReferral')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('sup.cancel')}
          </button>
        )}
      </p>
    </form>
  );
}
