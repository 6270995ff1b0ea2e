import { type Indicators, IndicatorTargetsSchema } from '../../contracts/reports.contract';
import { findCentreById } from '../../db/centre.repository';
import { indicatorFacts, listOutcomesUpTo } from '../../db/reports.repository';
import { can } from '../../domain/access/permissions';
import {
  computeIndicators,
  DEFAULT_TARGETS,
  INDICATOR_FORMULAS,
  KPRES_TARGET,
} from '../../domain/reports/indicators';
import type {
  ContractType,
  EmploymentForm,
  SocialEffect,
  WorkSituation,
} from '../../domain/reports/outcomes';
import { forbidden, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { todayInPoland } from '../pathway/shared';

/** Employment and social effectiveness of the centre (per year, cohort, workshop, referrer) against its targets. */
export async function getIndicators(deps: AppDeps, ctx: CallContext, year?: number): Promise<Indicators> {
  if (!can(ctx.actor, 'reports.view')) throw forbidden();
  const centre = await findCentreById(deps.db, ctx.actor.centreId);
  if (!centre) throw notFound();
  const [rows, outcomes] = await Promise.all([
    indicatorFacts(deps.db, ctx.actor.centreId),
    listOutcomesUpTo(deps.db, ctx.actor.centreId, '2100-12-31'),
  ]);
  const today = todayInPoland(deps);
  const closedRows = rows.map((r) => ({
    participantId: r.participant_id,
    programmeId: r.programme_id,
    admissionDate: r.admission_date,
    lastDay: r.last_day && r.last_day <= today ? r.last_day : null,
    workshop: r.workshop,
    referrer: r.referrer,
  }));
  const figures = computeIndicators(
    closedRows,
    outcomes.map((o) => ({
      participantId: o.participant_id,
      programmeId: o.programme_id,
      observedOn: o.observed_on,
      work: o.work as WorkSituation,
      employmentForm: o.employment_form as EmploymentForm | null,
      contractType: o.contract_type as ContractType | null,
      socialEffects: o.social_effects as SocialEffect[],
    })),
    year ?? null,
  );
  const stored = IndicatorTargetsSchema.safeParse(
    (centre.settings as Record<string, unknown>)?.indicatorTargets,
  );
  return {
    year: year ?? null,
    ...figures,
    targets: stored.success ? stored.data : DEFAULT_TARGETS,
    kpres: KPRES_TARGET,
    formulas: INDICATOR_FORMULAS,
  };
}
