/** The end of participation: its type, dates, the director's decision where needed, the situation after. */
import { useState } from 'react';
import { z } from 'zod';
import { EXIT_TYPES, ProgrammeExitSchema } from '../../../src/contracts/pathway-programme.contract';
import { api } from '../api';
import { ConfirmDialog } from '../components/confirm';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { FormInput } from './pathway-field';
import { PathwayForm } from './pathway-form';
import type { ProgrammeFormProps } from './pathway-programme-forms';
import { lines, orNull, today, Toggle } from './pathway-shared';
import { emptySituation, type SituationForm, SituationFields, situationBody } from './reports-outcome';
import './pathway.i18n';
import './records.i18n';

type ExitForm = {
  type: string;
  lastDay: string;
  eventDate: string;
  continuationUntil: string;
  decisionNumber: string;
  decisionOn: string;
  complaintCourt: string;
  justification: string;
  vocationalSkills: string;
  socialSkills: string;
  situation: SituationForm;
};

const isTermination = (type: string) => type === 'PERSISTENT_VIOLATION' || type === 'PERMANENT_ABANDONMENT';
const isContinuing = (type: string) =>
  type === 'EMPLOYMENT' || type === 'SOCIAL_COOPERATIVE' || type === 'OWN_BUSINESS';

export function ExitProgramme({ url, p, kis, isDirector, onChanged }: ProgrammeFormProps) {
  const [confirm, setConfirm] = useState(false);
  /** The exit as sent: only the fields the exit type asks for. */
  const bodyOf = (v: ExitForm) => {
    const termination = isTermination(v.type);
    const continuing = isContinuing(v.type);
    return {
      type: v.type,
      lastDay: v.lastDay,
      eventDate: continuing ? orNull(v.eventDate) : null,
      continuationUntil: continuing ? orNull(v.continuationUntil) : null,
      decisionNumber: termination ? orNull(v.decisionNumber) : null,
      decisionOn: termination ? orNull(v.decisionOn) : null,
      complaintCourt: termination ? orNull(v.complaintCourt) : null,
      justification: orNull(v.justification),
      vocationalSkills: lines(v.vocationalSkills),
      socialSkills: lines(v.socialSkills),
      situation: situationBody(v.situation),
      version: p.version,
    };
  };
  const exiting = useApiForm<ExitForm>({
    defaultValues: {
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
      situation: emptySituation,
    },
    schema: z.preprocess((v) => bodyOf(v as ExitForm), ProgrammeExitSchema),
  });
  const { register, form, fieldErrors } = exiting;
  const type = form.watch('type');
  const termination = isTermination(type);
  const continuing = isContinuing(type);
  const exitTypes = EXIT_TYPES.filter(
    (x) => isDirector || (x !== 'PERSISTENT_VIOLATION' && x !== 'PERMANENT_ABANDONMENT'),
  );
  return (
    <Toggle label={t('prog.exit')}>
      {(close) => (
        <PathwayForm
          form={exiting}
          onSubmit={form.handleSubmit(() => setConfirm(true))}
          before={
            <ConfirmDialog
              open={confirm}
              title={t('confirm.exitTitle')}
              warning={t('confirm.exitWarn', { date: form.getValues('lastDay') ?? '' })}
              confirmLabel={t('exit.save')}
              onCancel={() => setConfirm(false)}
              onConfirm={async () => {
                setConfirm(false);
                await exiting.onSubmit(async (v) => {
                  await api('POST', `${url}/exit`, bodyOf(v));
                  close();
                  onChanged();
                })();
              }}
            />
          }
          title={t('prog.exit')}
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
          submitLabel={t('exit.save')}
          onCancel={close}
        >
          <FormInput
            register={register}
            name="type"
            label={t('exit.type')}
            errors={fieldErrors}
            options={exitTypes.map((x) => ({ value: x, label: t(`exit.type.${x}`) }))}
          />
          <div className="row">
            <FormInput
              register={register}
              name="lastDay"
              label={t('exit.lastDay')}
              type="date"
              errors={fieldErrors}
              required
            />
            {continuing && (
              <FormInput
                register={register}
                name="eventDate"
                label={t('exit.eventDate')}
                type="date"
                errors={fieldErrors}
                required
              />
            )}
            {continuing && !kis && (
              <FormInput
                register={register}
                name="continuationUntil"
                label={t('exit.continuationUntil')}
                type="date"
                errors={fieldErrors}
                hint={t('exit.continuationHint')}
              />
            )}
          </div>
          {termination && (
            <div className="row">
              <FormInput
                register={register}
                name="decisionNumber"
                label={t('exit.decisionNumber')}
                errors={fieldErrors}
                required
              />
              <FormInput
                register={register}
                name="decisionOn"
                label={t('exit.decisionOn')}
                type="date"
                errors={fieldErrors}
                required
              />
              <FormInput
                register={register}
                name="complaintCourt"
                label={t('exit.complaintCourt')}
                errors={fieldErrors}
                required
              />
            </div>
          )}
          <SituationFields
            value={form.watch('situation')}
            onChange={(v) => form.setValue('situation', v, { shouldDirty: true })}
            errors={fieldErrors}
          />
          <FormInput
            register={register}
            name="justification"
            label={t('exit.justification')}
            errors={fieldErrors}
            rows={2}
            required={termination}
          />
          {(['vocationalSkills', 'socialSkills'] as const).map((name) => (
            <FormInput
              key={name}
              register={register}
              name={name}
              label={t(`exit.${name}`)}
              errors={fieldErrors}
              rows={3}
            />
          ))}
        </PathwayForm>
      )}
    </Toggle>
  );
}
