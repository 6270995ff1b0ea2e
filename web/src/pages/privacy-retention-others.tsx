import { useState } from 'react';
import type { OtherRetentionView } from '../../../src/contracts/privacy-others.contract';
import { api } from '../api';
import { ConfirmButton } from '../components/confirm';
import { Field } from '../components/form';
import {
  type Column,
  day,
  PeopleTable,
  RetentionApprovals,
  RetentionDue,
  RetentionFrame,
  TitledTable,
  useRetentionView,
} from '../components/retention-view';
import { useApiForm } from '../components/use-api-form';
import { t } from '../i18n';
import './privacy-others.i18n';

type Item = OtherRetentionView['due'][number];
type Rule = OtherRetentionView['rules'][number];
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

/** The people's columns; the last holds the own copy and the erasure, which say their outcome by `onChanged`. */
const columns = (onChanged: (message: string) => void): Column<Item>[] => [
  [t('privacy.others.person'), (i) => i.fullName],
  [t('privacy.others.kind'), (i) => i.kindLabel],
  [t('privacy.others.last'), (i) => day(i.lastActivityOn)],
  [t('privacy.others.keptUntil'), (i) => day(i.retentionEndsOn)],
  [t('privacy.others.actions'), (i) => <Actions item={i} onChanged={onChanged} />],
];

const ruleColumns = (): Column<Rule>[] => [
  [t('privacy.others.kind'), (r) => r.label],
  [t('privacy.others.years'), (r) => r.years],
  [t('privacy.others.counted'), (r) => r.from],
  [
    t('privacy.others.source'),
    (r) => (
      <>
        {r.source}{' '}
        <em>
          ({t(r.certain ? 'privacy.others.certain' : 'privacy.others.uncertain', { date: day(r.checkedOn) })})
        </em>
      </>
    ),
  ],
];

/**
 * Retention of people who are not participants (volunteers, art. 200 enrolees, guests, private customers,
 * donors, enquirers): each kind's period and its basis, who is due (the director approves, the queue's job
 * anonymises), whose period runs, the own copy and the erasure of a mistaken record, the approvals made.
 */
export function OtherPeopleRetention() {
  const { view, message, setMessage, load } = useRetentionView<OtherRetentionView>(
    '/api/v1/privacy/others/retention',
  );
  if (!view) return <p>{t('app.loading')}</p>;
  // The message shows once the list is read again, so it never stands beside the erased row.
  const changed = (m: string) => {
    setMessage(null);
    void load().then(() => setMessage(m));
  };

  return (
    <RetentionFrame
      id="po-title"
      title={t('privacy.others.title')}
      lead={t('privacy.others.lead')}
      message={message}
    >
      <PeopleTable
        caption={t('privacy.others.rulesTitle')}
        items={view.rules}
        keyOf={(r) => r.kind}
        columns={ruleColumns()}
      />
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
          caption={t('privacy.others.dueTitle', { date: day(view.today) })}
          items={view.due}
          keyOf={key}
          columns={columns(changed)}
        />
      </RetentionDue>
      <TitledTable
        title={t('privacy.others.upcomingTitle')}
        empty={t('privacy.others.noneUpcoming')}
        items={view.upcoming}
        keyOf={key}
        columns={columns(changed)}
      />
      <RetentionApprovals
        texts="privacy.others"
        approvals={view.approvals}
        keyOf={key}
        kind={[t('privacy.others.kind'), (a) => a.kindLabel]}
      />
    </RetentionFrame>
  );
}
