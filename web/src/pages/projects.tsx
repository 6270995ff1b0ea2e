import { useCallback, useEffect, useState } from 'react';
import type { Enrolment, Project, ProjectDetail } from '../../../src/contracts/projects.contract';
import { api } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { td, errorText, t } from '../i18n';
import { linkProps, navigate } from '../router';
import './projects.i18n';

const FLAGS = ['YES', 'NO', 'REFUSED'] as const;
const STATUSES = ['UNEMPLOYED', 'INACTIVE', 'EMPLOYED'] as const;
const EXITS = ['JOB_SEARCHING', 'EDUCATION', 'QUALIFICATION', 'EMPLOYED', 'SELF_EMPLOYED', 'OTHER'] as const;
const FLAG_FIELDS = ['foreignOrigin', 'thirdCountryNational', 'minority', 'homeless', 'disability'] as const;

/** EU projects: the list and a new project, or one project with its participants, indicators and export. */
export function ProjectsPage({ path, canManage }: { path: string; canManage: boolean }) {
  const id = /^\/projects\/([0-9a-f-]{36})$/.exec(path)?.[1];
  return id ? <ProjectView id={id} /> : <ProjectList canManage={canManage} />;
}

function ProjectList({ canManage }: { canManage: boolean }) {
  const [items, setItems] = useState<Project[] | null>(null);
  const [creating, setCreating] = useState(false);
  const load = useCallback(
    async () => setItems((await api<{ items: Project[] }>('GET', '/api/v1/projects')).items),
    [],
  );
  useEffect(() => void load(), [load]);
  return (
    <main id="main">
      <h1>{t('prj.title')}</h1>
      {items === null ? (
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

function ProjectForm({ onDone, onCancel }: { onDone: (p: Project) => void; onCancel: () => void }) {
  const { fieldErrors, formError, busy, run } = useSubmit();
  const [v, setV] = useState({
    number: '',
    title: '',
    programme: '',
    priority: '',
    action: '',
    startDate: '',
    endDate: '',
    forms: '',
    targets: '',
  });
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });
  const labels: Record<string, string> = {
    number: t('prj.number'),
    title: t('prj.titleField'),
    programme: t('prj.programme'),
    priority: t('prj.priority'),
    startDate: t('prj.startDate'),
    endDate: t('prj.endDate'),
    supportForms: t('prj.forms'),
    targets: t('prj.targets'),
  };
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const targets = Object.fromEntries(
      v.targets
        .split('\n')
        .map((l) => l.split('=').map((s) => s.trim()))
        .filter(([k, n]) => k && n)
        .map(([k, n]) => [k!.toUpperCase(), Number(n)]),
    );
    const saved = await run(() =>
      api<Project>('POST', '/api/v1/projects', {
        number: v.number,
        title: v.title,
        programme: v.programme,
        priority: v.priority,
        action: v.action || null,
        startDate: v.startDate,
        endDate: v.endDate,
        supportForms: v.forms
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
        targets,
      }),
    );
    if (saved) onDone(saved);
  }
  const text = (k: 'number' | 'title' | 'programme' | 'priority' | 'action', required = true) => (
    <Field name={k} label={labels[k] ?? t('prj.action')} error={fieldErrors[k]} required={required}>
      {(p) => <input {...p} value={v[k]} onChange={set(k)} />}
    </Field>
  );
  return (
    <section className="card" aria-labelledby="prj-new">
      <h2 id="prj-new">{t('prj.new')}</h2>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <form onSubmit={submit} noValidate>
        {text('number')}
        {text('title')}
        {text('programme')}
        {text('priority')}
        {text('action', false)}
        <div className="row">
          {(['startDate', 'endDate'] as const).map((k) => (
            <Field key={k} name={k} label={labels[k]!} error={fieldErrors[k]} required>
              {(p) => <input {...p} type="date" value={v[k]} onChange={set(k)} />}
            </Field>
          ))}
        </div>
        <Field name="supportForms" label={t('prj.forms')} error={fieldErrors.supportForms}>
          {(p) => <textarea {...p} rows={3} value={v.forms} onChange={set('forms')} />}
        </Field>
        <Field name="targets" label={t('prj.targets')} error={fieldErrors.targets}>
          {(p) => (
            <textarea {...p} rows={3} value={v.targets} onChange={set('targets')} placeholder="EECO01=40" />
          )}
        </Field>
        <div className="buttons">
          <button type="submit" className="primary" disabled={busy}>
            {t('prj.save')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('prj.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

function ProjectView({ id }: { id: string }) {
  const [detail, setDetail] = useState<ProjectDetail | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const load = useCallback(
    async () => setDetail(await api<ProjectDetail>('GET', `/api/v1/projects/${id}`)),
    [id],
  );
  useEffect(() => void load(), [load]);
  if (!detail)
    return (
      <main id="main">
        <p>{t('app.loading')}</p>
      </main>
    );
  const { project, enrolments, indicators } = detail;

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
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = file;
    a.click();
    URL.revokeObjectURL(url);
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
        {editing && (
          <EnrolmentForm
            projectId={id}
            enrolment={enrolments.find((e) => e.id === editing)!}
            onDone={async () => {
              setEditing(null);
              setStatus(t('prj.updated'));
              await load();
            }}
            onCancel={() => setEditing(null)}
          />
        )}
        {!editing && (
          <EnrolForm
            projectId={id}
            project={project}
            onDone={async () => {
              setStatus(t('prj.enrolled'));
              await load();
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

function EnrolForm({
  projectId,
  project,
  onDone,
}: {
  projectId: string;
  project: Project;
  onDone: () => void;
}) {
  const { fieldErrors, formError, busy, run } = useSubmit();
  const [people, setPeople] = useState<{ id: string; firstName: string; lastName: string }[]>([]);
  const [v, setV] = useState({
    participantId: '',
    projectStart: '',
    supportStart: '',
    forms: [] as string[],
  });
  useEffect(() => {
    void api<{ items: { id: string; firstName: string; lastName: string }[] }>(
      'GET',
      '/api/v1/participants?pageSize=500',
    ).then((r) => setPeople(r.items));
  }, []);
  const labels = {
    participantId: t('prj.enrolWho'),
    projectStart: t('prj.projectStart'),
    supportStart: t('prj.supportStart'),
  };
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const saved = await run(() =>
      api('POST', `/api/v1/projects/${projectId}/participants`, {
        participantId: v.participantId,
        projectStart: v.projectStart,
        supportStart: v.supportStart || v.projectStart,
        supportForms: v.forms,
      }),
    );
    if (saved) {
      setV({ participantId: '', projectStart: '', supportStart: '', forms: [] });
      onDone();
    }
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="prj-enrol">
      <h3 id="prj-enrol">{t('prj.enrol')}</h3>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <div className="row">
        <Field name="participantId" label={labels.participantId} error={fieldErrors.participantId} required>
          {(p) => (
            <select
              {...p}
              value={v.participantId}
              onChange={(e) => setV({ ...v, participantId: e.target.value })}
            >
              <option value="">{t('prj.choose')}</option>
              {people.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.lastName} {x.firstName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="projectStart" label={labels.projectStart} error={fieldErrors.projectStart} required>
          {(p) => (
            <input
              {...p}
              type="date"
              value={v.projectStart}
              onChange={(e) => setV({ ...v, projectStart: e.target.value })}
            />
          )}
        </Field>
        <Field name="supportStart" label={labels.supportStart} error={fieldErrors.supportStart}>
          {(p) => (
            <input
              {...p}
              type="date"
              value={v.supportStart}
              onChange={(e) => setV({ ...v, supportStart: e.target.value })}
            />
          )}
        </Field>
      </div>
      {project.supportForms.length > 0 && (
        <fieldset className="field">
          <legend>{t('prj.supportForms')}</legend>
          {project.supportForms.map((f) => (
            <label key={f} className="check">
              <input
                type="checkbox"
                checked={v.forms.includes(f)}
                onChange={(e) =>
                  setV({ ...v, forms: e.target.checked ? [...v.forms, f] : v.forms.filter((x) => x !== f) })
                }
              />
              {f}
            </label>
          ))}
        </fieldset>
      )}
      <div className="buttons">
        <button type="submit" className="primary" disabled={busy}>
          {t('prj.enrol')}
        </button>
      </div>
    </form>
  );
}

type EditValues = {
  projectEnd: string;
  supportEnd: string;
  labourMarketStatus: string;
  longTermUnemployed: boolean;
  degurba: string;
  exitSituation: string;
  exitAsPlanned: string;
  businessStartedOn: string;
  notes: string;
} & Record<(typeof FLAG_FIELDS)[number], string>;

function EnrolmentForm({
  projectId,
  enrolment: e,
  onDone,
  onCancel,
}: {
  projectId: string;
  enrolment: Enrolment;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { fieldErrors, formError, busy, run } = useSubmit();
  const [v, setV] = useState<EditValues>({
    projectEnd: e.projectEnd ?? '',
    supportEnd: e.supportEnd ?? '',
    labourMarketStatus: e.labourMarketStatus ?? '',
    longTermUnemployed: e.longTermUnemployed ?? false,
    degurba: e.degurba ?? '',
    exitSituation: e.exitSituation ?? '',
    exitAsPlanned: e.exitAsPlanned === null ? '' : String(e.exitAsPlanned),
    businessStartedOn: e.businessStartedOn ?? '',
    notes: e.notes ?? '',
    foreignOrigin: e.foreignOrigin ?? '',
    thirdCountryNational: e.thirdCountryNational ?? '',
    minority: e.minority ?? '',
    homeless: e.homeless ?? '',
    disability: e.disability ?? '',
  });
  const orNull = (s: string) => (s === '' ? null : s);
  const labels: Record<string, string> = {
    projectEnd: t('prj.projectEnd'),
    supportEnd: t('prj.supportEnd'),
    labourMarketStatus: t('prj.labourMarketStatus'),
    longTermUnemployed: t('prj.longTermUnemployed'),
    degurba: t('prj.degurba'),
    exitSituation: t('prj.exitSituation'),
    exitAsPlanned: t('prj.exitAsPlanned'),
    businessStartedOn: t('prj.businessStartedOn'),
    notes: t('prj.notes'),
    ...Object.fromEntries(FLAG_FIELDS.map((f) => [f, t(`prj.${f}`)])),
  };
  async function submit(ev: React.FormEvent) {
    ev.preventDefault();
    const saved = await run(() =>
      api('PATCH', `/api/v1/projects/${projectId}/participants/${e.id}`, {
        version: e.version,
        projectEnd: orNull(v.projectEnd),
        supportEnd: orNull(v.supportEnd),
        labourMarketStatus: orNull(v.labourMarketStatus),
        longTermUnemployed: v.labourMarketStatus === 'UNEMPLOYED' ? v.longTermUnemployed : null,
        degurba: orNull(v.degurba),
        exitSituation: orNull(v.exitSituation),
        exitAsPlanned: v.exitAsPlanned === '' ? null : v.exitAsPlanned === 'true',
        businessStartedOn: orNull(v.businessStartedOn),
        notes: orNull(v.notes),
        ...Object.fromEntries(FLAG_FIELDS.map((f) => [f, orNull(v[f])])),
      }),
    );
    if (saved) onDone();
  }
  const select = (name: keyof EditValues, options: readonly string[], label: (o: string) => string) => (
    <Field name={name} label={labels[name]!} error={fieldErrors[name]}>
      {(p) => (
        <select {...p} value={String(v[name])} onChange={(ev) => setV({ ...v, [name]: ev.target.value })}>
          <option value="">{t('prj.unset')}</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {label(o)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const date = (name: 'projectEnd' | 'supportEnd' | 'businessStartedOn') => (
    <Field name={name} label={labels[name]!} error={fieldErrors[name]}>
      {(p) => (
        <input
          {...p}
          type="date"
          value={v[name]}
          onChange={(ev) => setV({ ...v, [name]: ev.target.value })}
        />
      )}
    </Field>
  );
  return (
    <form onSubmit={submit} noValidate aria-labelledby="prj-edit" className="card">
      <h3 id="prj-edit">
        {t('prj.edit')}: {e.fullName}
      </h3>
      <p className="hint">{t('prj.recordHint')}</p>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <div className="row">
        {select('labourMarketStatus', STATUSES, (o) => td(`prj.status.${o}`))}
        {select('degurba', ['1', '2', '3'], (o) => td(`prj.degurba.${o}`))}
      </div>
      {v.labourMarketStatus === 'UNEMPLOYED' && (
        <label className="check">
          <input
            type="checkbox"
            checked={v.longTermUnemployed}
            onChange={(ev) => setV({ ...v, longTermUnemployed: ev.target.checked })}
          />
          {t('prj.longTermUnemployed')}
        </label>
      )}
      <div className="row">
        {FLAG_FIELDS.map((f) => (
          <div key={f}>{select(f, FLAGS, (o) => td(`prj.flag.${o}`))}</div>
        ))}
      </div>
      <div className="row">
        {date('projectEnd')}
        {date('supportEnd')}
        {select('exitSituation', EXITS, (o) => td(`prj.exit.${o}`))}
        {select('exitAsPlanned', ['true', 'false'], (o) => t(o === 'true' ? 'prj.yes' : 'prj.no'))}
        {date('businessStartedOn')}
      </div>
      <Field name="notes" label={labels.notes!} error={fieldErrors.notes}>
        {(p) => (
          <textarea
            {...p}
            rows={2}
            value={v.notes}
            onChange={(ev) => setV({ ...v, notes: ev.target.value })}
          />
        )}
      </Field>
      <div className="buttons">
        <button type="submit" className="primary" disabled={busy}>
          {t('prj.saveData')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('prj.cancel')}
        </button>
      </div>
    </form>
  );
}
