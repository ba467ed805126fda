/**
 * Forms of mentoring (docs/domain.md#forms-of-mentoring: the Знаменский order № 96-Д and the Кильмезская СОШ
 * regulation) as data. `accepted` spellings are taken as typed; `variants` are recognised but replaced by
 * `canonical` when the curator asks. Dash variants, a missing dash, case, `учитель`≈`педагог`, «ОО» ≈
 * «образовательной организации» and one-letter typos are recognised without listing them here.
 */

export type FormKind = 'form' | 'kind' | 'role';

export interface FormEntry {
  /** The spelling proposed as a fix. */
  readonly canonical: string;
  /**
   * A form («педагог — педагог»), a kind that may stand alone or follow a form (групповое), or a role model
   * of docs/domain.md#forms-of-mentoring.
   */
  readonly kind: FormKind;
  /** Other spellings that are equally correct (the official documents' own wording). */
  readonly accepted: readonly string[];
  /** Spellings met in real files that should be replaced by the canonical one. */
  readonly variants: readonly string[];
}

export const FORMS_VOCABULARY: readonly FormEntry[] = [
  {
    canonical: 'педагог — педагог',
    kind: 'form',
    accepted: ['учитель — учитель'],
    variants: [
      'учитель учитель/педагог педагог',
      'учитель — учитель/педагог — педагог',
      'педагог — педагог (учитель — учитель)',
    ],
  },
  {
    canonical: 'педагог — молодой педагог',
    kind: 'form',
    accepted: ['педагог — молодой педагог образовательной организации'],
    variants: ['учитель — молодой учитель', 'педагог — молодой специалист', 'наставник — молодой педагог'],
  },
  {
    canonical: 'руководитель ОО — педагог',
    kind: 'form',
    accepted: [
      'руководитель образовательной организации — учитель',
      'руководитель образовательной организации — педагог',
    ],
    variants: [
      'руководитель — педагог',
      'руководитель — учитель',
      'руководитель образовательного учреждения — педагог',
      'директор — педагог',
    ],
  },
  { canonical: 'работодатель — студент', kind: 'form', accepted: [], variants: [] },
  {
    canonical: 'работодатель — ученик',
    kind: 'form',
    accepted: [],
    variants: ['работодатель — обучающийся'],
  },
  { canonical: 'студент — ученик', kind: 'form', accepted: [], variants: ['студент — обучающийся'] },
  { canonical: 'ученик — ученик', kind: 'form', accepted: [], variants: ['обучающийся — обучающийся'] },

  {
    canonical: 'виртуальное (дистанционное)',
    kind: 'kind',
    accepted: [
      'виртуальное',
      'дистанционное',
      'виртуальное наставничество',
      'дистанционное наставничество',
      'виртуальное (дистанционное) наставничество',
    ],
    variants: ['онлайн', 'онлайн-наставничество'],
  },
  {
    canonical: 'групповое (наставничество в группе)',
    kind: 'kind',
    accepted: ['групповое', 'наставничество в группе', 'групповое наставничество'],
    variants: ['в группе', 'групповая форма'],
  },
  {
    canonical: 'краткосрочное (целеполагающее)',
    kind: 'kind',
    accepted: [
      'краткосрочное',
      'целеполагающее',
      'краткосрочное или целеполагающее',
      'краткосрочное наставничество',
      'целеполагающее наставничество',
    ],
    variants: [],
  },
  {
    canonical: 'реверсивное',
    kind: 'kind',
    accepted: ['реверсивное наставничество'],
    variants: ['обратное'],
  },
  { canonical: 'ситуационное', kind: 'kind', accepted: ['ситуационное наставничество'], variants: [] },
  { canonical: 'скоростное', kind: 'kind', accepted: ['скоростное наставничество'], variants: [] },
  {
    canonical: 'традиционное («один на один»)',
    kind: 'kind',
    accepted: [
      'традиционное',
      'традиционное наставничество',
      'один на один',
      'традиционная форма наставничества («один-на-один»)',
      'индивидуальное',
    ],
    variants: ['один-на-один', 'традиционная («один на один»)'],
  },
  { canonical: 'сетевое', kind: 'kind', accepted: ['сетевое наставничество'], variants: ['сетевая форма'] },

  {
    canonical: 'опытный педагог — молодой специалист',
    kind: 'role',
    accepted: [],
    variants: ['опытный учитель — молодой специалист'],
  },
  {
    canonical:
      'лидер педагогического сообщества — педагог, испытывающий профессиональные затруднения в сфере коммуникации',
    kind: 'role',
    accepted: ['лидер педагогического сообщества — педагог, испытывающий профессиональные затруднения'],
    variants: ['лидер педагогического сообщества — педагог'],
  },
  { canonical: 'педагог-новатор — консервативный педагог', kind: 'role', accepted: [], variants: [] },
  { canonical: 'опытный предметник — неопытный предметник', kind: 'role', accepted: [], variants: [] },
  { canonical: 'успевающий — неуспевающий', kind: 'role', accepted: [], variants: [] },
  { canonical: 'лидер — пассивный', kind: 'role', accepted: [], variants: [] },
  { canonical: 'равный — равному', kind: 'role', accepted: [], variants: ['равный — равный'] },
  {
    canonical: 'учитель-профессионал — учитель, вовлеченный в различные формы поддержки и сопровождения',
    kind: 'role',
    accepted: ['учитель-профессионал — учитель, вовлечённый в различные формы поддержки и сопровождения'],
    variants: [],
  },
];
