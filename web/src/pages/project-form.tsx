import { z } from 'zod';
import { type Project, ProjectCreateSchema } from '../../../src/contracts/projects.contract';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { invalidate } from '../query';
import './projects.i18n';

type ProjectValues = {
  number: string;
  title: string;
  programme: string;
  priority: string;
  action: string;
  startDate: string;
  endDate: string;
  /** One form of support a line. */
  supportForms: string;
  /** One "CODE=number" a line. */
  targets: string;
};

const EMPTY: ProjectValues = {
  number: '',
  title: '',
  programme: '',
  priority: '',
  action: '',
  startDate: '',
  endDate: '',
  supportForms: '',
  targets: '',
};

/** The body sent for the form's text: the forms and targets one a line (a line without "=" is left out). */
const projectBody = (v: ProjectValues) => ({
  number: v.number,
  title: v.title,
  programme: v.programme,
  priority: v.priority,
  action: v.action || null,
  startDate: v.startDate,
  endDate: v.endDate,
  supportForms: v.supportForms
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean),
  targets: Object.fromEntries(
    v.targets
      .split('\n')
      .map((l) => l.split('=').map((s) => s.trim()))
      .filter(([k, n]) => k && n)
      .map(([k, n]) => [k!.toUpperCase(), Number(n)]),
  ),
});

/**
 * The contract checks the exact body; a refusal inside a list is said at its field, the target's code
 * first ("EECO01: Podaj liczbę."), since the form has one field for all the targets.
 */
const projectForm = z.custom<ProjectValues>().superRefine((v, ctx) => {
  const checked = ProjectCreateSchema.safeParse(projectBody(v));
  for (const issue of checked.error?.issues ?? []) {
    const [field, key] = issue.path;
    const inner = issue.code === 'invalid_key' ? issue.issues[0] : undefined;
    const message = inner?.message ?? issue.message;
    const said = typeof key === 'string' ? `${key}: ${message}` : message;
    if (inner)
      ctx.addIssue({ code: 'custom', path: [field!], message: said, params: { code: 'INVALID_FORMAT' } });
    else ctx.addIssue({ ...issue, path: [field!], message: said } as Parameters<typeof ctx.addIssue>[0]);
  }
});

/** A new EU project: number, programme and priority, dates, forms of support and targets. */
export function ProjectForm({ onDone, onCancel }: { onDone: (p: Project) => void; onCancel: () => void }) {
  const { register, fieldErrors, formError, busy, onSubmit } = useApiForm<ProjectValues>({
    defaultValues: EMPTY,
    schema: projectForm,
  });
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
  const submit = onSubmit(async (v) => {
    const saved = await api<Project>('POST', '/api/v1/projects', projectBody(v));
    await invalidate('/api/v1/projects');
    onDone(saved);
  });
  const text = (k: 'number' | 'title' | 'programme' | 'priority' | 'action', required = true) => (
    <Field name={k} label={labels[k] ?? t('prj.action')} error={fieldErrors[k]} required={required}>
      {(p) => <input {...p} {...register(k)} />}
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
              {(p) => <input {...p} type="date" {...register(k)} />}
            </Field>
          ))}
        </div>
        <Field name="supportForms" label={t('prj.forms')} error={fieldErrors.supportForms}>
          {(p) => <textarea {...p} rows={3} {...register('supportForms')} />}
        </Field>
        <Field name="targets" label={t('prj.targets')} error={fieldErrors.targets}>
          {(p) => <textarea {...p} rows={3} {...register('targets')} placeholder="EECO01=40" />}
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
