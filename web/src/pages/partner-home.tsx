import { useEffect, useState } from 'react';
import type { PortalOverview } from '../../../src/contracts/partner.contract';
import { feedbackDate } from '../../../src/domain/partners/feedback';
import { api } from '../api';
import { t } from '../i18n';
import './partners.i18n';

/**
 * The partner account's only page: the people its institution referred and where each stands — the same
 * sentences the centre's status letter prints (one function on the server).
 */
export function PartnerHomePage() {
  const [data, setData] = useState<PortalOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<PortalOverview>('GET', '/api/v1/partner-portal')
      .then(setData)
      .catch((e: Error) => setError(e.message));
  }, []);
  return (
    <main id="main">
      <h1>{t('partnerHome.title')}</h1>
      {error && <p role="alert">{error}</p>}
      {data && (
        <>
          <p className="lead">
            {t('partnerHome.lead', { partner: data.partner.name, centre: data.centre.name })}
          </p>
          <p className="hint">{t('partnerHome.privacy')}</p>
          {data.items.length === 0 && <p className="muted">{t('partnerHome.none')}</p>}
          {data.items.map((r) => (
            <section key={r.referralId} className="card" aria-labelledby={`r-${r.referralId}`}>
              <h2 id={`r-${r.referralId}`}>
                {r.firstName} {r.lastName}{' '}
                <span className="muted">
                  ({t('partnerHome.birthDate')} {feedbackDate(r.birthDate)})
                </span>
              </h2>
              <p>
                {t('partnerHome.referredOn')} {feedbackDate(r.referredOn)} — {t('partners.status')}:{' '}
                <strong>{r.stageLabel}</strong> ({t('partners.since')} {feedbackDate(r.since)})
              </p>
              <h3>{t('partnerHome.history')}</h3>
              <ul>
                {r.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </main>
  );
}
