import type { Db } from '../../db/connection';
import { listCourseCertificatesOfParticipant, listJobDaysOfParticipant } from '../../db/skills.repository';
import type { GainedSkill } from '../../domain/skills/gained-skill';

/**
 * Skills and qualifications a participant gained outside the IPZS text, collected from the modules that
 * know them, for the certificate of participation (art. 13 ust. 5a / art. 18 ust. 5a). A module adds a
 * source to `SOURCES`; the certificate prints what they return, in this order, and nothing when empty.
 */
type Period = { from: string; to: string };
type SkillSource = (
  db: Db,
  centreId: string,
  participantId: string,
  period: Period,
) => Promise<GainedSkill[]>;

/** Service jobs (issue 17): one line per job the person worked on during participation. */
const serviceJobs: SkillSource = async (db, centreId, participantId, period) => {
  type JobLine = Extract<GainedSkill, { source: 'SERVICE_JOB' }> & { task: string };
  const byJob = new Map<string, JobLine>();
  for (const d of await listJobDaysOfParticipant(db, centreId, participantId, period)) {
    const line = byJob.get(d.job_id) ?? {
      source: 'SERVICE_JOB',
      practised: [],
      orderTitle: d.order_title,
      workshop: d.workshop_name,
      days: 0,
      hours: 0,
      from: d.date,
      to: d.date,
      task: d.task,
    };
    byJob.set(d.job_id, line);
    line.days += 1;
    line.hours += Number(d.hours);
    line.to = d.date;
    const practised = d.practised?.trim();
    if (practised && !line.practised.includes(practised)) line.practised.push(practised);
  }
  return [...byJob.values()].map(({ task, ...line }) => ({
    ...line,
    practised: line.practised.length ? line.practised : [task],
  }));
};

/** Courses with a certificate of completion (events module, issue 18) that ended during participation. */
const courses: SkillSource = async (db, centreId, participantId, period) =>
  (await listCourseCertificatesOfParticipant(db, centreId, participantId, period)).map((c) => ({
    source: 'COURSE',
    title: c.title,
    certificateNumber: c.number,
    issuedOn: c.issued_on,
    hours: Math.round((c.minutes_attended / 60) * 10) / 10,
  }));

const SOURCES: SkillSource[] = [serviceJobs, courses];

export async function gainedSkills(
  db: Db,
  centreId: string,
  participantId: string,
  period: Period,
): Promise<GainedSkill[]> {
  return (await Promise.all(SOURCES.map((s) => s(db, centreId, participantId, period)))).flat();
}
