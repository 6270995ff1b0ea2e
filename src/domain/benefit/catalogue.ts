import {
  CONSOLIDATED_TEXT,
  findRuleSet,
  getRuleSet,
  listRuleSets,
  type LegalValue,
  type RuleSet,
  type RuleSetId,
} from '../law/rule-sets';
import { listUnemploymentBenefits } from '../law/unemployment-benefit';
import type { Confidence } from '../types';
import {
  BENEFIT_PARAMETERS,
  DEFAULT_BENEFIT_PARAMETERS,
  type BenefitParameters,
  type ParameterDescription,
  type ResolvedBenefitParameters,
  parameterValueLabel,
} from './parameters';

/** Polish names of the confidence marks, for staff (the raw marks stay in code). */
export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  verified: 'przepis ustawy (tekst jednolity sprawdzony)',
  secondary: 'źródło wtórne (nota ministerstwa, publikacje, regulaminy centrów)',
  uncertain: 'do ustalenia w regulaminie centrum',
  design: 'przyjęte w systemie — do ustalenia w regulaminie centrum',
};

/** One rule with the value in force, where it comes from, the months it applies to, and who sets it. */
export interface EffectiveRule {
  key: string;
  label: string;
  /** The value as staff read it (never a raw code). */
  value: string;
  article: string;
  source: string;
  confidence: Confidence;
  confidenceLabel: string;
  setBy: 'law' | 'centre';
  /** First and last month paid under it ('YYYY-MM-DD'; null = still in force). */
  validFrom: string;
  validTo: string | null;
  /** For a centre's choice: what to know before changing it. */
  note?: string;
}

/**
 * The rules of a rule set as a centre with these parameters applies them — what the law page and the
 * "dlaczego ta kwota?" view show: every rule with its article, dates and confidence.
 */
export function describeRuleSet(
  id: RuleSetId,
  params: ResolvedBenefitParameters = DEFAULT_BENEFIT_PARAMETERS,
): EffectiveRule[] {
  const rs = getRuleSet(id);
  const dates = { validFrom: rs.validFrom, validTo: rs.validTo };
  const law = (key: string, label: string, value: string, v: LegalValue<unknown>): EffectiveRule => ({
    key,
    label,
    value,
    article: v.article,
    source: v.source,
    confidence: v.confidence,
    confidenceLabel: CONFIDENCE_LABELS[v.confidence],
    setBy: 'law',
    ...dates,
  });
  const fromParam = (key: keyof BenefitParameters, label: string): EffectiveRule => {
    const p = BENEFIT_PARAMETERS.find((d) => d.key === key) as ParameterDescription;
    return {
      key,
      label,
      value: parameterValueLabel(key, params.raw[key]),
      article: 'regulamin centrum',
      source: p.source,
      confidence: p.confidence,
      confidenceLabel: CONFIDENCE_LABELS[p.confidence],
      setBy: 'centre',
      note: p.note,
      ...dates,
    };
  };
  const fraction = (f: { num: number; den: number }) => `${f.num}/${f.den} świadczenia za dzień`;
  const consolidated = rs.daysOffRules.overLimit === 'REFUSED';

  const rules: EffectiveRule[] = [
    law(
      'trialPercent',
      'Świadczenie w okresie próbnym',
      `${rs.trialPercent.value}% zasiłku`,
      rs.trialPercent,
    ),
    law(
      'participationPercent',
      'Świadczenie w okresie uczestnictwa',
      `${rs.participationPercent.value}% zasiłku`,
      rs.participationPercent,
    ),
    rs.partialMonth === 'PARAMETER'
      ? fromParam('proration', 'Niepełny miesiąc')
      : law(
          'partialMonth',
          'Niepełny miesiąc',
          'świadczenie ÷ 30 × dni kalendarzowe, za które przysługuje',
          rs.partialMonth,
        ),
  ];
  if (consolidated) {
    rules.push(
      law(
        'daysOffLimit',
        'Dni wolne z zachowaniem świadczenia',
        `${rs.daysOffLimit.value} w okresie uczestnictwa; w okresie próbnym żadnego; ` +
          `na wniosek uczestnika za zgodą kierownika`,
        rs.daysOffLimit,
      ),
    );
    if (rs.daysOffRules.extension) {
      const e = rs.daysOffRules.extension.value;
      rules.push(
        law(
          'extensionDaysOff',
          'Dodatkowe dni wolne przy przedłużeniu uczestnictwa',
          `do ${e.days} więcej, proporcjonalnie do długości przedłużenia (${e.perMonths} miesięcy — ${e.days} dni)`,
          rs.daysOffRules.extension,
        ),
        fromParam('extensionDaysOffRounding', 'Dodatkowe dni wolne — zaokrąglenie części dnia'),
      );
    }
  } else {
    rules.push(
      law(
        'daysOffLimit',
        'Dni wolne z zachowaniem świadczenia (w całym uczestnictwie)',
        `${rs.daysOffLimit.value}; dzień ponad limit jak nieobecność nieusprawiedliwiona`,
        rs.daysOffLimit,
      ),
    );
  }
  rules.push(
    law(
      'sickDaysLimit',
      consolidated
        ? 'Dni choroby z obniżonym świadczeniem'
        : 'Dni choroby z obniżonym świadczeniem (w całym uczestnictwie)',
      consolidated
        ? `${rs.sickDaysLimit.value} w okresie uczestnictwa; za każdy kolejny dzień świadczenie nie przysługuje`
        : `${rs.sickDaysLimit.value}; za każdy kolejny dzień świadczenie nie przysługuje`,
      rs.sickDaysLimit,
    ),
    rs.sickDayFraction === 'PARAMETER'
      ? fromParam('sickDayFraction', 'Obniżenie za dzień choroby')
      : law(
          'sickDayFraction',
          'Obniżenie za dzień choroby',
          fraction(rs.sickDayFraction.value),
          rs.sickDayFraction,
        ),
    fromParam('sickOverLimitShare', 'Dzień, za który świadczenie nie przysługuje — jaka część'),
  );
  if (consolidated)
    rules.push(
      fromParam('sickLimitScope', 'Limit 21 dni choroby — jak liczyć'),
      fromParam('trialSickness', 'Choroba w okresie próbnym'),
    );
  if (rs.unexcused === 'PARAMETER')
    rules.push(
      fromParam('unexcusedDayFraction', 'Obniżenie za dzień nieobecności nieusprawiedliwionej'),
      fromParam(
        'unexcusedForfeitAboveDays',
        'Brak świadczenia za miesiąc po ponad N dniach nieusprawiedliwionych',
      ),
    );
  else
    rules.push(
      law(
        'unexcusedDayFraction',
        'Obniżenie za dzień nieobecności nieusprawiedliwionej',
        `${fraction(rs.unexcused.value.fraction)}, do ${rs.unexcused.value.forfeitAboveDays} dni w miesiącu`,
        rs.unexcused,
      ),
      law(
        'unexcusedForfeitAboveDays',
        'Brak świadczenia za miesiąc',
        `ponad ${rs.unexcused.value.forfeitAboveDays} dni nieobecności nieusprawiedliwionej w miesiącu`,
        rs.unexcused,
      ),
    );
  rules.push(
    law(
      'bonusMaxPercent',
      'Motywacyjna premia integracyjna',
      `do ${rs.bonusMaxPercent.value}% świadczenia, tylko w okresie uczestnictwa`,
      rs.bonusMaxPercent,
    ),
    law(
      'maxExtensionMonths',
      'Przedłużenie uczestnictwa',
      `najwyżej ${rs.maxExtensionMonths.value} miesięcy (łącznie najwyżej ${rs.maxMonths} miesięcy)`,
      rs.maxExtensionMonths,
    ),
    fromParam('excusedDayFraction', 'Obniżenie za inną nieobecność usprawiedliwioną'),
    fromParam('rounding', 'Zaokrąglenie kwoty do grosza'),
    fromParam('periodStraddle', 'Miesiąc, w którym kończy się okres próbny'),
    fromParam('unemploymentBenefitDate', 'Kwota zasiłku przy zmianie w trakcie miesiąca'),
  );
  return rules;
}

/** Design decisions on points the law leaves open, in plain Polish, for the law page and docs. */
export const BENEFIT_DECISIONS: readonly string[] = [
  `Miesiące od 1.06.2025 liczone są według tekstu jednolitego ustawy (${CONSOLIDATED_TEXT}); ` +
    `wcześniejsze miesiące — według zasad, które system stosował dla nich dotąd.`,
  'Zasady wybiera pierwszy dzień miesiąca, za który przysługuje świadczenie.',
  'Od 1.06.2025 do limitów dni wolnych i dni choroby liczą się tylko dni ' +
    'okresu uczestnictwa; wcześniej — całe uczestnictwo. Limity są łączne, nie ' +
    'miesięczne.',
  'Od 1.06.2025 dnia wolnego ponad limit albo w okresie próbnym nie można ' +
    'zatwierdzić ani wypłacić; wcześniej liczył się jak nieobecność nieusprawiedliwiona.',
  'Obniżenia za dzień są częścią pełnego miesięcznego świadczenia okresu, w którym przypada dzień.',
  'Po przekroczeniu progu dni nieusprawiedliwionych świadczenie za miesiąc ' +
    'wynosi 0; premia (decyzja kierownika) jest niezależna i nadal sprawdzana ' +
    'co do limitu.',
  'Kwoty dzienne są dokładne (ułamki groszy); zaokrągla się raz — wynik. Na papierze kwoty są w groszach.',
];

/** A rule set as the law page shows it: its dates, summary and every rule. */
export interface PublicRuleSet {
  id: RuleSetId;
  label: string;
  validFrom: string;
  validTo: string | null;
  summary: string;
  rules: EffectiveRule[];
}

function publicRuleSet(rs: RuleSet): PublicRuleSet {
  return {
    id: rs.id,
    label: rs.label,
    validFrom: rs.validFrom,
    validTo: rs.validTo,
    summary: rs.summary,
    rules: describeRuleSet(rs.id),
  };
}

/** Everything the law page needs: the act, rule sets with every rule, the zasiłek table, parameters, decisions. */
export function describeBenefitLaw(): {
  act: { title: string; consolidatedText: string; note: string };
  ruleSets: PublicRuleSet[];
  unemploymentBenefits: Array<
    ReturnType<typeof listUnemploymentBenefits>[number] & {
      ruleSet: RuleSetId;
      monthlyBenefit: number;
      trialMonthBenefit: number;
    }
  >;
  parameters: readonly ParameterDescription[];
  decisions: readonly string[];
  confidenceLabels: Record<Confidence, string>;
} {
  return {
    act: {
      title: 'Ustawa z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym',
      consolidatedText: CONSOLIDATED_TEXT,
      note:
        `Tekst jednolity ogłoszony obwieszczeniem z 27.11.2025 r. (${CONSOLIDATED_TEXT}); ` +
        `obejmuje zmiany z ustawy o rynku pracy i służbach zatrudnienia (od 1.06.2025). ` +
        `Do Dz.U. 2026 poz. 1308 nie ogłoszono dalszych zmian.`,
    },
    ruleSets: listRuleSets().map(publicRuleSet),
    unemploymentBenefits: listUnemploymentBenefits().map((entry) => {
      const rs = findRuleSet(entry.from);
      return {
        ...entry,
        ruleSet: rs.id,
        monthlyBenefit: Math.round((entry.amount * rs.participationPercent.value) / 100),
        trialMonthBenefit: Math.round((entry.amount * rs.trialPercent.value) / 100),
      };
    }),
    parameters: BENEFIT_PARAMETERS,
    decisions: BENEFIT_DECISIONS,
    confidenceLabels: CONFIDENCE_LABELS,
  };
}
