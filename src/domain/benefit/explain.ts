import { formatZloty } from './exact';
import type { BenefitFacts, RawDeduction } from './model';
import type { DayStatus } from '../types';
import type { UnemploymentBenefitEntry } from '../law/unemployment-benefit';
import type { RuleSet } from '../law/rule-sets';

export const DAY_STATUS_LABELS: Record<DayStatus, string> = {
  present: 'obecność',
  day_off: 'dzień wolny',
  sick: 'choroba (zaświadczenie lekarskie)',
  unexcused: 'nieobecność nieusprawiedliwiona',
  excused: 'nieobecność usprawiedliwiona',
  no_classes: 'brak zajęć',
};

const ROUNDING_LABELS = {
  HALF_UP: 'połówki w górę',
  HALF_EVEN: 'połówki do parzystej',
  DOWN: 'w dół',
  UP: 'w górę',
} as const;

function deductionLine(r: RawDeduction, date: string, f: BenefitFacts): string {
  const amount = `−${formatZloty(r.num, r.den)} (${r.fraction} świadczenia`;
  switch (r.rule) {
    case 'SICK_WITHIN_LIMIT': {
      const within = f.consolidated
        ? f.params.sickLimitScope === 'PER_ILLNESS'
          ? `dzień ${r.counter} tej choroby z ${f.sickLimit} dni limitu`
          : `dzień ${r.counter} z ${f.sickLimit} dni limitu w okresie uczestnictwa`
        : `dzień ${r.counter} z ${f.sickLimit} dni limitu`;
      return `${date} choroba — ${within}: ${amount}; art. 15 ust. 7a).`;
    }
    case 'SICK_OVER_LIMIT':
      return (
        `${date} choroba ponad limit ${f.sickLimit} dni (dzień ${r.counter}) — ` +
        `świadczenie za ten dzień nie przysługuje: ${amount}; art. 15 ust. 7a, część ` +
        `dnia według regulaminu centrum).`
      );
    case 'SICK_IN_TRIAL':
      return (
        `${date} choroba w okresie próbnym — obniżenie według regulaminu centrum ` +
        `(ustawa reguluje chorobę tylko w okresie uczestnictwa, art. 15 ust. 7a): ${amount}).`
      );
    case 'SICK_IN_TRIAL_NOT_DUE':
      return (
        `${date} choroba w okresie próbnym — według regulaminu centrum świadczenie ` +
        `za ten dzień nie przysługuje (ustawa reguluje chorobę tylko w okresie uczestnictwa, ` +
        `art. 15 ust. 7a): ${amount}).`
      );
    case 'DAY_OFF_OVER_LIMIT':
      return (
        `${date} dzień wolny ponad limit ${f.daysOffLimit} dni (dzień ${r.counter}) ` +
        `— traktowany jak nieobecność nieusprawiedliwiona: ${amount}; art. 15).`
      );
    case 'UNEXCUSED':
      return `${date} nieobecność nieusprawiedliwiona: ${amount}; ${f.consolidated ? 'art. 15 ust. 7' : 'art. 15'}).`;
    case 'EXCUSED':
      return `${date} inna nieobecność usprawiedliwiona: ${amount}; regulamin centrum).`;
    default:
      return `${date}: ${amount}).`;
  }
}

/** "dni wolne 5/6" or "dni wolne 5/9 (6 +3 za przedłużenie)": the use of days off against the limit. */
export function daysOffUseText(used: number, base: number, extension: number): string {
  return extension > 0
    ? `dni wolne ${used}/${base + extension} (${base} +${extension} za przedłużenie)`
    : `dni wolne ${used}/${base}`;
}

/** Lines that depend only on the rule set and the Z amount: written once per pair, not per participant-month. */
interface FixedLines {
  z: string;
  trial: string;
  participation: string;
}
const FIXED = new Map<UnemploymentBenefitEntry, Map<RuleSet, FixedLines>>();

function fixedLines(f: BenefitFacts): FixedLines {
  const { ruleSet, z } = f;
  let byRuleSet = FIXED.get(z);
  if (!byRuleSet) {
    byRuleSet = new Map();
    FIXED.set(z, byRuleSet);
  }
  let lines = byRuleSet.get(ruleSet);
  if (!lines) {
    const trialArticle = f.consolidated ? 'art. 15 ust. 1–2' : 'art. 15';
    lines = {
      z:
        `Zasiłek dla bezrobotnych (Z, pierwsze 90 dni) ` +
        (`obowiązujący od ${z.from}` +
          `: ${formatZloty(z.amount)}${z.verified ? '' : ' (kwota do potwierdzenia w obwieszczeniu ministra)'}.`),
      trial:
        `Okres próbny (pierwszy miesiąc, ${trialArticle}): ` +
        (`świadczenie ${ruleSet.trialPercent.value}% Z = ${formatZloty(f.trialRate, 100)}` +
          ` (${ruleSet.trialPercent.article}).`),
      participation:
        `Okres uczestnictwa (art. ` +
        (`15 ust. 3): świadczenie ${ruleSet.participationPercent.value}% Z = ${formatZloty(f.participationRate, 100)}` +
          ` (${ruleSet.participationPercent.article}).`),
    };
    byRuleSet.set(ruleSet, lines);
  }
  return lines;
}

/** The Polish lines that explain a monthly benefit ("why this amount?"), each citing its article. */
export function explainMonthlyBenefit(f: BenefitFacts): string[] {
  const { result: r, ruleSet } = f;
  const lines: string[] = [];
  lines.push(`Zasady: ${ruleSet.label} — miesiąc ${r.month}.`);
  const fixed = fixedLines(f);
  lines.push(fixed.z);

  const { trial, participation, daysInMonth } = r.periodDays;
  if (trial > 0 && participation > 0) {
    const trialPct = ruleSet.trialPercent.value;
    const partPct = ruleSet.participationPercent.value;
    const trialRate = formatZloty(f.trialRate, 100);
    const partRate = formatZloty(f.participationRate, 100);
    const trialArticle = f.consolidated ? 'art. 15 ust. 1–2' : 'art. 15';
    lines.push(
      trialPct === partPct
        ? `Miesiąc obejmuje ${trial} dni okresu próbnego (${trialArticle}) i ${participation} ` +
            (`dni okresu uczestnictwa (art. 15 ust. 3); w obu ` +
              `okresach świadczenie wynosi ${partPct}% Z = ${partRate} (${ruleSet.participationPercent.article}).`)
        : `Miesiąc obejmuje ${trial} dni okresu próbnego (${trialPct}% Z = ${trialRate}) i ${participation} ` +
            `dni okresu uczestnictwa (${partPct}% Z = ${partRate}); kwoty liczone proporcjonalnie ` +
            `do dni (art. 15 ust. 4; według regulaminu centrum).`,
    );
  } else {
    lines.push(r.period === 'trial' ? fixed.trial : fixed.participation);
  }
  if (f.majorityPeriod) {
    lines.push(
      `Miesiąc obejmuje koniec okresu próbnego; cały miesiąc liczony według okresu, ` +
        `w którym przypada więcej dni: ${f.majorityPeriod === 'trial' ? 'próbnego' : 'uczestnictwa'} ` +
        `(według regulaminu centrum).`,
    );
  }
  if (f.prorated) {
    const covered = trial + participation;
    const base = formatZloty(f.baseNum, f.baseDen);
    lines.push(
      f.consolidated
        ? `Niepełny miesiąc: świadczenie przysługuje za ${covered} z ${daysInMonth} ` +
            `dni kalendarzowych — podstawa: świadczenie ÷ 30 × ${covered} dni = ${base} ` +
            `(art. 15 ust. 6).`
        : `Uczestnictwo obejmuje ${covered} z ${daysInMonth} ` +
            `dni miesiąca — podstawa: ${base} (${
              f.thirtieths
                ? '1/30 świadczenia za każdy dzień uczestnictwa'
                : `świadczenie × ${covered}/${daysInMonth} dni kalendarzowych`
            }; według regulaminu centrum).`,
    );
  }
  lines.push(`Podstawa przed potrąceniami: ${formatZloty(r.base)}.`);

  const offUse = daysOffUseText(r.endUse.daysOff, ruleSet.daysOffLimit.value, f.daysOffExtension);
  if (f.daysOffTaken.length > 0) {
    lines.push(
      f.consolidated
        ? `Dni wolne z zachowaniem świadczenia: ${f.daysOffTaken.join(', ')} (w okresie ` +
            `uczestnictwa ${offUse}; art. 15 ust. 6a–6b).`
        : `Dni wolne z zachowaniem świadczenia: ${f.daysOffTaken.join(', ')} (limit ${f.daysOffLimit} ` +
            `dni w całym uczestnictwie, art. 15).`,
    );
  }
  if (f.trialSickFull.length > 0) {
    lines.push(
      `Choroba w okresie próbnym: ${f.trialSickFull.join(', ')} — bez obniżenia ` +
        `świadczenia (według regulaminu centrum; ustawa reguluje chorobę tylko w ` +
        `okresie uczestnictwa, art. 15 ust. 7a).`,
    );
  }
  if (r.forfeited) {
    lines.push(
      `Nieobecność nieusprawiedliwiona w dniach: ${f.unexcusedDates.join(', ')} — ${f.unexcusedDates.length} ` +
        (`dni, więcej niż ${f.forfeitAbove}: świadczenie ` +
          `za ten miesiąc nie przysługuje (${f.consolidated ? 'art. 15 ust. 7' : 'art. 15'}).`),
    );
  } else {
    for (let i = 0; i < f.raw.length; i++) {
      const raw = f.raw[i] as RawDeduction;
      lines.push(deductionLine(raw, r.deductions[i]?.date ?? '', f));
    }
    if (f.capped)
      lines.push('Potrącenia przekraczają podstawę — świadczenie wynosi 0 zł (nie może być ujemne).');
  }
  lines.push(
    f.consolidated
      ? `Wykorzystanie w okresie uczestnictwa: ${offUse}, dni choroby ${r.endUse.sickDays}/${f.sickLimit} ` +
          `(art. 15 ust. 6a–6b, 7a).`
      : `Wykorzystanie w całym uczestnictwie: dni wolne ${r.endUse.daysOff}/${f.daysOffLimit}, ` +
          `dni choroby ${r.endUse.sickDays}/${f.sickLimit}.`,
  );

  const benefit = r.total - r.bonus;
  if (r.bonus > 0) {
    lines.push(
      `Motywacyjna premia integracyjna: ${formatZloty(r.bonus)} (art. 15a; limit ${ruleSet.bonusMaxPercent.value}% ` +
        `świadczenia = ${formatZloty(r.bonusLimit)}).`,
    );
  }
  const rounding = ROUNDING_LABELS[f.params.rounding];
  lines.push(
    `Świadczenie po potrąceniach: ${formatZloty(f.benefitNum, f.benefitDen)} → ${formatZloty(benefit)} ` +
      `(zaokrąglenie do grosza: ${rounding}).`,
  );
  lines.push(`Do wypłaty: ${formatZloty(r.total)}${r.bonus > 0 ? ' (świadczenie + premia)' : ''}.`);
  return lines;
}
