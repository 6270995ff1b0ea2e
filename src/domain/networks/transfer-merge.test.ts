import { describe, expect, it } from 'vitest';
import { type KnownRecord, mergeTransferIntoRecord } from './transfer-merge';

const known: KnownRecord = {
  eligibilityGroups: ['HOMELESS'],
  eligibilityJustification: null,
  phone: '600 100 200',
  email: null,
  address: null,
  educationLevel: null,
};
const contact = {
  street: 'Chrobrego',
  buildingNo: '5',
  flatNo: null,
  postalCode: '66-400',
  city: 'Gorzów Wielkopolski',
  gminaCode: '0861011',
  phone: '700 000 000',
  email: 'anna@example.pl',
};

describe('merging a transferred person into her existing record', () => {
  it('adds the new groups, fills what is missing and keeps what the centre recorded', () => {
    const merge = mergeTransferIntoRecord(
      known,
      {
        eligibility: { groups: ['HOMELESS', 'ALCOHOL_ADDICTION'], justification: 'Ukończona terapia.' },
        contact,
      },
      'KIS Słubice',
    );
    expect(merge.addedGroups).toEqual(['ALCOHOL_ADDICTION']);
    expect(merge.changes.eligibilityGroups).toEqual(['HOMELESS', 'ALCOHOL_ADDICTION']);
    expect(merge.changes.phone).toBeUndefined();
    expect(merge.changes.email).toBe('anna@example.pl');
    expect(merge.changes.address?.city).toBe('Gorzów Wielkopolski');
    expect(merge.filledFields).toEqual(['eligibilityJustification', 'email', 'address']);
  });

  it.each([
    ['nothing sent', {}, [], []],
    ['the same groups', { eligibility: { groups: ['HOMELESS'], justification: null } }, [], []],
    ['an education', { education: 'SECONDARY' }, [], ['educationLevel']],
  ] as const)('%s', (_, sent, groups, fields) => {
    const merge = mergeTransferIntoRecord(known, sent, 'KIS');
    expect(merge.addedGroups).toEqual(groups);
    expect(merge.filledFields).toEqual(fields);
  });

  it('adds a different justification beneath the centre’s own, once, with its source', () => {
    const own = { ...known, eligibilityJustification: 'Bezdomność od 2024 r.' };
    const sent = { eligibility: { groups: [], justification: 'Zaświadczenie MOPS.' } };
    const merge = mergeTransferIntoRecord(own, sent, 'Z przekazania KIS Słubice');
    expect(merge.changes.eligibilityJustification).toBe(
      'Bezdomność od 2024 r.\n\nZ przekazania KIS Słubice: Zaświadczenie MOPS.',
    );
    const again = mergeTransferIntoRecord(
      { ...own, eligibilityJustification: merge.changes.eligibilityJustification! },
      sent,
      'x',
    );
    expect(again.filledFields).toEqual([]);
  });

  it('never mixes two addresses: a record with an address keeps it whole', () => {
    const withAddress = { ...known, address: { ...contact, street: null, city: 'Słubice' } };
    expect(mergeTransferIntoRecord(withAddress, { contact }, 'x').changes.address).toBeUndefined();
  });
});
