/**
 * Acceptance: «Сводная» and «Рекомендации» generated from the municipal workbook of municipality-fixture.ts.
 * The figures on the sheets must be the computed ones, every planted deficit must give a draft at the right
 * stage of the algorithm (docs/domain.md#algorithm), regeneration must keep the coordinator's edits, and no
 * input sheet may change.
 */
import { BUILTIN_CATALOGUE } from '../../src/core/catalogue/catalogue';
import { describe, expect, it } from 'vitest';
import { generateRecommendations, generateSummary } from '../../src/app/generate';
import { summarise } from '../../src/app/summarise';
import { typeset } from '../../src/core/text/typography';
import type { SheetInfo, Workbook } from '../../src/app/workbook';
import type { Grid } from '../../src/core/sheet/grid';
import type { GeneratedKind, ModelCell, SheetModel } from '../../src/core/sheet/sheet-model';
import type { IndicatorSummary, SummaryResult } from '../../src/core/findings/analysis-result';
import { memoryWorkbook, type MemoryWorkbook } from '../tools/memory-workbook';
import { snapshot } from './curator-tab';
import {
  GYMNASIUM,
  IVANOVSKAYA,
  municipality,
  SCHOOL_1,
  SCHOOL_10,
  type Municipality,
} from './municipality-fixture';

const META = { generatedAt: '25.11.2025 14:30' };
/** The day of generation: the drafts' terms are dates counted from it. */
const TODAY = { year: 2025, month: 11, day: 25 };
const NBSP = '\u00a0';

function workbookOf(
  fixture: Municipality,
  sheets = fixture.sheets,
  generated = fixture.generated,
): MemoryWorkbook {
  return memoryWorkbook(sheets, { merges: fixture.merges, numberFormats: fixture.numberFormats, generated });
}

function indicator(result: SummaryResult, id: string): IndicatorSummary {
  const found = result.indicators.find((i) => i.id === id);
  if (found === undefined) throw new Error(`no figure ${id}`);
  return found;
}

/** Index of the first row whose first cell is `text`. */
function rowStarting(model: SheetModel, text: string, from = 0): number {
  const index = model.cells.findIndex((row, i) => i >= from && row[0]?.value === text);
  if (index < 0) throw new Error(`no row «${text}»`);
  return index;
}

function cellText(cell: ModelCell | undefined): unknown {
  return cell?.value ?? null;
}

describe('«Сводная» of the municipal workbook', () => {
  const fixture = municipality();
  const workbook = workbookOf(fixture);
  const { result } = summarise(workbook);
  const placed = generateSummary(workbook, result, META);
  const model = workbook.models[placed.sheet];

  it('replaces the «Сводная» generated earlier, under the same name', () => {
    expect(placed.sheet).toBe('Сводная');
    expect(workbook.listSheets().filter((s) => s.generated !== null)).toEqual([
      { name: 'Сводная', generated: 'summary' },
    ]);
  });

  it('opens with the period, the time of generation, the schools counted and every skipped tab with its reason', () => {
    const top = model.cells.slice(0, 12).map((row) => row.map(cellText));
    expect(top).toContainEqual(['Период:', '2025']);
    expect(top).toContainEqual(['Сформировано:', '25.11.2025 14:30']);
    expect(top).toContainEqual(['Учтены сведения ОО:', 4]);
    for (const skipped of result.skipped) expect(top).toContainEqual([skipped.sheet, skipped.reason]);
  });

  describe('the table of schools', () => {
    const header = rowStarting(model, 'ОО');
    const titles = model.cells[header].map(cellText);
    const column = (title: string) => {
      const index = titles.indexOf(title);
      if (index < 0) throw new Error(`no column «${title}»`);
      return index;
    };
    const schoolRow = (name: string) => model.cells[rowStarting(model, name, header)];
    const total = model.cells[rowStarting(model, 'Итого по муниципалитету', header)];

    it('lists the schools alphabetically between the header and the municipal total', () => {
      const names = model.cells
        .slice(header + 1, rowStarting(model, 'Итого по муниципалитету', header))
        .map((r) => r[0].value);
      expect(names).toEqual([GYMNASIUM, SCHOOL_1, SCHOOL_10, IVANOVSKAYA]);
    });

    it('shows each school exactly the computed values, «ошибка» where its data is excluded', () => {
      const mentors = column('1.2 Педагоги в роли наставника');
      const total1 = column('1.1 Общая численность педагогических работников');
      const share = column('Доля наставников в общем количестве педагогических работников');
      expect(schoolRow(GYMNASIUM)[mentors]).toEqual({ value: 12, style: { numberFormat: '0' } });
      expect(schoolRow(IVANOVSKAYA)[total1].value).toBe('ошибка');
      expect(schoolRow(IVANOVSKAYA)[share].value).toBe('ошибка');
      expect(schoolRow(SCHOOL_10)[share]).toEqual({ value: 4 / 35, style: { numberFormat: '0.0%' } });
      expect(schoolRow(SCHOOL_1)[column('Доля педагогов в роли наставляемого')].value).toBe('ошибка');
      expect(schoolRow(SCHOOL_1)[column('Доля педагогов, прошедших КПК по наставничеству')].value).toBe(
        15 / 30,
      );
      expect(schoolRow(IVANOVSKAYA)[column('6.2 Доля наставляемых с положительной динамикой')].value).toBe(
        0.35,
      );
    });

    it('shows the flags of a school as «да» / «нет», «ошибка» for an unreadable one and «—» for an empty optional one', () => {
      // Headed by the flag itself, not by «Доля ОО, в которых …» (that is the municipal total below).
      expect(schoolRow(SCHOOL_10)[column('2.2 Приказ о внедрении целевой модели наставничества')].value).toBe(
        'нет',
      );
      expect(schoolRow(GYMNASIUM)[column('2.2 Приказ о внедрении целевой модели наставничества')].value).toBe(
        'да',
      );
      expect(schoolRow(SCHOOL_1)[column('2.5 Приказ о назначении куратора')].value).toBe('ошибка');
      expect(schoolRow(SCHOOL_1)[column('6.3 Совет наставников')].value).toBe('—');
    });

    it('closes with the municipal figures themselves', () => {
      // A flag's column closes with its share of schools.
      const flagShare = (title: unknown) => {
        const flag =
          result.indicators.find((i) => typeset(`${i.code} ${i.title}`) === title) ??
          BUILTIN_CATALOGUE.indicators.find((i) => typeset(`${i.code} ${i.title}`) === title);
        if (flag?.type !== 'flag') return flag?.id;
        return flag.id === 'implements_model' ? 'share_oo_implementing' : `share_oo_with_${flag.id}`;
      };
      for (let c = 1; c < titles.length; c++) {
        const figure =
          result.indicators.find(
            (i) =>
              typeset(i.code === null ? i.title : `${i.code} ${i.title}`) === titles[c] && i.type !== 'flag',
          ) ?? result.indicators.find((i) => i.id === flagShare(titles[c]));
        expect(figure, String(titles[c])).toBeDefined();
        expect(total[c].value, String(titles[c])).toBe(figure?.value === null ? '—' : figure?.value);
      }
      expect(total[column('Доля наставников в общем количестве педагогических работников')].value).toBe(
        22 / 117,
      );
      expect(total[column('1.1 Общая численность педагогических работников')].value).toBe(117);
    });
  });

  it('gives every municipal figure its value, numerator, denominator, target, verdict, schools below and excluded', () => {
    const header = model.cells.findIndex(
      (row) => row[0]?.value === 'Показатель' && row[1]?.value === 'Значение',
    );
    const end = model.cells.findIndex((row, i) => i > header && row.length === 0);
    const rows = model.cells.slice(header + 1, end);
    const byTitle = new Map(rows.map((row) => [row[0].value, row.map(cellText)]));
    const shown = (id: string) => {
      const figure = indicator(result, id);
      return byTitle.get(typeset(figure.code === null ? figure.title : `${figure.code} ${figure.title}`));
    };
    expect(shown('share_mentors')).toEqual([
      'Доля наставников в общем количестве педагогических работников',
      22 / 117,
      22,
      117,
      0.25,
      'не достигнуто',
      3,
      `${GYMNASIUM}; ${SCHOOL_1}; ${SCHOOL_10}`,
      3,
      IVANOVSKAYA,
    ]);
    expect(shown('share_oo_implementing')).toEqual([
      'Доля ОО, реализующих систему (целевую модель) наставничества',
      1,
      4,
      4,
      1,
      'достигнуто',
      0,
      '',
      4,
      '',
    ]);
    // Figures without a target are listed apart, «Справочно», with no «цель не установлена» column.
    const reference = model.cells.findIndex(
      (row) => row[0]?.value === 'Справочно: показатели без целевого значения',
    );
    const referenceEnd = model.cells.findIndex((row, i) => i > reference && row.length === 0);
    const referenceRows = new Map(
      model.cells.slice(reference + 2, referenceEnd).map((row) => [row[0].value, row.map(cellText)]),
    );
    expect(shown('ped_total')).toBeUndefined();
    expect(referenceRows.get('1.1 Общая численность педагогических работников')).toEqual([
      '1.1 Общая численность педагогических работников',
      117,
      null,
      null,
      3,
      IVANOVSKAYA,
    ]);
    expect(referenceRows.get('Удовлетворённость наставляемых участием в программах наставничества')).toEqual([
      'Удовлетворённость наставляемых участием в программах наставничества',
      31 / 33,
      31,
      33,
      4,
      '',
    ]);
    // The added flag appears once, as its share of schools.
    expect(shown('mentor_council')).toBeUndefined();
    expect(shown('share_oo_with_mentor_council')?.slice(0, 6)).toEqual([
      'Доля ОО: Совет наставников',
      2 / 3,
      2,
      3,
      1,
      'не достигнуто',
    ]);
    // share_oo_with_implements_model repeats share_oo_implementing: one row, not two identical ones.
    const titles = rows.map((row) => row[0]?.value);
    expect(new Set(titles).size).toBe(titles.length);
    const verdicts = rows.map((row) => row[5]?.value);
    expect(verdicts.every((v) => ['достигнуто', 'не достигнуто', 'нет данных'].includes(String(v)))).toBe(
      true,
    );
  });

  it('counts errors and warnings per school in the data-quality block', () => {
    const header = model.cells.findIndex((row) => row[0]?.value === 'ОО или лист');
    const rows = model.cells
      .slice(header + 1, header + 6)
      .map((row) => [0, 1, 3, 4].map((i) => cellText(row[i])));
    expect(rows).toEqual([
      [GYMNASIUM, 'Гимназия 2', 0, 0],
      [SCHOOL_1, 'СОШ №1', 6, 1],
      [SCHOOL_10, 'СОШ 10', 0, 1],
      [IVANOVSKAYA, 'Ивановская ООШ', 2, 0],
      ['Показатели', 'Показатели', 2, 0],
    ]);
  });

  it('names the figures a school is left out of by their titles, a document flag once as its share of schools', () => {
    const header = model.cells.findIndex((row) => row[0]?.value === 'ОО или лист');
    const excluded = String(model.cells[rowStarting(model, SCHOOL_1, header)][5]?.value);
    expect(excluded).toContain('Доля ОО, в которых приказом назначен куратор');
    expect(excluded).not.toMatch(/doc_|share_/);
    expect(excluded.split('; ').length).toBe(new Set(excluded.split('; ')).size);
  });

  it('concludes with the municipal figures in Russian, naming no school', () => {
    const texts = model.cells.map((row) => row[0]?.value).filter((v): v is string => typeof v === 'string');
    expect(texts).toContain(
      `Доля наставников в общем количестве педагогических работников: по муниципалитету — 18,8${NBSP}% (22 из 117); ` +
        `целевое значение 25${NBSP}% не достигнуто, в 3${NBSP}ОО значение ниже целевого. Сведения 1${NBSP}ОО не учтены из-за ошибок в данных.`,
    );
    const conclusions = texts.slice(texts.indexOf('4. Выводы') + 1);
    expect(conclusions.length).toBeGreaterThan(5);
    for (const sentence of conclusions) {
      for (const name of [GYMNASIUM, SCHOOL_1, SCHOOL_10, IVANOVSKAYA]) expect(sentence).not.toContain(name);
    }
  });

  it('formats shares as percents with one decimal and counts as integers, and ranks nothing', () => {
    for (const row of model.cells) {
      for (const cell of row) {
        if (typeof cell.value !== 'number' || cell.style?.numberFormat === undefined) continue;
        expect(['0.0%', '0']).toContain(cell.style.numberFormat);
        if (cell.style.numberFormat === '0') expect(Number.isInteger(cell.value)).toBe(true);
      }
    }
    const words = model.cells
      .flat()
      .map((cell) => String(cell.value ?? ''))
      .join('\n');
    expect(words).not.toMatch(/рейтинг|место|ранг/i);
  });
});

/** [school, code, stage] of every draft, sorted for comparison. */
function draftsOf(result: SummaryResult): [string, string, number][] {
  return result.recommendations.map((r): [string, string, number] => [r.organization, r.code, r.stage]);
}

describe('«Рекомендации»: a draft for every planted deficit, at its stage', () => {
  const fixture = municipality();
  const { result } = summarise(workbookOf(fixture));

  it('drafts exactly the deficits planted, each at the stage of the algorithm that deals with it', () => {
    const expected: [string, string, number][] = [
      // Гимназия: 1.2 / 1.1 = 23,1 % < 25 %; КПК 38,5 % < 50 %; динамика 40 % < 80 %; no monitoring order,
      // no internal report, the site not updated monthly.
      [GYMNASIUM, 'share_mentors', 3],
      [GYMNASIUM, 'mentees_progress_pct', 3],
      [GYMNASIUM, 'share_kpk', 3],
      [GYMNASIUM, 'doc_monitoring_order', 6],
      [GYMNASIUM, 'doc_internal_report', 6],
      [GYMNASIUM, 'site_monthly_update', 7],
      // Every school with a deficit corrects its plan by the monitoring's results (stage 8 of
      // docs/domain.md#algorithm).
      [GYMNASIUM, 'plan_correction', 8],
      // СОШ № 1: 20 % < 25 %, 50 % < 80 %, six errors; КПК 15/30 is exactly 50 %: no draft.
      [SCHOOL_1, 'share_mentors', 3],
      [SCHOOL_1, 'mentees_progress_pct', 3],
      [SCHOOL_1, 'data_errors', 7],
      [SCHOOL_1, 'plan_correction', 8],
      // СОШ № 10: no order, regulation, site tab (1), no road map (2), shares below target (3, 4),
      // no order fixing pairs and no personal programmes (4), no practices (5), no report (6), site (7).
      [SCHOOL_10, 'doc_order', 1],
      [SCHOOL_10, 'doc_regulation', 1],
      [SCHOOL_10, 'site_tab', 1],
      [SCHOOL_10, 'doc_roadmap', 2],
      [SCHOOL_10, 'share_mentors', 3],
      [SCHOOL_10, 'share_students_mentees', 3],
      [SCHOOL_10, 'mentees_progress_pct', 3],
      [SCHOOL_10, 'share_kpk', 3],
      [SCHOOL_10, 'share_under35_mentees', 4],
      [SCHOOL_10, 'share_young_mentees', 4],
      [SCHOOL_10, 'doc_pairs_order', 4],
      [SCHOOL_10, 'personal_programs', 4],
      [SCHOOL_10, 'best_practices_published', 5],
      [SCHOOL_10, 'doc_internal_report', 6],
      [SCHOOL_10, 'site_monthly_update', 7],
      [SCHOOL_10, 'plan_correction', 8],
      // Ивановская ООШ: 62,5 % < 70 %, 35 % < 80 %, 50 % < 70 %, 50 % < 100 %, no practices, two errors.
      [IVANOVSKAYA, 'share_students_mentees', 3],
      [IVANOVSKAYA, 'mentees_progress_pct', 3],
      [IVANOVSKAYA, 'share_under35_mentees', 4],
      [IVANOVSKAYA, 'share_young_mentees', 4],
      [IVANOVSKAYA, 'best_practices_published', 5],
      [IVANOVSKAYA, 'data_errors', 7],
      [IVANOVSKAYA, 'plan_correction', 8],
    ];
    expect(draftsOf(result)).toEqual(expected);
  });

  it('writes the figure of each deficit as «значение / цель»', () => {
    const draft = (school: string, code: string) =>
      result.recommendations.find((r) => r.organization === school && r.code === code);
    expect(draft(SCHOOL_10, 'share_mentors')?.figure).toBe(`11,4${NBSP}% / 25${NBSP}%`);
    expect(draft(SCHOOL_10, 'doc_order')?.figure).toBe('нет / да');
    expect(draft(SCHOOL_10, 'personal_programs')?.figure).toBe('0 / не менее 1');
    expect(draft(IVANOVSKAYA, 'share_young_mentees')?.figure).toBe(`50${NBSP}% / 100${NBSP}%`);
    expect(draft(SCHOOL_1, 'data_errors')?.figure).toBe('ошибок: 6');
    expect(draft(SCHOOL_1, 'data_errors')?.text).toMatch(/^Исправить 6 ошибок в данных мониторинга ОО/);
    expect(draft(SCHOOL_10, 'doc_order')?.text).toContain(
      'Издать приказ ОО о внедрении целевой модели наставничества',
    );
    for (const r of result.recommendations) expect(r.text).not.toMatch(/\{(ОО|показатель|значение|цель)\}/);
  });
});

describe('«Рекомендации» regenerated after late corrections', () => {
  const fixture = municipality();
  const first = workbookOf(fixture);
  const placed = generateRecommendations(first, summarise(first, { today: TODAY }).result, META);
  const written = first.models[placed.sheet];
  const sheet = written.cells.map((row) => row.map((cell) => cell.value ?? ''));
  const column = (header: string) => sheet[2].indexOf(header);
  const rowOf = (school: string, deficit: string) =>
    sheet.findIndex(
      (row) => row[column('ОО')] === school && String(row[column('Выявленный дефицит')]).startsWith(deficit),
    );

  // The coordinator edits a text, agrees a row, adds a row and a column of their own…
  const edited = sheet.map((row) => row.slice());
  const orderRow = rowOf(SCHOOL_10, 'Нет приказа о внедрении');
  const errorsRow = rowOf(SCHOOL_1, 'Ошибки в данных');
  const roadmapRow = rowOf(SCHOOL_10, 'Нет дорожной карты');
  edited[roadmapRow][column('Рекомендация (черновик)')] =
    'Утвердить дорожную карту на заседании педсовета 28.11.';
  edited[roadmapRow][column('Статус')] = 'согласовано';
  edited[orderRow][column('Срок')] = 'до 5 декабря';
  edited[errorsRow][column('Статус')] = 'отправлено в ОО';
  for (const [index, row] of edited.entries()) {
    if (index >= 2)
      row.splice(7, 0, index === 2 ? 'Ответственный в УО' : index === roadmapRow ? 'Смирнова О. Н.' : '');
  }
  edited.splice(roadmapRow + 1, 0, [
    SCHOOL_10,
    'Нет наставников из числа родителей',
    '',
    'Обсудить на родительском собрании',
    '',
    'до 1 марта',
    'черновик',
  ]);

  // …then СОШ № 10 issues its order and СОШ № 1 corrects its errors, and the gymnasium removes its practices.
  const corrected = municipality();
  const sheets = { ...corrected.sheets, [placed.sheet]: edited };
  const s10 = corrected.tabs.school10;
  sheets['СОШ 10'] = sheets['СОШ 10'].map((row) => row.slice());
  sheets['СОШ 10'][s10.row('doc_order') - 1][3] = 1;
  const s1 = corrected.tabs.school1;
  const fixedRows: Record<string, unknown> = {
    ped_mentees: 12,
    ped_under35_mentees: 5,
    network_mentors: 3,
    doc_curator: 'да',
    programs_approved: 2,
  };
  sheets['СОШ №1'] = sheets['СОШ №1']
    .map((row, i) => {
      const id = Object.keys(fixedRows).find((key) => s1.row(key) === i + 1);
      return id === undefined ? row.slice() : row.map((v, c) => (c === 4 ? fixedRows[id] : v));
    })
    .map((row, i) =>
      i + 1 === s1.row('mentors_of_young#2') || i + 1 === s1.row('unknown') ? row.map(() => '') : row,
    );
  const gym = corrected.tabs.gymnasium;
  sheets['Гимназия 2'] = sheets['Гимназия 2'].map((row, i) =>
    i + 1 === gym.row('best_practices_published') ? row.map((v, c) => (c === 2 ? 'нет' : v)) : row.slice(),
  );

  const second = workbookOf(corrected, sheets, { ...corrected.generated, [placed.sheet]: 'recommendations' });
  const result = summarise(second, { today: TODAY }).result;
  const outcome = generateRecommendations(second, result, META);
  const again = second.models[outcome.sheet].cells.map((row) => row.map((cell) => cell.value ?? ''));
  const find = (school: string, deficit: string) =>
    again.find((row) => row[0] === school && String(row[1]).startsWith(deficit)) ?? null;

  it('writes into the same sheet and counts what it did', () => {
    expect(outcome.sheet).toBe('Рекомендации');
    expect(result.organizations.find((o) => o.name === SCHOOL_1)?.errors).toBe(0);
    expect(outcome.added).toBe(1);
    expect(outcome.resolved).toBe(2);
  });

  it("keeps the edited text, status, term and the coordinator's column", () => {
    const roadmap = find(SCHOOL_10, 'Нет дорожной карты');
    expect(roadmap?.slice(0, 8)).toEqual([
      SCHOOL_10,
      'Нет дорожной карты (плана мероприятий) внедрения целевой модели наставничества',
      'нет / да',
      'Утвердить дорожную карту на заседании педсовета 28.11.',
      '2 — разработка плана работы по внедрению наставничества',
      `до 25${NBSP}декабря 2025${NBSP}г.`,
      'согласовано',
      'Смирнова О. Н.',
    ]);
  });

  it('marks the deficits that are gone «устранено» instead of deleting them, edits included', () => {
    const order = find(SCHOOL_10, 'Нет приказа о внедрении');
    expect(order?.[5]).toBe('до 5 декабря');
    expect(order?.[6]).toBe('устранено');
    expect(find(SCHOOL_1, 'Ошибки в данных')?.[6]).toBe('устранено');
  });

  it('adds the new deficit and keeps the row added by hand after the row it followed', () => {
    expect(find(GYMNASIUM, 'Лучшие практики')?.[6]).toBe('черновик');
    const manual = again.findIndex((row) => row[1] === 'Нет наставников из числа родителей');
    expect(manual).toBeGreaterThan(0);
    expect(String(again[manual - 1][1])).toMatch(/^Нет дорожной карты/);
    expect(again[manual].slice(0, 7)).toEqual([
      SCHOOL_10,
      'Нет наставников из числа родителей',
      '',
      'Обсудить на родительском собрании',
      '',
      'до 1 марта',
      'черновик',
    ]);
  });

  it("keeps the schools alphabetical and each school's rows by stage", () => {
    const keyColumn = again[2].indexOf('Служебное: ключ (не изменять)');
    const body = again.slice(3).filter((row) => String(row[keyColumn]) !== '');
    const order = [GYMNASIUM, SCHOOL_1, SCHOOL_10, IVANOVSKAYA];
    const positions = body.map(
      (row) => order.indexOf(String(row[0])) * 10 + Number.parseInt(String(row[4]), 10),
    );
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(body.map((row) => row[0]))).toEqual(new Set(order));
  });
});

/** A workbook whose reads hand out the stored rows themselves, frozen: any write by the engine throws. */
function frozenReads(workbook: MemoryWorkbook, sheets: Record<string, unknown[][]>): Workbook {
  return {
    cellTextLimit: workbook.cellTextLimit,
    listSheets: (): SheetInfo[] => workbook.listSheets(),
    readSheet(name: string): Grid {
      const grid = workbook.readSheet(name);
      const rows = name in sheets ? sheets[name] : grid.values;
      for (const row of rows) Object.freeze(row);
      return Object.freeze({ ...grid, values: Object.freeze(rows) });
    },
    readMerges: (name: string) => workbook.readMerges(name),
    readNumberFormats: (name: string) => workbook.readNumberFormats(name),
    writeGenerated: (name: string, kind: GeneratedKind, model: SheetModel) =>
      workbook.writeGenerated(name, kind, model),
    createSheet: (name: string, model: SheetModel) => workbook.createSheet(name, model),
  };
}

describe('input sheets after generating both sheets', () => {
  it("have exactly the values they had, and a user's own «Рекомендации» is left alone", () => {
    const fixture = municipality();
    const ownNotes = [['Рекомендации УО на 2026 год'], ['Провести семинар для кураторов ОО', 'январь']];
    const sheets = { ...fixture.sheets, Рекомендации: ownNotes };
    const before = snapshot(sheets);
    const memory = workbookOf(fixture, sheets);
    const workbook = frozenReads(memory, sheets);
    const { result } = summarise(workbook);
    expect(generateSummary(workbook, result, META).sheet).toBe('Сводная');
    expect(generateRecommendations(workbook, result, META).sheet).toBe('Рекомендации (2)');
    for (const name of Object.keys(before)) {
      if (name === 'Сводная') continue;
      expect(memory.readSheet(name).values, name).toEqual(before[name]);
    }
    expect(memory.listSheets().map((s) => [s.name, s.generated])).toEqual([
      ...Object.keys(sheets).map((name) => [name, name === 'Сводная' ? 'summary' : null]),
      ['Рекомендации (2)', 'recommendations'],
    ]);
  });
});

describe('a workbook with no school tab yet', () => {
  it('still generates both sheets, saying that nothing was counted', () => {
    const workbook = memoryWorkbook({
      Инструкция: [['Заполните листы ОО до 20 ноября']],
      'СОШ 2': [
        ['Код', 'Показатель'],
        ['1.2', 'Педагоги в роли наставника'],
      ],
    });
    const { result } = summarise(workbook);
    expect(result.organizations).toEqual([]);
    expect(result.skipped).toEqual([
      {
        sheet: 'Инструкция',
        reason: 'в первых 15 строках нет строки заголовка со столбцами «Код», «Показатель» и «Значение»',
      },
      // «Значение» is a required header cell (docs/domain.md#school-tab), so a tab without the column is skipped,
      // saying which one is missing.
      { sheet: 'СОШ 2', reason: 'в строке заголовка нет столбца «Значение»' },
    ]);
    generateSummary(workbook, result, META);
    const rows = workbook.models['Сводная'].cells.map((row) => row.map(cellText));
    expect(rows).toContainEqual(['Учтены сведения ОО:', 0]);
    expect(rows.flat()).toContain(`Учтены сведения 0${NBSP}ОО.`);
    expect(result.indicators.every((i) => i.value === null && i.met === null && i.schoolsCounted === 0)).toBe(
      true,
    );
    generateRecommendations(workbook, result, META);
    expect(workbook.models['Рекомендации'].cells[1].map(cellText)).toEqual([
      'Сформировано:',
      META.generatedAt,
      'Дефицитов не выявлено.',
    ]);
  });
});
