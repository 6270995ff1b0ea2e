import { useState } from 'react';
import { COORDINATOR_ORG_KINDS, NETWORK_KINDS } from '../../../src/contracts/network.contract';
import { api } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { t } from '../i18n';
import { prefixed, prefixedLabels } from './networks-shared';
import './networks-work.i18n';
import './networks.i18n';

const list = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

/** An administrator creates a coordinator's account (no centre) — item 4 of the remaining work. */
export function CoordinatorAccountForm() {
  const [f, setF] = useState({ fullName: '', email: '', password: '' });
  const [notice, setNotice] = useState<string | null>(null);
  const { fieldErrors, formError, busy, run } = useSubmit();
  return (
    <form
      className="card"
      aria-labelledby="nw-coord-account"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await run(() => api<{ email: string }>('POST', '/api/v1/network-coordinators', f));
        if (r) {
          setNotice(t('nwa.created', { email: r.email }));
          setF({ fullName: '', email: '', password: '' });
        }
      }}
    >
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
        {(p) => (
          <input {...p} value={f.fullName} onChange={(e) => setF({ ...f, fullName: e.target.value })} />
        )}
      </Field>
      <Field name="coord-email" label={t('nwa.email')} error={fieldErrors.email} required>
        {(p) => (
          <input
            {...p}
            type="email"
            autoComplete="off"
            value={f.email}
            onChange={(e) => setF({ ...f, email: e.target.value })}
          />
        )}
      </Field>
      <Field name="coord-password" label={t('nwa.password')} error={fieldErrors.password} required>
        {(p) => (
          <input
            {...p}
            type="password"
            autoComplete="new-password"
            value={f.password}
            onChange={(e) => setF({ ...f, password: e.target.value })}
          />
        )}
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
  const [f, setF] = useState(empty);
  const [notice, setNotice] = useState<string | null>(null);
  const { fieldErrors, formError, busy, run } = useSubmit();
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
  return (
    <form
      className="card"
      aria-labelledby="nw-create"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await run(() =>
          api<{ name: string }>('POST', '/api/v1/networks', {
            name: f.name,
            kind: f.kind,
            areaCodes: codes,
            coordinatorOrgName: f.coordinatorOrgName,
            coordinatorOrgKind: f.coordinatorOrgKind,
            coordinatorEmails: emails,
          }),
        );
        if (r) {
          setNotice(t('nwa.networkCreated', { name: r.name }));
          setF(empty);
          await onCreated();
        }
      }}
    >
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
        {(p) => <input {...p} value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} />}
      </Field>
      <Field name={`${P}kind`} label={t('nwa.networkKind')}>
        {(p) => (
          <select {...p} value={f.kind} onChange={(e) => setF({ ...f, kind: e.target.value })}>
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
        {(p) => (
          <input {...p} value={f.areaCodes} onChange={(e) => setF({ ...f, areaCodes: e.target.value })} />
        )}
      </Field>
      <Field
        name={`${P}coordinatorOrgName`}
        label={t('nwa.orgName')}
        error={fieldErrors.coordinatorOrgName}
        required
      >
        {(p) => (
          <input
            {...p}
            value={f.coordinatorOrgName}
            onChange={(e) => setF({ ...f, coordinatorOrgName: e.target.value })}
          />
        )}
      </Field>
      <Field name={`${P}coordinatorOrgKind`} label={t('nwa.orgKind')}>
        {(p) => (
          <select
            {...p}
            value={f.coordinatorOrgKind}
            onChange={(e) => setF({ ...f, coordinatorOrgKind: e.target.value })}
          >
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
        {(p) => (
          <input
            {...p}
            value={f.coordinatorEmails}
            onChange={(e) => setF({ ...f, coordinatorEmails: e.target.value })}
          />
        )}
      </Field>
      <button type="submit" className="primary" disabled={busy}>
        {t('nwa.createNetworkSend')}
      </button>
    </form>
  );
}
