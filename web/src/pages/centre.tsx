import { useState } from 'react';
import { z } from 'zod';
import {
  type Centre,
  CentreInputSchema,
  CentreSettingsSchema,
  CentreUpdateSchema,
} from '../../../src/contracts/centre.contract';
import { ROLES, type Role } from '../../../src/contracts/common';
import { api } from '../api';
import { BackupDownload } from '../components/backup-download';
import {
  CentreFields,
  type CentreForm,
  centreLabels,
  centrePayload,
  emptyCentre,
} from '../components/centre-fields';
import { CheckboxGroup, ErrorSummary, Field } from '../components/form';
import { numberText, useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { queryClient, useApiQuery } from '../query';
import './partners.i18n';

const toForm = (c: Centre): CentreForm => ({
  type: c.type,
  name: c.name,
  regon: c.regon,
  nip: c.nip,
  street: c.street,
  buildingNo: c.buildingNo,
  flatNo: c.flatNo ?? '',
  postalCode: c.postalCode,
  city: c.city,
  gminaCode: c.gminaCode,
  email: c.email ?? '',
  phone: c.phone ?? '',
  foundingInstitutionName: c.foundingInstitutionName,
  foundingInstitutionType: c.foundingInstitutionType,
  statusDate: c.statusDate,
});

/** The settings as the inputs hold them: numbers and the account number as text until sent. */
type SettingsForm = {
  capacity: string;
  communityInterviewRequired: boolean;
  sickNoteRequired: boolean;
  bonusFullAttendancePercent: string;
  bankAccount: string;
  totpRequiredRoles: Role[];
  transferExpiryDays: string;
};
type CentrePageForm = CentreForm & { settings: SettingsForm };

const toSettings = (s: Centre['settings']): SettingsForm => ({
  capacity: s.capacity === null ? '' : String(s.capacity),
  communityInterviewRequired: s.communityInterviewRequired,
  sickNoteRequired: s.sickNoteRequired,
  bonusFullAttendancePercent:
    s.bonusFullAttendancePercent === null ? '' : String(s.bonusFullAttendancePercent),
  bankAccount: s.bankAccount ?? '',
  totpRequiredRoles: s.totpRequiredRoles,
  transferExpiryDays: String(s.transferExpiryDays),
});

const number = (v: string) => Number(v.trim().replace(',', '.'));
const blankOr = (schema: z.ZodType<unknown, number>) => z.union([z.literal(''), numberText(schema)]);
const settingsShape = CentreSettingsSchema.shape;
const updateSettings = CentreUpdateSchema.shape.settings.unwrap().shape;

/** The contract's checks of a centre and its settings, on the text the inputs hold. */
const centreForm = CentreInputSchema.extend({
  settings: CentreSettingsSchema.extend({
    capacity: blankOr(settingsShape.capacity.unwrap().unwrap()),
    bonusFullAttendancePercent: blankOr(settingsShape.bonusFullAttendancePercent.unwrap().unwrap()),
    transferExpiryDays: numberText(settingsShape.transferExpiryDays.unwrap()),
    bankAccount: updateSettings.bankAccount,
  }),
});

const settingsPayload = (s: SettingsForm): Centre['settings'] => ({
  capacity: s.capacity.trim() === '' ? null : number(s.capacity),
  communityInterviewRequired: s.communityInterviewRequired,
  sickNoteRequired: s.sickNoteRequired,
  bonusFullAttendancePercent:
    s.bonusFullAttendancePercent.trim() === '' ? null : number(s.bonusFullAttendancePercent),
  bankAccount: s.bankAccount || null,
  totpRequiredRoles: s.totpRequiredRoles,
  transferExpiryDays: number(s.transferExpiryDays),
});

export function CentrePage({
  canEdit,
  onCentresChanged,
}: {
  canEdit: boolean;
  onCentresChanged: () => void;
}) {
  const centre = useApiQuery<Centre>('/api/v1/centre').data;
  if (!centre)
    return (
      <main id="main">
        <p>{t('app.loading')}</p>
      </main>
    );
  return (
    <CentreEditor key={centre.id} centre={centre} canEdit={canEdit} onCentresChanged={onCentresChanged} />
  );
}

function CentreEditor({
  centre,
  canEdit,
  onCentresChanged,
}: {
  centre: Centre;
  canEdit: boolean;
  onCentresChanged: () => void;
}) {
  const [saved, setSaved] = useState<string | null>(null);
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<CentrePageForm>({
    defaultValues: { ...toForm(centre), settings: toSettings(centre.settings) },
    schema: centreForm,
  });
  const values = form.watch();
  const { settings, ...centreFields } = values;

  const save = onSubmit(async (v) => {
    setSaved(null);
    const { settings: s, ...fields } = v;
    const result = await api<Centre>('PATCH', '/api/v1/centre', {
      ...centrePayload(fields),
      settings: settingsPayload(s),
      version: centre.version,
    });
    queryClient.setQueryData(['/api/v1/centre'], result);
    form.reset({ ...toForm(result), settings: toSettings(result.settings) });
    setSaved(t('form.saved'));
    onCentresChanged();
  });

  const labels = { ...centreLabels(values.type), 'settings.capacity': t('centre.capacity') };
  return (
    <main id="main">
      <h1>{centre.name}</h1>
      <div role="status" aria-live="polite">
        {saved && <p className="alert alert-ok">{saved}</p>}
      </div>
      {!canEdit && <p className="muted">{t('centre.readOnly')}</p>}
      <form noValidate onSubmit={save}>
        <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
        <fieldset className="card" disabled={!canEdit}>
          <legend className="h2">{t('setup.centre')}</legend>
          <CentreFields
            form={centreFields}
            set={(p) => setPatch(form.setValue, p)}
            errors={fieldErrors}
            disabled={!canEdit}
          />
        </fieldset>
        <fieldset className="card" disabled={!canEdit}>
          <legend className="h2">{t('centre.settings')}</legend>
          <Field
            name="settings.capacity"
            label={t('centre.capacity')}
            error={fieldErrors['settings.capacity']}
          >
            {(p) => (
              <input {...p} type="number" min={1} inputMode="numeric" {...register('settings.capacity')} />
            )}
          </Field>
          <label className="check">
            <input type="checkbox" {...register('settings.communityInterviewRequired')} />
            {t('centre.communityInterview')}
          </label>
          <Field
            name="settings.bankAccount"
            label={t('centre.bankAccount')}
            hint={t('centre.bankAccountHint')}
            error={fieldErrors['settings.bankAccount']}
          >
            {(p) => <input {...p} inputMode="numeric" {...register('settings.bankAccount')} />}
          </Field>
          <Field
            name="settings.bonusFullAttendancePercent"
            label={t('centre.bonusPercent')}
            hint={t('centre.bonusPercentHint')}
            error={fieldErrors['settings.bonusFullAttendancePercent']}
          >
            {(p) => (
              <input
                {...p}
                type="number"
                min={0}
                max={100}
                inputMode="decimal"
                {...register('settings.bonusFullAttendancePercent')}
              />
            )}
          </Field>
          <Field
            name="settings.transferExpiryDays"
            label={t('centre.transferExpiryDays')}
            hint={t('centre.transferExpiryDaysHint')}
            error={fieldErrors['settings.transferExpiryDays']}
          >
            {(p) => (
              <input
                {...p}
                type="number"
                min={1}
                max={180}
                inputMode="numeric"
                {...register('settings.transferExpiryDays')}
              />
            )}
          </Field>
          <label className="check">
            <input type="checkbox" {...register('settings.sickNoteRequired')} />
            {t('centre.sickNoteRequired')}
          </label>
          <CheckboxGroup<Role>
            name="totpRoles"
            legend={t('centre.totpRoles')}
            options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            value={settings.totpRequiredRoles}
            onChange={(v) => form.setValue('settings.totpRequiredRoles', v, { shouldDirty: true })}
          />
        </fieldset>
        {canEdit && (
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('form.saving') : t('form.save')}
          </button>
        )}
      </form>
      {canEdit && <AddCentre onAdded={onCentresChanged} />}
      {canEdit && <BackupDownload />}
    </main>
  );
}

/** The shared centre fields report a change as a patch; each changed field goes into the form. */
function setPatch(
  setValue: (name: never, value: never, options: { shouldDirty: boolean }) => void,
  patch: Partial<CentreForm>,
) {
  for (const [name, value] of Object.entries(patch))
    setValue(name as never, value as never, { shouldDirty: true });
}

function AddCentre({ onAdded }: { onAdded: () => void }) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { form, fieldErrors, formError, busy, onSubmit } = useApiForm<CentreForm>({
    defaultValues: emptyCentre,
    schema: CentreInputSchema,
  });
  const values = form.watch();
  const add = onSubmit(async (v) => {
    const created = await api<Centre>('POST', '/api/v1/centres', centrePayload(v));
    setDone(t('centre.added', { name: created.name }));
    setOpen(false);
    form.reset(emptyCentre);
    onAdded();
  });
  return (
    <section className="card" aria-labelledby="add-centre">
      <h2 id="add-centre">{t('centre.add')}</h2>
      <div role="status" aria-live="polite">
        {done && <p className="alert alert-ok">{done}</p>}
      </div>
      {!open ? (
        <button type="button" onClick={() => setOpen(true)} aria-expanded="false">
          {t('centre.add')}
        </button>
      ) : (
        <form noValidate onSubmit={add}>
          <ErrorSummary errors={fieldErrors} formError={formError} labels={centreLabels(values.type)} />
          <CentreFields
            form={values}
            set={(p) => setPatch(form.setValue, p)}
            errors={fieldErrors}
            idPrefix="new-"
          />
          <div className="buttons">
            <button type="submit" className="primary" disabled={busy}>
              {t('form.save')}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t('form.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
