import { useState, type ReactNode } from 'react';
import {
  IMPORT_FIELDS,
  IMPORT_ISSUE_LIST_CAP,
  type ImportField,
  type ImportIssue,
  type ImportMapping,
  type ImportPreview,
  type ImportResult,
  type ImportWarning,
} from '../../../src/contracts/participant-import.contract';
import type { FieldError } from '../../../src/contracts/errors';
import type { Job } from '../../../src/contracts/job.contract';
import { ApiError, api, apiUpload } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { td, fieldErrorText, t } from '../i18n';
import { linkProps } from '../router';
import './participant-import.i18n';

const EXPORT_URL = '/api/v1/participants/export.xlsx';
/** How often a queued import is asked for its state. */
const POLL_MS = 700;

/** The export address for the list's current filters (the same query as GET /api/v1/participants; paging is ignored). */
export function participantExportUrl(filters: URLSearchParams | Record<string, string> = {}): string {
  const params = new URLSearchParams(filters);
  params.delete('page');
  params.delete('pageSize');
  const query = params.toString();
  return query ? `${EXPORT_URL}?${query}` : EXPORT_URL;
}

/** "Eksport do XLSX": downloads the list with the given filters (a plain link: the session cookie authorises it). */
export function ParticipantExportLink({ filters }: { filters?: URLSearchParams | Record<string, string> }) {
  return (
    <a href={participantExportUrl(filters)} download title={t('imp.exportHint')}>
      {t('imp.export')}
    </a>
  );
}

const sameMapping = (a: ImportMapping, b: ImportMapping) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] ?? null) === (b[k] ?? null));
};

/**
 * Import of existing participants from XLSX or CSV: pick a file, see the suggested column mapping and every
 * row error (row, column, message), acknowledge possible duplicates, then import — only a file without errors.
 */
export function ParticipantImportPage() {
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [acknowledged, setAcknowledged] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [phase, setPhase] = useState<'idle' | 'checking' | 'importing'>('idle');
  // A new key empties the file input after an import, ready for the next file.
  const [inputKey, setInputKey] = useState(0);
  const { fieldErrors, formError, setFormError, busy, run } = useSubmit();

  function form(chosen: File, fields: Record<string, string>) {
    const body = new FormData();
    for (const [k, v] of Object.entries(fields)) body.append(k, v);
    body.append('file', chosen, chosen.name);
    return body;
  }

  async function check(chosen: File | null = file, withMapping?: ImportMapping) {
    if (!chosen) return;
    setResult(null);
    setPhase('checking');
    const checked = await run(() =>
      apiUpload<ImportPreview>(
        '/api/v1/participants/import/preview',
        form(chosen, withMapping ? { mapping: JSON.stringify(withMapping) } : {}),
      ),
    );
    setPhase('idle');
    setPreview(checked ?? null);
    if (checked) {
      setMapping(checked.mapping);
      setAcknowledged(false);
    }
  }

  /**
   * The import runs on the job queue (a large file would otherwise hold the request): queued, then polled
   * until it is done; the job's state is shown meanwhile and stays on the jobs page if the user leaves.
   */
  async function commit() {
    if (!file || !preview) return;
    setPhase('importing');
    const done = await run(async () => {
      try {
        let current = await apiUpload<Job>(
          '/api/v1/jobs/participant-import',
          form(file, {
            mapping: JSON.stringify(preview.mapping),
            sha256: preview.fileSha256,
            acknowledgeWarnings: String(acknowledged),
          }),
        );
        setJob(current);
        while (current.status === 'QUEUED' || current.status === 'RUNNING') {
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          current = await api<Job>('GET', `/api/v1/jobs/${current.id}`);
          setJob(current);
        }
        if (current.status === 'FAILED' || !current.result) {
          const e = current.error ?? { code: 'INTERNAL', message: t('imp.jobFailed') };
          const details = e.details as { fields?: FieldError[] } | undefined;
          throw new ApiError(422, e.code, e.message, details?.fields ?? [], e.details);
        }
        return current.result as ImportResult;
      } catch (error) {
        // The centre's data changed since the preview (e.g. someone registered one of these people): show the fresh state.
        if (
          error instanceof ApiError &&
          (error.code === 'IMPORT_HAS_ERRORS' || error.code === 'POSSIBLE_DUPLICATE')
        )
          void check(file, preview.mapping);
        throw error;
      } finally {
        setJob(null);
      }
    });
    setPhase('idle');
    if (done) {
      setResult(done);
      setPreview(null);
      setFile(null);
      setInputKey((k) => k + 1);
    }
  }

  const dirty = preview !== null && !sameMapping(mapping, preview.mapping);
  const blocked =
    preview === null ||
    dirty ||
    preview.errorCount > 0 ||
    preview.mappingProblems.length > 0 ||
    preview.validCount === 0;
  const needsAck = preview !== null && preview.warningCount > 0 && !acknowledged;

  return (
    <main id="main">
      <p>
        <a {...linkProps('/participants')}>← {t('participants.title')}</a>
      </p>
      <h1>{t('imp.title')}</h1>
      <p className="lead">{t('imp.intro')}</p>
      <div role="status" aria-live="polite">
        {phase === 'checking' && <p>{t('imp.checking')}</p>}
        {phase === 'importing' && (
          <p>
            {job?.status === 'QUEUED' ? t('imp.queued') : t('imp.importing')}{' '}
            <progress
              aria-label={t('imp.importing')}
              max={1}
              value={job?.status === 'DONE' ? 1 : undefined}
            />
          </p>
        )}
        {result && (
          <div className="alert alert-ok">
            <p>{t('imp.done', { count: result.imported })}</p>
            <p>
              <a {...linkProps('/participants')}>{t('imp.toList')}</a>
            </p>
          </div>
        )}
      </div>

      <section className="card" aria-labelledby="imp-file">
        <h2 id="imp-file" className="sr-only">
          {t('imp.file')}
        </h2>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void check();
          }}
        >
          <ErrorSummary
            errors={fieldErrors}
            formError={formError}
            labels={{ file: t('imp.file'), mapping: t('imp.mapping'), sha256: 'SHA-256' }}
          />
          <Field name="file" label={t('imp.file')} hint={t('imp.fileHint')} error={fieldErrors.file} required>
            {(p) => (
              <input
                {...p}
                key={inputKey}
                type="file"
                accept=".xlsx,.csv,.txt,.tsv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(e) => {
                  const chosen = e.target.files?.[0] ?? null;
                  setFile(chosen);
                  setPreview(null);
                  setFormError(null);
                  if (chosen) void check(chosen);
                }}
              />
            )}
          </Field>
          <div className="buttons">
            <button type="submit" disabled={!file || busy}>
              {t('imp.check')}
            </button>
            <ParticipantExportLink />
          </div>
        </form>
      </section>

      {preview && (
        <>
          <Summary preview={preview} />
          <MappingTable preview={preview} mapping={mapping} onChange={setMapping} />
          {dirty && (
            <div className="alert alert-info">
              <p>{t('imp.mappingChanged')}</p>
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={() => void check(file, mapping)}
              >
                {t('imp.recheck')}
              </button>
            </div>
          )}
          {!dirty && preview.mappingProblems.length > 0 && (
            <div className="alert alert-error" role="alert">
              <p>
                <strong>{t('imp.mappingProblems')}</strong>
              </p>
              <ul>
                {preview.mappingProblems.map((m, i) => (
                  <li key={i}>{fieldErrorText(m.code, m.message)}</li>
                ))}
              </ul>
            </div>
          )}
          {!dirty && preview.errorCount > 0 && (
            <IssueTable
              id="imp-errors"
              title={t('imp.errors')}
              hint={t('imp.errorsHint')}
              issues={preview.errors}
              count={preview.errorCount}
            />
          )}
          {!dirty && preview.warningCount > 0 && (
            <IssueTable
              id="imp-warnings"
              title={t('imp.warnings')}
              hint={t('imp.warningsHint')}
              issues={preview.warnings}
              count={preview.warningCount}
            >
              <label className="check">
                <input
                  type="checkbox"
                  checked={acknowledged}
                  onChange={(e) => setAcknowledged(e.target.checked)}
                />
                {t('imp.acknowledge')}
              </label>
            </IssueTable>
          )}
          <Sample preview={preview} />
          <div className="buttons">
            <button
              type="button"
              className="primary"
              disabled={blocked || needsAck || busy}
              aria-describedby="imp-blocked"
              onClick={() => void commit()}
            >
              {t('imp.import', { count: preview.rowCount })}
            </button>
          </div>
          <p id="imp-blocked" className="hint">
            {dirty
              ? t('imp.mappingChanged')
              : blocked
                ? t('imp.blockedErrors')
                : needsAck
                  ? t('imp.blockedWarnings')
                  : ''}
          </p>
        </>
      )}
    </main>
  );
}

function Summary({ preview }: { preview: ImportPreview }) {
  return (
    <section className="card" aria-labelledby="imp-summary">
      <h2 id="imp-summary">{t('imp.summaryTitle')}</h2>
      <p>
        {t('imp.fileInfo', { name: preview.fileName, format: preview.format, headerRow: preview.headerRow })}
        {preview.encoding && (
          <>
            {' '}
            {t('imp.csvInfo', {
              encoding: preview.encoding,
              delimiter: preview.delimiter === '\t' ? 'TAB' : `„${preview.delimiter}”`,
            })}
          </>
        )}
      </p>
      <ul>
        <li>{t('imp.rows', { count: preview.rowCount })}</li>
        <li>{t('imp.valid', { count: preview.validCount })}</li>
        <li className={preview.errorCount ? 'field-error' : undefined}>
          {t('imp.errorCount', { count: preview.errorCount })}
        </li>
        <li>{t('imp.warningCount', { count: preview.warningCount })}</li>
      </ul>
    </section>
  );
}

function MappingTable({
  preview,
  mapping,
  onChange,
}: {
  preview: ImportPreview;
  mapping: ImportMapping;
  onChange: (m: ImportMapping) => void;
}) {
  return (
    <section className="card" aria-labelledby="imp-mapping">
      <h2 id="imp-mapping">{t('imp.mapping')}</h2>
      <p className="hint">{t('imp.mappingHint')}</p>
      <div className="table-wrap">
        <table>
          <caption className="sr-only">{t('imp.mapping')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('imp.column')}</th>
              <th scope="col">{t('imp.examples')}</th>
              <th scope="col">{t('imp.field')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.columns.map((c, i) => (
              <tr key={c.name}>
                <th scope="row">{c.name}</th>
                <td className="muted small">{c.examples.join(' · ') || '—'}</td>
                <td>
                  <label className="sr-only" htmlFor={`imp-map-${i}`}>{`${t('imp.field')}: ${c.name}`}</label>
                  <select
                    id={`imp-map-${i}`}
                    value={mapping[c.name] ?? ''}
                    onChange={(e) =>
                      onChange({ ...mapping, [c.name]: (e.target.value || null) as ImportField | null })
                    }
                  >
                    <option value="">{t('imp.skip')}</option>
                    {IMPORT_FIELDS.map((f) => (
                      <option key={f} value={f}>
                        {t(`imp.field.${f}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function IssueTable({
  id,
  title,
  hint,
  issues,
  count,
  children,
}: {
  id: string;
  title: string;
  hint: string;
  issues: (ImportIssue | ImportWarning)[];
  count: number;
  children?: ReactNode;
}) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className="hint">{hint}</p>
      {count > issues.length && (
        <p className="muted">
          {t('imp.listCapped', { shown: Math.min(issues.length, IMPORT_ISSUE_LIST_CAP), count })}
        </p>
      )}
      <div className="table-wrap">
        <table>
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('imp.row')}</th>
              <th scope="col">{t('imp.column')}</th>
              <th scope="col">{t('imp.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue, i) => (
              <tr key={`${issue.row}-${issue.field ?? ''}-${i}`}>
                <td className="nowrap">{issue.row}</td>
                <td>{issue.column ?? '—'}</td>
                <td>
                  {fieldErrorText(issue.code, issue.message)}
                  {'candidates' in issue && issue.candidates?.length ? (
                    <span className="muted">
                      {' '}
                      {t('imp.registered')}{' '}
                      {issue.candidates.map((p, k) => (
                        <span key={p.id}>
                          {k > 0 && ', '}
                          <a {...linkProps(`/participants/${p.id}`)}>
                            {p.lastName} {p.firstName}
                          </a>{' '}
                          ({p.birthDate})
                        </span>
                      ))}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {children}
    </section>
  );
}

const shown = (field: ImportField, value: string | null | undefined) =>
  !value ? '—' : field === 'sex' ? td(`sex.${value}`) : value;

function Sample({ preview }: { preview: ImportPreview }) {
  const fields = IMPORT_FIELDS.filter((f) => Object.values(preview.mapping).includes(f));
  if (!fields.length || !preview.sample.length) return null;
  return (
    <section className="card" aria-labelledby="imp-sample">
      <h2 id="imp-sample">{t('imp.sample')}</h2>
      <div className="table-wrap">
        <table>
          <caption className="sr-only">{t('imp.sample')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('imp.row')}</th>
              {fields.map((f) => (
                <th key={f} scope="col">
                  {t(`imp.field.${f}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.sample.map((s) => (
              <tr key={s.row}>
                <td>{s.row}</td>
                {fields.map((f) => (
                  <td key={f}>{shown(f, s.values[f])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
