import { useCallback, useEffect, useState } from 'react';
import type { SupportedEmployment } from '../../../src/contracts/supported-employment.contract';
import { SUPPORTED_FORMS } from '../../../src/domain/placements/supported-employment';
import { api } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { td, t } from '../i18n';

const zl = (g: number) => `${(g / 100).toFixed(2).replace('.', ',')} zł`;

/** Supported employment (art. 15b–16): the cases with their employer and refunds, and a new joint application. */
export function SupportedEmploymentPage({ canManage }: { canManage: boolean }) {
  const [items, setItems] = useState<SupportedEmployment[] | null>(null);
  const load = useCallback(
    async () =>
      setItems((await api<{ items: SupportedEmployment[] }>('GET', '/api/v1/supported-employment')).items),
    [],
  );
  useEffect(() => void load(), [load]);
  return (
    <main id="main">
      <h1>{t('sup.title')}</h1>
      {items === null ? (
        <p>{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <p>{t('sup.none')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{t('sup.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plc.person')}</th>
                <th scope="col">{t('sup.form')}</th>
                <th scope="col">{t('sup.appliedOn')}</th>
                <th scope="col">{t('sup.employment')}</th>
                <th scope="col">{t('sup.refunded')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <tr key={s.id}>
                  <td>{s.participant.name}</td>
                  <td>{td(`sup.form.${s.form}`)}</td>
                  <td className="nowrap">{s.appliedOn}</td>
                  <td>
                    {s.employer
                      ? `${s.employer.name}, ${s.employmentFrom} – ${s.employmentUntil ?? '…'}`
                      : '—'}
                  </td>
                  <td>
                    {zl(s.refundedTotal)}
                    <ul>
                      {s.claims.map((c) => (
                        <li key={c.month}>
                          {c.month}: {c.how}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {items?.[0] && <p className="hint">{items[0].rule}</p>}
      {canManage && <ApplicationForm onDone={load} />}
    </main>
  );
}

function ApplicationForm({ onDone }: { onDone: () => void }) {
  const { fieldErrors, formError, busy, run } = useSubmit();
  const [people, setPeople] = useState<{ id: string; name: string }[]>([]);
  const [v, setV] = useState({
    participantId: '',
    form: 'EMPLOYER_REFERRAL',
    appliedOn: '',
    justification: '',
  });
  const [signed, setSigned] = useState({
    signedByDirector: false,
    signedBySocialWorker: false,
    signedByParticipant: false,
  });
  useEffect(() => {
    void api<{ items: { id: string; firstName: string; lastName: string }[] }>(
      'GET',
      '/api/v1/participants?pageSize=500',
    ).then((r) => setPeople(r.items.map((p) => ({ id: p.id, name: `${p.lastName} ${p.firstName}` }))));
  }, []);
  const labels: Record<string, string> = {
    participantId: t('plc.person'),
    form: t('sup.form'),
    appliedOn: t('sup.appliedOn'),
    signatures: t('sup.signatures'),
    justification: t('sup.justification'),
  };
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const saved = await run(() =>
      api('POST', '/api/v1/supported-employment', {
        ...v,
        ...signed,
        justification: v.justification || null,
      }),
    );
    if (saved) onDone();
  }
  return (
    <section className="card" aria-labelledby="sup-apply">
      <h2 id="sup-apply">{t('sup.apply')}</h2>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <form onSubmit={submit} noValidate>
        <Field name="participantId" label={labels.participantId!} error={fieldErrors.participantId} required>
          {(f) => (
            <select
              {...f}
              value={v.participantId}
              onChange={(e) => setV({ ...v, participantId: e.target.value })}
            >
              <option value="">{t('plc.choose')}</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="form" label={labels.form!} error={fieldErrors.form} required>
          {(f) => (
            <select {...f} value={v.form} onChange={(e) => setV({ ...v, form: e.target.value })}>
              {SUPPORTED_FORMS.map((x) => (
                <option key={x} value={x}>
                  {t(`sup.form.${x}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="appliedOn" label={labels.appliedOn!} error={fieldErrors.appliedOn} required>
          {(f) => (
            <input
              {...f}
              type="date"
              value={v.appliedOn}
              onChange={(e) => setV({ ...v, appliedOn: e.target.value })}
            />
          )}
        </Field>
        <fieldset>
          <legend>{labels.signatures}</legend>
          {fieldErrors.signatures && (
            <p className="field-error" id="f-signatures-error">
              {fieldErrors.signatures}
            </p>
          )}
          {(['signedByDirector', 'signedBySocialWorker', 'signedByParticipant'] as const).map((k) => (
            <label key={k} className="checkbox">
              <input
                type="checkbox"
                checked={signed[k]}
                onChange={(e) => setSigned({ ...signed, [k]: e.target.checked })}
              />{' '}
              {t(`sup.${k}`)}
            </label>
          ))}
        </fieldset>
        <Field name="justification" label={labels.justification!} error={fieldErrors.justification}>
          {(f) => (
            <textarea
              {...f}
              rows={3}
              value={v.justification}
              onChange={(e) => setV({ ...v, justification: e.target.value })}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {t('sup.save')}
        </button>
      </form>
    </section>
  );
}
