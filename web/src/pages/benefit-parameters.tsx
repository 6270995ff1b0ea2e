import { useEffect, useState } from 'react';
import { z } from 'zod';
import { BenefitParametersSchema } from '../../../src/domain/benefit/parameters';
import { api } from '../api';
import { ErrorSummary } from '../components/form';
import { numberText, useApiForm } from '../components/use-api-form';
import { t, td } from '../i18n';
import { invalidate, useApiQuery } from '../query';
import type { Params } from './benefit-types';

type ParametersForm = { parameters: Record<string, string> };

/**
 * The parameters that are numbers, typed as text ("7" or "7,5"): each checked by the domain's own rule
 * before anything is sent, a text that is no number refused at its field; blank is "none" where the
 * parameter may be empty. The other parameters are left to the server, which checks them by key.
 */
const numberParameters = Object.fromEntries(
  Object.entries(BenefitParametersSchema.shape).flatMap(([key, withDefault]) => {
    const schema = withDefault.unwrap();
    const nullable = schema instanceof z.ZodNullable;
    const rule = nullable ? schema.unwrap() : schema;
    if (!(rule instanceof z.ZodNumber)) return [];
    const text = numberText(z.number({ error: () => t('benefit.numberInvalid') }).pipe(rule));
    const field = nullable
      ? z
          .string()
          .transform((v) => (v.trim() === '' ? null : v))
          .pipe(text.nullable())
      : text;
    return [[key, field.optional()]];
  }),
);
const parametersForm = z.object({ parameters: z.looseObject(numberParameters) });

const asText = (d: Params): ParametersForm => ({
  parameters: Object.fromEntries(
    Object.entries(d.parameters).map(([k, v]) => [k, v === null ? '' : String(v)]),
  ),
});

/** The centre's benefit parameters (the values the regulations leave to it), with their sources. */
export function Parameters({ canEdit }: { canEdit: boolean }) {
  const data = useApiQuery<Params>('/api/v1/centre/benefit-parameters').data;
  const [saved, setSaved] = useState(false);
  // The server checks each parameter by its key (the contract takes any record): its answer is shown at the field.
  const { register, fieldErrors, formError, busy, onSubmit, form } = useApiForm<ParametersForm>({
    defaultValues: { parameters: {} },
    schema: parametersForm,
  });
  useEffect(() => {
    if (data) form.reset(asText(data));
  }, [data, form]);
  const submit = onSubmit(async (v) => {
    if (!data) return;
    setSaved(false);
    // The checked values as sent: the numbers as numbers ("7,5" → 7.5, a blank limit → null), the rest as typed.
    const { parameters } = parametersForm.parse(v);
    await api('PUT', '/api/v1/centre/benefit-parameters', { parameters });
    setSaved(true);
    await invalidate('/api/v1/centre/benefit-parameters');
  });
  if (!data) return null;
  return (
    <section className="card" aria-labelledby="params">
      <h2 id="params">{t('benefit.parameters')}</h2>
      <p className="muted">{t('benefit.parametersIntro', { ruleSet: data.ruleSetLabel })}</p>
      <div role="status" aria-live="polite">
        {saved && <p className="alert alert-ok">{t('form.saved')}</p>}
      </div>
      <form noValidate onSubmit={submit}>
        <ErrorSummary
          errors={fieldErrors}
          formError={formError}
          labels={Object.fromEntries(data.descriptions.map((d) => [`parameters.${d.key}`, d.label]))}
        />
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{t('benefit.parameters')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('benefit.parameter')}</th>
                <th scope="col">{t('benefit.value')}</th>
                <th scope="col">{t('benefit.source')}</th>
              </tr>
            </thead>
            <tbody>
              {data.descriptions.map((d) => (
                <tr key={d.key}>
                  <td>
                    <label htmlFor={`f-parameters-${d.key}`}>{d.label}</label>
                  </td>
                  <td>
                    {d.options ? (
                      <select
                        id={`f-parameters-${d.key}`}
                        disabled={!canEdit}
                        {...register(`parameters.${d.key}`)}
                      >
                        {d.options.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <input
                        id={`f-parameters-${d.key}`}
                        disabled={!canEdit}
                        aria-invalid={fieldErrors[`parameters.${d.key}`] ? true : undefined}
                        {...register(`parameters.${d.key}`)}
                      />
                    )}
                    {fieldErrors[`parameters.${d.key}`] && (
                      <p className="field-error">{fieldErrors[`parameters.${d.key}`]}</p>
                    )}
                  </td>
                  <td className="small">
                    {d.source}{' '}
                    <span className={`badge conf-${d.confidence}`}>{td(`confidence.${d.confidence}`)}</span>
                    {d.note && <p className="muted">{d.note}</p>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {canEdit && (
          <button type="submit" className="primary" disabled={busy}>
            {t('form.save')}
          </button>
        )}
      </form>
      <h3>{t('benefit.rulesInForce')}</h3>
      <ul className="rules">
        {data.rules.map((r) => (
          <li key={r.key}>
            <strong>{r.label}:</strong> {r.value}{' '}
            <span className="muted">
              ({r.article}; {r.setBy === 'centre' ? t('benefit.setByCentre') : t('benefit.setByLaw')};{' '}
              {r.confidenceLabel})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
