import { useEffect, useState } from 'react';
import type { MeResponse } from '../../../src/contracts/auth.contract';
import { percent } from '../../../src/domain/polish-format';
import { visibleFieldClasses } from '../../../src/domain/participants/visibility';
import type { Home, HomeCard } from '../../../src/contracts/home.contract';
import { api } from '../api';
import { formatMoney, t } from '../i18n';
import { linkProps } from '../router';
import { HomeEvents } from './home-events';
import './home.i18n';
import './partners.i18n';
import './records.i18n';

type Key = Parameters<typeof t>[0];
/** 2026-12-14 → 14.12.2026 */
const shortDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

type Action = MeResponse['allowedActions'][number];
const may = (me: MeResponse, action: Action) => me.allowedActions.includes(action);
const isKisCentre = (me: MeResponse) => me.centres.find((c) => c.id === me.currentCentreId)?.type === 'KIS';

/** Quick links to the user's daily pages, by role (below the cards). */
function homeTasks(me: MeResponse): { to: string; label: string }[] {
  const kis = isKisCentre(me);
  // Whoever sees people's personal data works with the whole list; an instructor sees names for the register.
  const fullRecords = visibleFieldClasses(me.roles).has('personal');
  const tasks: { to: string; label: string; show: boolean }[] = [
    {
      to: '/participants',
      label: t('home.task.participants'),
      show: fullRecords,
    },
    {
      to: '/participants',
      label: t('home.task.participantsView'),
      show: !fullRecords && may(me, 'attendance.record'),
    },
    {
      to: '/attendance',
      label: t('home.task.attendance'),
      show: may(me, 'attendance.view'),
    },
    { to: '/payroll', label: t('home.task.payroll'), show: may(me, 'payroll.view') && !kis },
    { to: '/follow-ups', label: t('home.task.followUps'), show: may(me, 'followUps.manage') },
    { to: '/workshops', label: t('home.task.workshops'), show: may(me, 'workshops.manage') },
    { to: '/users', label: t('home.task.users'), show: may(me, 'users.manage') },
    { to: '/centre', label: t('home.task.centre'), show: may(me, 'centre.edit') },
    { to: '/audit', label: t('home.task.audit'), show: may(me, 'audit.view') },
  ];
  return tasks.filter((task) => task.show);
}

/** The card's title and sentence, from its figures. */
function cardText(c: HomeCard): { title: string; text: string } {
  const v = c.values as Record<string, string | number>;
  const title = t(`home.card.${c.id}` as Key, v);
  switch (c.id) {
    case 'OCCUPANCY':
      return {
        title,
        text: t(v.capacity === null ? 'home.card.OCCUPANCY.noCapacity' : 'home.card.OCCUPANCY.capacity', v),
      };
    case 'ATTENDANCE_UNLOCKED':
      return {
        title,
        text: c.count ? t('home.card.ATTENDANCE_UNLOCKED.text', v) : t('home.card.ATTENDANCE_UNLOCKED.none'),
      };
    case 'PAYROLL_STATUS':
      return {
        title,
        text: t(`home.card.PAYROLL_STATUS.${v.status}` as Key, { total: formatMoney(v.totalGrosze) }),
      };
    case 'REPORT_DEADLINE':
      return { title, text: t('home.card.REPORT_DEADLINE.text', { ...v, count: v.days ?? 0 }) };
    case 'FINANCE_PLAN': {
      const money = {
        year: v.year ?? '',
        plannedExpenses: formatMoney(v.plannedExpenses),
        actualExpenses: formatMoney(v.actualExpenses),
        plannedIncome: formatMoney(v.plannedIncome),
        actualIncome: formatMoney(v.actualIncome),
      };
      return {
        title,
        text: t(v.hasPlan ? 'home.card.FINANCE_PLAN.text' : 'home.card.FINANCE_PLAN.noPlan', money),
      };
    }
    case 'STAFF_RATIO': {
      const text = t('home.card.STAFF_RATIO.text', { ...v, count: v.participants ?? 0 });
      return { title, text: v.ok ? text : `${text} ${t('home.card.STAFF_RATIO.over', v)}` };
    }
    case 'INDICATORS': {
      const pct = (x: unknown) => percent(typeof x === 'number' ? x : null);
      const params = {
        ...v,
        count: v.ended ?? 0,
        employmentRate: pct(v.employmentRate),
        socialRate: pct(v.socialRate),
      };
      return {
        title,
        text: t(v.ended ? 'home.card.INDICATORS.text' : 'home.card.INDICATORS.none', params),
      };
    }
    case 'EVENTS_UPCOMING':
      return {
        title,
        text: v.next
          ? t('home.card.EVENTS_UPCOMING.text', { ...v, date: shortDate(String(v.date)) })
          : t('home.card.EVENTS_UPCOMING.none'),
      };
    case 'REFUND_CLAIM':
      return { title, text: t('home.card.REFUND_CLAIM.text', { ...v, total: formatMoney(v.totalGrosze) }) };
    default:
      return { title, text: t(`home.card.${c.id}.text` as Key, v) };
  }
}

/** One card: a link to the list behind it, its number large, its sentence below. */
function Card({ card }: { card: HomeCard }) {
  const { title, text } = cardText(card);
  return (
    <li className={`home-card home-card-${card.tone}`}>
      <a {...linkProps(card.href)}>
        <span className="home-card-title">{title}</span>
        {card.count !== null && <span className="home-card-count">{card.count}</span>}
        <span className="home-card-text">{text}</span>
      </a>
    </li>
  );
}

/**
 * The home page: the cards of the caller's roles from `GET /api/v1/home` (the director's overview; the
 * social worker's, instructor's and accountant's daily lists), each a link to the list behind it.
 */
export function HomePage({ me }: { me: MeResponse }) {
  const [home, setHome] = useState<Home | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api<Home>('GET', '/api/v1/home')
      .then(setHome)
      .catch((e: Error) => setError(e.message));
  }, []);
  const centre = me.centres.find((c) => c.id === me.currentCentreId);
  return (
    <main id="main" className="wide">
      <h1>{t('home.welcome', { name: me.user.fullName })}</h1>
      {centre && (
        <p className="lead">
          {centre.name} — {t(`centreType.${centre.type}`)}
        </p>
      )}
      <p>{t('home.roles', { roles: me.roles.map((r) => t(`role.${r}`)).join(', ') })}</p>
      {me.roles.includes('ADMIN') && <p>{t('home.nextAdmin')}</p>}
      <section aria-labelledby="home-cards">
        <h2 id="home-cards">{t('home.cards')}</h2>
        {error && <p className="alert alert-error">{t('home.error', { message: error })}</p>}
        {!home && !error && <p aria-live="polite">{t('home.loading')}</p>}
        {home && (
          <ul className="home-cards">
            {home.cards.map((c) => (
              <Card key={c.key} card={c} />
            ))}
          </ul>
        )}
      </section>
      <HomeEvents me={me} />
      <section className="card" aria-labelledby="next">
        <h2 id="next">{t('home.tasks')}</h2>
        <ul className="tasks">
          {homeTasks(me).map((task) => (
            <li key={task.to + task.label}>
              <a {...linkProps(task.to)}>{task.label}</a>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
