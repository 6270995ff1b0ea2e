/** A programme's changes: signing, amendment, the benefit application, extension and closing. */
import { useState } from 'react';
import { z } from 'zod';
import {
  BenefitApplicationSchema,
  type Programme,
  ProgrammeAmendSchema,
  ProgrammeExtendSchema,
  ProgrammeSignSchema,
} from '../../../src/contracts/pathway-programme.contract';
import { api } from '../api';
import { ConfirmDialog } from '../components/confirm';
import { ErrorSummary } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { FormInput } from './pathway-field';
import { ToggleForm } from './pathway-form';
import { type ContentForm, contentBody, contentForm, ProgrammeFields } from './pathway-programme-content';
import { orNull, today } from './pathway-shared';
import './pathway.i18n';

export type ProgrammeFormProps = {
  /** The programme's API address. */
  url: string;
  p: Programme;
  kis: boolean;
  isDirector: boolean;
  onChanged: () => void;
};

/** The director signs the draft; the dialog says before anything is sent that it cannot be undone. */
export function SignProgramme({ url, p, onChanged }: ProgrammeFormProps) {
  const [confirm, setConfirm] = useState(false);
  const bodyOf = (v: { signedOn: string }) => ({ signedOn: v.signedOn, version: p.version });
  const sign = useApiForm<{ signedOn: string }>({
    defaultValues: { signedOn: p.admissionDate <= today() ? p.admissionDate : today() },
    schema: z.preprocess((v) => bodyOf(v as { signedOn: string }), ProgrammeSignSchema),
  });
  return (
    <form noValidate className="subform" onSubmit={sign.form.handleSubmit(() => setConfirm(true))}>
      <ConfirmDialog
        open={confirm}
        title={t('confirm.signTitle', { number: p.number })}
        warning={t(p.kind === 'KIS_CONTRACT' ? 'confirm.signWarnKis' : 'confirm.signWarn', {
          date: sign.form.getValues('signedOn') ?? '',
        })}
        confirmLabel={t('prog.sign')}
        onCancel={() => setConfirm(false)}
        onConfirm={async () => {
          setConfirm(false);
          await sign.onSubmit(async (v) => {
            await api('POST', `${url}/sign`, bodyOf(v));
            onChanged();
          })();
        }}
      />
      <h3>{t('prog.sign')}</h3>
      <p className="hint">{t('prog.signHint')}</p>
      <ErrorSummary
        errors={sign.fieldErrors}
        formError={sign.formError}
        labels={{ signedOn: t('prog.signedOn') }}
      />
      <FormInput
        register={sign.register}
        name="signedOn"
        label={t('prog.signedOn')}
        type="date"
        errors={sign.fieldErrors}
        required
      />
      <button type="submit" className="primary" disabled={sign.busy}>
        {t('prog.sign')}
      </button>
    </form>
  );
}

/** The draft saved again, or an amendment of the signed programme with its reason (versioned). */
export function AmendProgramme({ url, p, kis, onChanged }: ProgrammeFormProps) {
  const signed = p.status === 'SIGNED';
  const bodyOf = (v: ContentForm) => {
    const body = { ...contentBody(v, kis), reason: orNull(v.reason), version: p.version };
    if (signed) delete (body as { admissionDate?: string }).admissionDate;
    return body;
  };
  const amending = useApiForm<ContentForm>({
    defaultValues: contentForm(p),
    schema: z.preprocess((v) => bodyOf(v as ContentForm), ProgrammeAmendSchema),
  });
  return (
    <ToggleForm
      toggle={signed ? t('prog.amend') : t('prog.saveDraft')}
      form={amending}
      send={(v) => api('PATCH', url, bodyOf(v))}
      onDone={onChanged}
      title={signed ? t('prog.amend') : t('prog.saveDraft')}
      labels={{
        reason: t('prog.amendReason'),
        weeklyHours: t('prog.weeklyHours'),
        admissionDate: t('prog.admissionDate'),
      }}
      submitLabel={signed ? t('prog.saveAmend') : t('prog.saveDraft')}
    >
      <ProgrammeFields
        register={amending.register}
        errors={amending.fieldErrors}
        kis={kis}
        lockAdmission={signed}
      />
      <FormInput
        register={amending.register}
        name="reason"
        label={t('prog.amendReason')}
        errors={amending.fieldErrors}
        rows={2}
        required={signed}
      />
    </ToggleForm>
  );
}

type ApplicationForm = { applicationOn: string; grantedOn: string };

/** The participant's application for the integration benefit, and the director's grant (art. 15 ust. 4). */
export function BenefitApplicationForm({ url, p, isDirector, onChanged }: ProgrammeFormProps) {
  const bodyOf = (v: ApplicationForm) => {
    const granted = isDirector ? v.grantedOn !== '' : p.benefitGrantedOn !== null;
    return {
      applicationOn: v.applicationOn,
      granted,
      grantedOn: isDirector && granted ? v.grantedOn : undefined,
      version: p.version,
    };
  };
  const applying = useApiForm<ApplicationForm>({
    defaultValues: { applicationOn: p.benefitApplicationOn ?? '', grantedOn: p.benefitGrantedOn ?? '' },
    schema: z.preprocess((v) => bodyOf(v as ApplicationForm), BenefitApplicationSchema),
  });
  return (
    <ToggleForm
      toggle={t('prog.benefitRecord')}
      form={applying}
      send={(v) => api('PUT', `${url}/benefit-application`, bodyOf(v))}
      onDone={onChanged}
      title={t('prog.benefitRecord')}
      hint={t('prog.benefitHint')}
      labels={{
        applicationOn: t('prog.benefitApplicationOn'),
        grantedOn: t('prog.benefitGrantedOn'),
        granted: t('prog.benefitGrantedOn'),
      }}
      submitLabel={t('form.save')}
    >
      <FormInput
        register={applying.register}
        name="applicationOn"
        label={t('prog.benefitApplicationOn')}
        type="date"
        errors={applying.fieldErrors}
        required
      />
      {isDirector && (
        <FormInput
          register={applying.register}
          name="grantedOn"
          label={t('prog.benefitGrantedOn')}
          type="date"
          errors={applying.fieldErrors}
          hint={t('prog.benefitGrantedHint')}
        />
      )}
    </ToggleForm>
  );
}

type ExtendForm = { months: string; reason: string };

/** An extension of the signed IPZS (months typed as text, checked by the contract as a whole number). */
export function ExtendProgramme({ url, p, onChanged }: ProgrammeFormProps) {
  const bodyOf = (v: ExtendForm) => ({ months: Number(v.months), reason: v.reason, version: p.version });
  const extending = useApiForm<ExtendForm>({
    defaultValues: { months: '6', reason: '' },
    schema: z.preprocess((v) => bodyOf(v as ExtendForm), ProgrammeExtendSchema),
  });
  return (
    <ToggleForm
      toggle={t('prog.extend')}
      form={extending}
      send={(v) => api('POST', `${url}/extend`, bodyOf(v))}
      onDone={onChanged}
      title={t('prog.extend')}
      labels={{ months: t('prog.extendMonths'), reason: t('prog.extendReason') }}
      submitLabel={t('prog.extend')}
    >
      <FormInput
        register={extending.register}
        name="months"
        label={t('prog.extendMonths')}
        type="number"
        errors={extending.fieldErrors}
        required
        {...(p.maxExtensionMonths !== null
          ? { hint: t('prog.extendHint', { max: p.maxExtensionMonths, limit: p.limitEnd ?? '' }) }
          : {})}
      />
      <FormInput
        register={extending.register}
        name="reason"
        label={t('prog.extendReason')}
        errors={extending.fieldErrors}
        rows={2}
        required
      />
    </ToggleForm>
  );
}

/** Closes a programme that continued without participation (today). */
export function CloseProgramme({ url, p, onChanged }: ProgrammeFormProps) {
  const closing = useApiForm<Record<string, never>>({ defaultValues: {} });
  return (
    <form
      noValidate
      onSubmit={closing.onSubmit(async () => {
        await api('POST', `${url}/close`, { closedOn: today(), version: p.version });
        onChanged();
      })}
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
  );
}
