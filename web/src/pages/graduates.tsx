import { useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { z } from 'zod';
import {
  CONTACT_CHANNELS,
  type Graduate,
  GRADUATE_EMPLOYMENT,
  GraduateContactSchema,
  type GraduateFigures,
  GraduateFiguresQuerySchema,
} from '../../../src/contracts/graduates.contract';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { td, t } from '../i18n';
import { invalidate, useApiQuery } from '../query';
import { personalRead } from './personal-read';
import './placements.i18n';

const emp = (e: string) => td(`grd.emp.${e}`);

type Filter = { state: string; exitYear: string; employment: string };

/** A year input keeps at most four digits, as it is typed. */
const yearDigits = (field: UseFormRegisterReturn): UseFormRegisterReturn => ({
  ...field,
  onChange: (e: { target: { value: string } }) => {
    e.target.value = e.target.value.replace(/\D/g, '').slice(0, 4);
    return field.onChange(e);
  },
});

type ContactForm = {
  contactedOn: string;
  channel: string;
  employment: string;
  employer: string;
  supportGiven: string;
};
const contactBody = (v: ContactForm) => ({
  ...v,
  employer: v.employer || null,
  supportGiven: v.supportGiven || null,
});
/** The browser checks exactly the contact the server will check (its contract). */
const contactForm = z.preprocess((v) => contactBody(v as ContactForm), GraduateContactSchema);

/** Graduates (art. 2 pkt 1a–1b): who, until when, their follow-up contacts; the figures of a year. */
export function GraduatesPage({ canFollowUp }: { canFollowUp: boolean }) {
  const filters = useApiForm<Filter>({ defaultValues: { state: 'all', exitYear: '', employment: '' } });
  const filter = filters.form.watch();
  const q = new URLSearchParams({ state: filter.state });
  if (filter.exitYear) q.set('exitYear', filter.exitYear);
  if (filter.employment) q.set('employment', filter.employment);
  const list = useApiQuery<{ items: Graduate[]; rule: string }>(`/api/v1/graduates?${q}`, {
    ...personalRead,
    // A year being typed is not a filter yet: the list shown stays until it has four digits.
    enabled: filter.exitYear.length === 0 || filter.exitYear.length === 4,
    placeholderData: (previous) => previous,
  });
  const data = list.data ?? null;
  const [open, setOpen] = useState<string | null>(null);
  return (
    <main id="main">
      <h1>{t('grd.title')}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('grd.filter')}>
        <label>
          {t('grd.state')}{' '}
          <select {...filters.register('state')}>
            {(['all', 'current', 'expired'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`grd.state.${s}`)}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('grd.exitYear')}{' '}
          <input inputMode="numeric" size={6} {...yearDigits(filters.register('exitYear'))} />
        </label>{' '}
        <label>
          {t('grd.employment')}{' '}
          <select {...filters.register('employment')}>
            <option value="">{t('grd.any')}</option>
            {GRADUATE_EMPLOYMENT.map((e) => (
              <option key={e} value={e}>
                {emp(e)}
              </option>
            ))}
          </select>
        </label>
      </form>
      {data === null ? (
        <p>{t('app.loading')}</p>
      ) : (
        <>
          <p className="hint">
            {t('grd.rule')}: {data.rule}
          </p>
          {data.items.length === 0 ? (
            <p>{t('grd.none')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="sr-only">{t('grd.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('grd.person')}</th>
                    <th scope="col">{t('grd.lastDay')}</th>
                    <th scope="col">{t('grd.until')}</th>
                    <th scope="col">{t('grd.latest')}</th>
                    {canFollowUp && <th scope="col">{t('grd.addContact')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((g) => (
                    <tr key={g.programmeId}>
                      <td>
                        {g.participant.name}
                        <br />
                        <span className="hint">{g.how}</span>
                        <br />
                        <a
                          href={`/api/v1/graduates/${g.programmeId}/confirmation.pdf`}
                          target="_blank"
                          rel="noreferrer"
                        >
                          {t('grd.confirmation')}
                        </a>
                      </td>
                      <td className="nowrap">{g.lastDay}</td>
                      <td className="nowrap">
                        {g.until} ({t(g.current ? 'grd.state.current' : 'grd.state.expired')})
                      </td>
                      <td>
                        {g.latest
                          ? `${g.latest.contactedOn}: ${emp(g.latest.employment)}` +
                            (g.latest.employer ? `, ${g.latest.employer}` : '')
                          : t('grd.noContact')}
                      </td>
                      {canFollowUp && (
                        <td>
                          {open === g.programmeId ? (
                            <ContactForm
                              programmeId={g.programmeId}
                              onDone={() => {
                                setOpen(null);
                                void invalidate('/api/v1/graduates');
                              }}
                            />
                          ) : (
                            <button type="button" onClick={() => setOpen(g.programmeId)}>
                              {t('grd.addContact')}
                            </button>
                          )}
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      <Figures />
    </main>
  );
}

function ContactForm({ programmeId, onDone }: { programmeId: string; onDone: () => void }) {
  const { register, fieldErrors, formError, busy, onSubmit } = useApiForm<ContactForm>({
    defaultValues: {
      contactedOn: '',
      channel: 'PHONE',
      employment: 'UNKNOWN',
      employer: '',
      supportGiven: '',
    },
    schema: contactForm,
  });
  const labels = {
    contactedOn: t('grd.contactedOn'),
    channel: t('grd.channel'),
    employment: t('grd.employment'),
    employer: t('grd.employer'),
    supportGiven: t('grd.support'),
  };
  const submit = onSubmit(async (v) => {
    await api('POST', `/api/v1/graduates/${programmeId}/contacts`, contactBody(v));
    onDone();
  });
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <Field name="contactedOn" label={labels.contactedOn} error={fieldErrors.contactedOn} required>
        {(f) => <input {...f} type="date" {...register('contactedOn')} />}
      </Field>
      <Field name="channel" label={labels.channel} error={fieldErrors.channel} required>
        {(f) => (
          <select {...f} {...register('channel')}>
            {CONTACT_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`grd.ch.${c}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="employment" label={labels.employment} error={fieldErrors.employment} required>
        {(f) => (
          <select {...f} {...register('employment')}>
            {GRADUATE_EMPLOYMENT.map((x) => (
              <option key={x} value={x}>
                {emp(x)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="employer" label={labels.employer} error={fieldErrors.employer}>
        {(f) => <input {...f} {...register('employer')} />}
      </Field>
      <Field name="supportGiven" label={labels.supportGiven} error={fieldErrors.supportGiven}>
        {(f) => <input {...f} {...register('supportGiven')} />}
      </Field>
      <button type="submit" className="primary" disabled={busy}>
        {t('grd.addContact')}
      </button>
    </form>
  );
}

function Figures() {
  const figures = useApiForm<{ year: string }>({
    defaultValues: { year: String(new Date().getFullYear() - 1) },
    schema: z.object({ year: GraduateFiguresQuerySchema.shape.year }),
  });
  const [asked, setAsked] = useState<string | null>(null);
  const read = useApiQuery<GraduateFigures>(`/api/v1/graduates/figures?year=${asked}`, {
    enabled: asked !== null,
  });
  const f = asked === null ? null : (read.data ?? null);
  return (
    <section aria-labelledby="grd-figures">
      <h2 id="grd-figures">{t('grd.figures')}</h2>
      <form
        noValidate
        onSubmit={figures.onSubmit(async (v) => {
          setAsked(v.year);
        })}
      >
        <label>
          {t('grd.year')}{' '}
          <input
            inputMode="numeric"
            size={6}
            aria-invalid={figures.fieldErrors.year ? true : undefined}
            aria-describedby={figures.fieldErrors.year ? 'grd-year-error' : undefined}
            {...yearDigits(figures.register('year'))}
          />
        </label>{' '}
        <button type="submit">{t('grd.show')}</button>
        {figures.fieldErrors.year && (
          <p className="field-error" id="grd-year-error">
            {figures.fieldErrors.year}
          </p>
        )}
      </form>
      {f && (
        <ul>
          {f.how.map((line) => (
            <li key={line}>{line}</li>
          ))}
          {Object.entries(f.byEmployment)
            .filter(([, n]) => n > 0)
            .map(([e, n]) => (
              <li key={e}>
                {emp(e)}: {n}
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
