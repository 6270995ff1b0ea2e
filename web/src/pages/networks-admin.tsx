import { useState } from 'react';
import { z } from 'zod';
import {
  COORDINATOR_ORG_KINDS,
  NETWORK_KINDS,
  NetworkCreateSchema,
} from '../../../src/contracts/network.contract';
import { CoordinatorAccountCreateSchema } from '../../../src/contracts/network-work.contract';
import { api } from '../api';
import { ErrorSummary, Field } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { prefixed, prefixedLabels } from './networks-shared';
import './networks-work.i18n';
import './networks.i18n';

const list = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

/** The contract's checks of a network; the area codes and the e-mails are typed as one list each. */
const networkForm = NetworkCreateSchema.extend({
  areaCodes: z.string().transform(list).pipe(NetworkCreateSchema.shape.areaCodes.unwrap()),
  coordinatorEmails: z.string().transform(list).pipe(NetworkCreateSchema.shape.coordinatorEmails),
});

/** An administrator creates a coordinator's account (no centre) — item 4 of the remaining work. */
export function CoordinatorAccountForm() {
  const empty = { fullName: '', email: '', password: '' };
  const [notice, setNotice] = useState<string | null>(null);
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<typeof empty>({
    defaultValues: empty,
    schema: CoordinatorAccountCreateSchema,
  });
  const create = onSubmit(async (f) => {
    const r = await api<{ email: string }>('POST', '/api/v1/network-coordinators', f);
    setNotice(t('nwa.created', { email: r.email }));
    form.reset(empty);
  });
  return (
    <form className="card" aria-labelledby="nw-coord-account" onSubmit={create}>
      <h2 id="nw-coord-account">{t('nwa.title')}</h2>
      <p className="hint">{t('nwa.intro')}</p>
      {notice && (
        <p className="alert alert-success" role="status">
          {notice}
        </p>
      )}
      <ErrorSummary
        errors={prefixed(fieldErrors, 'coord-')}
        formError={formError}
        labels={prefixedLabels(
          { fullName: t('nwa.fullName'), email: t('nwa.email'), password: t('nwa.password') },
          'coord-',
        )}
      />
      <Field name="coord-fullName" label={t('nwa.fullName')} error={fieldErrors.fullName} required>
        {(p) => <input {...p} {...register('fullName')} />}
      </Field>
      <Field name="coord-email" label={t('nwa.email')} error={fieldErrors.email} required>
        {(p) => <input {...p} type="email" autoComplete="off" {...register('email')} />}
      </Field>
      <Field name="coord-password" label={t('nwa.password')} error={fieldErrors.password} required>
        {(p) => <input {...p} type="password" autoComplete="new-password" {...register('password')} />}
      </Field>
      <button type="submit" className="primary" disabled={busy}>
        {t('nwa.create')}
      </button>
    </form>
  );
}

/** The administrator sets up a network: name, kind, area by TERYT, the coordinating organisation and accounts. */
export function CreateNetworkForm({ onCreated }: { onCreated: () => Promise<void> }) {
  const empty = {
    name: '',
    kind: 'CLUSTER',
    areaCodes: '',
    coordinatorOrgName: '',
    coordinatorOrgKind: 'OWES',
    coordinatorEmails: '',
  };
  const [notice, setNotice] = useState<string | null>(null);
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<typeof empty>({
    defaultValues: empty,
    schema: networkForm,
  });
  const f = form.watch();
  const codes = list(f.areaCodes);
  const emails = list(f.coordinatorEmails);
  const labels = {
    name: t('nwa.networkName'),
    coordinatorOrgName: t('nwa.orgName'),
    coordinatorEmails: t('nwa.emails'),
    ...Object.fromEntries(codes.map((c, i) => [`areaCodes.${i}`, `${t('networks.area')}: ${c}`])),
    ...Object.fromEntries(emails.map((e, i) => [`coordinatorEmails.${i}`, e])),
  };
  const P = 'net-';
  const create = onSubmit(async (v) => {
    const r = await api<{ name: string }>('POST', '/api/v1/networks', {
      name: v.name,
      kind: v.kind,
      areaCodes: list(v.areaCodes),
      coordinatorOrgName: v.coordinatorOrgName,
      coordinatorOrgKind: v.coordinatorOrgKind,
      coordinatorEmails: list(v.coordinatorEmails),
    });
    setNotice(t('nwa.networkCreated', { name: r.name }));
    form.reset(empty);
    await onCreated();
  });
  return (
    <form className="card" aria-labelledby="nw-create" onSubmit={create}>
      <h2 id="nw-create">{t('nwa.createNetwork')}</h2>
      {notice && (
        <p className="alert alert-success" role="status">
          {notice}
        </p>
      )}
      <ErrorSummary
        errors={prefixed(fieldErrors, P)}
        formError={formError}
        labels={prefixedLabels(labels, P)}
      />
      <Field name={`${P}name`} label={t('nwa.networkName')} error={fieldErrors.name} required>
        {(p) => <input {...p} {...register('name')} />}
      </Field>
      <Field name={`${P}kind`} label={t('nwa.networkKind')}>
        {(p) => (
          <select {...p} {...register('kind')}>
            {NETWORK_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`nwa.kind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name={`${P}areaCodes`}
        label={t('nwa.area')}
        error={Object.entries(fieldErrors).find(([k]) => k.startsWith('areaCodes'))?.[1]}
      >
        {(p) => <input {...p} {...register('areaCodes')} />}
      </Field>
      <Field
        name={`${P}coordinatorOrgName`}
        label={t('nwa.orgName')}
        error={fieldErrors.coordinatorOrgName}
        required
      >
        {(p) => <input {...p} {...register('coordinatorOrgName')} />}
      </Field>
      <Field name={`${P}coordinatorOrgKind`} label={t('nwa.orgKind')}>
        {(p) => (
          <select {...p} {...register('coordinatorOrgKind')}>
            {COORDINATOR_ORG_KINDS.filter((k) => k !== 'MEMBER').map((k) => (
              <option key={k} value={k}>
                {t(`nwa.org.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name={`${P}coordinatorEmails`}
        label={t('nwa.emails')}
        error={Object.entries(fieldErrors).find(([k]) => k.startsWith('coordinatorEmails'))?.[1]}
        required
      >
        {(p) => <input {...p} {...register('coordinatorEmails')} />}
      </Field>
      <button type="submit" className="primary" disabled={busy}>
        {t('nwa.createNetworkSend')}
      </button>
    </form>
  );
}
