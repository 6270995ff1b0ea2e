import { useEffect, useState } from 'react';
import { t } from '../i18n';
import { dismissJobDay, useJobDayQueue } from './job-day-queue';
import '../pages/services-stands.i18n';

/** Network state and the job days waiting in this browser; problems the server found, each with a way out. */
export function JobDayQueueBanner({ onSynced }: { onSynced?: () => void }) {
  const { items, synced } = useJobDayQueue();
  const [offline, setOffline] = useState(!navigator.onLine);
  useEffect(() => {
    const on = () => setOffline(false);
    const off = () => setOffline(true);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  useEffect(() => {
    if (synced) onSynced?.();
  }, [synced]);
  const waiting = items.filter((i) => !i.problem);
  const problems = items.filter((i) => i.problem);
  return (
    <>
      <div role="status" aria-live="polite">
        {offline && <p className="alert alert-demo">{t('pwa.offline')}</p>}
        {waiting.length > 0 && (
          <p className="alert alert-demo">{t('pwa.queued', { count: waiting.length })}</p>
        )}
        {synced > 0 && waiting.length === 0 && (
          <p className="alert alert-ok">{t('pwa.synced', { count: synced })}</p>
        )}
      </div>
      {problems.length > 0 && (
        <div className="alert alert-error" role="alert">
          <ul>
            {problems.map((i) => (
              <li key={i.key}>
                {i.problem!.kind === 'conflict'
                  ? t('pwa.conflict', { date: i.body.date, job: i.jobLabel })
                  : t('pwa.rejected', {
                      date: i.body.date,
                      job: i.jobLabel,
                      message: i.problem!.message,
                    })}{' '}
                <button type="button" className="secondary" onClick={() => dismissJobDay(i.key)}>
                  {t('pwa.dismiss')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
