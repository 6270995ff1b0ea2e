import { useEffect, useState } from 'react';
import type { Centre } from '../../../src/contracts/centre.contract';
import { ROLES, type Role } from '../../../src/contracts/common';
import { api } from '../api';
import {
  CentreFields,
  centreLabels,
  centrePayload,
  emptyCentre,
  type CentreForm,
} from '../components/centre-fields';
import { BackupDownload } from '../components/backup-download';
import { CheckboxGroup, ErrorSummary, Field, useSubmit } from '../components/form';
import { t } from '../i18n';
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

export function CentrePage({
  canEdit,
  onCentresChanged,
}: {
  canEdit: boolean;
  onCentresChanged: () => void;
}) {
  const [centre, setCentre] = useState<Centre | null>(null);
  const [form, setForm] = useState<CentreForm>(emptyCentre);
  const [settings, setSettings] = useState<Centre['settings']>({
    capacity: null,
    communityInterviewRequired: true,
    sickNoteRequired: true,
    bonusFullAttendancePercent: null,
    bankAccount: null,
    totpRequiredRoles: [],
    transferExpiryDays: 30,
  });
  const [saved, setSaved] = useState<string | null>(null);
  const { fieldErrors, formError, busy, run } = useSubmit();

  const load = async () => {
    const c = await api<Centre>('GET', '/api/v1/centre');
    setCentre(c);
    setForm(toForm(c));
    setSettings(c.settings);
  };
  useEffect(() => {
    void load();
  }, []);
  if (!centre)
    return (
      <main id="main">
        <p>{t('app.loading')}</p>
      </main>
    );

  const labels = { ...centreLabels(form.type), 'settings.capacity': t('centre.capacity') };
  return (
    <main id="main">
      <h1>{centre.name}</h1>
      <div role="status" aria-live="polite">
        {saved && <p className="alert alert-ok">{saved}</p>}
      </div>
      {!canEdit && <p className="muted">{t('centre.readOnly')}</p>}
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setSaved(null);
          const result = await run(() =>
            api<Centre>('PATCH', '/api/v1/centre', {
              ...centrePayload(form),
              settings,
              version: centre.version,
            }),
          );
          if (result) {
            setCentre(result);
            setSaved(t('form.saved'));
            onCentresChanged();
          }
        }}
      >
        <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
        <fieldset className="card" disabled={!canEdit}>
          <legend className="h2">{t('setup.centre')}</legend>
          <CentreFields
            form={form}
            set={(p) => setForm((f) => ({ ...f, ...p }))}
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
              <input
                {...p}
                type="number"
                min={1}
                inputMode="numeric"
                value={settings.capacity ?? ''}
                onChange={(e) =>
                  setSettings({ ...settings, capacity: e.target.value ? Number(e.target.value) : null })
                }
              />
            )}
          </Field>
          <label className="check">
            <input
              type="checkbox"
              checked={settings.communityInterviewRequired}
              onChange={(e) => setSettings({ ...settings, communityInterviewRequired: e.target.checked })}
            />
            {t('centre.communityInterview')}
          </label>
          <Field
            name="settings.bankAccount"
            label={t('centre.bankAccount')}
            hint={t('centre.bankAccountHint')}
            error={fieldErrors['settings.bankAccount']}
          >
            {(p) => (
              <input
                {...p}
                inputMode="numeric"
                value={settings.bankAccount ?? ''}
                onChange={(e) => setSettings({ ...settings, bankAccount: e.target.value || null })}
              />
            )}
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
                value={settings.bonusFullAttendancePercent ?? ''}
                onChange={(e) =>
                  setSettings({
                    ...settings,
                    bonusFullAttendancePercent: e.target.value === '' ? null : Number(e.target.value),
                  })
                }
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
                value={settings.transferExpiryDays}
                onChange={(e) => setSettings({ ...settings, transferExpiryDays: Number(e.target.value) })}
              />
            )}
          </Field>
          <label className="check">
            <input
              type="checkbox"
              checked={settings.sickNoteRequired}
              onChange={(e) => setSettings({ ...settings, sickNoteRequired: e.target.checked })}
            />
            {t('centre.sickNoteRequired')}
          </label>
          <CheckboxGroup<Role>
            name="totpRoles"
            legend={t('centre.totpRoles')}
            options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            value={settings.totpRequiredRoles}
            onChange={(v) => setSettings({ ...settings, totpRequiredRoles: v })}
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

function AddCentre({ onAdded }: { onAdded: () => void }) {
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<CentreForm>(emptyCentre);
  const [done, setDone] = useState<string | null>(null);
  const { fieldErrors, formError, busy, run } = useSubmit();
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
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            const created = await run(() => api<Centre>('POST', '/api/v1/centres', centrePayload(form)));
            if (created) {
              setDone(t('centre.added', { name: created.name }));
              setOpen(false);
              setForm(emptyCentre);
              onAdded();
            }
          }}
        >
          <ErrorSummary errors={fieldErrors} formError={formError} labels={centreLabels(form.type)} />
          <CentreFields
            form={form}
            set={(p) => setForm((f) => ({ ...f, ...p }))}
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
