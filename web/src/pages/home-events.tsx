import { useEffect, useState } from 'react';
import type { MeResponse } from '../../../src/contracts/auth.contract';
import type { EventHomeFacts } from '../../../src/contracts/events.contract';
import { api } from '../api';
import { t } from '../i18n';
import { linkProps } from '../router';
import './events.i18n';
import './home.i18n';

type Key = Parameters<typeof t>[0];
/** 2026-12-14 → 14.12.2026 */
const shortDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/**
 * The home page's events section (issue 18): the next events and courses, each a link to the event, and
 * the courses whose certificates were issued and are to be printed, each a link to its list of certificates
 * (the latter for whoever issues certificates).
 * Titles, dates and counts only (`GET /api/v1/event-facts`); shown to whoever may see events.
 */
export function HomeEvents({ me }: { me: MeResponse }) {
  const allowed = me.allowedActions.includes('events.view');
  // Certificates are the business of whoever issues them (an instructor prints only their own people's).
  const certifies = me.allowedActions.includes('events.certificates');
  const [facts, setFacts] = useState<EventHomeFacts | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!allowed) return;
    void api<EventHomeFacts>('GET', '/api/v1/event-facts')
      .then(setFacts)
      .catch((e: Error) => setError(e.message));
  }, [allowed]);
  if (!allowed) return null;
  return (
    <section className="card" aria-labelledby="home-events">
      <h2 id="home-events">{t('home.events.title')}</h2>
      {error && <p className="alert alert-error">{t('home.events.error', { message: error })}</p>}
      {!facts && !error && <p aria-live="polite">{t('home.loading')}</p>}
      {facts && (
        <>
          <h3>{t('home.events.upcoming')}</h3>
          {facts.upcoming.length === 0 ? (
            <p>{t('home.events.noUpcoming')}</p>
          ) : (
            <ul>
              {facts.upcoming.map((e) => (
                <li key={e.id}>
                  <a {...linkProps(`/events/${e.id}`)}>{e.title}</a> — {shortDate(e.startsOn)}
                  {e.place ? `, ${e.place}` : ''}{' '}
                  <span className="muted">({t(`events.kind.${e.kind}` as Key)})</span>
                </li>
              ))}
            </ul>
          )}
          {certifies && <h3>{t('home.events.toPrint')}</h3>}
          {certifies && facts.certificatesToIssue > 0 && (
            <p>{t('home.events.toIssue', { count: facts.certificatesToIssue })}</p>
          )}
          {!certifies ? null : facts.certificatesToPrint.length === 0 ? (
            <p>{t('home.events.noneToPrint')}</p>
          ) : (
            <ul>
              {facts.certificatesToPrint.map((e) => (
                <li key={e.eventId}>
                  <a {...linkProps(`/events/${e.eventId}`)}>{e.title}</a> —{' '}
                  {t('home.events.issued', { count: e.count })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
