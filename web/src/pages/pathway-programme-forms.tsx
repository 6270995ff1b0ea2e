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
import { type ContentForm, contentBody, contentForm, ProgrammeFields } from './pathway-programme-content';
import { orNull, today, Toggle } from './pathway-shared';
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
    <Toggle label={signed ? t('prog.amend') : t('prog.saveDraft')}>
      {(close) => (
        <form
          noValidate
          onSubmit={amending.onSubmit(async (v) => {
            await api('PATCH', url, bodyOf(v));
            close();
            onChanged();
          })}
        >
          <h3>{signed ? t('prog.amend') : t('prog.saveDraft')}</h3>
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
          <div className="buttons">
            <button type="submit" className="primary" disabled={amending.busy}>
              {signed ? t('prog.saveAmend') : t('prog.saveDraft')}
            </button>
            <button type="button" onClick={close}>
              {t('form.cancel')}
            </button>
          </div>
        </form>
      )}
    </Toggle>
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
    <Toggle label={t('prog.benefitRecord')}>
      {(close) => (
        <form
          noValidate
          onSubmit={applying.onSubmit(async (v) => {
            await api('PUT', `${url}/benefit-application`, bodyOf(v));
            close();
            onChanged();
          })}
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
    <Toggle label={t('prog.extend')}>
      {(close) => (
        <form
          noValidate
          onSubmit={extending.onSubmit(async (v) => {
            await api('POST', `${url}/extend`, bodyOf(v));
            close();
            onChanged();
          })}
        >
          <h3>{t('prog.extend')}</h3>
          <ErrorSummary
            errors={extending.fieldErrors}
            formError={extending.formError}
            labels={{ months: t('prog.extendMonths'), reason: t('prog.extendReason') }}
          />
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
