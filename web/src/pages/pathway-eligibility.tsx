/** The eligibility decision and its reasons. */
import { z } from 'zod';
import {
  type Decision,
  DecisionCreateSchema,
  EvidenceCreateSchema,
} from '../../../src/contracts/pathway.contract';
import { BENEFIT_CODES, ELIGIBILITY_GROUPS } from '../../../src/domain/types';
import { api } from '../api';
import { CheckboxGroup } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { td, t } from '../i18n';
import { FormInput } from './pathway-field';
import { ToggleForm } from './pathway-form';
import { orNull, type SectionProps, Section, today } from './pathway-shared';
import './pathway.i18n';

type DecisionForm = {
  referralId: string;
  decidedOn: string;
  groups: string[];
  declaredBenefits: string[];
  declarationSigned: boolean;
  justification: string;
  refuseReason: string;
  note: string;
};
const decisionBody = (f: DecisionForm) => ({
  ...f,
  justification: orNull(f.justification),
  refuseReason: orNull(f.refuseReason),
  note: orNull(f.note),
});

type EvidenceForm = {
  group: string;
  documentType: string;
  documentNumber: string;
  issuer: string;
  issuedOn: string;
  validUntil: string;
};
const evidenceBody = (f: EvidenceForm) => ({
  group: f.group,
  documentType: f.documentType,
  documentNumber: orNull(f.documentNumber),
  issuer: orNull(f.issuer),
  issuedOn: orNull(f.issuedOn),
  validUntil: orNull(f.validUntil),
});

// The browser checks exactly the body the server will check (its contract), before anything is sent.
const decisionForm = z.preprocess((v) => decisionBody(v as DecisionForm), DecisionCreateSchema);
const evidenceForm = z.preprocess((v) => evidenceBody(v as EvidenceForm), EvidenceCreateSchema);

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
}: SectionProps & {
  /** The groups entered at registration: the decision starts from them (the worker confirms or changes). */
  registeredGroups: string[];
}) {
  const open = pathway.referrals.filter(
    (r) =>
      r.status === 'RECEIVED' || r.status === 'REFUSED' || r.status === 'WAITING' || r.status === 'ELIGIBLE',
  );
  const decide = useApiForm<DecisionForm>({
    defaultValues: {
      referralId: open[0]?.id ?? '',
      decidedOn: today(),
      groups: registeredGroups,
      declaredBenefits: [],
      declarationSigned: false,
      justification: '',
      refuseReason: '',
      note: '',
    },
    schema: decisionForm,
  });
  const evidence = useApiForm<EvidenceForm>({
    defaultValues: {
      group: 'LONG_TERM_UNEMPLOYED',
      documentType: '',
      documentNumber: '',
      issuer: '',
      issuedOn: '',
      validUntil: '',
    },
    schema: evidenceForm,
  });
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
        <ToggleForm
          toggle={t('elig.addEvidence')}
          form={evidence}
          send={(values) => api('POST', `${base}/evidence`, evidenceBody(values))}
          onDone={onChanged}
          labels={{ documentType: t('elig.documentType'), validUntil: t('elig.validUntil') }}
          submitLabel={t('form.save')}
        >
          <div className="row">
            <FormInput
              register={evidence.register}
              name="group"
              label={t('elig.group')}
              errors={evidence.fieldErrors}
              options={ELIGIBILITY_GROUPS.map((g) => ({ value: g, label: t(`group.${g}`) }))}
            />
            <FormInput
              register={evidence.register}
              name="documentType"
              label={t('elig.documentType')}
              errors={evidence.fieldErrors}
              required
            />
            <FormInput
              register={evidence.register}
              name="documentNumber"
              label={t('elig.documentNumber')}
              errors={evidence.fieldErrors}
            />
          </div>
          <div className="row">
            <FormInput
              register={evidence.register}
              name="issuer"
              label={t('elig.issuer')}
              errors={evidence.fieldErrors}
            />
            <FormInput
              register={evidence.register}
              name="issuedOn"
              label={t('elig.issuedOn')}
              type="date"
              errors={evidence.fieldErrors}
            />
            <FormInput
              register={evidence.register}
              name="validUntil"
              label={t('elig.validUntil')}
              type="date"
              errors={evidence.fieldErrors}
            />
          </div>
        </ToggleForm>
      )}
      {canEdit && open.length > 0 && (
        <ToggleForm
          toggle={t('elig.decide')}
          open={(pathway.decisions ?? []).length === 0}
          form={decide}
          send={(values) => api('POST', `${base}/eligibility-decisions`, decisionBody(values))}
          onDone={onChanged}
          title={t('elig.decide')}
          labels={labels}
          submitLabel={t('elig.decide')}
        >
          <div className="row">
            <FormInput
              register={decide.register}
              name="referralId"
              label={labels.referralId}
              errors={decide.fieldErrors}
              options={open.map((r) => ({
                value: r.id,
                label: `${r.referredOn} — ${r.referringBody ?? ''}`,
              }))}
            />
            <FormInput
              register={decide.register}
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
            value={decide.form.watch('groups')}
            onChange={(v) => decide.form.setValue('groups', v, { shouldDirty: true })}
            options={ELIGIBILITY_GROUPS.map((g) => ({ value: g, label: t(`group.${g}`) }))}
            error={decide.fieldErrors.groups}
          />
          <CheckboxGroup
            name="declaredBenefits"
            legend={t('elig.benefits')}
            value={decide.form.watch('declaredBenefits')}
            onChange={(v) => decide.form.setValue('declaredBenefits', v, { shouldDirty: true })}
            options={BENEFIT_CODES.map((b) => ({ value: b, label: t(`benefitCode.${b}`) }))}
          />
          <div className={`field${decide.fieldErrors.declarationSigned ? ' field-invalid' : ''}`}>
            <label className="check">
              <input type="checkbox" id="f-declarationSigned" {...decide.register('declarationSigned')} />{' '}
              {labels.declarationSigned}
            </label>
            {decide.fieldErrors.declarationSigned && (
              <p className="field-error">{decide.fieldErrors.declarationSigned}</p>
            )}
          </div>
          <FormInput
            register={decide.register}
            name="justification"
            label={labels.justification}
            errors={decide.fieldErrors}
            rows={2}
          />
          <FormInput
            register={decide.register}
            name="refuseReason"
            label={t('elig.refuseReason')}
            errors={decide.fieldErrors}
            rows={2}
          />
        </ToggleForm>
      )}
    </Section>
  );
}
