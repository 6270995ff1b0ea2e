import { useEffect, useState } from 'react';
import type { Network } from '../../../src/contracts/network.contract';
import { type JointProject, PROJECT_TARGETS } from '../../../src/contracts/network-work.contract';
import { api } from '../api';
import { CheckboxGroup, ErrorSummary, Field, useSubmit } from '../components/form';
import { t } from '../i18n';
import { prefixed, prefixedLabels } from './networks-shared';
import './networks-work.i18n';
import './networks.i18n';

const show = (v: number | '<5' | 'c') => (v === 'c' ? t('networks.hidden') : String(v));

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
  const [projects, setProjects] = useState<JointProject[] | null>(null);
  const [own, setOwn] = useState<{ id: string; title: string }[]>([]);
  const member = network.myMembership === 'ACTIVE';
  useEffect(() => {
    void api<{ projects: JointProject[] }>('GET', `/api/v1/networks/${network.id}/projects`)
      .then((r) => setProjects(r.projects))
      .catch(() => setProjects([]));
    if (member && isDirector)
      void api<{ items: { id: string; title: string }[] }>('GET', '/api/v1/projects')
        .then((r) => setOwn(r.items))
        .catch(() => setOwn([]));
  }, [network.id, member, isDirector]);
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
  const [value, setValue] = useState(current);
  const { fieldErrors, formError, busy, run } = useSubmit();
  return (
    <form
      className="inline-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await run(() =>
          api<{ projects: JointProject[] }>(
            'PUT',
            `/api/v1/networks/${networkId}/projects/${project.id}/link`,
            {
              euProjectId: value || null,
            },
          ),
        );
        if (r) onSaved(r.projects);
      }}
    >
      <ErrorSummary
        errors={prefixed(fieldErrors, `link-${project.id}-`)}
        formError={formError}
        labels={prefixedLabels({ euProjectId: t('nwp.link') }, `link-${project.id}-`)}
      />
      <Field name={`link-${project.id}-euProjectId`} label={t('nwp.link')} error={fieldErrors.euProjectId}>
        {(p) => (
          <select {...p} value={value} onChange={(e) => setValue(e.target.value)}>
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

function NewProject({
  networkId,
  partners,
  onCreated,
}: {
  networkId: string;
  partners: Network['members'];
  onCreated: (p: JointProject[]) => void;
}) {
  const [f, setF] = useState({
    title: '',
    programme: '',
    startDate: '',
    endDate: '',
    partnerCentreIds: [] as string[],
  });
  const [targets, setTargets] = useState<Record<string, string>>({});
  const { fieldErrors, formError, busy, run } = useSubmit();
  return (
    <form
      className="card"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await run(() =>
          api<{ projects: JointProject[] }>('POST', `/api/v1/networks/${networkId}/projects`, {
            ...f,
            targets: Object.fromEntries(
              Object.entries(targets)
                .filter(([, v]) => v !== '')
                .map(([k, v]) => [k, Number(v)]),
            ),
          }),
        );
        if (r) onCreated(r.projects);
      }}
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
        {(p) => <input {...p} value={f.title} onChange={(e) => setF({ ...f, title: e.target.value })} />}
      </Field>
      <Field name="nwp-programme" label={t('nwp.programme')} error={fieldErrors.programme} required>
        {(p) => (
          <input {...p} value={f.programme} onChange={(e) => setF({ ...f, programme: e.target.value })} />
        )}
      </Field>
      <Field name="nwp-startDate" label={t('nwp.start')} error={fieldErrors.startDate} required>
        {(p) => (
          <input
            {...p}
            type="date"
            value={f.startDate}
            onChange={(e) => setF({ ...f, startDate: e.target.value })}
          />
        )}
      </Field>
      <Field name="nwp-endDate" label={t('nwp.end')} error={fieldErrors.endDate} required>
        {(p) => (
          <input
            {...p}
            type="date"
            value={f.endDate}
            onChange={(e) => setF({ ...f, endDate: e.target.value })}
          />
        )}
      </Field>
      <CheckboxGroup
        legend={t('nwp.partners')}
        name="nwp-partnerCentreIds"
        options={partners.map((m) => ({ value: m.centreId!, label: m.name }))}
        value={f.partnerCentreIds}
        onChange={(v) => setF({ ...f, partnerCentreIds: v })}
      />
      {PROJECT_TARGETS.map((c) => (
        <Field key={c} name={`target-${c}`} label={`${t('nwp.target')}: ${t(`nwp.cat.${c}`)}`}>
          {(p) => (
            <input
              {...p}
              type="number"
              min={0}
              value={targets[c] ?? ''}
              onChange={(e) => setTargets({ ...targets, [c]: e.target.value })}
            />
          )}
        </Field>
      ))}
      <button type="submit" className="primary" disabled={busy}>
        {t('nwp.create')}
      </button>
    </form>
  );
}
