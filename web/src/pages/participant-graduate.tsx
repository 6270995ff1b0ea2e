import { useEffect, useState } from 'react';
import type { ParticipantGraduate } from '../../../src/contracts/graduates.contract';
import { api } from '../api';
import { t, useLang } from '../i18n';
import { linkProps } from '../router';
import './placements.i18n';

type Key = Parameters<typeof t>[0];
type Item = ParticipantGraduate['items'][number];

/** 03.04.2027 in Polish (as on the centre's papers), 03/04/2027 in English. */
const day = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'pl-PL', {
    timeZone: 'UTC',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(`${iso}T00:00:00Z`));

/**
 * The graduate status on a person's record (art. 2 pkt 1a–1b): "Absolwent CIS do …", not yet, or no longer;
 * the follow-up contacts after the exit and the printed confirmation. Shown to those who may see graduates
 * (the section stays away when the server refuses).
 */
export function ParticipantGraduateSection({ participantId }: { participantId: string }) {
  const lang = useLang();
  const [data, setData] = useState<ParticipantGraduate | null | 'hidden'>(null);
  useEffect(() => {
    api<ParticipantGraduate>('GET', `/api/v1/participants/${participantId}/graduate`)
      .then(setData)
      .catch(() => setData('hidden'));
  }, [participantId]);
  if (data === 'hidden') return null;
  return (
    <section className="card" aria-labelledby="record-graduate">
      <h2 id="record-graduate">{t('grd.rec.title')}</h2>
      {data === null ? (
        <p>{t('app.loading')}</p>
      ) : data.items.length === 0 ? (
        <>
          <p>
            <strong>{t('grd.rec.notYet')}</strong>
          </p>
          <p className="hint">{t('grd.rec.notYetHint')}</p>
        </>
      ) : (
        data.items.map((g, i) => (
          <Ended key={g.programmeId} participantId={participantId} g={g} lang={lang} latest={i === 0} />
        ))
      )}
      {data !== null && (
        <p className="hint">
          {t('grd.rule')}: {data.rule}
        </p>
      )}
    </section>
  );
}

function Ended({
  participantId,
  g,
  lang,
  latest,
}: {
  participantId: string;
  g: Item;
  lang: string;
  latest: boolean;
}) {
  const type = g.kind === 'KIS_CONTRACT' ? 'KIS' : 'CIS';
  const status = g.graduate
    ? t(g.current ? 'grd.rec.current' : 'grd.rec.expired', { type, date: day(g.until ?? g.lastDay, lang) })
    : t('grd.rec.not', { type });
  return (
    <div className={latest ? undefined : 'muted'}>
      <p className="lead">
        <strong>{status}</strong>
      </p>
      <dl className="facts">
        <div>
          <dt>{t('grd.rec.participation')}</dt>
          <dd>
            {day(g.admissionDate, lang)} – {day(g.lastDay, lang)}
          </dd>
        </div>
        <div>
          <dt>{t('grd.rec.certificate')}</dt>
          <dd>
            {g.certificateNumber
              ? `${g.certificateNumber}${g.certificateIssuedOn ? `, ${day(g.certificateIssuedOn, lang)}` : ''}`
              : t('grd.rec.noCertificate')}
          </dd>
        </div>
      </dl>
      {!g.graduate && (
        <ul>
          {g.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {g.graduate && (
        <p className="buttons">
          <a href={`/api/v1/graduates/${g.programmeId}/confirmation.pdf`} target="_blank" rel="noopener">
            {t('grd.confirmation')}
          </a>
        </p>
      )}
      {g.pupLetter && <PupLetter participantId={participantId} g={g} pup={g.pupLetter.pup} />}
      {(g.graduate || g.contacts.length > 0) && <h3>{t('grd.rec.contacts')}</h3>}
      {!g.graduate && g.contacts.length === 0 ? null : g.contacts.length === 0 ? (
        <p className="muted">{t('grd.rec.noContacts')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{t('grd.rec.contacts')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('grd.contactedOn')}</th>
                <th scope="col">{t('grd.channel')}</th>
                <th scope="col">{t('grd.rec.employment')}</th>
                <th scope="col">{t('grd.employer')}</th>
                <th scope="col">{t('grd.support')}</th>
              </tr>
            </thead>
            <tbody>
              {g.contacts.map((c) => (
                <tr key={c.id}>
                  <td className="nowrap">{day(c.contactedOn, lang)}</td>
                  <td>{t(`grd.ch.${c.channel}` as Key)}</td>
                  <td>{t(`grd.emp.${c.employment}` as Key)}</td>
                  <td>{c.employer ?? '—'}</td>
                  <td>{c.supportGiven ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {g.graduate && (
        <p className="hint">
          <a {...linkProps('/graduates')}>{t('grd.rec.addOnList')}</a>
        </p>
      )}
    </div>
  );
}

/**
 * The cover letter that sends the certificate of a long-term unemployed person to the PUP (art. 13 ust. 5a):
 * addressed to the referring PUP, or to one chosen from the partner registry when the referral names none.
 */
function PupLetter({ participantId, g, pup }: { participantId: string; g: Item; pup: string | null }) {
  const [offices, setOffices] = useState<{ id: string; name: string }[] | null>(null);
  const [chosen, setChosen] = useState('');
  useEffect(() => {
    if (pup) return;
    api<{ items: { id: string; name: string }[] }>('GET', '/api/v1/partners?kind=LABOUR_OFFICE')
      .then((r) => setOffices(r.items))
      .catch(() => setOffices([]));
  }, [pup]);
  const url = `/api/v1/participants/${participantId}/programmes/${g.programmeId}/pup-letter.pdf`;
  const selectId = `pup-${g.programmeId}`;
  return (
    <div className="subform">
      <h3>{t('grd.rec.pupLetter')}</h3>
      <p className="hint">{t('grd.rec.pupLetterHint')}</p>
      {pup ? (
        <p className="buttons">
          <a href={url} target="_blank" rel="noopener">
            {t('grd.rec.pupLetterPdf', { pup })}
          </a>
        </p>
      ) : offices === null ? (
        <p>{t('app.loading')}</p>
      ) : offices.length === 0 ? (
        <p className="alert alert-demo">{t('grd.rec.pupNone')}</p>
      ) : (
        <div className="field">
          <label htmlFor={selectId}>{t('grd.rec.pupChoose')}</label>
          <select id={selectId} value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">{t('plc.choose')}</option>
            {offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          {chosen && (
            <p className="buttons">
              <a href={`${url}?partnerId=${chosen}`} target="_blank" rel="noopener">
                {t('grd.rec.pupLetterPdf', {
                  pup: offices.find((o) => o.id === chosen)?.name ?? '',
                })}
              </a>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
