import { BonusProposalCreateSchema } from '../../../src/contracts/payroll.contract';
import { api } from '../api';
import { ErrorSummary } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { formatMoney, t } from '../i18n';
import { useApiQuery } from '../query';
import { zlotyText, zlotyTextToGrosze } from '../components/zloty-text';
import { AmountFields, type Person } from './payroll-amount-fields';
import './attendance.i18n';
import './payroll.i18n';

type Suggestion = { participantId: string; name: string; amountGrosze: number; justification: string };

export type SavedBonus = { participantId: string; amountGrosze: number; limitGrosze: number };

type BonusForm = { participantId: string; amountGrosze: string; justification: string };

/** The contract's checks on the text the form holds: the amount typed in złoty, sent in grosze. */
const bonusForm = BonusProposalCreateSchema.omit({ month: true }).extend({
  amountGrosze: zlotyText(BonusProposalCreateSchema.shape.amountGrosze),
});

/** The director's bonus (art. 15a): the suggested amounts to confirm, or one typed with its justification. */
export function BonusForm({
  month,
  people,
  onDone,
}: {
  month: string;
  people: Person[];
  onDone: (saved: SavedBonus) => void;
}) {
  const suggestionsQuery = useApiQuery<{
    percent: number | null;
    items: Suggestion[];
    monthComplete?: boolean;
  }>(`/api/v1/payroll/${month}/bonus-suggestions`);
  const suggestions = suggestionsQuery.data ?? null;
  const typed = useApiForm<BonusForm>({
    defaultValues: { participantId: people[0]?.participantId ?? '', amountGrosze: '', justification: '' },
    schema: bonusForm,
  });
  // Confirming a suggestion sends its own amount: the typed fields are not checked for it.
  const confirm = useApiForm<Record<string, never>>({ defaultValues: {} });
  const { register, onSubmit } = typed;
  const fieldErrors = { ...confirm.fieldErrors, ...typed.fieldErrors };
  const formError = typed.formError ?? confirm.formError;
  const busy = typed.busy || confirm.busy;
  const save = (body: { participantId: string; amountGrosze: number; justification: string }) =>
    api<SavedBonus>('POST', '/api/v1/payroll/bonuses', { month, ...body }).then(onDone);
  const submit = onSubmit((v) =>
    save({
      participantId: v.participantId,
      amountGrosze: zlotyTextToGrosze(v.amountGrosze) as number,
      justification: v.justification,
    }),
  );
  return (
    <section className="card" aria-labelledby="bonus">
      <h2 id="bonus">{t('pay.bonusTitle')}</h2>
      <p className="hint">{t('pay.bonusHint')}</p>
      {suggestions?.percent != null && suggestions.monthComplete === false && (
        <p className="hint">{t('pay.suggestionsLater', { percent: suggestions.percent })}</p>
      )}
      {suggestions && suggestions.items.length > 0 && (
        <div className="subform">
          <h3>{t('pay.suggestions', { percent: suggestions.percent ?? 0 })}</h3>
          <ul className="plain">
            {suggestions.items.map((x) => (
              <li key={x.participantId}>
                {x.name}: <strong>{formatMoney(x.amountGrosze)}</strong>{' '}
                <button
                  type="button"
                  onClick={() =>
                    void confirm.onSubmit(() => {
                      typed.form.clearErrors();
                      return save({
                        participantId: x.participantId,
                        amountGrosze: x.amountGrosze,
                        justification: x.justification,
                      });
                    })()
                  }
                >
                  {t('pay.confirm')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form noValidate onSubmit={submit}>
        <ErrorSummary
          errors={fieldErrors}
          formError={formError}
          labels={{
            amountGrosze: t('pay.amount'),
            justification: t('pay.justification'),
            participantId: t('att.person'),
          }}
        />
        <AmountFields
          register={register}
          errors={fieldErrors}
          people={people}
          personId="bonus-person"
          amountLabel={t('pay.amount')}
          note={{ name: 'justification', label: t('pay.justification') }}
          submitLabel={t('pay.bonusSave')}
          busy={busy}
        />
      </form>
    </section>
  );
}
