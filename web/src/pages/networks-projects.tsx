import { z } from 'zod';
import type { Network } from '../../../src/contracts/network.contract';
import {
  type JointProject,
  JointProjectCreateSchema,
  PROJECT_TARGETS,
  ProjectLinkSchema,
} from '../../../src/contracts/network-work.contract';
import { api } from '../api';
import { CheckboxGroup, ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { queryClient, useApiQuery } from '../query';
import { prefixed, prefixedLabels } from './networks-shared';
import './networks-work.i18n';
import './networks.i18n';

const show = (v: number | '<5' | 'c') => (v === 'c' ? t('networks.hidden') : String(v));

type Projects = { projects: JointProject[] };

/** Joint projects: the leader and partners, each partner's counts from its own EU project against the targets. */
export function JointProjects({
  network,
  centreId,
  isDirector,
}: {
  network: Network;
  centreId: string | null;
  isDirector: boolean;
}) {
  const member = network.myMembership === 'ACTIVE';
  const url = `/api/v1/networks/${network.id}/projects`;
  const read = useApiQuery<Projects>(url);
  const projects = read.isError ? [] : read.data?.projects;
  // A new project or a link answers with the whole list.
  const setProjects = (next: JointProject[]) => queryClient.setQueryData<Projects>([url], { projects: next });
  const ownRead = useApiQuery<{ items: { id: string; title: string }[] }>('/api/v1/projects', {
    enabled: member && isDirector,
    retry: false,
  });
  const own = ownRead.data?.items ?? [];
  const name = (id: string, p: JointProject) => p.partners.find((x) => x.centreId === id)?.name ?? '';
  return (
    <section aria-labelledby="nw-projects">
      <h3 id="nw-projects">{t('nwp.title')}</h3>
      <p className="hint">{t('nwp.note')}</p>
      {projects?.length === 0 && <p>{t('nwp.none')}</p>}
      {projects?.map((p) => (
        <article key={p.id} className="card">
          <h4>{p.title}</h4>
          <p>
            {p.programme} · {t('nwp.period', { from: p.startDate, to: p.endDate })} ·{' '}
            {t('nwp.leader', { name: p.leader.name })}
          </p>
          <div className="table-wrap">
            <table>
              <caption className="sr-only">{p.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('nwp.partner')}</th>
                  {p.figures.categories.map((c) => (
                    <th scope="col" key={c}>
                      {t(`nwp.cat.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {p.figures.rows.map((row) => (
                  <tr key={row.centreId}>
                    <th scope="row">
                      {name(row.centreId, p)}
                      {!p.partners.find((x) => x.centreId === row.centreId)?.linked && (
                        <span className="muted"> ({t('nwp.notLinked')})</span>
                      )}
                    </th>
                    {row.cells.map((v, i) => (
                      <td key={p.figures.categories[i]}>{show(v)}</td>
                    ))}
                  </tr>
                ))}
                <tr className="total-row">
                  <th scope="row">{t('nwp.total')}</th>
                  {p.figures.totals.map((v, i) => (
                    <td key={p.figures.categories[i]}>{show(v)}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t('nwp.target')}</th>
                  {p.figures.categories.map((c) => (
                    <td key={c}>{p.targets[c] ?? '—'}</td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
          {member && isDirector && p.partners.some((x) => x.centreId === centreId) && (
            <LinkForm
              // The select's options arrive with the centre's projects: the form starts again with them.
              key={`${p.id}-${ownRead.isFetched}`}
              networkId={network.id}
              project={p}
              centreId={centreId}
              own={own}
              onSaved={setProjects}
            />
          )}
        </article>
      ))}
      {member && isDirector && (
        <NewProject
          networkId={network.id}
          partners={network.members.filter(
            (m) => m.status === 'ACTIVE' && m.centreId && m.centreId !== centreId,
          )}
          onCreated={setProjects}
        />
      )}
    </section>
  );
}

const linkBody = (v: { euProjectId: string }) => ({ euProjectId: v.euProjectId || null });
const linkForm = z.preprocess((v) => linkBody(v as { euProjectId: string }), ProjectLinkSchema);

function LinkForm({
  networkId,
  project,
  centreId,
  own,
  onSaved,
}: {
  networkId: string;
  project: JointProject;
  centreId: string | null;
  own: { id: string; title: string }[];
  onSaved: (p: JointProject[]) => void;
}) {
  const current = project.partners.find((x) => x.centreId === centreId)?.euProjectId ?? '';
  const { register, fieldErrors, formError, busy, onSubmit } = useApiForm<{ euProjectId: string }>({
    defaultValues: { euProjectId: current },
    schema: linkForm,
  });
  return (
    <form
      className="inline-form"
      noValidate
      onSubmit={onSubmit(async (v) => {
        const url = `/api/v1/networks/${networkId}/projects/${project.id}/link`;
        onSaved((await api<Projects>('PUT', url, linkBody(v))).projects);
      })}
    >
      <ErrorSummary
        errors={prefixed(fieldErrors, `link-${project.id}-`)}
        formError={formError}
        labels={prefixedLabels({ euProjectId: t('nwp.link') }, `link-${project.id}-`)}
      />
      <Field name={`link-${project.id}-euProjectId`} label={t('nwp.link')} error={fieldErrors.euProjectId}>
        {(p) => (
          <select {...p} {...register('euProjectId')}>
            <option value="">—</option>
            {own.map((x) => (
              <option key={x.id} value={x.id}>
                {x.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" disabled={busy}>
        {t('nwp.linkSave')}
      </button>
    </form>
  );
}

type ProjectForm = {
  title: string;
  programme: string;
  startDate: string;
  endDate: string;
  partnerCentreIds: string[];
  /** Each target as typed; a blank one is not sent. */
  targets: Record<(typeof PROJECT_TARGETS)[number], string>;
};
const blankProject: ProjectForm = {
  title: '',
  programme: '',
  startDate: '',
  endDate: '',
  partnerCentreIds: [],
  targets: { PARTICIPANTS: '', COMPLETED: '', EMPLOYED: '' },
};
const projectBody = (f: ProjectForm) => ({
  ...f,
  targets: Object.fromEntries(
    Object.entries(f.targets)
      .filter(([, v]) => v !== '')
      .map(([k, v]) => [k, Number(v)]),
  ),
});
/** The browser checks the exact body with the contract (the end not before the start, whole targets). */
const projectForm = z.preprocess((v) => projectBody(v as ProjectForm), JointProjectCreateSchema);

function NewProject({
  networkId,
  partners,
  onCreated,
}: {
  networkId: string;
  partners: Network['members'];
  onCreated: (p: JointProject[]) => void;
}) {
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<ProjectForm>({
    defaultValues: blankProject,
    schema: projectForm,
  });
  const partnerCentreIds = form.watch('partnerCentreIds');
  return (
    <form
      className="card"
      noValidate
      onSubmit={onSubmit(async (v) => {
        onCreated(
          (await api<Projects>('POST', `/api/v1/networks/${networkId}/projects`, projectBody(v))).projects,
        );
      })}
    >
      <h4>{t('nwp.new')}</h4>
      <ErrorSummary
        errors={prefixed(fieldErrors, 'nwp-')}
        formError={formError}
        labels={prefixedLabels(
          {
            title: t('nwp.projectTitle'),
            programme: t('nwp.programme'),
            startDate: t('nwp.start'),
            endDate: t('nwp.end'),
          },
          'nwp-',
        )}
      />
      <Field name="nwp-title" label={t('nwp.projectTitle')} error={fieldErrors.title} required>
        {(p) => <input {...p} {...register('title')} />}
      </Field>
      <Field name="nwp-programme" label={t('nwp.programme')} error={fieldErrors.programme} required>
        {(p) => <input {...p} {...register('programme')} />}
      </Field>
      <Field name="nwp-startDate" label={t('nwp.start')} error={fieldErrors.startDate} required>
        {(p) => <input {...p} type="date" {...register('startDate')} />}
      </Field>
      <Field name="nwp-endDate" label={t('nwp.end')} error={fieldErrors.endDate} required>
        {(p) => <input {...p} type="date" {...register('endDate')} />}
      </Field>
      <CheckboxGroup
        legend={t('nwp.partners')}
        name="nwp-partnerCentreIds"
        options={partners.map((m) => ({ value: m.centreId!, label: m.name }))}
        value={partnerCentreIds}
        onChange={(v) => form.setValue('partnerCentreIds', v)}
        error={fieldErrors.partnerCentreIds}
      />
      {PROJECT_TARGETS.map((c) => (
        <Field
          key={c}
          name={`target-${c}`}
          label={`${t('nwp.target')}: ${t(`nwp.cat.${c}`)}`}
          error={fieldErrors[`targets.${c}`]}
        >
          {(p) => <input {...p} type="number" min={0} {...register(`targets.${c}`)} />}
        </Field>
      ))}
      <button type="submit" className="primary" disabled={busy}>
        {t('nwp.create')}
      </button>
    </form>
  );
}
