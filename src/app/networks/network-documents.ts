import type { DocumentCreate, NetworkDocument, VersionCreate } from '../../contracts/network.contract';
import { insertAuditEntry } from '../../db/audit.repository';
import { isUniqueViolation } from '../../db/errors';
import {
  findDocument,
  findDocumentsWithVersions,
  findVersion,
  insertAdoption,
  insertDocument,
  insertDocumentVersion,
} from '../../db/network.repository';
import { AppError, notFound } from '../app-error';
import type { AppDeps } from '../deps';
import {
  loadNetworkAccess,
  type NetworkCaller,
  requireMemberDirector,
  requireNetwork,
} from './network-access';

/**
 * The network's standards, document templates and regulamin parameter sets, each in versions, with the
 * members that adopted each version. For a member: its adopted version and whether a newer one was
 * published since (the announcement of a new version).
 */
export async function getNetworkDocuments(
  deps: AppDeps,
  caller: NetworkCaller,
  networkId: string,
): Promise<{ documents: NetworkDocument[] }> {
  const access = await loadNetworkAccess(deps, caller, networkId);
  requireNetwork(access, 'networks.view');
  const { documents, versions, adoptions } = await findDocumentsWithVersions(deps.db, networkId);
  const ownCentre = access.membership?.status === 'ACTIVE' ? access.membership.centre_id : null;
  return {
    documents: documents.map((d) => {
      const mine = versions.filter((v) => v.document_id === d.id);
      const adopted = mine
        .filter((v) => adoptions.some((a) => a.version_id === v.id && a.centre_id === ownCentre))
        .map((v) => v.version);
      const adoptedVersion = adopted.length ? Math.max(...adopted) : null;
      const latest = Math.max(0, ...mine.map((v) => v.version));
      return {
        id: d.id,
        kind: d.kind as NetworkDocument['kind'],
        title: d.title,
        versions: mine.map((v) => ({
          id: v.id,
          version: v.version,
          body: v.body,
          parameters: v.parameters,
          changeNote: v.change_note,
          publishedAt: new Date(v.published_at).toISOString(),
          adoptedBy: adoptions
            .filter((a) => a.version_id === v.id)
            .map((a) => ({ centreId: a.centre_id, name: a.name, adoptedOn: a.adopted_on })),
        })),
        adoptedVersion,
        newVersionAvailable: ownCentre !== null && (adoptedVersion ?? 0) < latest,
      };
    }),
  };
}

/** The coordinator publishes a new standard, template or parameter set as its version 1. */
export async function publishDocument(
  deps: AppDeps,
  caller: NetworkCaller,
  networkId: string,
  input: DocumentCreate,
) {
  const access = await loadNetworkAccess(deps, caller, networkId);
  requireNetwork(access, 'networks.coordinate');
  await deps.db.transaction().execute(async (trx) => {
    const doc = await insertDocument(trx, { network_id: networkId, kind: input.kind, title: input.title });
    await insertDocumentVersion(trx, {
      network_id: networkId,
      document_id: doc.id,
      body: input.body,
      parameters: input.parameters,
      change_note: input.changeNote,
      published_by: caller.userId,
    });
  });
  return getNetworkDocuments(deps, caller, networkId);
}

/** The coordinator publishes the next version of a document; members see it announced until they adopt it. */
export async function publishVersion(
  deps: AppDeps,
  caller: NetworkCaller,
  networkId: string,
  documentId: string,
  input: VersionCreate,
) {
  const access = await loadNetworkAccess(deps, caller, networkId);
  requireNetwork(access, 'networks.coordinate');
  if (!(await findDocument(deps.db, networkId, documentId))) throw notFound();
  try {
    await insertDocumentVersion(deps.db, {
      network_id: networkId,
      document_id: documentId,
      body: input.body,
      parameters: input.parameters,
      change_note: input.changeNote,
      published_by: caller.userId,
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT');
    throw error;
  }
  return getNetworkDocuments(deps, caller, networkId);
}

/**
 * The director of a member centre adopts a version for her centre (recorded, and in her centre's log).
 * A version that is not this network's is refused at the field; the centre's own later changes to its
 * documents stay its own.
 */
export async function adoptVersion(
  deps: AppDeps,
  caller: NetworkCaller,
  networkId: string,
  input: { versionId: string; adoptedOn: string },
) {
  const access = await loadNetworkAccess(deps, caller, networkId);
  const member = requireMemberDirector(access, caller, 'ACTIVE');
  const version = await findVersion(deps.db, networkId, input.versionId);
  if (!version)
    throw AppError.fields([
      { path: 'versionId', code: 'NO_SUCH_VERSION', message: 'Nie ma takiej wersji dokumentu w tej sieci.' },
    ]);
  try {
    await deps.db.transaction().execute(async (trx) => {
      const row = await insertAdoption(trx, {
        network_id: networkId,
        version_id: version.id,
        centre_id: member.centre_id!,
        adopted_on: input.adoptedOn,
        adopted_by: caller.userId,
      });
      await insertAuditEntry(trx, {
        centreId: member.centre_id,
        actorUserId: caller.userId,
        actorEmail: caller.email,
        action: 'network.adopt',
        entityType: 'network_adoption',
        entityId: row.id,
        ip: caller.ip,
        details: { network: access.network.name, version: version.version, documentId: version.document_id },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw AppError.fields(
        [{ path: 'versionId', code: 'ALREADY_ADOPTED', message: 'Centrum już przyjęło tę wersję.' }],
        'INVALID_STATE',
      );
    throw error;
  }
  return getNetworkDocuments(deps, caller, networkId);
}
