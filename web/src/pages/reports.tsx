import { decimal, zloty } from '../../../src/domain/polish-format';
import { useEffect, useRef, useState } from 'react';
import { type AnnualReport, type Narrative, NarrativeSchema } from '../../../src/contracts/reports.contract';
import { type CellValue, reportParts } from '../../../src/domain/reports/annual-template';
import { api } from '../api';
import { errorText, t } from '../i18n';
import { type ApiForm, useApiForm } from '../components/use-api-form';
import { queryClient, useApiQuery } from '../query';
import { linkProps } from '../router';
import './reports.i18n';

const shown = (v: CellValue) => {
  if ('n' in v) return String(v.n);
  if ('grosze' in v) return zloty(v.grosze);
  if ('fte' in v) return decimal(v.fte, 2, 2);
  return v.text;
};

/** The annual report screen: the form's parts filled from the data, warnings, narrative, signing, files. */
export function ReportsPage({ isDirector }: { isDirector: boolean }) {
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear - 1);
  const url = `/api/v1/reports/annual/${year}`;
  const query = useApiQuery<AnnualReport>(url);
  const report = query.data ?? null;
  const loadError = query.error ? errorText(query.error.code, query.error.message) : null;
  const [notice, setNotice] = useState<string | null>(null);
  const [trace, setTrace] = useState<{ part: string; label: string; cell: string } | null>(null);
  const traced = useApiQuery<{ people: { id: string; name: string }[] }>(
    `${url}/trace?cell=${encodeURIComponent(trace?.cell ?? '')}`,
    { enabled: trace !== null },
  );
  // The narrative parts are one form (checked with the contract: at most 8000 characters each); signing,
  // sending and a correction are actions of their own, sending only the version seen.
  const narrative = useApiForm<Narrative>({
    defaultValues: report?.narrative ?? {},
    schema: NarrativeSchema,
  });
  const action = useApiForm<Record<string, never>>({ defaultValues: {} });
  const busy = narrative.busy || action.busy;
  const formError =
    narrative.formError ??
    action.formError ??
    (traced.error ? errorText(traced.error.code, traced.error.message) : null);
  // Another year starts from its saved narrative; the same year read again keeps what is being typed.
  const shownUrl = useRef<string | null>(null);
  useEffect(() => {
    if (!report) return;
    narrative.form.reset(report.narrative, { keepDirtyValues: shownUrl.current === url });
    shownUrl.current = url;
  }, [report, url, narrative.form]);

  const done = (r: AnnualReport, message: string) => {
    narrative.form.reset(r.narrative);
    queryClient.setQueryData([url], r);
    setNotice(message);
  };
  const saveNarrative = narrative.onSubmit(async (v) => {
    if (!report) return;
    const r = await api<AnnualReport>('PUT', `${url}/narrative`, {
      narrative: v,
      version: report.report.rowVersion,
    });
    done(r, t('reports.saved'));
  }, 'narrative.');
  const act = (path: string, message: (r: AnnualReport) => string, confirmText?: string) => {
    if (!report || (confirmText && !window.confirm(confirmText))) return;
    void action.onSubmit(async () => {
      const r = await api<AnnualReport>('POST', `${url}/${path}`, { version: report.report.rowVersion });
      done(r, message(r));
    })();
  };
  const showPeople = (part: string, cell: string, label: string) => setTrace({ part, label, cell });

  const draft = report?.report.status === 'DRAFT';
  const layout = report ? reportParts(report) : null;
  return (
    <main id="main">
      <h1>{t('reports.title')}</h1>
      <p>
        <a {...linkProps('/reports/indicators')}>{t('ind.link')}</a>
      </p>
      <div className="field">
        <label htmlFor="report-year">{t('reports.year')}</label>
        <select id="report-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      {loadError && (
        <div className="alert alert-error" role="alert">
          {loadError}
        </div>
      )}
      {notice && (
        <div className="alert alert-ok" role="status">
          {notice}
        </div>
      )}
      {formError && (
        <div className="alert alert-error" role="alert">
          {formError}
        </div>
      )}
      {report && layout && (
        <>
          <p>
            <strong>
              {t('reports.state', {
                version: report.report.version,
                status: t(`reports.status.${report.report.status}`),
              })}
            </strong>{' '}
            {report.report.frozen
              ? t('reports.frozen', {
                  date: (report.report.signedAt ?? '').slice(0, 10),
                  name: report.report.signedByName ?? '',
                })
              : t('reports.live', { date: report.generatedOn })}
          </p>
          <p>
            {t('reports.download')}:{' '}
            {(['pdf', 'xlsx', 'docx'] as const).map((ext) => (
              <a
                key={ext}
                style={{ marginRight: '1em' }}
                href={`/api/v1/reports/annual/${year}.${ext}`}
                download
              >
                {ext.toUpperCase()}
              </a>
            ))}
            <a href={`/api/v1/reports/annual/${year}/cas.xlsx`} download>
              {report.centreType === 'CIS' ? 'CAS 02 (XLSX)' : 'CAS 01 (XLSX)'}
            </a>
          </p>
          {report.warnings.length > 0 && (
            <div className="alert alert-info" role="region" aria-label={t('reports.warnings')}>
              <h2>{t('reports.warnings')}</h2>
              <ul>
                {report.warnings.map((w) => (
                  <li key={`${w.code}-${w.month}-${w.label}`}>{w.message}</li>
                ))}
              </ul>
            </div>
          )}
          <h2>{layout.title}</h2>
          {layout.parts.map((part) => (
            <section key={part.title} aria-labelledby={`part-${part.title.slice(0, 12).replace(/\W/g, '')}`}>
              <h3 id={`part-${part.title.slice(0, 12).replace(/\W/g, '')}`}>{part.title}</h3>
              {part.rows.length > 0 && (
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('reports.no')}</th>
                      <th scope="col">{t('reports.item')}</th>
                      {(part.columns.length ? part.columns : ['']).map((c, i) => (
                        <th scope="col" key={`${c}-${i}`}>
                          {c}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {part.rows.map((row) => (
                      <tr key={row.no + row.label}>
                        <td>{row.no}</td>
                        <th scope="row" style={{ whiteSpace: 'pre-line', fontWeight: 'normal' }}>
                          {row.label}
                        </th>
                        {row.values.map((v, i) => {
                          const cell = row.cells[i];
                          return (
                            <td
                              key={`${row.no}-${i}`}
                              className={'text' in v ? '' : 'num'}
                              style={{ whiteSpace: 'pre-line' }}
                            >
                              {isDirector && cell && !('text' in v) ? (
                                <button
                                  type="button"
                                  className="link"
                                  aria-label={t('reports.showPeople', { label: row.label, value: shown(v) })}
                                  onClick={() =>
                                    showPeople(part.title, cell, `${row.label} (${part.columns[i] ?? ''})`)
                                  }
                                >
                                  {shown(v)}
                                </button>
                              ) : (
                                shown(v)
                              )}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {trace && traced.data && trace.part === part.title && (
                <div
                  className="alert alert-info"
                  role="region"
                  aria-label={t('reports.people', { cell: trace.label })}
                >
                  <h2>{t('reports.people', { cell: trace.label })}</h2>
                  <p className="hint">{t('reports.peopleHint')}</p>
                  {traced.data.people.length ? (
                    <ul>
                      {traced.data.people.map((p) => (
                        <li key={p.id}>
                          <a href={`/participants/${p.id}`}>{p.name}</a>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p>{t('reports.peopleNone')}</p>
                  )}
                  <button type="button" onClick={() => setTrace(null)}>
                    {t('reports.close')}
                  </button>
                </div>
              )}
              {part.notes && part.notes.length > 0 && (
                <details>
                  <summary>{t('reports.how')}</summary>
                  <ul className="hint">
                    {part.notes.map((note) => (
                      <li key={note}>{note}</li>
                    ))}
                  </ul>
                </details>
              )}
              {part.narrative && (
                <NarrativeField {...part.narrative} form={narrative} readOnly={!draft || !isDirector} />
              )}
            </section>
          ))}
          <h2>{t('reports.rules')}</h2>
          <ul>
            {report.rules.text.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          {isDirector && (
            <div className="buttons">
              {draft && (
                <>
                  <button type="button" disabled={busy} onClick={() => void saveNarrative()}>
                    {t('reports.save')}
                  </button>
                  <button
                    type="button"
                    className="primary"
                    disabled={busy}
                    onClick={() => act('sign', () => t('reports.signed'), t('reports.signConfirm'))}
                  >
                    {t('reports.sign')}
                  </button>
                </>
              )}
              {report.report.status === 'SIGNED' && (
                <button
                  type="button"
                  className="primary"
                  disabled={busy}
                  onClick={() => act('send', () => t('reports.sent'))}
                >
                  {t('reports.send')}
                </button>
              )}
              {report.report.status === 'SENT' && (
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => act('correct', (r) => t('reports.corrected', { version: r.report.version }))}
                >
                  {t('reports.correct')}
                </button>
              )}
            </div>
          )}
          {report.report.versions.length > 1 && (
            <>
              <h2>{t('reports.versions')}</h2>
              <ul>
                {report.report.versions.map((v) => (
                  <li key={v.version}>
                    {t('reports.state', { version: v.version, status: t(`reports.status.${v.status}`) })}
                    {v.sentAt ? ` (${v.sentAt.slice(0, 10)})` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </main>
  );
}

/** A narrative part of the report, its refusal said at the field (the ids stay `n-<field>`). */
function NarrativeField({
  field,
  label,
  form,
  readOnly,
}: {
  field: string;
  label: string;
  form: ApiForm<Narrative>;
  readOnly: boolean;
}) {
  const name = field as keyof Narrative;
  const id = `n-${field}`;
  const error = form.fieldErrors[field];
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        readOnly={readOnly}
        {...(error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {})}
        {...form.register(name)}
      />
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
