/** One programme: signing, amendments, extension, the benefit application and the exit. */
import type { ReactNode } from 'react';
import type { Programme } from '../../../src/contracts/pathway.contract';
import { td, t } from '../i18n';
import { ExitProgramme } from './pathway-programme-exit';
import {
  AmendProgramme,
  BenefitApplicationForm,
  CloseProgramme,
  ExtendProgramme,
  SignProgramme,
} from './pathway-programme-forms';
import './pathway.i18n';
import './records.i18n';

export function ProgrammeView({
  base,
  p,
  canEdit,
  isDirector,
  kis,
  onChanged,
}: {
  base: string;
  p: Programme;
  canEdit: boolean;
  isDirector: boolean;
  kis: boolean;
  onChanged: () => void;
}) {
  const url = `${base}/programmes/${p.id}`;
  const fact = (label: string, value: ReactNode) => (
    <div>
      <dt>{label}</dt>
      <dd>{value || '—'}</dd>
    </div>
  );
  const props = { url, p, kis, isDirector, onChanged };
  return (
    <>
      <dl className="facts">
        {fact(t('prog.number'), p.number)}
        {fact(t('prog.status'), <strong>{t(`prog.status.${p.status}`)}</strong>)}
        {fact(t('prog.admissionDate'), p.admissionDate)}
        {!kis && fact(t('prog.trialLastDay'), p.trialLastDay)}
        {fact(t('prog.plannedEnd'), p.plannedEnd)}
        {!kis &&
          fact(t('prog.extension'), p.extensionMonths ? t('prog.months', { count: p.extensionMonths }) : '—')}
        {!kis && fact(t('prog.limitEnd'), p.limitEnd)}
        {fact(t('prog.signedOn'), p.signedOn)}
        {fact(t('prog.workshop'), p.workshop)}
        {!kis &&
          fact(
            t('prog.weeklyHours'),
            p.weeklyHours?.toLocaleString(document.documentElement.lang === 'en' ? 'en-GB' : 'pl-PL'),
          )}
        {kis && fact(t('prog.contractNumber'), p.contractNumber)}
        {p.lastDay && fact(t('exit.lastDay'), p.lastDay)}
        {p.exitType && fact(t('exit.type'), t(`exit.type.${p.exitType}`))}
        {p.continuationUntil && fact(t('exit.continuationUntil'), p.continuationUntil)}
        {!kis &&
          fact(
            t('prog.benefitApplication'),
            p.benefitApplicationOn
              ? p.benefitGrantedOn
                ? t('prog.benefitGranted', { applied: p.benefitApplicationOn, granted: p.benefitGrantedOn })
                : t('prog.benefitPending', { applied: p.benefitApplicationOn })
              : t('prog.benefitMissing'),
          )}
      </dl>
      {p.warnings.map((w) => (
        <p key={w.code} className="alert alert-demo">
          {w.message} ({w.article})
        </p>
      ))}
      {canEdit && (
        <p className="buttons">
          <a href={`${url}/ipzs.pdf`} target="_blank" rel="noopener">
            {t(p.kind === 'KIS_CONTRACT' ? 'prog.pdfKis' : 'prog.pdf')}
          </a>
          {p.certificateNumber && (
            <a href={`${url}/certificate.pdf`} target="_blank" rel="noopener">
              {t('prog.certificate')}
            </a>
          )}
          {p.decisionNumber && (
            <a href={`${url}/decision.pdf`} target="_blank" rel="noopener">
              {t('prog.decision')}
            </a>
          )}
        </p>
      )}
      {canEdit && p.status === 'DRAFT' && isDirector && <SignProgramme {...props} />}
      {canEdit && (p.status === 'DRAFT' || p.status === 'SIGNED') && <AmendProgramme {...props} />}
      {canEdit && !kis && p.status !== 'CLOSED' && <BenefitApplicationForm {...props} />}
      {canEdit && p.status === 'SIGNED' && !kis && <ExtendProgramme {...props} />}
      {canEdit && p.status === 'SIGNED' && <ExitProgramme {...props} />}
      {canEdit && p.status === 'CONTINUING' && <CloseProgramme {...props} />}
      {p.versions.length > 0 && (
        <details>
          <summary>
            {t('prog.history')} ({p.versions.length})
          </summary>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('prog.version')}</th>
                  <th scope="col">{t('prog.change')}</th>
                  <th scope="col">{t('prog.changedFields')}</th>
                  <th scope="col">{t('prog.reason')}</th>
                  <th scope="col">{t('prog.by')}</th>
                  <th scope="col">{t('prog.when')}</th>
                </tr>
              </thead>
              <tbody>
                {p.versions.map((v) => (
                  <tr key={v.version}>
                    <td>{v.version}</td>
                    <td>{td(`prog.change.${v.changeKind}`)}</td>
                    <td>{v.changedFields.join(', ') || '—'}</td>
                    <td>{v.reason ?? '—'}</td>
                    <td>{v.changedBy ?? '—'}</td>
                    <td>{new Date(v.changedAt).toLocaleString('pl-PL')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </>
  );
}
