/**
 * A hand-built SummaryResult of three schools (alphabetical), with one below-target share, one
 * share without data, a school with errors excluded from one figure and a skipped tab.
 */
import type {
  IndicatorSummary,
  IndicatorType,
  OrganizationSummary,
  SchoolFill,
  SummaryResult,
} from '../../../src/core/findings/analysis-result';

export const GYMNASIUM = 'МБОУ «Гимназия № 2»';
export const SCHOOL_1 = 'МБОУ «СОШ № 1»';
export const IVANOVSKAYA = 'МКОУ «Ивановская ООШ»';

const FLAGS_ALL_SET = {
  implements_model: 1,
  doc_order: 1,
  doc_regulation: 1,
  doc_roadmap: 1,
  doc_curator: 1,
  doc_pairs_order: 1,
  doc_monitoring_order: 1,
  doc_internal_report: 1,
  site_tab: 1,
  site_monthly_update: 1,
  best_practices_published: 1,
};

export function organization(
  name: string,
  values: Record<string, number | null>,
  extra: Partial<OrganizationSummary> = {},
): OrganizationSummary {
  return {
    sheet: name.replace(/[«»]/g, ''),
    name,
    values: { ...FLAGS_ALL_SET, programs_approved: 2, personal_programs: 2, ...values },
    errors: 0,
    warnings: 0,
    excludedFrom: [],
    evidence: {},
    ...extra,
  };
}

export function indicator(
  id: string,
  title: string,
  type: IndicatorType,
  figures: Partial<IndicatorSummary> = {},
): IndicatorSummary {
  return {
    id,
    code: null,
    title,
    type,
    value: null,
    numerator: null,
    denominator: null,
    schoolsCounted: 3,
    target: null,
    met: null,
    excluded: [],
    belowTarget: [],
    ...figures,
  };
}

/** The fill status of counted schools: every required value typed (the catalogue requires 30). */
export function fillOf(organizations: readonly OrganizationSummary[]): SchoolFill[] {
  return organizations.map((org) => ({
    name: org.name,
    sheet: org.sheet,
    requiredFilled: 30,
    requiredTotal: 30,
    errors: org.errors,
    warnings: org.warnings,
    notSubmitted: false,
    onRoster: null,
  }));
}

export function smallMunicipality(): SummaryResult {
  const result: Omit<SummaryResult, 'fill'> = {
    period: '2025',
    organizations: [
      organization(
        GYMNASIUM,
        {
          ped_total: 50,
          ped_mentors: 10,
          ped_mentees: 12,
          young_total: 5,
          young_mentees: 5,
          share_mentors: 0.2,
          share_young_mentees: 1,
          share_students_mentees: null,
        },
        { warnings: 1 },
      ),
      organization(SCHOOL_1, {
        ped_total: 60,
        ped_mentors: 12,
        ped_mentees: 10,
        young_total: 4,
        young_mentees: 2,
        share_mentors: 0.2,
        share_young_mentees: 0.5,
        share_students_mentees: null,
        doc_order: 0,
        doc_roadmap: 0,
        personal_programs: 0,
      }),
      organization(
        IVANOVSKAYA,
        {
          ped_total: 20,
          ped_mentors: 1,
          ped_mentees: 3,
          young_total: 2,
          young_mentees: null,
          share_mentors: 0.05,
          share_young_mentees: null,
          share_students_mentees: null,
        },
        { errors: 2, excludedFrom: ['young_mentees', 'share_young_mentees'] },
      ),
    ],
    indicators: [
      indicator('ped_total', 'Общая численность педагогических работников', 'count', {
        code: '1.1',
        value: 130,
      }),
      indicator('ped_mentors', 'Педагоги в роли наставника', 'count', { code: '1.2', value: 23 }),
      indicator('ped_mentees', 'Педагоги в роли наставляемого', 'count', { code: '1.3', value: 25 }),
      indicator('young_mentees', 'Молодые педагоги в роли наставляемого', 'count', {
        code: '1.7',
        value: 7,
        schoolsCounted: 2,
        excluded: [IVANOVSKAYA],
      }),
      indicator('share_mentors', 'Доля наставников в общем количестве педагогических работников', 'share', {
        value: 23 / 130,
        numerator: 23,
        denominator: 130,
      }),
      indicator('share_young_mentees', 'Доля молодых педагогов в роли наставляемого', 'share', {
        value: 7 / 9,
        numerator: 7,
        denominator: 9,
        schoolsCounted: 2,
        target: 1,
        met: false,
        excluded: [IVANOVSKAYA],
        belowTarget: [SCHOOL_1],
      }),
      indicator('share_students_mentees', 'Доля обучающихся 10–19 лет в роли наставляемого', 'share', {
        schoolsCounted: 0,
        target: 0.7,
      }),
      indicator(
        'share_oo_implementing',
        'Доля ОО, реализующих систему (целевую модель) наставничества',
        'share',
        {
          value: 1,
          numerator: 3,
          denominator: 3,
          target: 1,
          met: true,
        },
      ),
      indicator(
        'share_oo_with_doc_order',
        'Доля ОО, в которых издан приказ о внедрении целевой модели наставничества',
        'share',
        {
          value: 2 / 3,
          numerator: 2,
          denominator: 3,
          target: 1,
          met: false,
          belowTarget: [SCHOOL_1],
        },
      ),
    ],
    skipped: [{ sheet: 'Инструкция', reason: 'не найдена строка заголовка «Код | Показатель | Значение»' }],
    notSubmitted: [],
    recommendations: [],
    issues: [
      {
        code: 'fio/initials',
        severity: 'warning',
        sheet: 'База наставников',
        cell: 'B4',
        row: 4,
        column: 2,
        message: 'В ячейке B4 «Иванов И.И.»: указаны только инициалы',
        params: { value: 'Иванов И.И.' },
      },
      {
        code: 'cell/required',
        severity: 'error',
        sheet: 'База наставников',
        cell: 'C5',
        row: 5,
        column: 3,
        message: 'В ячейке C5 не указано место работы',
        params: { value: '' },
      },
    ],
  };
  return { ...result, fill: fillOf(result.organizations) };
}
