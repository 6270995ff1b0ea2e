import { useEffect, useState } from 'react';
import { useSearch } from 'wouter/use-browser-location';
import {
  SupportedApplicationSchema,
  type SupportedEmployment,
} from '../../../src/contracts/supported-employment.contract';
import { SUPPORTED_FORMS } from '../../../src/domain/placements/supported-employment';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { invalidate, queryClient, useApiQuery } from '../query';
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
  const q = participantId ? `?participantId=${encodeURIComponent(participantId)}` : '';
  const url = `/api/v1/supported-employment${q}`;
  const items = useApiQuery<{ items: SupportedEmployment[] }>(url).data?.items ?? null;
  const load = () => invalidate('/api/v1/supported-employment');
  // A step answers with the whole case: it replaces the case in the list at once.
  const replace = (next: SupportedEmployment) =>
    queryClient.setQueryData<{ items: SupportedEmployment[] }>([url], (list) =>
      list ? { ...list, items: list.items.map((s) => (s.id === next.id ? next : s)) } : list,
    );
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

type ApplicationValues = {
  participantId: string;
  form: string;
  appliedOn: string;
  justification: string;
  signedByDirector: boolean;
  signedBySocialWorker: boolean;
  signedByParticipant: boolean;
};

function ApplicationForm({ participantId, onDone }: { participantId: string; onDone: () => void }) {
  const { register, fieldErrors, formError, busy, onSubmit, form } = useApiForm<ApplicationValues>({
    defaultValues: {
      participantId,
      form: 'EMPLOYER_REFERRAL',
      appliedOn: '',
      justification: '',
      signedByDirector: false,
      signedBySocialWorker: false,
      signedByParticipant: false,
    },
    // The contract's own checks (a justification left blank is "none").
    schema: SupportedApplicationSchema,
  });
  const list = useApiQuery<{ items: { id: string; firstName: string; lastName: string }[] }>(
    '/api/v1/participants?pageSize=500',
  ).data;
  const people = (list?.items ?? []).map((p) => ({ id: p.id, name: `${p.lastName} ${p.firstName}` }));
  // The person from the record's link is chosen in the list once its options have come.
  useEffect(() => {
    if (list) form.setValue('participantId', form.getValues('participantId'));
  }, [list]);
  const labels: Record<string, string> = {
    participantId: t('plc.person'),
    form: t('sup.form'),
    appliedOn: t('sup.appliedOn'),
    signatures: t('sup.signatures'),
    justification: t('sup.justification'),
  };
  const submit = onSubmit(async (v) => {
    await api('POST', '/api/v1/supported-employment', { ...v, justification: v.justification || null });
    form.reset({
      ...v,
      appliedOn: '',
      justification: '',
      signedByDirector: false,
      signedBySocialWorker: false,
      signedByParticipant: false,
    });
    onDone();
  });
  return (
    <section className="card" aria-labelledby="sup-apply">
      <h2 id="sup-apply">{t('sup.apply')}</h2>
      <p className="hint">{t('sup.applyHint')}</p>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <form onSubmit={submit} noValidate>
        <Field name="participantId" label={labels.participantId!} error={fieldErrors.participantId} required>
          {(f) => (
            <select {...f} {...register('participantId')}>
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
            <select {...f} {...register('form')}>
              {SUPPORTED_FORMS.map((x) => (
                <option key={x} value={x}>
                  {t(`sup.form.${x}` as Key)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="appliedOn" label={labels.appliedOn!} error={fieldErrors.appliedOn} required>
          {(f) => <input {...f} type="date" {...register('appliedOn')} />}
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
              <input type="checkbox" {...register(k)} /> {t(`sup.${k}`)}
            </label>
          ))}
        </fieldset>
        <Field
          name="justification"
          label={labels.justification!}
          error={fieldErrors.justification}
          hint={t('sup.justificationHint')}
        >
          {(f) => <textarea {...f} rows={3} {...register('justification')} />}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {t('sup.save')}
        </button>
      </form>
    </section>
  );
}
