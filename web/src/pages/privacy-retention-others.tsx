import { useState } from 'react';
import type { OtherRetentionView } from '../../../src/contracts/privacy-others.contract';
import { api } from '../api';
import { ConfirmButton } from '../components/confirm';
import { Field } from '../components/form';
import { day, RetentionApprovals, RetentionDue } from '../components/retention-approval';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import { invalidate, useApiQuery } from '../query';
import './privacy-others.i18n';
type Item = OtherRetentionView['due'][number];
const key = (i: { kind: string; id: string }) => `${i.kind}:${i.id}`;

/** The own copy and the erasure of a mistaken record, for one person of the list. */
function Actions({ item, onChanged }: { item: Item; onChanged: (message: string) => void }) {
  const { register, form } = useApiForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const reason = form.watch('reason');
  const [error, setError] = useState<string | null>(null);
  const base = `/api/v1/privacy/others/${item.kind}/${item.id}`;
  return (
    <div className="buttons">
      <a href={`${base}/copy.pdf`} target="_blank" rel="noreferrer">
        {t('privacy.others.copyPdf')}
      </a>
      <a href={`${base}/copy.json`} download>
        {t('privacy.others.copyJson')}
      </a>
      <ConfirmButton
        label={t('privacy.others.erase')}
        title={t('privacy.others.eraseTitle')}
        warning={t('privacy.others.eraseWarn')}
        confirmLabel={t('privacy.others.eraseConfirm')}
        canConfirm={reason.trim().length >= 3}
        onConfirm={async () => {
          setError(null);
          try {
            const r = await api<{ person: string }>('POST', `${base}/erase`, { reason });
            onChanged(t('privacy.others.erased', { person: r.person }));
          } catch (e) {
            setError((e as Error).message);
          }
        }}
      >
        <Field name={`erase-${item.id}`} label={t('privacy.others.eraseReason')} required>
          {(p) => <input {...p} {...register('reason')} />}
        </Field>
      </ConfirmButton>
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function PeopleTable({
  items,
  caption,
  onChanged,
}: {
  items: Item[];
  caption: string;
  onChanged: (message: string) => void;
}) {
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('privacy.others.person')}</th>
            <th scope="col">{t('privacy.others.kind')}</th>
            <th scope="col">{t('privacy.others.last')}</th>
            <th scope="col">{t('privacy.others.keptUntil')}</th>
            <th scope="col">{t('privacy.others.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={key(i)}>
              <td>{i.fullName}</td>
              <td>{i.kindLabel}</td>
              <td>{day(i.lastActivityOn)}</td>
              <td>{day(i.retentionEndsOn)}</td>
              <td>
                <Actions item={i} onChanged={onChanged} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Retention of people who are not participants (volunteers, art. 200 enrolees, guests, private customers,
 * donors, enquirers): each kind's period and its basis, who is due (the director approves, the queue's job
 * anonymises), whose period runs, the own copy and the erasure of a mistaken record, the approvals made.
 */
export function OtherPeopleRetention() {
  const view = useApiQuery<OtherRetentionView>('/api/v1/privacy/others/retention').data;
  const [message, setMessage] = useState<string | null>(null);
  const load = () => invalidate('/api/v1/privacy/others/retention');
  if (!view) return <p>{t('app.loading')}</p>;
  // The message shows once the list is read again, so it never stands beside the erased row.
  const changed = (m: string) => {
    setMessage(null);
    void load().then(() => setMessage(m));
  };

  return (
    <section aria-labelledby="po-title">
      <h2 id="po-title">{t('privacy.others.title')}</h2>
      <p>{t('privacy.others.lead')}</p>
      {message && (
        <p className="alert alert-success" role="status">
          {message}
        </p>
      )}
      <div className="table-wrap">
        <table>
          <caption>{t('privacy.others.rulesTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('privacy.others.kind')}</th>
              <th scope="col">{t('privacy.others.years')}</th>
              <th scope="col">{t('privacy.others.counted')}</th>
              <th scope="col">{t('privacy.others.source')}</th>
            </tr>
          </thead>
          <tbody>
            {view.rules.map((r) => (
              <tr key={r.kind}>
                <td>{r.label}</td>
                <td>{r.years}</td>
                <td>{r.from}</td>
                <td>
                  {r.source}{' '}
                  <em>
                    (
                    {t(r.certain ? 'privacy.others.certain' : 'privacy.others.uncertain', {
                      date: day(r.checkedOn),
                    })}
                    )
                  </em>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <RetentionDue
        texts="privacy.others"
        today={view.today}
        items={view.due}
        keyOf={key}
        labelOf={(i) =>
          t('privacy.others.item', {
            name: i.fullName,
            kind: i.kindLabel,
            last: day(i.lastActivityOn),
            until: day(i.retentionEndsOn),
          })
        }
        url="/api/v1/privacy/others/retention/anonymise"
        path="persons"
        body={(chosen) => chosen.map((i) => ({ kind: i.kind, id: i.id }))}
        onMessage={setMessage}
        onDone={load}
      >
        <PeopleTable
          items={view.due}
          caption={t('privacy.others.dueTitle', { date: day(view.today) })}
          onChanged={changed}
        />
      </RetentionDue>
      <h3>{t('privacy.others.upcomingTitle')}</h3>
      {view.upcoming.length === 0 ? (
        <p>{t('privacy.others.noneUpcoming')}</p>
      ) : (
        <PeopleTable items={view.upcoming} caption={t('privacy.others.upcomingTitle')} onChanged={changed} />
      )}
      <RetentionApprovals
        texts="privacy.others"
        approvals={view.approvals}
        keyOf={key}
        kind={{ header: t('privacy.others.kind'), of: (a) => a.kindLabel }}
      />
    </section>
  );
}
