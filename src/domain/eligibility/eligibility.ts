import type { BenefitCode, CentreType, EligibilityGroup } from '../types';

export interface EligibilityInput {
  centreType: CentreType;
  groups: readonly EligibilityGroup[];
  /** Benefits the person is entitled to (art. 1 ust. 3). */
  benefits: readonly BenefitCode[];
  /** Why the person is socially excluded; required for OTHER. */
  justification?: string | null;
}

export interface EligibilityReason {
  code: string;
  article: string;
  message: string;
  /** qualifies = a ground for participation; blocks = an exclusion; info = noted, no effect. */
  effect: 'qualifies' | 'blocks' | 'info';
}

export interface EligibilityResult {
  eligible: boolean;
  reasons: EligibilityReason[];
}

const GROUPS: Record<Exclude<EligibilityGroup, 'OTHER'>, { point: number; label: string }> = {
  HOMELESS: { point: 1, label: 'osoba bezdomna realizująca indywidualny program wychodzenia z bezdomności' },
  ALCOHOL_ADDICTION: { point: 2, label: 'osoba uzależniona od alkoholu' },
  DRUG_ADDICTION: { point: 3, label: 'osoba uzależniona od narkotyków lub innych środków odurzających' },
  MENTAL_DISORDER: { point: 4, label: 'osoba z zaburzeniami psychicznymi' },
  LONG_TERM_UNEMPLOYED: { point: 5, label: 'osoba długotrwale bezrobotna' },
  RELEASED_FROM_PRISON: {
    point: 6,
    label: 'osoba zwalniana z zakładu karnego, mająca trudności w integracji ze środowiskiem',
  },
  REFUGEE: { point: 7, label: 'uchodźca realizujący indywidualny program integracji' },
  DISABILITY: { point: 8, label: 'osoba niepełnosprawna' },
};

/** Art. 1 ust. 3: benefits that exclude the person from the Act (pkt 4, renta socjalna, repealed). */
const EXCLUSIONS: Record<Exclude<BenefitCode, 'SOCIAL_PENSION'>, { point: number; label: string }> = {
  UNEMPLOYMENT_BENEFIT: { point: 1, label: 'zasiłku dla bezrobotnych' },
  PRE_RETIREMENT_ALLOWANCE: { point: 2, label: 'zasiłku przedemerytalnego' },
  PRE_RETIREMENT_BENEFIT: { point: 3, label: 'świadczenia przedemerytalnego' },
  STRUCTURAL_PENSION: { point: 5, label: 'renty strukturalnej' },
  DISABILITY_PENSION: { point: 6, label: 'renty z tytułu niezdolności do pracy' },
  RETIREMENT_PENSION: { point: 7, label: 'emerytury' },
  TEACHER_COMPENSATION: { point: 8, label: 'nauczycielskiego świadczenia kompensacyjnego' },
};

/**
 * Decides whether a person may take part in a CIS or KIS (art. 1): at least one target group of
 * ust. 2 (or OTHER with a justification — the list is "w szczególności"), and no exclusion of
 * ust. 3; a disability pension blocks CIS only (ust. 3a); a social pension is no exclusion.
 * Every reason is listed with its article.
 */
export function checkEligibility(input: EligibilityInput): EligibilityResult {
  const reasons: EligibilityReason[] = [];
  let qualifies = false;
  let blocked = false;
  const justification = input.justification?.trim() ?? '';

  for (const group of new Set(input.groups)) {
    if (group === 'OTHER') {
      if (justification) {
        qualifies = true;
        reasons.push({
          code: 'GROUP_OTHER',
          article: 'art. 1 ust. 2',
          effect: 'qualifies',
          message:
            `Inna osoba wykluczona społecznie (katalog art. 1 ust. 2 jest otwarty — ` +
            `„w szczególności”); uzasadnienie: ${justification}`,
        });
      } else {
        reasons.push({
          code: 'OTHER_WITHOUT_JUSTIFICATION',
          article: 'art. 1 ust. 2',
          effect: 'blocks',
          message: 'Grupa „inna” wymaga uzasadnienia wykluczenia społecznego.',
        });
      }
      continue;
    }
    const g = GROUPS[group];
    qualifies = true;
    reasons.push({
      code: `GROUP_${group}`,
      article: `art. 1 ust. 2 pkt ${g.point}`,
      effect: 'qualifies',
      message: `Grupa docelowa: ${g.label}.`,
    });
  }
  if (!qualifies && !reasons.length) {
    reasons.push({
      code: 'NO_GROUP',
      article: 'art. 1 ust. 2',
      effect: 'blocks',
      message: 'Nie wskazano żadnej grupy docelowej z art. 1 ust. 2.',
    });
  }

  for (const benefit of new Set(input.benefits)) {
    if (benefit === 'SOCIAL_PENSION') {
      reasons.push({
        code: 'SOCIAL_PENSION_NOT_EXCLUDED',
        article: 'art. 1 ust. 3 pkt 4 (uchylony)',
        effect: 'info',
        message: 'Renta socjalna nie wyklucza udziału (art. 1 ust. 3 pkt 4 został uchylony).',
      });
      continue;
    }
    const e = EXCLUSIONS[benefit];
    if (benefit === 'DISABILITY_PENSION' && input.centreType === 'KIS') {
      reasons.push({
        code: 'DISABILITY_PENSION_KIS_ALLOWED',
        article: 'art. 1 ust. 3a',
        effect: 'info',
        message:
          'Osoba uprawniona do renty z tytułu niezdolności do pracy może uczestniczyć ' +
          'w zajęciach klubu integracji społecznej.',
      });
      continue;
    }
    blocked = true;
    const code = `EXCLUDED_${benefit}`;
    const suffix =
      benefit === 'DISABILITY_PENSION'
        ? ' Może natomiast uczestniczyć w zajęciach KIS (art. 1 ust. 3a).'
        : '';
    reasons.push({
      code,
      article: `art. 1 ust. 3 pkt ${e.point}`,
      effect: 'blocks',
      message:
        `Osoba mająca prawo do ${e.label} ` +
        `nie może uczestniczyć w ${input.centreType === 'CIS' ? 'CIS' : 'KIS'}.${suffix}`,
    });
  }

  const eligible = qualifies && !blocked;
  if (eligible && !justification) {
    reasons.push({
      code: 'JUSTIFICATION_RECOMMENDED',
      article: 'art. 1 ust. 2',
      effect: 'info',
      message:
        'Zapisz uzasadnienie wykluczenia społecznego (sytuacja życiowa, w której ' +
        'osoba nie może zaspokoić podstawowych potrzeb).',
    });
  }
  return { eligible, reasons };
}
