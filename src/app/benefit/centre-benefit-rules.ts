import type { BenefitPreviewRequest } from '../../contracts/benefit.contract';
import type { Role } from '../../contracts/common';
import { insertAuditEntry } from '../../db/audit.repository';
import { findCentreById } from '../../db/centre.repository';
import { describeRuleSet } from '../../domain/benefit/catalogue';
import { computeMonthlyBenefit } from '../../domain/benefit/monthly-benefit';
import {
  BENEFIT_PARAMETERS,
  BenefitParametersSchema,
  DEFAULT_BENEFIT_PARAMETERS,
  parseBenefitParameters,
} from '../../domain/benefit/parameters';
import { polishDate } from '../../domain/calendar';
import { findRuleSet } from '../../domain/law/rule-sets';
import { AppError, forbidden, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';

const canSetRegulamin = (roles: readonly Role[]) => roles.some((r) => r === 'DIRECTOR' || r === 'ADMIN');

async function loadCentre(deps: AppDeps, ctx: CallContext) {
  const centre = await findCentreById(deps.db, ctx.actor.centreId);
  if (!centre) throw notFound();
  const stored = (centre.settings as { benefitParameters?: Record<string, unknown> }).benefitParameters ?? {};
  return { centre, stored };
}

/** The centre's benefit parameters (its regulamin) with each one's source and the rules in force today. */
export async function getBenefitParameters(deps: AppDeps, ctx: CallContext) {
  const { stored } = await loadCentre(deps, ctx);
  const parsed = parseBenefitParameters(stored);
  const resolved = parsed.ok ? parsed.value : DEFAULT_BENEFIT_PARAMETERS;
  const today = polishDate(deps.now());
  const ruleSet = findRuleSet(today);
  return {
    parameters: BenefitParametersSchema.parse(parsed.ok ? stored : {}) as Record<string, unknown>,
    descriptions: BENEFIT_PARAMETERS.map((d) => ({ ...d, options: d.options?.map((o) => ({ ...o })) })),
    rules: describeRuleSet(ruleSet.id, resolved).map((r) => ({ ...r })),
    ruleSet: ruleSet.id,
    ruleSetLabel: ruleSet.label,
  };
}

/**
 * Changes the centre's regulamin parameters (director or administrator); validated and audited with
 * old and new values.
 */
export async function setBenefitParameters(deps: AppDeps, ctx: CallContext, raw: Record<string, unknown>) {
  if (!canSetRegulamin(ctx.actor.roles)) throw forbidden();
  const parsed = BenefitParametersSchema.safeParse(raw);
  if (!parsed.success) {
    throw AppError.fields(
      parsed.error.issues.map((i) => ({
        path: `parameters.${i.path.join('.')}`,
        code: 'INVALID_PARAMETER',
        message: i.message,
      })),
    );
  }
  await deps.db.transaction().execute(async (trx) => {
    const { centre, stored } = await loadCentre({ ...deps, db: trx }, ctx);
    const settings = { ...(centre.settings as Record<string, unknown>), benefitParameters: parsed.data };
    await trx
      .updateTable('centres')
      .set({ settings: JSON.stringify(settings), version: centre.version + 1, updated_at: new Date() })
      .where('id', '=', centre.id)
      .execute();
    await insertAuditEntry(trx, {
      centreId: centre.id,
      actorUserId: ctx.actor.userId,
      actorEmail: ctx.actorEmail,
      action: 'centre.benefit_parameters',
      entityType: 'centre',
      entityId: centre.id,
      ip: ctx.ip,
      details: { from: stored, to: parsed.data },
    });
  });
  return getBenefitParameters(deps, ctx);
}

/** Computes one participant-month with the centre's type and parameters — the same engine the payroll will use. */
export async function previewBenefit(deps: AppDeps, ctx: CallContext, input: BenefitPreviewRequest) {
  const { centre, stored } = await loadCentre(deps, ctx);
  const params = parseBenefitParameters(stored);
  if (!params.ok) throw new AppError('BAD_REQUEST', { message: params.error.message });
  const outcome = computeMonthlyBenefit({ ...input, centreType: centre.type }, params.value);
  if (!outcome.ok) {
    const { code, message } = outcome.error;
    // A day off the law does not give is shown at its day; other refusals at the form.
    const day = code.startsWith('DAY_OFF_') ? /\d{4}-\d{2}-\d{2}/.exec(message)?.[0] : undefined;
    const field = day ? `days.${day}` : code.includes('EXTENSION') ? 'extensionMonths' : null;
    throw new AppError('BENEFIT_REFUSED', {
      message,
      details: { reason: code, ...(field ? { fields: [{ path: field, code, message }] } : {}) },
    });
  }
  return {
    ...outcome.value,
    ruleSetLabel: findRuleSet(input.month).label,
    deductions: outcome.value.deductions.map((d) => ({ ...d })),
  };
}
