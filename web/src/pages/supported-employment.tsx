import { useCallback, useEffect, useState } from 'react';
import { useSearch } from 'wouter/use-browser-location';
import type { SupportedEmployment } from '../../../src/contracts/supported-employment.contract';
import { SUPPORTED_FORMS } from '../../../src/domain/placements/supported-employment';
import { api } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { t } from '../i18n';
import { linkProps } from '../router';
import { SupportedCase } from './supported-employment-case';
import './placements.i18n';

type Key = Parameters<typeof t>[0];

/**
 * Supported employment (art. 15b–16): the cases — the joint application, the PUP referral with the
 * starosta–employer agreement and the employer's monthly refund claims — and a new joint application.
 * `?participant=<id>` (the link from a person's record) shows that person's cases and preselects them.
 */
export function SupportedEmploymentPage({ canManage }: { canManage: boolean }) {
  const participantId = new URLSearchParams(useSearch()).get('participant') ?? '';
  const [items, setItems] = useState<SupportedEmployment[] | null>(null);
  const load = useCallback(async () => {
    const q = participantId ? `?participantId=${encodeURIComponent(participantId)}` : '';
    setItems((await api<{ items: SupportedEmployment[] }>('GET', `/api/v1/supported-employment${q}`)).items);
  }, [participantId]);
  useEffect(() => void load(), [load]);
  const replace = (next: SupportedEmployment) =>
    setItems((list) => list?.map((s) => (s.id === next.id ? next : s)) ?? null);
  return (
    <main id="main">
      <h1>{t('sup.title')}</h1>
      {participantId && (
        <p>
          <a {...linkProps('/supported-employment')}>← {t('sup.allCases')}</a>
          {' · '}
          <a {...linkProps(`/participants/${participantId}`)}>{t('sup.backToRecord')}</a>
        </p>
      )}
      {items === null ? (
        <p>{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <p>{t('sup.none')}</p>
      ) : (
        items.map((s) => <SupportedCase key={s.id} s={s} canManage={canManage} onChanged={replace} />)
      )}
      {items?.[0] && <p className="hint">{items[0].rule}</p>}
      {canManage && (
        <NewApplication participantId={participantId} collapsed={!!items?.length} onDone={load} />
      )}
    </main>
  );
}

/** The joint application form; behind a button once cases are listed, so the cases come first. */
function NewApplication({
  participantId,
  collapsed,
  onDone,
}: {
  participantId: string;
  collapsed: boolean;
  onDone: () => void;
}) {
  const [open, setOpen] = useState(false);
  if (collapsed && !open)
    return (
      <p className="buttons">
        <button type="button" onClick={() => setOpen(true)}>
          {t('sup.newApplication')}
        </button>
      </p>
    );
  return (
    <ApplicationForm
      participantId={participantId}
      onDone={() => {
        setOpen(false);
        onDone();
      }}
    />
  );
}

function ApplicationForm({ participantId, onDone }: { participantId: string; onDone: () => void }) {
  const { fieldErrors, formError, busy, run } = useSubmit();
  const [people, setPeople] = useState<{ id: string; name: string }[]>([]);
  const [v, setV] = useState({
    participantId,
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
    if (saved) {
      setV({ ...v, appliedOn: '', justification: '' });
      setSigned({ signedByDirector: false, signedBySocialWorker: false, signedByParticipant: false });
      onDone();
    }
  }
  return (
    <section className="card" aria-labelledby="sup-apply">
      <h2 id="sup-apply">{t('sup.apply')}</h2>
      <p className="hint">{t('sup.applyHint')}</p>
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
                  {t(`sup.form.${x}` as Key)}
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
        <fieldset
          id="f-signatures"
          className={`field${fieldErrors.signatures ? ' field-invalid' : ''}`}
          aria-describedby={fieldErrors.signatures ? 'f-signatures-error' : undefined}
        >
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
        <Field
          name="justification"
          label={labels.justification!}
          error={fieldErrors.justification}
          hint={t('sup.justificationHint')}
        >
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
