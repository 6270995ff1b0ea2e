import { findRuleSet, listRuleSets, type RuleSet, type RuleSetId, getRuleSet } from '../law/rule-sets';
import { listUnemploymentBenefits } from '../law/unemployment-benefit';
import {
  BENEFIT_PARAMETERS,
  DEFAULT_BENEFIT_PARAMETERS,
  type ParameterDescription,
  type ResolvedBenefitParameters,
} from './parameters';

/** One rule with the value in force, where it comes from, and whether the centre sets it. */
export interface EffectiveRule {
  key: string;
  label: string;
  value: string;
  article: string;
  source: string;
  confidence: string;
  setBy: 'law' | 'centre';
}

/**
 * The rules of a rule set as a centre with these parameters applies them — what the UI shows
 * next to an amount ("dlaczego ta kwota?").
 */
export function describeRuleSet(
  id: RuleSetId,
  params: ResolvedBenefitParameters = DEFAULT_BENEFIT_PARAMETERS,
): EffectiveRule[] {
  const rs = getRuleSet(id);
  const param = (key: string): ParameterDescription =>
    BENEFIT_PARAMETERS.find((p) => p.key === key) as ParameterDescription;
  const fromParam = (key: keyof ResolvedBenefitParameters['raw'], label: string): EffectiveRule => {
    const p = param(key);
    return {
      key,
      label,
      value: String(params.raw[key]),
      article: 'regulamin Centrum',
      source: p.source,
      confidence: p.confidence,
      setBy: 'centre',
    };
  };
  const rules: EffectiveRule[] = [
    {
      key: 'trialPercent',
      label: 'Świadczenie w okresie próbnym (% zasiłku)',
      value: `${rs.trialPercent.value}%`,
      article: rs.trialPercent.article,
      source: rs.trialPercent.source,
      confidence: rs.trialPercent.confidence,
      setBy: 'law',
    },
    {
      key: 'participationPercent',
      label: 'Świadczenie w okresie uczestnictwa (% zasiłku)',
      value: `${rs.participationPercent.value}%`,
      article: rs.participationPercent.article,
      source: rs.participationPercent.source,
      confidence: rs.participationPercent.confidence,
      setBy: 'law',
    },
    {
      key: 'daysOffLimit',
      label: 'Dni wolne z zachowaniem świadczenia (w całym uczestnictwie)',
      value: String(rs.daysOffLimit.value),
      article: rs.daysOffLimit.article,
      source: rs.daysOffLimit.source,
      confidence: rs.daysOffLimit.confidence,
      setBy: 'law',
    },
    {
      key: 'sickDaysLimit',
      label: 'Dni choroby z obniżonym świadczeniem (w całym uczestnictwie)',
      value: String(rs.sickDaysLimit.value),
      article: rs.sickDaysLimit.article,
      source: rs.sickDaysLimit.source,
      confidence: rs.sickDaysLimit.confidence,
      setBy: 'law',
    },
    rs.sickDayFraction === 'PARAMETER'
      ? fromParam('sickDayFraction', 'Potrącenie za dzień choroby')
      : {
          key: 'sickDayFraction',
          label: 'Potrącenie za dzień choroby',
          value: `${rs.sickDayFraction.value.num}/${rs.sickDayFraction.value.den}`,
          article: rs.sickDayFraction.article,
          source: rs.sickDayFraction.source,
          confidence: rs.sickDayFraction.confidence,
          setBy: 'law',
        },
    ...(rs.unexcused === 'PARAMETER'
      ? [
          fromParam('unexcusedDayFraction', 'Potrącenie za dzień nieobecności nieusprawiedliwionej'),
          fromParam(
            'unexcusedForfeitAboveDays',
            'Brak świadczenia za miesiąc powyżej N dni nieusprawiedliwionych',
          ),
        ]
      : [
          {
            key: 'unexcusedDayFraction',
            label: 'Potrącenie za dzień nieobecności nieusprawiedliwionej',
            value: `${rs.unexcused.value.fraction.num}/${rs.unexcused.value.fraction.den}`,
            article: rs.unexcused.article,
            source: rs.unexcused.source,
            confidence: rs.unexcused.confidence,
            setBy: 'law' as const,
          },
          {
            key: 'unexcusedForfeitAboveDays',
            label: 'Brak świadczenia za miesiąc powyżej N dni nieusprawiedliwionych',
            value: String(rs.unexcused.value.forfeitAboveDays),
            article: rs.unexcused.article,
            source: rs.unexcused.source,
            confidence: rs.unexcused.confidence,
            setBy: 'law' as const,
          },
        ]),
    {
      key: 'bonusMaxPercent',
      label: 'Premia motywacyjna — najwyżej (% świadczenia), nie w okresie próbnym',
      value: `${rs.bonusMaxPercent.value}%`,
      article: rs.bonusMaxPercent.article,
      source: rs.bonusMaxPercent.source,
      confidence: rs.bonusMaxPercent.confidence,
      setBy: 'law',
    },
    {
      key: 'maxExtensionMonths',
      label: 'Przedłużenie uczestnictwa — najwyżej (miesiące)',
      value: String(rs.maxExtensionMonths.value),
      article: rs.maxExtensionMonths.article,
      source: rs.maxExtensionMonths.source,
      confidence: rs.maxExtensionMonths.confidence,
      setBy: 'law',
    },
    fromParam('excusedDayFraction', 'Potrącenie za inną nieobecność usprawiedliwioną'),
    fromParam('sickOverLimitShare', 'Potrącenie za dzień choroby ponad limit'),
    fromParam('rounding', 'Zaokrąglenie końcowe'),
    fromParam('proration', 'Niepełny miesiąc uczestnictwa'),
    fromParam('periodStraddle', 'Miesiąc końca okresu próbnego'),
    fromParam('unemploymentBenefitDate', 'Kwota zasiłku przy zmianie w trakcie miesiąca'),
  ];
  return rules;
}

/** Design decisions on points the law leaves open, for docs and the UI. */
export const BENEFIT_DECISIONS: readonly string[] = [
  'Limity dni wolnych i dni choroby liczą się łącznie w całym uczestnictwie (nie w miesiącu); w miesiącu po 1.01.2022 obowiązuje limit nowych zasad wobec łącznego wykorzystania.',
  'Dzień wolny ponad limit traktowany jest jak nieobecność nieusprawiedliwiona (liczy się też do progu utraty świadczenia za miesiąc).',
  'Potrącenia dzienne są ułamkiem pełnej miesięcznej stawki okresu, w którym przypada dzień (np. 1/20 z 50% zasiłku w okresie próbnym przed 2022 r.).',
  'Po przekroczeniu progu dni nieusprawiedliwionych świadczenie za miesiąc wynosi 0; premia (decyzja kierownika) jest niezależna i nadal sprawdzana co do limitu.',
  'Kwoty dzienne są dokładne (ułamki groszy); zaokrągla się raz — wynik. Kwoty potrąceń w wyniku są wartościami do wyświetlenia.',
  'Zasady (rule set) wybiera pierwszy dzień miesiąca, za który przysługuje świadczenie.',
];

/** Everything the UI needs to show the benefit law: rule sets, the zasiłek table, parameters, decisions. */
export function describeBenefitLaw(): {
  ruleSets: readonly RuleSet[];
  unemploymentBenefits: Array<
    ReturnType<typeof listUnemploymentBenefits>[number] & {
      ruleSet: RuleSetId;
      monthlyBenefit: number;
      trialMonthBenefit: number;
    }
  >;
  parameters: readonly ParameterDescription[];
  decisions: readonly string[];
} {
  return {
    ruleSets: listRuleSets(),
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
  };
}
