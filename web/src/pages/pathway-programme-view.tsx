/** One programme: signing, amendments, extension, the benefit application and the exit. */
import { useState, type ReactNode } from 'react';
import type { Programme } from '../../../src/contracts/pathway.contract';
import { EXIT_TYPES } from '../../../src/contracts/pathway.contract';
import { api } from '../api';
import { ConfirmDialog } from '../components/confirm';
import { ErrorSummary, useSubmit } from '../components/form';
import { td, t } from '../i18n';
import { emptySituation, SituationFields, situationBody } from './reports-outcome';
import { contentForm, contentBody, ProgrammeFields } from './pathway-programmes';
import { type Form, lines, orNull, today, Input, Toggle } from './pathway-shared';
import './pathway.i18n';
import './records.i18n';

export function ProgrammeView({
  base,
  p,
  canEdit,
  isDirector,
  kis,
  onChanged,
}: {
  base: string;
  p: Programme;
  canEdit: boolean;
  isDirector: boolean;
  kis: boolean;
  onChanged: () => void;
}) {
  const url = `${base}/programmes/${p.id}`;
  const fact = (label: string, value: ReactNode) => (
    <div>
      <dt>{label}</dt>
      <dd>{value || '—'}</dd>
    </div>
  );
  const [confirmSign, setConfirmSign] = useState(false);
  const [confirmExit, setConfirmExit] = useState(false);
  const [sign, setSign] = useState<Form>({
    signedOn: p.admissionDate <= today() ? p.admissionDate : today(),
  });
  const [amend, setAmend] = useState<Form>(contentForm(p));
  const [ext, setExt] = useState<Form>({ months: '6', reason: '' });
  const [application, setApplication] = useState<Form>({
    applicationOn: p.benefitApplicationOn ?? '',
    grantedOn: p.benefitGrantedOn ?? '',
  });
  const applying = useSubmit();
  const [exit, setExit] = useState<Form>({
    type: 'COMPLETED',
    lastDay: today() < p.plannedEnd ? today() : p.plannedEnd,
    eventDate: '',
    continuationUntil: '',
    decisionNumber: '',
    decisionOn: '',
    complaintCourt: '',
    justification: '',
    vocationalSkills: '',
    socialSkills: '',
  });
  const signing = useSubmit();
  const amending = useSubmit();
  const extending = useSubmit();
  const exiting = useSubmit();
  const [situation, setSituation] = useState(emptySituation);
  const closing = useSubmit();
  const termination = exit.type === 'PERSISTENT_VIOLATION' || exit.type === 'PERMANENT_ABANDONMENT';
  const continuing =
    exit.type === 'EMPLOYMENT' || exit.type === 'SOCIAL_COOPERATIVE' || exit.type === 'OWN_BUSINESS';
  const exitTypes = EXIT_TYPES.filter(
    (x) => isDirector || (x !== 'PERSISTENT_VIOLATION' && x !== 'PERMANENT_ABANDONMENT'),
  );
  return (
    <>
      <dl className="facts">
        {fact(t('prog.number'), p.number)}
        {fact(t('prog.status'), <strong>{t(`prog.status.${p.status}`)}</strong>)}
        {fact(t('prog.admissionDate'), p.admissionDate)}
        {!kis && fact(t('prog.trialLastDay'), p.trialLastDay)}
        {fact(t('prog.plannedEnd'), p.plannedEnd)}
        {!kis &&
          fact(t('prog.extension'), p.extensionMonths ? t('prog.months', { count: p.extensionMonths }) : '—')}
        {!kis && fact(t('prog.limitEnd'), p.limitEnd)}
        {fact(t('prog.signedOn'), p.signedOn)}
        {fact(t('prog.workshop'), p.workshop)}
        {!kis &&
          fact(
            t('prog.weeklyHours'),
            p.weeklyHours?.toLocaleString(document.documentElement.lang === 'en' ? 'en-GB' : 'pl-PL'),
          )}
        {kis && fact(t('prog.contractNumber'), p.contractNumber)}
        {p.lastDay && fact(t('exit.lastDay'), p.lastDay)}
        {p.exitType && fact(t('exit.type'), t(`exit.type.${p.exitType}`))}
        {p.continuationUntil && fact(t('exit.continuationUntil'), p.continuationUntil)}
        {!kis &&
          fact(
            t('prog.benefitApplication'),
            p.benefitApplicationOn
              ? p.benefitGrantedOn
                ? t('prog.benefitGranted', { applied: p.benefitApplicationOn, granted: p.benefitGrantedOn })
                : t('prog.benefitPending', { applied: p.benefitApplicationOn })
              : t('prog.benefitMissing'),
          )}
      </dl>
      {p.warnings.map((w) => (
        <p key={w.code} className="alert alert-demo">
          {w.message} ({w.article})
        </p>
      ))}
      {canEdit && (
        <p className="buttons">
          <a href={`${url}/ipzs.pdf`} target="_blank" rel="noopener">
            {t(p.kind === 'KIS_CONTRACT' ? 'prog.pdfKis' : 'prog.pdf')}
          </a>
          {p.certificateNumber && (
            <a href={`${url}/certificate.pdf`} target="_blank" rel="noopener">
              {t('prog.certificate')}
            </a>
          )}
          {p.decisionNumber && (
            <a href={`${url}/decision.pdf`} target="_blank" rel="noopener">
              {t('prog.decision')}
            </a>
          )}
        </p>
      )}
      {canEdit && p.status === 'DRAFT' && isDirector && (
        <form
          noValidate
          className="subform"
          onSubmit={(e) => {
            e.preventDefault();
            setConfirmSign(true);
          }}
        >
          <ConfirmDialog
            open={confirmSign}
            title={t('confirm.signTitle', { number: p.number })}
            warning={t(p.kind === 'KIS_CONTRACT' ? 'confirm.signWarnKis' : 'confirm.signWarn', {
              date: sign.signedOn ?? '',
            })}
            confirmLabel={t('prog.sign')}
            onCancel={() => setConfirmSign(false)}
            onConfirm={async () => {
              setConfirmSign(false);
              if (
                await signing.run(() =>
                  api('POST', `${url}/sign`, { signedOn: sign.signedOn, version: p.version }),
                )
              )
                onChanged();
            }}
          />
          <h3>{t('prog.sign')}</h3>
          <p className="hint">{t('prog.signHint')}</p>
          <ErrorSummary
            errors={signing.fieldErrors}
            formError={signing.formError}
            labels={{ signedOn: t('prog.signedOn') }}
          />
          <Input
            form={sign}
            set={setSign}
            name="signedOn"
            label={t('prog.signedOn')}
            type="date"
            errors={signing.fieldErrors}
            required
          />
          <button type="submit" className="primary" disabled={signing.busy}>
            {t('prog.sign')}
          </button>
        </form>
      )}
      {canEdit && (p.status === 'DRAFT' || p.status === 'SIGNED') && (
        <Toggle label={p.status === 'SIGNED' ? t('prog.amend') : t('prog.saveDraft')}>
          {(close) => (
            <form
              noValidate
              onSubmit={async (e) => {
                e.preventDefault();
                const body = { ...contentBody(amend, kis), reason: orNull(amend.reason), version: p.version };
                if (p.status === 'SIGNED') delete (body as { admissionDate?: string }).admissionDate;
                if (await amending.run(() => api('PATCH', url, body))) {
                  close();
                  onChanged();
                }
              }}
            >
              <h3>{p.status === 'SIGNED' ? t('prog.amend') : t('prog.saveDraft')}</h3>
              <ErrorSummary
                errors={amending.fieldErrors}
                formError={amending.formError}
                labels={{
                  reason: t('prog.amendReason'),
                  weeklyHours: t('prog.weeklyHours'),
                  admissionDate: t('prog.admissionDate'),
                }}
              />
              <ProgrammeFields
                form={amend}
                set={setAmend}
                errors={amending.fieldErrors}
                kis={kis}
                lockAdmission={p.status === 'SIGNED'}
              />
              <Input
                form={amend}
                set={setAmend}
                name="reason"
                label={t('prog.amendReason')}
                errors={amending.fieldErrors}
                rows={2}
                required={p.status === 'SIGNED'}
              />
              <div className="buttons">
                <button type="submit" className="primary" disabled={amending.busy}>
                  {p.status === 'SIGNED' ? t('prog.saveAmend') : t('prog.saveDraft')}
                </button>
                <button type="button" onClick={close}>
                  {t('form.cancel')}
                </button>
              </div>
            </form>
          )}
        </Toggle>
      )}
      {canEdit && !kis && p.status !== 'CLOSED' && (
        <Toggle label={t('prog.benefitRecord')}>
          {(close) => (
            <form
              noValidate
              onSubmit={async (e) => {
                e.preventDefault();
                const granted = isDirector ? application.grantedOn !== '' : p.benefitGrantedOn !== null;
                if (
                  await applying.run(() =>
                    api('PUT', `${url}/benefit-application`, {
                      applicationOn: application.applicationOn,
                      granted,
                      grantedOn: isDirector && granted ? application.grantedOn : undefined,
                      version: p.version,
                    }),
                  )
                ) {
                  close();
                  onChanged();
                }
              }}
            >
              <h3>{t('prog.benefitRecord')}</h3>
              <p className="muted">{t('prog.benefitHint')}</p>
              <ErrorSummary
                errors={applying.fieldErrors}
                formError={applying.formError}
                labels={{
                  applicationOn: t('prog.benefitApplicationOn'),
                  grantedOn: t('prog.benefitGrantedOn'),
                  granted: t('prog.benefitGrantedOn'),
                }}
              />
              <Input
                form={application}
                set={setApplication}
                name="applicationOn"
                label={t('prog.benefitApplicationOn')}
                type="date"
                errors={applying.fieldErrors}
                required
              />
              {isDirector && (
                <Input
                  form={application}
                  set={setApplication}
                  name="grantedOn"
                  label={t('prog.benefitGrantedOn')}
                  type="date"
                  errors={applying.fieldErrors}
                  hint={t('prog.benefitGrantedHint')}
                />
              )}
              <div className="buttons">
                <button type="submit" className="primary" disabled={applying.busy}>
                  {t('form.save')}
                </button>
                <button type="button" onClick={close}>
                  {t('form.cancel')}
                </button>
              </div>
            </form>
          )}
        </Toggle>
      )}
      {canEdit && p.status === 'SIGNED' && !kis && (
        <Toggle label={t('prog.extend')}>
          {(close) => (
            <form
              noValidate
              onSubmit={async (e) => {
                e.preventDefault();
                if (
                  await extending.run(() =>
                    api('POST', `${url}/extend`, {
                      months: Number(ext.months),
                      reason: ext.reason,
                      version: p.version,
                    }),
                  )
                ) {
                  close();
                  onChanged();
                }
              }}
            >
              <h3>{t('prog.extend')}</h3>
              <ErrorSummary
                errors={extending.fieldErrors}
                formError={extending.formError}
                labels={{ months: t('prog.extendMonths'), reason: t('prog.extendReason') }}
              />
              <Input
                form={ext}
                set={setExt}
                name="months"
                label={t('prog.extendMonths')}
                type="number"
                errors={extending.fieldErrors}
                required
                hint={
                  p.maxExtensionMonths !== null
                    ? t('prog.extendHint', { max: p.maxExtensionMonths, limit: p.limitEnd ?? '' })
                    : undefined
                }
              />
              <Input
                form={ext}
                set={setExt}
                name="reason"
                label={t('prog.extendReason')}
                errors={extending.fieldErrors}
                rows={2}
                required
              />
              <div className="buttons">
                <button type="submit" className="primary" disabled={extending.busy}>
                  {t('prog.extend')}
                </button>
                <button type="button" onClick={close}>
                  {t('form.cancel')}
                </button>
              </div>
            </form>
          )}
        </Toggle>
      )}
      {canEdit && p.status === 'SIGNED' && (
        <Toggle label={t('prog.exit')}>
          {(close) => (
            <form
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                setConfirmExit(true);
              }}
            >
              <ConfirmDialog
                open={confirmExit}
                title={t('confirm.exitTitle')}
                warning={t('confirm.exitWarn', { date: exit.lastDay ?? '' })}
                confirmLabel={t('exit.save')}
                onCancel={() => setConfirmExit(false)}
                onConfirm={async () => {
                  setConfirmExit(false);
                  const body = {
                    type: exit.type,
                    lastDay: exit.lastDay,
                    eventDate: continuing ? orNull(exit.eventDate) : null,
                    continuationUntil: continuing ? orNull(exit.continuationUntil) : null,
                    decisionNumber: termination ? orNull(exit.decisionNumber) : null,
                    decisionOn: termination ? orNull(exit.decisionOn) : null,
                    complaintCourt: termination ? orNull(exit.complaintCourt) : null,
                    justification: orNull(exit.justification),
                    vocationalSkills: lines(exit.vocationalSkills ?? ''),
                    socialSkills: lines(exit.socialSkills ?? ''),
                    situation: situationBody(situation),
                    version: p.version,
                  };
                  if (await exiting.run(() => api('POST', `${url}/exit`, body))) {
                    close();
                    onChanged();
                  }
                }}
              />
              <h3>{t('prog.exit')}</h3>
              <ErrorSummary
                errors={exiting.fieldErrors}
                formError={exiting.formError}
                labels={{
                  type: t('exit.type'),
                  lastDay: t('exit.lastDay'),
                  eventDate: t('exit.eventDate'),
                  continuationUntil: t('exit.continuationUntil'),
                  decisionNumber: t('exit.decisionNumber'),
                  decisionOn: t('exit.decisionOn'),
                  complaintCourt: t('exit.complaintCourt'),
                  justification: t('exit.justification'),
                }}
              />
              <Input
                form={exit}
                set={setExit}
                name="type"
                label={t('exit.type')}
                errors={exiting.fieldErrors}
                options={exitTypes.map((x) => ({ value: x, label: t(`exit.type.${x}`) }))}
              />
              <div className="row">
                <Input
                  form={exit}
                  set={setExit}
                  name="lastDay"
                  label={t('exit.lastDay')}
                  type="date"
                  errors={exiting.fieldErrors}
                  required
                />
                {continuing && (
                  <Input
                    form={exit}
                    set={setExit}
                    name="eventDate"
                    label={t('exit.eventDate')}
                    type="date"
                    errors={exiting.fieldErrors}
                    required
                  />
                )}
                {continuing && !kis && (
                  <Input
                    form={exit}
                    set={setExit}
                    name="continuationUntil"
                    label={t('exit.continuationUntil')}
                    type="date"
                    errors={exiting.fieldErrors}
                    hint={t('exit.continuationHint')}
                  />
                )}
              </div>
              {termination && (
                <div className="row">
                  <Input
                    form={exit}
                    set={setExit}
                    name="decisionNumber"
                    label={t('exit.decisionNumber')}
                    errors={exiting.fieldErrors}
                    required
                  />
                  <Input
                    form={exit}
                    set={setExit}
                    name="decisionOn"
                    label={t('exit.decisionOn')}
                    type="date"
                    errors={exiting.fieldErrors}
                    required
                  />
                  <Input
                    form={exit}
                    set={setExit}
                    name="complaintCourt"
                    label={t('exit.complaintCourt')}
                    errors={exiting.fieldErrors}
                    required
                  />
                </div>
              )}
              <SituationFields value={situation} onChange={setSituation} errors={exiting.fieldErrors} />
              <Input
                form={exit}
                set={setExit}
                name="justification"
                label={t('exit.justification')}
                errors={exiting.fieldErrors}
                rows={2}
                required={termination}
              />
              <Input
                form={exit}
                set={setExit}
                name="vocationalSkills"
                label={t('exit.vocationalSkills')}
                errors={exiting.fieldErrors}
                rows={3}
              />
              <Input
                form={exit}
                set={setExit}
                name="socialSkills"
                label={t('exit.socialSkills')}
                errors={exiting.fieldErrors}
                rows={3}
              />
              <div className="buttons">
                <button type="submit" className="primary" disabled={exiting.busy}>
                  {t('exit.save')}
                </button>
                <button type="button" onClick={close}>
                  {t('form.cancel')}
                </button>
              </div>
            </form>
          )}
        </Toggle>
      )}
      {canEdit && p.status === 'CONTINUING' && (
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (
              await closing.run(() => api('POST', `${url}/close`, { closedOn: today(), version: p.version }))
            )
              onChanged();
          }}
        >
          <ErrorSummary
            errors={closing.fieldErrors}
            formError={closing.formError}
            labels={{ closedOn: t('prog.closedOn') }}
          />
          <button type="submit" disabled={closing.busy}>
            {t('prog.close')}
          </button>
        </form>
      )}
      {p.versions.length > 0 && (
        <details>
          <summary>
            {t('prog.history')} ({p.versions.length})
          </summary>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('prog.version')}</th>
                  <th scope="col">{t('prog.change')}</th>
                  <th scope="col">{t('prog.changedFields')}</th>
                  <th scope="col">{t('prog.reason')}</th>
                  <th scope="col">{t('prog.by')}</th>
                  <th scope="col">{t('prog.when')}</th>
                </tr>
              </thead>
              <tbody>
                {p.versions.map((v) => (
                  <tr key={v.version}>
                    <td>{v.version}</td>
                    <td>{td(`prog.change.${v.changeKind}`)}</td>
                    <td>{v.changedFields.join(', ') || '—'}</td>
                    <td>{v.reason ?? '—'}</td>
                    <td>{v.changedBy ?? '—'}</td>
                    <td>{new Date(v.changedAt).toLocaleString('pl-PL')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </>
  );
}
