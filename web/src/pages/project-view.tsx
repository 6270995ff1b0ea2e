import { useState } from 'react';
import type { ProjectDetail } from '../../../src/contracts/projects.contract';
import { errorText, t } from '../i18n';
import { invalidate, useApiQuery } from '../query';
import { linkProps } from '../router';
import { EnrolForm, EnrolmentForm } from './project-enrolment-forms';
import './projects.i18n';

/** One project: its terms, the people enrolled (and what the monitoring system still lacks), export, indicators. */
export function ProjectView({ id }: { id: string }) {
  const url = `/api/v1/projects/${id}`;
  const query = useApiQuery<ProjectDetail>(url);
  const [status, setStatus] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const detail = query.data;
  if (!detail)
    return (
      <main id="main">
        {query.error ? (
          <div className="alert alert-error" role="alert">
            {query.error.message}
          </div>
        ) : (
          <p>{t('app.loading')}</p>
        )}
      </main>
    );
  const { project, enrolments, indicators } = detail;
  const editedEnrolment = enrolments.find((e) => e.id === editing);

  async function download(format: 'csv' | 'xlsx') {
    setExportError(null);
    setStatus(null);
    const response = await fetch(`/api/v1/projects/${id}/sm-efs.${format}`, { credentials: 'same-origin' });
    if (!response.ok) {
      const json = await response.json().catch(() => undefined);
      setExportError(errorText(json?.error?.code ?? 'INTERNAL', json?.error?.message));
      return;
    }
    const name = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get('content-disposition') ?? '')?.[1];
    const file = name ? decodeURIComponent(name) : `sm-efs.${format}`;
    const href = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = href;
    a.download = file;
    a.click();
    URL.revokeObjectURL(href);
    setStatus(t('prj.exported', { file }));
  }

  return (
    <main id="main">
      <p>
        <a {...linkProps('/projects')}>← {t('prj.back')}</a>
      </p>
      <h1>
        {project.number} — {project.title}
      </h1>
      <dl className="details">
        <div>
          <dt>{t('prj.programme')}</dt>
          <dd>{project.programme}</dd>
        </div>
        <div>
          <dt>{t('prj.priority')}</dt>
          <dd>
            {project.priority}
            {project.action ? ` · ${project.action}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('prj.period')}</dt>
          <dd>
            {project.startDate} – {project.endDate}
          </dd>
        </div>
        <div>
          <dt>{t('prj.leader')}</dt>
          <dd>{project.leaderName ?? t('prj.leaderCentre')}</dd>
        </div>
        {project.partners.length > 0 && (
          <div>
            <dt>{t('prj.partners')}</dt>
            <dd>{project.partners.map((p) => p.name).join(', ')}</dd>
          </div>
        )}
        {project.supportForms.length > 0 && (
          <div>
            <dt>{t('prj.formsShown')}</dt>
            <dd>{project.supportForms.join(', ')}</dd>
          </div>
        )}
      </dl>
      <div role="status" aria-live="polite">
        {status && <p className="alert alert-ok">{status}</p>}
      </div>

      <section className="card" aria-labelledby="prj-people">
        <h2 id="prj-people">
          {t('prj.participants')} ({t('prj.participantCount', { count: enrolments.length })})
        </h2>
        {enrolments.length > 0 && (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('prj.person')}</th>
                  <th scope="col">{t('prj.projectStart')}</th>
                  <th scope="col">{t('prj.supportForms')}</th>
                  <th scope="col">{t('prj.completeness')}</th>
                  <th scope="col">
                    <span className="sr-only">{t('prj.edit')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {enrolments.map((e) => (
                  <tr key={e.id}>
                    <td>{e.fullName}</td>
                    <td className="nowrap">
                      {e.projectStart}
                      {e.projectEnd ? ` – ${e.projectEnd}` : ''}
                    </td>
                    <td>{e.supportForms.join(', ')}</td>
                    <td>
                      {e.problems.length === 0 ? (
                        <span className="badge">{t('prj.complete')}</span>
                      ) : (
                        <ul className="plain">
                          {e.missing && <li>{e.missing}</li>}
                          {e.problems
                            .filter((p) => p.code !== 'REQUIRED')
                            .map((p) => (
                              <li key={p.path + p.code}>
                                {p.label}: {p.message}
                              </li>
                            ))}
                        </ul>
                      )}
                    </td>
                    <td className="actions">
                      <button type="button" onClick={() => setEditing(e.id)}>
                        {t('prj.edit')}
                        <span className="sr-only"> — {e.fullName}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {editedEnrolment && (
          <EnrolmentForm
            key={editedEnrolment.id}
            projectId={id}
            enrolment={editedEnrolment}
            onDone={async () => {
              await invalidate('/api/v1/projects');
              setEditing(null);
              setStatus(t('prj.updated'));
            }}
            onCancel={() => setEditing(null)}
          />
        )}
        {!editedEnrolment && (
          <EnrolForm
            projectId={id}
            project={project}
            onDone={async () => {
              await invalidate('/api/v1/projects');
              setStatus(t('prj.enrolled'));
            }}
          />
        )}
      </section>

      <section className="card" aria-labelledby="prj-export">
        <h2 id="prj-export">{t('prj.export')}</h2>
        <p className="hint">{t('prj.exportHint')}</p>
        {exportError && (
          <div className="alert alert-error" role="alert">
            <p>{exportError}</p>
          </div>
        )}
        <div className="buttons">
          <button type="button" className="primary" onClick={() => void download('csv')}>
            {t('prj.exportCsv')}
          </button>
          <button type="button" onClick={() => void download('xlsx')}>
            {t('prj.exportXlsx')}
          </button>
        </div>
      </section>

      <section className="card" aria-labelledby="prj-ind">
        <h2 id="prj-ind">{t('prj.indicators')}</h2>
        {(['OUTPUT', 'RESULT'] as const).map((kind) => (
          <div className="table-wrap" key={kind}>
            <table>
              <caption>{t(`prj.kind.${kind}`)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('prj.indicatorCode')}</th>
                  <th scope="col">{t('prj.indicatorName')}</th>
                  <th scope="col">{t('prj.women')}</th>
                  <th scope="col">{t('prj.men')}</th>
                  <th scope="col">{t('prj.total')}</th>
                  <th scope="col">{t('prj.target')}</th>
                </tr>
              </thead>
              <tbody>
                {indicators
                  .filter((i) => i.kind === kind)
                  .map((i) => (
                    <tr key={i.code}>
                      <td>{i.code}</td>
                      <td>{i.name}</td>
                      <td>{i.women}</td>
                      <td>{i.men}</td>
                      <td>{i.total}</td>
                      <td>{i.target ?? '—'}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        ))}
      </section>
    </main>
  );
}
