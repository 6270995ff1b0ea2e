/** What the benefit page reads from the API. */
export type Result = {
  ruleSet: string;
  ruleSetLabel?: string;
  limits?: { daysOff: number; daysOffBase: number; daysOffExtension: number; sickDays: number };
  period: string;
  unemploymentBenefit: number;
  base: number;
  bonus: number;
  total: number;
  bonusLimit?: number;
  deductions: {
    date: string;
    status: string;
    amount: number;
    rule: string;
    fraction?: string;
    article?: string;
  }[];
  explanation: string[];
};
export type Params = {
  parameters: Record<string, unknown>;
  descriptions: {
    key: string;
    label: string;
    source: string;
    confidence: string;
    description?: string;
    note?: string;
    options?: { value: string; label: string }[];
  }[];
  rules: Rule[];
  ruleSet: string;
  ruleSetLabel: string;
};
export type Rule = {
  key: string;
  label: string;
  value: string;
  article: string;
  setBy: string;
  confidenceLabel: string;
  validFrom: string;
  validTo: string | null;
  note?: string;
};
export type Law = {
  act: { title: string; consolidatedText: string; note: string };
  ruleSets: {
    id: string;
    label: string;
    validFrom: string;
    validTo: string | null;
    summary: string;
    rules: Rule[];
  }[];
  decisions: string[];
  unemploymentBenefits: {
    from: string;
    to: string | null;
    amount: number;
    monthlyBenefit: number;
    verified: boolean;
    source: string;
  }[];
};
