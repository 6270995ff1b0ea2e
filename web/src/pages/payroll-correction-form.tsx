import { CorrectionCreateSchema } from '../../../src/contracts/payroll.contract';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { zlotyText, zlotyTextToGrosze } from '../components/zloty-text';
import { AmountFields, type Person } from './payroll-amount-fields';
import './attendance.i18n';
import './payroll.i18n';

type CorrectionForm = { participantId: string; settleMonth: string; amountGrosze: string; reason: string };

/** The contract's checks on the text the form holds: a signed amount typed in złoty, sent in grosze. */
const correctionForm = CorrectionCreateSchema.omit({ concernsMonth: true }).extend({
  amountGrosze: zlotyText(CorrectionCreateSchema.shape.amountGrosze, true),
});

/** A correction of a closed month, settled in a later month's payroll. */
export function CorrectionForm({
  month,
  people,
  onDone,
}: {
  month: string;
  people: Person[];
  onDone: (text: string) => void;
}) {
  const { register, fieldErrors, formError, busy, onSubmit } = useApiForm<CorrectionForm>({
    defaultValues: {
      participantId: people[0]?.participantId ?? '',
      settleMonth: '',
      amountGrosze: '',
      reason: '',
    },
    schema: correctionForm,
  });
  const submit = onSubmit(async (v) => {
    await api('POST', '/api/v1/payroll/corrections', {
      participantId: v.participantId,
      concernsMonth: month,
      settleMonth: v.settleMonth,
      amountGrosze: zlotyTextToGrosze(v.amountGrosze, true),
      reason: v.reason,
    });
    onDone(t('pay.correctionSaved', { month: v.settleMonth }));
  });
  return (
    <section className="card" aria-labelledby="correction">
      <h2 id="correction">{t('pay.correctionTitle')}</h2>
      <p className="hint">{t('pay.correctionHint')}</p>
      <form noValidate onSubmit={submit}>
        <ErrorSummary
          errors={fieldErrors}
          formError={formError}
          labels={{
            amountGrosze: t('pay.amount'),
            reason: t('pay.reason'),
            settleMonth: t('pay.settleMonth'),
          }}
        />
        <AmountFields
          register={register}
          errors={fieldErrors}
          people={people}
          personId="corr-person"
          amountLabel={t('pay.correctionAmount')}
          note={{ name: 'reason', label: t('pay.reason') }}
          submitLabel={t('pay.correctionSave')}
          busy={busy}
        >
          <Field name="settleMonth" label={t('pay.settleMonth')} error={fieldErrors.settleMonth} required>
            {(p) => <input {...p} type="month" {...register('settleMonth')} />}
          </Field>
        </AmountFields>
      </form>
    </section>
  );
}
