import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { ParticipantEventsSchema } from '../../../src/contracts/events.contract';
import { hoursText } from '../../../src/domain/events/event-rules';
import { api } from '../api';
import { t } from '../i18n';
import { linkProps } from '../router';
import './events.i18n';

type Items = z.infer<typeof ParticipantEventsSchema>['items'];

/** The courses and events a participant was registered for, with hours present and the certificate (PDF). */
export function ParticipantEvents({ participantId }: { participantId: string }) {
  const [items, setItems] = useState<Items | null>(null);
  useEffect(() => {
    api<{ items: Items }>('GET', `/api/v1/participants/${participantId}/events`)
      .then((r) => setItems(r.items))
      .catch(() => setItems([]));
  }, [participantId]);
  return (
    <section className="card" aria-labelledby="record-events">
      <h2 id="record-events">{t('events.onRecord')}</h2>
      {items === null ? (
        <p>{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <p className="muted">{t('events.onRecordNone')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('events.onRecordTitle')}</th>
                <th scope="col">{t('events.kind')}</th>
                <th scope="col">{t('events.onRecordDates')}</th>
                <th scope="col">{t('events.status')}</th>
                <th scope="col">{t('events.onRecordHours')}</th>
                <th scope="col">{t('events.onRecordCertificate')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={`${e.eventId}-${e.certificateId ?? e.status}`}>
                  <th scope="row" style={{ fontWeight: 'normal' }}>
                    <a {...linkProps(`/events/${e.eventId}`)}>{e.title}</a>
                  </th>
                  <td>{t(`events.kind.${e.kind}`)}</td>
                  <td>{e.startsOn === e.endsOn ? e.startsOn : `${e.startsOn} – ${e.endsOn}`}</td>
                  <td>{t(`events.status.${e.status as 'REGISTERED' | 'WAITING' | 'CANCELLED'}`)}</td>
                  <td className="num">{hoursText(e.attendedMinutes)}</td>
                  <td>
                    {e.certificateNumber && e.certificateId ? (
                      <a
                        href={`/api/v1/events/${e.eventId}/certificates/${e.certificateId}/certificate.pdf`}
                        aria-label={t('events.onRecordPdf', { number: e.certificateNumber })}
                        download
                      >
                        {e.certificateNumber}
                      </a>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
