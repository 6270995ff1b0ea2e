import { useState } from 'react';
import type { Art200Agreement } from '../../../src/contracts/art200.contract';
import { invalidate, useApiQuery } from '../query';
import { t } from '../i18n';
import { linkProps, navigate } from '../router';
import { Art200AgreementView } from './art200-agreement';
import { AgreementForm } from './art200-agreement-form';
import './art200.css';
import './art200.i18n';

/** The dated limits of art. 200 in force (null before the act applies). */
export type Parameters = {
  maxHoursPerDay: number;
  maxMonths: number;
  source: string;
  notApplicable: string;
} | null;
const hours = (h: number) => String(h).replace('.', ',');

/** The art. 200 track: the agreements with the starosta and a new one, or one agreement with its people and hours. */
export function Art200Page({
  path,
  canManage,
  canHours,
}: {
  path: string;
  canManage: boolean;
  canHours: boolean;
}) {
  const id = /^\/art200\/([0-9a-f-]{36})$/.exec(path)?.[1];
  return id ? (
    <Art200AgreementView id={id} canManage={canManage} canHours={canHours} />
  ) : (
    <AgreementList canManage={canManage} />
  );
}

/** The limits in force and their source in plain Polish; what does not apply to these people. */
export function Art200Rules({ parameters }: { parameters: Parameters }) {
  if (!parameters) return null;
  return (
    <div className="a200-rules">
      <p>
        <strong>
          {t('a200.limits', { hours: hours(parameters.maxHoursPerDay), months: parameters.maxMonths })}
        </strong>{' '}
        {parameters.notApplicable}
      </p>
      <p className="hint">{t('a200.source', { source: parameters.source })}</p>
    </div>
  );
}

function AgreementList({ canManage }: { canManage: boolean }) {
  const list = useApiQuery<{ items: Art200Agreement[]; parameters: Parameters }>('/api/v1/art200/agreements');
  const data = list.data ?? null;
  const [creating, setCreating] = useState(false);
  return (
    <main id="main">
      <h1>{t('a200.title')}</h1>
      <p>{t('a200.lead')}</p>
      {data && <Art200Rules parameters={data.parameters} />}
      {list.error ? (
        <div className="alert alert-error" role="alert">
          {list.error.message}
        </div>
      ) : data === null ? (
        <p>{t('app.loading')}</p>
      ) : data.items.length === 0 ? (
        <p>{t('a200.none')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>{t('a200.count', { count: data.items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('a200.number')}</th>
                <th scope="col">{t('a200.partnerShort')}</th>
                <th scope="col">{t('a200.period')}</th>
                <th scope="col">{t('a200.activities')}</th>
                <th scope="col">{t('a200.dailyHoursLimit')}</th>
                <th scope="col">{t('a200.enrolled')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((a) => (
                <tr key={a.id}>
                  <td>
                    <a {...linkProps(`/art200/${a.id}`)}>{a.number}</a>
                  </td>
                  <td>{a.partner.name}</td>
                  <td className="nowrap">
                    {a.validFrom} – {a.validUntil}
                  </td>
                  <td>{a.activities}</td>
                  <td>{hours(a.dailyHoursLimit)}</td>
                  <td>
                    {a.enrolled}
                    {a.plannedPeople ? ` / ${a.plannedPeople}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage &&
        (creating ? (
          <AgreementForm
            parameters={data?.parameters ?? null}
            onDone={async (a) => {
              await invalidate('/api/v1/art200');
              navigate(`/art200/${a.id}`);
            }}
            onCancel={() => setCreating(false)}
          />
        ) : (
          <p>
            <button type="button" className="primary" onClick={() => setCreating(true)}>
              {t('a200.new')}
            </button>
          </p>
        ))}
    </main>
  );
}
