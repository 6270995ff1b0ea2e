import type { Db } from '../../db/connection';
import { nextDocumentNumber } from '../../db/pathway.repository';

/** The next authorisation number of a centre in a year: "UPO/2026/0003" (in the caller's transaction). */
export async function nextAuthorisationNumber(db: Db, centreId: string, issuedOn: string): Promise<string> {
  const year = Number(issuedOn.slice(0, 4));
  const n = await nextDocumentNumber(db, centreId, 'UPO', year);
  return `UPO/${year}/${String(n).padStart(4, '0')}`;
}
