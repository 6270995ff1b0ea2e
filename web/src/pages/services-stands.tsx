import { useState } from 'react';
import { StandTakingsSchema } from '../../../src/contracts/services.contract';
import type { Workshop } from '../../../src/contracts/workshop.contract';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { formatMoney, t } from '../i18n';
import { invalidate, useApiQuery } from '../query';
import { linkProps } from '../router';
import type { ServicesAccess } from './services';
import { grosze, zlotyText } from '../components/zloty-text';
import { StandForm } from './services-stand-form';
import './services-stands.i18n';

type Stand = {
  id: string;
  workshopId: string;
  workshopName: string;
  partnerName: string | null;
  name: string;
  place: string;
  fromDate: string;
  toDate: string;
  takings: number;
  crew: { participantId: string; name: string }[];
  products: { name: string; taken: number; sold: number; unitPrice: number }[];
};

const soldValue = (products: Stand['products']) => products.reduce((s, p) => s + p.sold * p.unitPrice, 0);

/** Stands at fairs and city events: where, when, who, what was taken and sold, and the takings. */
export function ServiceStandsPage({ access }: { access: ServicesAccess }) {
  const stands = useApiQuery<{ items: Stand[] }>('/api/v1/services/stands').data?.items ?? null;
  const workshops = (useApiQuery<{ items: Workshop[] }>('/api/v1/workshops').data?.items ?? []).filter(
    (x) => x.active,
  );
  const partners =
    useApiQuery<{ partners: { id: string; name: string }[] }>('/api/v1/services/customers').data?.partners ??
    [];
  const [status, setStatus] = useState<string | null>(null);
  const saved = async (message: string) => {
    setStatus(message);
    await invalidate('/api/v1/services/');
  };
  return (
    <main id="main">
      <p>
        <a {...linkProps('/services')}>{t('svs.back')}</a>
      </p>
      <h1>{t('svs.title')}</h1>
      <p className="lead">{t('svs.lead')}</p>
      <div role="status" aria-live="polite">
        {status && <p className="alert alert-ok">{status}</p>}
      </div>
      <section className="card" aria-labelledby="svs-list">
        <h2 id="svs-list">{t('svs.list')}</h2>
        {stands === null ? (
          <p>{t('app.loading')}</p>
        ) : stands.length === 0 ? (
          <p>{t('svs.none')}</p>
        ) : (
          stands.map((s) => <StandCard key={s.id} stand={s} canCorrect={access.income} onSaved={saved} />)
        )}
      </section>
      {access.orders && workshops.length > 0 && (
        <section className="card" aria-labelledby="svs-new">
          <h2 id="svs-new">{t('svs.new')}</h2>
          <StandForm workshops={workshops} partners={partners} onSaved={() => saved(t('svs.saved'))} />
        </section>
      )}
    </main>
  );
}

function StandCard({
  stand: s,
  canCorrect,
  onSaved,
}: {
  stand: Stand;
  canCorrect: boolean;
  onSaved: (message: string) => Promise<void>;
}) {
  const fromProducts = soldValue(s.products);
  return (
    <article aria-labelledby={`stand-${s.id}`} className="stand">
      <h3 id={`stand-${s.id}`}>{s.name}</h3>
      <p>
        {s.place} · {s.fromDate === s.toDate ? s.fromDate : `${s.fromDate} – ${s.toDate}`} · {s.workshopName}
        {s.partnerName ? ` · ${t('svs.partner')}: ${s.partnerName}` : ''}
      </p>
      <p>
        {t('svs.crew')}: {s.crew.length ? s.crew.map((c) => c.name).join(', ') : '—'}
      </p>
      {s.products.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>{t('svs.products')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('svs.product.name')}</th>
                <th scope="col">{t('svs.product.taken')}</th>
                <th scope="col">{t('svs.product.sold')}</th>
                <th scope="col">{t('svs.product.price')}</th>
                <th scope="col">{t('svs.product.value')}</th>
              </tr>
            </thead>
            <tbody>
              {s.products.map((p, i) => (
                <tr key={`${p.name}-${i}`}>
                  <td>{p.name}</td>
                  <td className="num">{p.taken}</td>
                  <td className="num">{p.sold}</td>
                  <td className="num">{formatMoney(p.unitPrice)}</td>
                  <td className="num">{formatMoney(p.sold * p.unitPrice)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <strong>
          {t('svs.takings')}: {formatMoney(s.takings)}
        </strong>{' '}
        <span className="muted">
          {s.takings === fromProducts
            ? t('svs.takings.fromProducts')
            : t('svs.takings.typed', { products: formatMoney(fromProducts) })}
        </span>
      </p>
      {canCorrect && <TakingsForm stand={s} onSaved={onSaved} />}
    </article>
  );
}

/** The contract's checks on the form's text (the takings typed in złoty). */
const takingsForm = StandTakingsSchema.extend({ takings: zlotyText(StandTakingsSchema.shape.takings) });

function TakingsForm({ stand, onSaved }: { stand: Stand; onSaved: (message: string) => Promise<void> }) {
  const { register, fieldErrors, formError, busy, onSubmit } = useApiForm<{
    takings: string;
    reason: string;
  }>({
    defaultValues: { takings: (stand.takings / 100).toFixed(2).replace('.', ','), reason: '' },
    schema: takingsForm,
  });
  const labels = { takings: t('svs.takings.new'), reason: t('svs.reason') };
  const prefix = `tk-${stand.id}`;
  const save = onSubmit(async (v) => {
    await api('POST', `/api/v1/services/stands/${stand.id}/takings`, {
      takings: grosze(v.takings),
      reason: v.reason,
    });
    await onSaved(t('svs.takings.saved'));
  });
  return (
    <details>
      <summary>{t('svs.takings.correct')}</summary>
      <form onSubmit={save} noValidate>
        <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
        <div className="grid-2">
          <Field name={`${prefix}-takings`} label={labels.takings} error={fieldErrors.takings} required>
            {(p) => <input {...p} inputMode="decimal" {...register('takings')} />}
          </Field>
          <Field name={`${prefix}-reason`} label={labels.reason} error={fieldErrors.reason} required>
            {(p) => <input {...p} {...register('reason')} />}
          </Field>
        </div>
        <button type="submit" disabled={busy}>
          {t('svs.takings.save')}
        </button>
      </form>
    </details>
  );
}
