import { useState } from 'react';
import {
  DocumentCreateSchema,
  InvitationCreateSchema,
  type Network,
  type NetworkDocument,
} from '../../../src/contracts/network.contract';
import { api } from '../api';
import { ErrorSummary, Field, useSubmit } from '../components/form';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { invalidate, queryClient, useApiQuery } from '../query';
import { Catalogue } from './networks-catalogue';
import { Indicators } from './networks-indicators';
import { CoordinatorAccountForm, CreateNetworkForm } from './networks-admin';
import { JointProjects } from './networks-projects';
import { today } from './networks-shared';
import { Transfers } from './networks-transfers';
import './networks.i18n';

/**
 * The networks the user's centre belongs to or that she coordinates: members and invitations, the
 * network's protected indicators (beside the centre's own), shared documents to adopt, meetings.
 */
export function NetworksPage({
  isDirector,
  centreId = null,
  actions = [],
}: {
  isDirector: boolean;
  centreId?: string | null;
  actions?: readonly string[];
}) {
  const list = useApiQuery<{ networks: Network[] }>('/api/v1/networks');
  const [chosen, setSelected] = useState<string | null>(null);
  // A change of membership, a new network: everything under /networks is read again.
  const load = () => invalidate('/api/v1/networks');
  if (list.isPending) return <main id="main">{t('app.loading')}</main>;
  const networks = list.data?.networks ?? [];
  const selected = chosen ?? networks[0]?.id ?? null;
  const network = networks.find((n) => n.id === selected);
  return (
    <main id="main">
      <h1>{t('networks.title')}</h1>
      {networks.length === 0 && <p>{t('networks.none')}</p>}
      {networks.length > 1 && (
        <label>
          {t('networks.choose')}{' '}
          <select value={selected ?? ''} onChange={(e) => setSelected(e.target.value)}>
            {networks.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {network && (
        <NetworkView
          key={network.id}
          network={network}
          isDirector={isDirector}
          centreId={centreId}
          actions={actions}
          onChanged={load}
        />
      )}
      {actions.includes('networks.coordinators.create') && <CoordinatorAccountForm />}
      {actions.includes('networks.create') && <CreateNetworkForm onCreated={load} />}
    </main>
  );
}

function NetworkView({
  network,
  isDirector,
  centreId,
  actions,
  onChanged,
}: {
  network: Network;
  isDirector: boolean;
  centreId: string | null;
  actions: readonly string[];
  onChanged: () => Promise<void>;
}) {
  const { formError, run } = useSubmit();
  const member = network.myMembership === 'ACTIVE';
  return (
    <>
      <h2>{network.name}</h2>
      <p>
        {t('networks.coordinator', { org: network.coordinatorOrgName })}
        {network.isCoordinator && <strong> {t('networks.youCoordinate')}</strong>}
      </p>
      {network.area.length > 0 && (
        <p>
          {t('networks.area')}: {network.area.map((a) => a.name).join(', ')}
        </p>
      )}
      {network.myMembership === 'INVITED' && isDirector && (
        <section className="card" aria-labelledby="nw-invited">
          <h3 id="nw-invited">{t('networks.invited')}</h3>
          <ErrorSummary errors={{}} formError={formError} labels={{}} />
          <button
            type="button"
            className="primary"
            onClick={async () => {
              if (await run(() => api('POST', `/api/v1/networks/${network.id}/membership/accept`)))
                await onChanged();
            }}
          >
            {t('networks.accept')}
          </button>{' '}
          <button
            type="button"
            onClick={async () => {
              if (await run(() => api('POST', `/api/v1/networks/${network.id}/membership/decline`)))
                await onChanged();
            }}
          >
            {t('networks.decline')}
          </button>
        </section>
      )}
      <Members network={network} onChanged={onChanged} />
      {(network.isCoordinator || (member && isDirector)) && <Indicators networkId={network.id} />}
      {(network.isCoordinator || member) && (
        <Documents
          networkId={network.id}
          canPublish={network.isCoordinator}
          canAdopt={member && isDirector}
        />
      )}
      {member && actions.includes('networks.transfers.view') && (
        <Transfers network={network} centreId={centreId} isDirector={isDirector} />
      )}
      {(network.isCoordinator || member) && (
        <Catalogue
          networkId={network.id}
          centreId={centreId}
          canPublish={member && actions.includes('networks.catalogue.publish')}
          canSeeEnquiries={member && actions.includes('networks.enquiries.view')}
        />
      )}
      {(network.isCoordinator || member) && (
        <JointProjects network={network} centreId={centreId} isDirector={isDirector} />
      )}
    </>
  );
}

function Members({ network, onChanged }: { network: Network; onChanged: () => Promise<void> }) {
  const candidates =
    useApiQuery<{ centres: { id: string; name: string; city: string }[] }>(
      `/api/v1/networks/${network.id}/candidates`,
      { enabled: network.isCoordinator },
    ).data?.centres ?? [];
  const [notice, setNotice] = useState<string | null>(null);
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<{ centreId: string }>({
    defaultValues: { centreId: '' },
    schema: InvitationCreateSchema,
  });
  const centreId = form.watch('centreId');
  return (
    <section aria-labelledby="nw-members">
      <h3 id="nw-members">{t('networks.members')}</h3>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('networks.member')}</th>
              <th scope="col">{t('networks.status')}</th>
            </tr>
          </thead>
          <tbody>
            {network.members.map((m) => (
              <tr key={m.id}>
                <td>
                  {m.name} <span className="muted">({m.centreType ?? t(`networks.kind.${m.kind}`)})</span>
                </td>
                <td>{t(`networks.status.${m.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {network.isCoordinator && (
        <form
          className="card"
          onSubmit={onSubmit(async (v) => {
            setNotice(null);
            await api('POST', `/api/v1/networks/${network.id}/invitations`, { centreId: v.centreId });
            form.reset({ centreId: '' });
            await onChanged();
            setNotice(t('networks.invitedNotice'));
          })}
        >
          <h4>{t('networks.invite')}</h4>
          {notice && (
            <p className="alert alert-success" role="status">
              {notice}
            </p>
          )}
          <ErrorSummary
            errors={fieldErrors}
            formError={formError}
            labels={{ centreId: t('networks.inviteCentre') }}
          />
          <Field name="centreId" label={t('networks.inviteCentre')} error={fieldErrors.centreId} required>
            {(p) => (
              <select {...p} {...register('centreId')}>
                <option value="">—</option>
                {candidates.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}, {c.city}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" className="primary" disabled={busy || !centreId}>
            {t('networks.inviteSend')}
          </button>
        </form>
      )}
    </section>
  );
}

type DocumentList = { documents: NetworkDocument[] };
type DocumentForm = { kind: NetworkDocument['kind']; title: string; body: string };

function Documents({
  networkId,
  canPublish,
  canAdopt,
}: {
  networkId: string;
  canPublish: boolean;
  canAdopt: boolean;
}) {
  const url = `/api/v1/networks/${networkId}/documents`;
  const documents = useApiQuery<DocumentList>(url).data?.documents;
  // A publication or an adoption answers with the whole list.
  const setDocuments = (next: DocumentList) => queryClient.setQueryData([url], next);
  const [notice, setNotice] = useState<string | null>(null);
  const { register, form, fieldErrors, formError, busy, onSubmit } = useApiForm<DocumentForm>({
    defaultValues: { kind: 'TEMPLATE', title: '', body: '' },
    schema: DocumentCreateSchema,
  });
  const adopt = useSubmit();
  return (
    <section aria-labelledby="nw-documents">
      <h3 id="nw-documents">{t('networks.documents')}</h3>
      {notice && (
        <p className="alert alert-success" role="status">
          {notice}
        </p>
      )}
      <ErrorSummary errors={{}} formError={adopt.formError} labels={{}} />
      {documents?.length === 0 && <p>{t('networks.noDocuments')}</p>}
      <ul className="plain">
        {documents?.map((d) => {
          const latest = d.versions[d.versions.length - 1];
          return (
            <li key={d.id} className="card">
              <h4>
                {d.title} <span className="muted">— {t(`networks.docKind.${d.kind}`)}</span>
              </h4>
              {latest && (
                <>
                  <p>
                    {t('networks.version', { version: latest.version })}
                    {d.newVersionAvailable && <strong> — {t('networks.newVersion')}</strong>}
                  </p>
                  <p className="pre-wrap">{latest.body}</p>
                </>
              )}
              {d.adoptedVersion !== null && (
                <p>{t('networks.adoptedVersion', { version: d.adoptedVersion })}</p>
              )}
              {d.versions.some((v) => v.adoptedBy.length > 0) && (
                <p className="muted">
                  {t('networks.adoptedBy', {
                    names: [...new Set(d.versions.flatMap((v) => v.adoptedBy.map((a) => a.name)))].join(', '),
                  })}
                </p>
              )}
              {canAdopt && latest && d.newVersionAvailable && (
                <button
                  type="button"
                  className="primary"
                  disabled={adopt.busy}
                  onClick={async () => {
                    const r = await adopt.run(() =>
                      api<{ documents: NetworkDocument[] }>(
                        'POST',
                        `/api/v1/networks/${networkId}/adoptions`,
                        {
                          versionId: latest.id,
                          adoptedOn: today(),
                        },
                      ),
                    );
                    if (r) setDocuments(r);
                  }}
                >
                  {t('networks.adopt', { version: latest.version })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {canPublish && (
        <form
          className="card"
          noValidate
          onSubmit={onSubmit(async (v) => {
            setDocuments(await api<DocumentList>('POST', url, v));
            form.reset({ kind: v.kind, title: '', body: '' });
            setNotice(t('networks.published'));
          })}
        >
          <h4>{t('networks.publish')}</h4>
          <ErrorSummary
            errors={fieldErrors}
            formError={formError}
            labels={{ title: t('networks.docTitle'), body: t('networks.docBody') }}
          />
          <Field name="kind" label={t('networks.docKind')}>
            {(p) => (
              <select {...p} {...register('kind')}>
                {(['STANDARD', 'TEMPLATE', 'PARAMETER_SET'] as const).map((k) => (
                  <option key={k} value={k}>
                    {t(`networks.docKind.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="title" label={t('networks.docTitle')} error={fieldErrors.title} required>
            {(p) => <input {...p} {...register('title')} />}
          </Field>
          <Field name="body" label={t('networks.docBody')} error={fieldErrors.body} required>
            {(p) => <textarea {...p} rows={5} {...register('body')} />}
          </Field>
          <button type="submit" className="primary" disabled={busy}>
            {t('networks.publishSend')}
          </button>
        </form>
      )}
    </section>
  );
}
