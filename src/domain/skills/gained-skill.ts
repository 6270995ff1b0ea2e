/**
 * A skill or qualification a participant gained outside the IPZS text, as a module reports it for the
 * certificate of participation (collected by `src/app/skills/gained-skills.ts`).
 */
export type GainedSkill =
  | {
      source: 'SERVICE_JOB';
      /** What the person practised (distinct, in the order first written); the job's task when none was noted. */
      practised: string[];
      orderTitle: string;
      workshop: string;
      days: number;
      hours: number;
      from: string;
      to: string;
    }
  | { source: 'COURSE'; title: string; certificateNumber: string; issuedOn: string; hours: number };

const dmy = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const hoursText = (h: number) => `${String(h).replace('.', ',')} godz.`;
const daysText = (n: number) => (n === 1 ? '1 dzień' : `${n} dni`);

/** The line printed on the certificate, in Polish: what, where, how long, and the evidence. */
export function gainedSkillLine(s: GainedSkill): string {
  if (s.source === 'COURSE')
    return (
      `Szkolenie „${s.title}” ukończone ` +
      `z zaświadczeniem nr ${s.certificateNumber} z ${dmy(s.issuedOn)} r. (${hoursText(s.hours)})`
    );
  const period = s.from === s.to ? dmy(s.from) : `${dmy(s.from)}–${dmy(s.to)}`;
  return (
    `${s.practised.join('; ')} — praca zlecona „${s.orderTitle}” ` +
    `(warsztat ${s.workshop}), ${daysText(s.days)}, ${hoursText(s.hours)}, ${period}`
  );
}
