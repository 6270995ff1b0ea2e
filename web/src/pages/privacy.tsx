import { useState } from 'react';
import { td, t } from '../i18n';
import { linkProps } from '../router';
import { AccessLogSection, ClauseSection, ProcessingRegisterSection } from './privacy-records';
import { AuthorisationsSection } from './privacy-authorisations';
import { RetentionSection } from './privacy-retention';
import { OtherPeopleRetention } from './privacy-retention-others';
import './privacy.i18n';

type Tab = 'authorisations' | 'clause' | 'register' | 'accessLog' | 'retention';
const TABS: Tab[] = ['authorisations', 'clause', 'register', 'accessLog', 'retention'];

/** Personal data (art. 8b of the Act, GDPR): authorisations, the clause, the processing register, reads. */
export function PrivacyPage({
  canManage,
  canRetention = false,
}: {
  canManage: boolean;
  canRetention?: boolean;
}) {
  // `?tab=retention` opens a tab directly (the link from a person's record).
  const [tab, setTab] = useState<Tab>(() => {
    const asked = new URLSearchParams(window.location.search).get('tab') as Tab | null;
    return asked && TABS.includes(asked) && (asked !== 'retention' || canRetention)
      ? asked
      : 'authorisations';
  });
  // Retention lists people by name: the director's view only (art. 8b ust. 5, decision 0018).
  const tabs = TABS.filter((k) => k !== 'retention' || canRetention);
  return (
    <main id="main">
      <h1>{t('privacy.title')}</h1>
      <div className="tabs" role="tablist" aria-label={t('privacy.title')}>
        {tabs.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            id={`privacy-tab-${k}`}
            aria-selected={tab === k}
            aria-controls="privacy-panel"
            className={tab === k ? 'primary' : ''}
            onClick={() => setTab(k)}
          >
            {t(`privacy.tab.${k}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="privacy-panel" aria-labelledby={`privacy-tab-${tab}`}>
        {tab === 'authorisations' && <AuthorisationsSection canManage={canManage} />}
        {tab === 'clause' && <ClauseSection canEdit={canManage} />}
        {tab === 'register' && <ProcessingRegisterSection />}
        {tab === 'accessLog' && <AccessLogSection />}
        {tab === 'retention' && canRetention && <RetentionSection />}
        {tab === 'retention' && canRetention && <OtherPeopleRetention />}
      </div>
    </main>
  );
}

/** What an account without a valid authorisation sees instead of participants' data, and whom to ask. */
export function PrivacyRefusalPage({ standing }: { standing: string }) {
  return (
    <main id="main">
      <h1>{t('privacy.refused.title')}</h1>
      <div className="alert alert-error" role="alert">
        <p>{t('privacy.refused.lead')}</p>
        <p>
          <strong>{t('privacy.refused.reason', { standing: td(`privacy.standing.${standing}`) })}</strong>
        </p>
        <p>{t('privacy.refused.whom')}</p>
      </div>
      <p>
        <a {...linkProps('/')}>{t('privacy.refused.home')}</a>
      </p>
    </main>
  );
}
