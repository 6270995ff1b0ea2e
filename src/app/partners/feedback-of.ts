import type { PartnerReferralRow } from '../../db/partner.repository';
import { referralFeedback, type ReferralFeedback } from '../../domain/partners/feedback';

/** The feedback (status and events) of one referral row with its programme — the letter's and the portal's source. */
export function feedbackOf(
  row: Pick<
    PartnerReferralRow,
    | 'status'
    | 'status_since'
    | 'received_on'
    | 'signed_on'
    | 'admission_date'
    | 'trial_last_day'
    | 'exit_type'
    | 'last_day'
    | 'certificate_issued_on'
  >,
  today: string,
): ReferralFeedback {
  return referralFeedback({
    referral: { status: row.status, statusSince: row.status_since, receivedOn: row.received_on },
    programme:
      row.admission_date === null
        ? null
        : {
            signedOn: row.signed_on,
            admissionDate: row.admission_date,
            trialLastDay: row.trial_last_day,
            exitType: row.exit_type,
            lastDay: row.last_day,
            certificateIssuedOn: row.certificate_issued_on,
          },
    today,
  });
}
