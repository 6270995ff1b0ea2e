import type { AnnualReport, Narrative } from '../../contracts/reports.contract';
import { NarrativeSchema } from '../../contracts/reports.contract';
import type { Db } from '../../db/connection';
import { findCentreById } from '../../db/centre.repository';
import {
  attendanceMonthsOfYear,
  listAnnualReports,
  listOutcomesUpTo,
  payrollOfYear,
  programmeFacts,
  servicesOfPeriod,
  staffOfPeriod,
} from '../../db/reports.repository';
import type { AnnualReportRow } from '../../db/schema';
import { buildAnnualFigures, type GroupCounting, type Trace } from '../../domain/reports/annual-figures';
import {
  type AnnualActivity,
  countingRules,
  FORM_ID,
  SERVICE_LABELS,
  warningMessage,
} from '../../domain/reports/annual-template';
import type {
  ContractType,
  EmploymentForm,
  SocialEffect,
  WorkSituation,
} from '../../domain/reports/outcomes';
import { AppError, notFound } from '../app-error';
import { activityFiguresOfCentre } from '../events/get-activity-report-figures';
import { graduateFiguresOfCentre } from '../graduates/graduates';
import { annualFinance } from '../../domain/reports/annual-finance';
import { loadFinanceRegister } from '../finance/load-finance-register';
import { staffForDomain } from '../staff/present-staff-member';

const monthsOver = (year: number, today: string) =>
  Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`).filter(
    (m) => m < today.slice(0, 7),
  );

/** Computes the year's figures from the data as it is now, with the trace of every cell. */
export async function computeAnnualFigures(db: Db, centreId: string, year: number, today: string) {
  const centre = await findCentreById(db, centreId);
  if (!centre) throw notFound();
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [programmes, outcomes, staff, payroll, attendance, services, register, nextYear] = await Promise.all([
    programmeFacts(db, centreId, from, to),
    listOutcomesUpTo(db, centreId, to),
    staffOfPeriod(db, centreId, from, to),
    payrollOfYear(db, centreId, year),
    attendanceMonthsOfYear(db, centreId, year),
    servicesOfPeriod(db, centreId, from, to),
    // The money part reads the finance register (the same figures as the register screen and its XLSX).
    loadFinanceRegister(db, centreId, year, today),
    loadFinanceRegister(db, centreId, year + 1, today),
  ]);
  const settings = (centre.settings ?? {}) as Record<string, unknown>;
  const groupCounting: GroupCounting = settings.reportGroupCounting === 'primary' ? 'primary' : 'each';
  const workshops = new Map<string, { label: string; ids: string[] }>();
  for (const w of services.workshops) {
    const entry = workshops.get(w.id) ?? { label: `Warsztat: ${w.name}`, ids: [] };
    entry.ids.push(w.participant_id);
    workshops.set(w.id, entry);
  }
  const activityKinds = Object.keys(SERVICE_LABELS);
  const { figures, trace } = buildAnnualFigures({
    year,
    centreType: centre.type,
    monthsOver: monthsOver(year, today),
    groupCounting,
    programmes: programmes.map((p) => ({
      participantId: p.participant_id,
      programmeId: p.programme_id,
      sex: p.sex,
      groups: p.groups,
      admissionDate: p.admission_date,
      lastDay: p.last_day,
      plannedEnd: p.planned_end,
      exitType: p.exit_type,
    })),
    outcomes: outcomes.map((o) => ({
      participantId: o.participant_id,
      programmeId: o.programme_id,
      observedOn: o.observed_on,
      work: o.work as WorkSituation,
      employmentForm: o.employment_form as EmploymentForm | null,
      contractType: o.contract_type as ContractType | null,
      socialEffects: o.social_effects as SocialEffect[],
    })),
    staff: staff.map(staffForDomain),
    payrollLines: payroll.lines.map((l) => ({
      month: l.month,
      payrollStatus: l.payroll_status,
      kind: l.kind,
      lineStatus: l.status,
      participantId: l.participant_id,
      benefitGrosze: Number(l.benefit_grosze),
      bonusGrosze: Number(l.bonus_grosze),
      totalGrosze: Number(l.total_grosze),
    })),
    payrollMonths: payroll.months.map((m) => ({ month: m.month, label: '', status: m.status })),
    attendanceMonths: attendance.map((a) => ({ month: a.month, label: a.name, status: a.status })),
    services: [
      ...[...workshops.entries()].map(([id, w]) => ({
        key: `workshop_${id.replace(/-/g, '')}`,
        label: w.label,
        participantIds: w.ids,
      })),
      ...activityKinds.map((k) => ({
        key: `activity_${k}`,
        label: SERVICE_LABELS[k]!,
        participantIds: services.activities.filter((a) => a.kind === k).map((a) => a.participant_id),
      })),
    ],
  });
  // The register is the source; the payroll lines behind the trace must give the same grosze.
  const finance = annualFinance(register, nextYear);
  const agrees =
    finance.register!.payrollAgrees &&
    finance.benefitsPaidGrosze === figures.finance.benefitsPaidGrosze &&
    finance.bonusesPaidGrosze === figures.finance.bonusesPaidGrosze;
  const financeWarnings = agrees
    ? []
    : [{ code: 'FINANCE_PAYROLL_MISMATCH' as const, month: `${year}`, label: '' }];
  const activity = await annualActivity(db, centreId, year);
  trace['activity.events.participants'] = activity.participantIds;
  trace['activity.graduates'] = activity.graduateIds;
  const address = [
    [centre.street, centre.building_no].join(' ') + (centre.flat_no ? `/${centre.flat_no}` : ''),
    `${centre.postal_code} ${centre.city}`,
  ].join(', ');
  const body = {
    year,
    centreType: centre.type,
    formId: centre.type === 'CIS' ? FORM_ID.CIS : FORM_ID.KIS,
    centre: {
      name: centre.name,
      regon: centre.regon,
      nip: centre.nip,
      address,
      email: centre.email,
      phone: centre.phone,
      foundingInstitutionName: centre.founding_institution_name,
      foundingInstitutionType: centre.founding_institution_type,
      statusDate: centre.status_date,
    },
    participants: figures.participants,
    economicallyIndependent: figures.economicallyIndependent,
    socialEffects: figures.socialEffects,
    reintegrationEffects: figures.reintegrationEffects,
    services: figures.services,
    staff: figures.staff,
    finance,
    activity: activity.figures,
    warnings: [...figures.warnings, ...financeWarnings].map((w) => ({ ...w, message: warningMessage(w) })),
    rules: { groupCounting, text: countingRules(centre.type, groupCounting) },
    generatedOn: today,
  };
  return { body, trace };
}

/** The additional part's figures: events and courses, standing groups, volunteers, in-kind help, graduates. */
async function annualActivity(db: Db, centreId: string, year: number) {
  const [a, g] = await Promise.all([
    activityFiguresOfCentre(db, centreId, year),
    graduateFiguresOfCentre(db, centreId, year),
  ]);
  const figures: AnnualActivity = {
    events: {
      total: a.events.events,
      byKind: a.events.eventsByKind,
      sessions: a.events.sessions,
      peopleByKind: a.events.peopleAttendingByKind,
      certificates: a.events.certificates,
    },
    groups: {
      groups: a.groups.groupsMeeting,
      meetings: a.groups.meetings,
      members: a.groups.membersAttending,
    },
    volunteers: {
      total: a.volunteers.bySex.total,
      women: a.volunteers.bySex.F,
      men: a.volunteers.bySex.M,
      minutes: a.volunteers.minutes,
      byActivity: a.volunteers.byActivity,
    },
    inkind: {
      donations: a.inkind.donations,
      donors: a.inkind.donors,
      knownValueGrosze: a.inkind.knownValueGrosze,
      deliveries: a.inkind.deliveries,
      recipients: a.inkind.recipients,
    },
    graduates: {
      graduates: g.graduates,
      statusOnYearEnd: g.statusOnYearEnd,
      contacted: g.contacted,
      working: g.workingAtLatestContact,
    },
    how: [
      `Wydarzenia i szkolenia: ${a.events.how}`,
      `Grupy stałe: ${a.groups.how}`,
      `Wolontariusze: ${a.volunteers.how} Godziny to minuty podzielone przez 60, z dwoma miejscami po przecinku.`,
      `Pomoc rzeczowa: ${a.inkind.how}`,
      `Absolwenci: ${g.how.join(' ')}`,
    ],
  };
  return { figures, participantIds: a.events.participantIds, graduateIds: g.participantIds };
}

type Body = Awaited<ReturnType<typeof computeAnnualFigures>>['body'];
export interface Snapshot {
  body: Body;
  trace: Trace;
}

/** The report of a year as it stands: the latest version's frozen snapshot once signed, else live figures. */
export async function assembleAnnualReport(
  db: Db,
  centreId: string,
  year: number,
  today: string,
): Promise<{ report: AnnualReport; trace: Trace; latest: AnnualReportRow | undefined }> {
  if (`${year}-01-01` > today)
    throw new AppError('REPORT_YEAR_NOT_STARTED', {
      details: {
        fields: [{ path: 'year', code: 'YEAR_NOT_STARTED', message: `Rok ${year} jeszcze się nie zaczął.` }],
      },
    });
  const versions = await listAnnualReports(db, centreId, year);
  const latest = versions[0];
  const frozen = !!latest && latest.status !== 'DRAFT' && !!latest.snapshot;
  const { body, trace } = frozen
    ? (latest.snapshot as Snapshot)
    : await computeAnnualFigures(db, centreId, year, today);
  const narrative: Narrative = NarrativeSchema.parse(latest?.narrative ?? {});
  return {
    latest,
    trace,
    report: {
      ...body,
      narrative,
      report: {
        id: latest?.id ?? null,
        version: latest?.version ?? 1,
        status: latest?.status ?? 'DRAFT',
        rowVersion: latest?.row_version ?? 0,
        signedByName: latest?.signed_by_name ?? null,
        signedAt: latest?.signed_at ? new Date(latest.signed_at).toISOString() : null,
        sentAt: latest?.sent_at ? new Date(latest.sent_at).toISOString() : null,
        frozen,
        versions: versions.map((v) => ({
          version: v.version,
          status: v.status,
          sentAt: v.sent_at ? new Date(v.sent_at).toISOString() : null,
        })),
      },
    },
  };
}
