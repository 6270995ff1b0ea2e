/** The eligibility decision and its reasons. */
import { useState } from 'react';
import type { Decision, Pathway } from '../../../src/contracts/pathway.contract';
import { BENEFIT_CODES, ELIGIBILITY_GROUPS } from '../../../src/domain/types';
import { api } from '../api';
import { CheckboxGroup, ErrorSummary, useSubmit } from '../components/form';
import { td, t } from '../i18n';
import { type Form, orNull, today, Input, Section, Toggle } from './pathway-shared';
import './pathway.i18n';

export function ReasonList({ d }: { d: Decision }) {
  return (
    <ul className="reasons">
      {d.reasons.map((r, i) => (
        <li key={i} className={`reason-${r.effect}`}>
          <span className="badge">{t(`elig.effect.${r.effect}`)}</span> {r.message}{' '}
          <span className="muted">({r.article})</span>
        </li>
      ))}
    </ul>
  );
}

export function Eligibility({
  base,
  pathway,
  registeredGroups,
  canEdit,
  onChanged,
}: {
  base: string;
  pathway: Pathway;
  /** The groups entered at registration: the decision starts from them (the worker confirms or changes). */
  registeredGroups: string[];
  canEdit: boolean;
  onChanged: () => void;
}) {
  const open = pathway.referrals.filter(
    (r) =>
      r.status === 'RECEIVED' || r.status === 'REFUSED' || r.status === 'WAITING' || r.status === 'ELIGIBLE',
  );
  const [form, setForm] = useState<Form>({
    referralId: open[0]?.id ?? '',
    decidedOn: today(),
    justification: '',
    refuseReason: '',
    note: '',
    declaration: '',
  });
  const [groups, setGroups] = useState<string[]>(registeredGroups);
  const [benefits, setBenefits] = useState<string[]>([]);
  const [ev, setEv] = useState<Form>({
    group: 'LONG_TERM_UNEMPLOYED',
    documentType: '',
    documentNumber: '',
    issuer: '',
    issuedOn: '',
    validUntil: '',
  });
  const decide = useSubmit();
  const evidence = useSubmit();
  const labels = {
    referralId: t('elig.referral'),
    decidedOn: t('elig.decidedOn'),
    groups: t('elig.groups'),
    declarationSigned: t('elig.declaration'),
    justification: t('elig.justification'),
  };
  return (
    <Section id="eligibility" title={t('elig.title')}>
      {(pathway.decisions ?? []).map((d) => (
        <div key={d.id} className={`decision decision-${d.outcome}`}>
          <h3>
            {t(`elig.outcome.${d.outcome}`)}
            {d.waitingList && ` — ${t('elig.waiting')}`} <span className="muted">({d.decidedOn})</span>
          </h3>
          <p>{d.groups.map((g) => td(`group.${g}`)).join(', ')}</p>
          <ReasonList d={d} />
        </div>
      ))}
      <h3>{t('elig.evidence')}</h3>
      {(pathway.evidence ?? []).length === 0 ? (
        <p className="muted">{t('elig.evidenceNone')}</p>
      ) : (
        <ul className="plain">
          {pathway.evidence!.map((e) => (
            <li key={e.id}>
              {td(`group.${e.group}`)}: {e.documentType}
              {e.documentNumber && ` nr ${e.documentNumber}`}
              {e.issuer && `, ${e.issuer}`}
              {e.issuedOn && `, ${e.issuedOn}`}
              {e.validUntil && ` – ${e.validUntil}`}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <Toggle label={t('elig.addEvidence')}>
          {(close) => (
            <form
              noValidate
              onSubmit={async (e) => {
                e.preventDefault();
                const body = {
                  group: ev.group,
                  documentType: ev.documentType,
                  documentNumber: orNull(ev.documentNumber),
                  issuer: orNull(ev.issuer),
                  issuedOn: orNull(ev.issuedOn),
                  validUntil: orNull(ev.validUntil),
                };
                if (await evidence.run(() => api('POST', `${base}/evidence`, body))) {
                  close();
                  onChanged();
                }
              }}
            >
              <ErrorSummary
                errors={evidence.fieldErrors}
                formError={evidence.formError}
                labels={{ documentType: t('elig.documentType'), validUntil: t('elig.validUntil') }}
              />
              <div className="row">
                <Input
                  form={ev}
                  set={setEv}
                  name="group"
                  label={t('elig.group')}
                  errors={evidence.fieldErrors}
                  options={ELIGIBILITY_GROUPS.map((g) => ({ value: g, label: t(`group.${g}`) }))}
                />
                <Input
                  form={ev}
                  set={setEv}
                  name="documentType"
                  label={t('elig.documentType')}
                  errors={evidence.fieldErrors}
                  required
                />
                <Input
                  form={ev}
                  set={setEv}
                  name="documentNumber"
                  label={t('elig.documentNumber')}
                  errors={evidence.fieldErrors}
                />
              </div>
              <div className="row">
                <Input
                  form={ev}
                  set={setEv}
                  name="issuer"
                  label={t('elig.issuer')}
                  errors={evidence.fieldErrors}
                />
                <Input
                  form={ev}
                  set={setEv}
                  name="issuedOn"
                  label={t('elig.issuedOn')}
                  type="date"
                  errors={evidence.fieldErrors}
                />
                <Input
                  form={ev}
                  set={setEv}
                  name="validUntil"
                  label={t('elig.validUntil')}
                  type="date"
                  errors={evidence.fieldErrors}
                />
              </div>
              <div className="buttons">
                <button type="submit" className="primary" disabled={evidence.busy}>
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
      {canEdit && open.length > 0 && (
        <Toggle label={t('elig.decide')} open={(pathway.decisions ?? []).length === 0}>
          {(close) => (
            <form
              noValidate
              onSubmit={async (e) => {
                e.preventDefault();
                const body = {
                  referralId: form.referralId,
                  decidedOn: form.decidedOn,
                  groups,
                  declaredBenefits: benefits,
                  declarationSigned: form.declaration === 'yes',
                  justification: orNull(form.justification),
                  refuseReason: orNull(form.refuseReason),
                  note: orNull(form.note),
                };
                if (await decide.run(() => api('POST', `${base}/eligibility-decisions`, body))) {
                  close();
                  onChanged();
                }
              }}
            >
              <h3>{t('elig.decide')}</h3>
              <ErrorSummary errors={decide.fieldErrors} formError={decide.formError} labels={labels} />
              <div className="row">
                <Input
                  form={form}
                  set={setForm}
                  name="referralId"
                  label={labels.referralId}
                  errors={decide.fieldErrors}
                  options={open.map((r) => ({
                    value: r.id,
                    label: `${r.referredOn} — ${r.referringBody ?? ''}`,
                  }))}
                />
                <Input
                  form={form}
                  set={setForm}
                  name="decidedOn"
                  label={labels.decidedOn}
                  type="date"
                  errors={decide.fieldErrors}
                  required
                />
              </div>
              <CheckboxGroup
                name="groups"
                legend={labels.groups}
                value={groups}
                onChange={setGroups}
                options={ELIGIBILITY_GROUPS.map((g) => ({ value: g, label: t(`group.${g}`) }))}
                error={decide.fieldErrors.groups}
              />
              <CheckboxGroup
                name="declaredBenefits"
                legend={t('elig.benefits')}
                value={benefits}
                onChange={setBenefits}
                options={BENEFIT_CODES.map((b) => ({ value: b, label: t(`benefitCode.${b}`) }))}
              />
              <div className={`field${decide.fieldErrors.declarationSigned ? ' field-invalid' : ''}`}>
                <label className="check">
                  <input
                    type="checkbox"
                    id="f-declarationSigned"
                    checked={form.declaration === 'yes'}
                    onChange={(e) => setForm({ ...form, declaration: e.target.checked ? 'yes' : '' })}
                  />{' '}
                  {labels.declarationSigned}
                </label>
                {decide.fieldErrors.declarationSigned && (
                  <p className="field-error">{decide.fieldErrors.declarationSigned}</p>
                )}
              </div>
              <Input
                form={form}
                set={setForm}
                name="justification"
                label={labels.justification}
                errors={decide.fieldErrors}
                rows={2}
              />
              <Input
                form={form}
                set={setForm}
                name="refuseReason"
                label={t('elig.refuseReason')}
                errors={decide.fieldErrors}
                rows={2}
              />
              <div className="buttons">
                <button type="submit" className="primary" disabled={decide.busy}>
                  {t('elig.decide')}
                </button>
                <button type="button" onClick={close}>
                  {t('form.cancel')}
                </button>
              </div>
            </form>
          )}
        </Toggle>
      )}
    </Section>
  );
}
