import { useState } from 'react';
import type {
  ImportMapping,
  ImportPreview,
  ImportResult,
} from '../../../src/contracts/participant-import.contract';
import type { FieldError } from '../../../src/contracts/errors';
import type { Job } from '../../../src/contracts/job.contract';
import { ApiError, api, apiUpload } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { fieldErrorText, t } from '../i18n';
import { linkProps } from '../router';
import { IssueTable, MappingTable, Sample, Summary } from './participant-import-preview';
import './participant-import.i18n';

type ImportForm = { file: FileList | null; mapping: ImportMapping; acknowledged: boolean };

const EXPORT_URL = '/api/v1/participants/export.xlsx';
/** How often a queued import is asked for its state. */
const POLL_MS = 700;

/**
 * The export address for the list's current filters (the same query as GET /api/v1/participants;
 * paging is ignored).
 */
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
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<ImportForm>({
    defaultValues: { file: null, mapping: {}, acknowledged: false },
  });
  const [files, mapping, acknowledged] = form.watch(['file', 'mapping', 'acknowledged']);
  const file = files?.[0] ?? null;
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [phase, setPhase] = useState<'idle' | 'checking' | 'importing'>('idle');

  function upload(chosen: File, fields: Record<string, string>) {
    const body = new FormData();
    for (const [k, v] of Object.entries(fields)) body.append(k, v);
    body.append('file', chosen, chosen.name);
    return body;
  }

  /** The server's check of the file (with a changed mapping, when given): the preview, or its refusal. */
  async function checkFile(chosen: File, withMapping?: ImportMapping) {
    setResult(null);
    setPhase('checking');
    try {
      const checked = await apiUpload<ImportPreview>(
        '/api/v1/participants/import/preview',
        upload(chosen, withMapping ? { mapping: JSON.stringify(withMapping) } : {}),
      );
      setPreview(checked);
      form.setValue('mapping', checked.mapping);
      form.setValue('acknowledged', false);
    } catch (error) {
      setPreview(null);
      throw error;
    } finally {
      setPhase('idle');
    }
  }

  const check = (withMapping?: ImportMapping) =>
    onSubmit(async (v) => {
      const chosen = v.file?.[0];
      if (chosen) await checkFile(chosen, withMapping);
    })();

  /**
   * The import runs on the job queue (a large file would otherwise hold the request): queued, then polled
   * until it is done; the job's state is shown meanwhile and stays on the jobs page if the user leaves.
   */
  const commit = onSubmit(async () => {
    if (!file || !preview) return;
    setPhase('importing');
    try {
      let current = await apiUpload<Job>(
        '/api/v1/jobs/participant-import',
        upload(file, {
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
      setResult(current.result as ImportResult);
      setPreview(null);
      // The file input is emptied, ready for the next file.
      form.reset();
    } catch (error) {
      // The centre's data changed since the preview (e.g. someone registered one of these people):
      // show the fresh state.
      if (
        error instanceof ApiError &&
        (error.code === 'IMPORT_HAS_ERRORS' || error.code === 'POSSIBLE_DUPLICATE')
      )
        void checkFile(file, preview.mapping).catch(() => undefined);
      throw error;
    } finally {
      setJob(null);
      setPhase('idle');
    }
  });

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
                type="file"
                accept=".xlsx,.csv,.txt,.tsv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                {...register('file', {
                  onChange: () => {
                    setPreview(null);
                    void check();
                  },
                })}
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
          <MappingTable
            preview={preview}
            mapping={mapping}
            onChange={(m) => form.setValue('mapping', m, { shouldDirty: true })}
          />
          {dirty && (
            <div className="alert alert-info">
              <p>{t('imp.mappingChanged')}</p>
              <button type="button" className="primary" disabled={busy} onClick={() => void check(mapping)}>
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
                <input type="checkbox" {...register('acknowledged')} />
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
