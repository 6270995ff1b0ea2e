import { useState } from 'react';
import type { Art200AgreementDetail } from '../../../src/contracts/art200.contract';
import { t } from '../i18n';
import { invalidate, useApiQuery } from '../query';
import { linkProps } from '../router';
import { Art200Rules } from './art200';
import { AgreementForm } from './art200-agreement-form';
import { EndForm, EnrolForm } from './art200-enrolment-forms';
import { MonthGrid } from './art200-month-grid';
import './art200.i18n';

const hours = (h: number) => String(h).replace('.', ',');

/** One agreement: its terms (and their correction), the people enrolled (and a new enrolment), the month grid. */
export function Art200AgreementView({
  id,
  canManage,
  canHours,
}: {
  id: string;
  canManage: boolean;
  canHours: boolean;
}) {
  const url = `/api/v1/art200/agreements/${id}`;
  const query = useApiQuery<Art200AgreementDetail>(url);
  const [correcting, setCorrecting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // The list, this agreement and its months are read again after a change.
  const changed = () => invalidate('/api/v1/art200');
  const a = query.data;
  if (query.error?.status === 404)
    return (
      <main id="main">
        <p>{t('notFound.title')}</p>
      </main>
    );
  if (!a)
    return (
      <main id="main">
        {query.error ? (
          <div className="alert alert-error" role="alert">
            {query.error.message}
          </div>
        ) : (
          <p>{t('app.loading')}</p>
        )}
      </main>
    );
  return (
    <main id="main">
      <p>
        <a {...linkProps('/art200')}>{t('a200.back')}</a>
      </p>
      <h1>{t('a200.heading', { number: a.number })}</h1>
      <Art200Rules parameters={a.parameters} />
      {notice && (
        <div className="alert alert-ok" role="status">
          {notice}
        </div>
      )}
      <dl className="facts">
        <div>
          <dt>{t('a200.partnerShort')}</dt>
          <dd>{a.partner.name}</dd>
        </div>
        <div>
          <dt>{t('a200.period')}</dt>
          <dd>
            {a.validFrom} – {a.validUntil}
          </dd>
        </div>
        <div>
          <dt>{t('a200.signedOn')}</dt>
          <dd>{a.signedOn ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('a200.dailyHoursLimit')}</dt>
          <dd>{hours(a.dailyHoursLimit)}</dd>
        </div>
        <div>
          <dt>{t('a200.maxMonths')}</dt>
          <dd>{a.maxMonths}</dd>
        </div>
        <div>
          <dt>{t('a200.plannedPeople')}</dt>
          <dd>{a.plannedPeople ?? '—'}</dd>
        </div>
      </dl>
      {canManage &&
        (correcting ? (
          <AgreementForm
            key={a.version}
            parameters={a.parameters}
            initial={a}
            onDone={async () => {
              await changed();
              setCorrecting(false);
              setNotice(t('a200.corrected'));
            }}
            onCancel={() => setCorrecting(false)}
          />
        ) : (
          <p>
            <button
              type="button"
              onClick={() => {
                setNotice(null);
                setCorrecting(true);
              }}
            >
              {t('a200.correct')}
            </button>
          </p>
        ))}
      <h2>{t('a200.activities')}</h2>
      <p>{a.activities}</p>
      <h2>{t('a200.expectedEffects')}</h2>
      <p>{a.expectedEffects}</p>
      <h2>{t('a200.measurement')}</h2>
      <p>{a.measurement}</p>
      <People a={a} canManage={canManage} onChanged={changed} />
      {canManage && <EnrolForm agreementId={a.id} onDone={changed} />}
      <MonthGrid a={a} canHours={canHours} />
    </main>
  );
}

function People({
  a,
  canManage,
  onChanged,
}: {
  a: Art200AgreementDetail;
  canManage: boolean;
  onChanged: () => Promise<void>;
}) {
  const [ending, setEnding] = useState<string | null>(null);
  const person = a.enrolments.find((e) => e.id === ending);
  return (
    <section aria-labelledby="a200-people">
      <h2 id="a200-people">{t('a200.people')}</h2>
      {a.enrolments.length === 0 ? (
        <p>{t('a200.noPeople')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('a200.person')}</th>
                <th scope="col">{t('a200.pesel')}</th>
                <th scope="col">{t('a200.pupReference')}</th>
                <th scope="col">{t('a200.period')}</th>
                <th scope="col">{t('a200.lastAllowed')}</th>
                <th scope="col">{t('a200.totals')}</th>
                {canManage && (
                  <th scope="col">
                    <span className="sr-only">{t('a200.end')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {a.enrolments.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    {e.lastName} {e.firstName}
                  </th>
                  <td>{e.pesel ?? '—'}</td>
                  <td>{e.pupReference ?? '—'}</td>
                  <td className="nowrap">
                    {e.startDate} – {e.endedOn ?? e.plannedEndDate}
                    {e.endedOn ? ` (${t('a200.ended')}: ${e.endReason ?? ''})` : ''}
                  </td>
                  <td className="nowrap">{e.lastAllowedDay}</td>
                  <td>{t('a200.totalsValue', { days: e.totals.days, hours: hours(e.totals.hours) })}</td>
                  {canManage && (
                    <td>
                      {!e.endedOn && (
                        <button type="button" onClick={() => setEnding(e.id)}>
                          {t('a200.end')}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {person && !person.endedOn && (
        <EndForm
          key={person.id}
          agreementId={a.id}
          enrolment={person}
          onDone={async () => {
            await onChanged();
            setEnding(null);
          }}
        />
      )}
    </section>
  );
}
