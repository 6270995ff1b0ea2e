/** The import's preview: its summary, the column mapping, the row issues and a sample of what would be saved. */
import type { ReactNode } from 'react';
import {
  IMPORT_FIELDS,
  IMPORT_ISSUE_LIST_CAP,
  type ImportField,
  type ImportIssue,
  type ImportMapping,
  type ImportPreview,
  type ImportWarning,
} from '../../../src/contracts/participant-import.contract';
import { td, fieldErrorText, t } from '../i18n';
import { linkProps } from '../router';
import './participant-import.i18n';

export function Summary({ preview }: { preview: ImportPreview }) {
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

export function MappingTable({
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

export function IssueTable({
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

export function Sample({ preview }: { preview: ImportPreview }) {
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
