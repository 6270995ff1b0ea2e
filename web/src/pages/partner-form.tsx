import { type Partner, PartnerCreateSchema } from '../../../src/contracts/partner.contract';
import { PARTNER_KIND_LABELS, PARTNER_KINDS } from '../../../src/domain/partners/kinds';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { GminaPicker } from '../components/gmina-picker';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { invalidate } from '../query';
import { Input, orNull } from './partner-input';
import './partners.i18n';

type Form = Record<string, string>;
export const kindOptions = () => PARTNER_KINDS.map((k) => ({ value: k, label: PARTNER_KIND_LABELS[k] }));

const PARTNER_TEXT_FIELDS = [
  'name',
  'shortName',
  'nip',
  'regon',
  'krs',
  'street',
  'buildingNo',
  'flatNo',
  'postalCode',
  'city',
  'email',
  'phone',
  'website',
] as const;

/**
 * The partner's data form (new partner or correction): NIP/REGON/KRS, postal code and e-mail checked in
 * the browser with the contract's own schema (blank optional fields are "not given" there too), and by the
 * server at the field.
 */
export function PartnerForm({ initial, onSaved }: { initial?: Partner; onSaved: (p: Partner) => void }) {
  const defaults: Form = { kind: initial?.kind ?? 'SOCIAL_ASSISTANCE', gminaCode: initial?.gminaCode ?? '' };
  for (const k of PARTNER_TEXT_FIELDS) defaults[k] = (initial?.[k] as string | null) ?? '';
  defaults.notes = initial?.notes ?? '';
  const { register, fieldErrors, formError, busy, onSubmit, form } = useApiForm<Form>({
    defaultValues: defaults,
    schema: PartnerCreateSchema,
  });
  const labels: Record<string, string> = { kind: t('partners.kind'), gminaCode: t('partners.gmina') };
  for (const k of [...PARTNER_TEXT_FIELDS, 'notes'] as const) labels[k] = t(`partners.${k}`);
  const save = onSubmit(async (v) => {
    const body: Record<string, unknown> = { kind: v.kind, gminaCode: orNull(v.gminaCode) };
    for (const k of [...PARTNER_TEXT_FIELDS, 'notes']) body[k] = k === 'name' ? v[k] : orNull(v[k]);
    const saved = initial
      ? await api<Partner>('PUT', `/api/v1/partners/${initial.id}`, { ...body, version: initial.version })
      : await api<Partner>('POST', '/api/v1/partners', body);
    await invalidate('/api/v1/partners');
    onSaved(saved);
  });
  const input = { register, errors: fieldErrors };
  return (
    <form noValidate onSubmit={save}>
      <ErrorSummary errors={fieldErrors} formError={formError} labels={labels} />
      <div className="row">
        <Input {...input} name="kind" label={labels.kind!} options={kindOptions()} required />
        <Input {...input} name="name" label={labels.name!} required />
      </div>
      <div className="row">
        {(['shortName', 'nip', 'regon', 'krs'] as const).map((k) => (
          <Input key={k} {...input} name={k} label={labels[k]!} />
        ))}
      </div>
      <div className="row">
        {(['street', 'buildingNo', 'flatNo', 'postalCode', 'city'] as const).map((k) => (
          <Input key={k} {...input} name={k} label={labels[k]!} />
        ))}
      </div>
      <Field name="gminaCode" label={labels.gminaCode!} error={fieldErrors.gminaCode}>
        {(p) => (
          <GminaPicker
            id={p.id}
            value={form.watch('gminaCode') ?? ''}
            onChange={(code) => form.setValue('gminaCode', code)}
            invalid={!!fieldErrors.gminaCode}
            describedBy={p['aria-describedby']}
          />
        )}
      </Field>
      <div className="row">
        {(['email', 'phone', 'website'] as const).map((k) => (
          <Input key={k} {...input} name={k} label={labels[k]!} />
        ))}
      </div>
      <Input {...input} name="notes" label={labels.notes!} />
      <div className="buttons">
        <button type="submit" className="primary" disabled={busy}>
          {initial ? t('partners.save') : t('partners.add')}
        </button>
      </div>
    </form>
  );
}
