/** The printed participant documents (A4 PDF, Polish); the data each needs is in `./document-data`. */
export { renderCertificate } from './certificate.pdf';
export { renderIpzs, renderKisProgramme } from './ipzs.pdf';
export { renderReferralStatusLetter } from './referral-status-letter.pdf';
export { renderTerminationDecision } from './termination-decision.pdf';
