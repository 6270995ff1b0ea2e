import { useState } from 'react';
import type { Project } from '../../../src/contracts/projects.contract';
import { t } from '../i18n';
import { useApiQuery } from '../query';
import { linkProps, navigate } from '../router';
import { ProjectForm } from './project-form';
import { ProjectView } from './project-view';
import './projects.i18n';

/** EU projects: the list and a new project, or one project with its participants, indicators and export. */
export function ProjectsPage({ path, canManage }: { path: string; canManage: boolean }) {
  const id = /^\/projects\/([0-9a-f-]{36})$/.exec(path)?.[1];
  return id ? <ProjectView id={id} /> : <ProjectList canManage={canManage} />;
}

function ProjectList({ canManage }: { canManage: boolean }) {
  const list = useApiQuery<{ items: Project[] }>('/api/v1/projects');
  const items = list.data?.items ?? null;
  const [creating, setCreating] = useState(false);
  return (
    <main id="main">
      <h1>{t('prj.title')}</h1>
      {list.error ? (
        <div className="alert alert-error" role="alert">
          {list.error.message}
        </div>
      ) : items === null ? (
        <p>{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <p>{t('prj.none')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{t('prj.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('prj.number')}</th>
                <th scope="col">{t('prj.titleField')}</th>
                <th scope="col">{t('prj.programme')}</th>
                <th scope="col">{t('prj.startDate')}</th>
                <th scope="col">{t('prj.endDate')}</th>
                <th scope="col">{t('prj.participants')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <td>
                    <a {...linkProps(`/projects/${p.id}`)}>{p.number}</a>
                  </td>
                  <td>{p.title}</td>
                  <td>{p.programme}</td>
                  <td className="nowrap">{p.startDate}</td>
                  <td className="nowrap">{p.endDate}</td>
                  <td>{p.participantCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage &&
        (creating ? (
          <ProjectForm onDone={(p) => navigate(`/projects/${p.id}`)} onCancel={() => setCreating(false)} />
        ) : (
          <p>
            <button type="button" className="primary" onClick={() => setCreating(true)}>
              {t('prj.new')}
            </button>
          </p>
        ))}
    </main>
  );
}
