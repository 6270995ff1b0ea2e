/** A participant's programme as the crew check needs it. */
export interface CrewProgramme {
  status: string;
  admissionDate: string;
  lastDay: string | null;
  plannedEnd: string;
}

export type CrewProblem = { code: 'NOT_ADMITTED' | 'OUTSIDE_PARTICIPATION'; message: string };

const day = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/**
 * Whether a person may work on a job from `from` to `to`: they must be admitted (a signed programme,
 * art. 12) and every day of the job must fall inside their participation (admission … last day or the
 * planned end) — job days are class time and go into the attendance register.
 */
export function crewProblem(
  name: string,
  programmes: CrewProgramme[],
  job: { from: string; to: string },
): CrewProblem | null {
  const admitted = programmes.filter((p) => p.status !== 'DRAFT');
  if (!admitted.length)
    return {
      code: 'NOT_ADMITTED',
      message:
        `${name}: osoba nie została przyjęta do centrum (brak podpisanego programu) ` +
        `— nie może pracować przy zleceniu.`,
    };
  const covering = admitted.find((p) => p.admissionDate <= job.from && (p.lastDay ?? p.plannedEnd) >= job.to);
  if (covering) return null;
  const p = admitted.at(-1)!;
  return {
    code: 'OUTSIDE_PARTICIPATION',
    message:
      `${name}: zlecenie (${day(job.from)} – ${day(job.to)}) wykracza poza okres ` +
      `uczestnictwa (${day(p.admissionDate)} – ${day(p.lastDay ?? p.plannedEnd)}).`,
  };
}
