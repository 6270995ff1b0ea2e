import { useSyncExternalStore } from 'react';
import { ApiError, api, currentCsrfToken } from '../api';

/**
 * Job days recorded without network (issue 17 item 7), kept in this browser until the server accepts them.
 * The approach of the attendance register's offline entries: the day is saved with the per-day versions the
 * crew leader saw, so the server refuses a stale copy (409) instead of writing over someone's change.
 * One item per job and day (a second save of the same day replaces the first); an item leaves the queue
 * only when the server accepted it, or when the server already holds exactly the same day (a copy whose
 * answer was lost on the way) — so nothing is lost and nothing is written twice.
 */
export interface JobDayBody {
  date: string;
  entries: { participantId: string; hours: number; practised: string | null; version: number | null }[];
}
export interface QueuedJobDay {
  key: string;
  jobId: string;
  jobLabel: string;
  body: JobDayBody;
  queuedAt: string;
  problem?: { kind: 'conflict' | 'rejected'; message: string };
}
type DayView = {
  crew: {
    participantId: string;
    register: { status: string; hours: number | null } | null;
    onThisJob: { hours: number; practised: string | null } | null;
  }[];
};

const STORAGE_KEY = 'reintegra.services.jobDayQueue';
const listeners = new Set<() => void>();
let snapshot: { raw: string | null; items: QueuedJobDay[] } = { raw: null, items: [] };
let lastSynced = 0;
let flushing = false;

function read(): QueuedJobDay[] {
  const raw = localStorage.getItem(STORAGE_KEY);
  if (raw !== snapshot.raw) {
    let items: QueuedJobDay[] = [];
    try {
      items = raw ? (JSON.parse(raw) as QueuedJobDay[]) : [];
    } catch {
      items = [];
    }
    snapshot = { raw, items };
  }
  return snapshot.items;
}
function write(items: QueuedJobDay[]) {
  if (items.length) localStorage.setItem(STORAGE_KEY, JSON.stringify(items));
  else localStorage.removeItem(STORAGE_KEY);
  for (const l of listeners) l();
}

export function queuedJobDays(): QueuedJobDay[] {
  return read();
}

export function enqueueJobDay(jobId: string, jobLabel: string, body: JobDayBody) {
  const key = `${jobId}|${body.date}`;
  write([
    ...read().filter((i) => i.key !== key),
    { key, jobId, jobLabel, body, queuedAt: new Date().toISOString() },
  ]);
}

export function dismissJobDay(key: string) {
  write(read().filter((i) => i.key !== key));
}

/** The server already holds this very day (same people present with the same hours and notes). */
async function alreadySaved(item: QueuedJobDay): Promise<boolean> {
  const view = await api<DayView>('GET', `/api/v1/services/jobs/${item.jobId}/days/${item.body.date}`);
  return item.body.entries.every((e) => {
    const c = view.crew.find((x) => x.participantId === e.participantId);
    return (
      !!c &&
      c.register?.status === 'present' &&
      c.register.hours === e.hours &&
      c.onThisJob?.hours === e.hours &&
      (c.onThisJob.practised ?? null) === (e.practised ?? null)
    );
  });
}

/** Sends what waits, oldest first; stops at the first network failure. Returns how many were accepted. */
export async function flushJobDays(): Promise<number> {
  if (flushing || !read().some((i) => !i.problem)) return 0;
  flushing = true;
  let sent = 0;
  try {
    // After a reload without network the session's CSRF token is not known yet: /me returns it.
    if (!currentCsrfToken()) await api('GET', '/api/v1/me');
    for (const item of read().filter((i) => !i.problem)) {
      const settle = (problem?: QueuedJobDay['problem']) =>
        write(
          problem
            ? read().map((i) => (i.key === item.key && i.queuedAt === item.queuedAt ? { ...i, problem } : i))
            : read().filter((i) => !(i.key === item.key && i.queuedAt === item.queuedAt)),
        );
      try {
        await api('POST', `/api/v1/services/jobs/${item.jobId}/days`, item.body);
        settle();
        sent++;
      } catch (error) {
        if (!(error instanceof ApiError) || error.code === 'NETWORK' || error.status === 401) break;
        if (error.code === 'VERSION_CONFLICT') {
          if (await alreadySaved(item)) {
            settle();
            sent++;
          } else settle({ kind: 'conflict', message: error.message });
        } else if (error.status === 400 || error.status === 404 || error.status === 409)
          settle({
            kind: 'rejected',
            message: error.fields.length
              ? [...new Set(error.fields.map((f) => f.message))].join(' ')
              : error.message,
          });
        else break;
      }
    }
  } catch {
    // No network yet (the /me or day check failed): everything stays queued for the next try.
  } finally {
    flushing = false;
  }
  if (sent) {
    lastSynced = sent;
    for (const l of listeners) l();
  }
  return sent;
}

/** The queue for a component: the items, and how many the last sync sent (0 until one did). */
export function useJobDayQueue() {
  const items = useSyncExternalStore((l) => {
    listeners.add(l);
    return () => listeners.delete(l);
  }, read);
  const synced = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => lastSynced,
  );
  return { items, synced };
}

/** Started once by main.tsx: sends on reconnect, at start, and every 30 s while anything waits. */
export function startJobDayQueue() {
  window.addEventListener('online', () => void flushJobDays());
  window.addEventListener('storage', (e) => {
    if (e.key === STORAGE_KEY) for (const l of listeners) l();
  });
  setInterval(() => {
    if (navigator.onLine) void flushJobDays();
  }, 30_000);
  if (navigator.onLine) void flushJobDays();
}
