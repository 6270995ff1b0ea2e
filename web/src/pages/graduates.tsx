import { useCallback, useEffect, useState } from 'react';
import type { Graduate, GraduateFigures } from '../../../src/contracts/graduates.contract';
import { CONTACT_CHANNELS, GRADUATE_EMPLOYMENT } from '../../../src/contracts/graduates.contract';
import { api } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { td, t } from '../i18n';
import './placements.i18n';

const emp = (e: string) => td(`grd.emp.${e}`);

/** Graduates (art. 2 pkt 1a–1b): who, until when, their follow-up contacts; the figures of a year. */
export function GraduatesPage({ canFollowUp }: { canFollowUp: boolean }) {
  const [filter, setFilter] = useState({ state: 'all', exitYear: '', employment: '' });
  const [data, setData] = useState<{ items: Graduate[]; rule: string } | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const load = useCallback(async () => {
    const q = new URLSearchParams({ state: filter.state });
    if (filter.exitYear) q.set('exitYear', filter.exitYear);
    if (filter.employment) q.set('employment', filter.employment);
    setData(await api<{ items: Graduate[]; rule: string }>('GET', `/api/v1/graduates?${q}`));
  }, [filter]);
  useEffect(() => void load(), [load]);
  return (
    <main id="main">
      <h1>{t('grd.title')}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('grd.filter')}>
        <label>
          {t('grd.state')}{' '}
          <select value={filter.state} onChange={(e) => setFilter({ ...filter, state: e.target.value })}>
            {(['all', 'current', 'expired'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`grd.state.${s}`)}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('grd.exitYear')}{' '}
          <input
            inputMode="numeric"
            size={6}
            value={filter.exitYear}
            onChange={(e) =>
              setFilter({ ...filter, exitYear: e.target.value.replace(/\D/g, '').slice(0, 4) })
            }
          />
        </label>{' '}
        <label>
          {t('grd.employment')}{' '}
          <select
            value={filter.employment}
            onChange={(e) => setFilter({ ...filter, employment: e.target.value })}
          >
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
                          ? `${g.latest.contactedOn}: ${emp(g.latest.employment)}${g.latest.employer ? `, ${g.latest.employer}` : ''}`
                          : t('grd.noContact')}
                      </td>
                      {canFollowUp && (
                        <td>
                          {open === g.programmeId ? (
                            <ContactForm
                              programmeId={g.programmeId}
                              onDone={() => {
                                setOpen(null);
                                void load();
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
  const { fieldErrors, formError, busy, run } = useSubmit();
  const [v, setV] = useState({
    contactedOn: '',
    channel: 'PHONE',
    employment: 'UNKNOWN',
    employer: '',
    supportGiven: '',
  });
  const labels = {
    contactedOn: t('grd.contactedOn'),
    channel: t('grd.channel'),
    employment: t('grd.employment'),
    employer: t('grd.employer'),
    supportGiven: t('grd.support'),
  };
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const saved = await run(() =>
      api('POST', `/api/v1/graduates/${programmeId}/contacts`, {
        ...v,
        employer: v.employer || null,
        supportGiven: v.supportGiven || null,
      }),
    );
    if (saved) onDone();
  }
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <Field name="contactedOn" label={labels.contactedOn} error={fieldErrors.contactedOn} required>
        {(f) => (
          <input
            {...f}
            type="date"
            value={v.contactedOn}
            onChange={(e) => setV({ ...v, contactedOn: e.target.value })}
          />
        )}
      </Field>
      <Field name="channel" label={labels.channel} error={fieldErrors.channel} required>
        {(f) => (
          <select {...f} value={v.channel} onChange={(e) => setV({ ...v, channel: e.target.value })}>
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
          <select {...f} value={v.employment} onChange={(e) => setV({ ...v, employment: e.target.value })}>
            {GRADUATE_EMPLOYMENT.map((x) => (
              <option key={x} value={x}>
                {emp(x)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="employer" label={labels.employer} error={fieldErrors.employer}>
        {(f) => (
          <input {...f} value={v.employer} onChange={(e) => setV({ ...v, employer: e.target.value })} />
        )}
      </Field>
      <Field name="supportGiven" label={labels.supportGiven} error={fieldErrors.supportGiven}>
        {(f) => (
          <input
            {...f}
            value={v.supportGiven}
            onChange={(e) => setV({ ...v, supportGiven: e.target.value })}
          />
        )}
      </Field>
      <button type="submit" className="primary" disabled={busy}>
        {t('grd.addContact')}
      </button>
    </form>
  );
}

function Figures() {
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [f, setF] = useState<GraduateFigures | null>(null);
  return (
    <section aria-labelledby="grd-figures">
      <h2 id="grd-figures">{t('grd.figures')}</h2>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setF(await api<GraduateFigures>('GET', `/api/v1/graduates/figures?year=${year}`));
        }}
      >
        <label>
          {t('grd.year')}{' '}
          <input
            inputMode="numeric"
            size={6}
            value={year}
            onChange={(e) => setYear(e.target.value.replace(/\D/g, '').slice(0, 4))}
          />
        </label>{' '}
        <button type="submit">{t('grd.show')}</button>
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
