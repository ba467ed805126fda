import { describe, it, expect } from 'vitest';
import {
  findMonitoringHeader,
  isSchoolTab,
  schoolTabSkipReason,
} from '../../../src/core/monitoring/monitoring-header';

describe('school tab recognition', () => {
  it('finds the header below title rows, in any column order and spelling', () => {
    const grid = {
      name: 'СОШ 2',
      values: [['Мониторинг'], [''], ['  ПОКАЗАТЕЛЬ ', 'значение:', 'код', 'Ед. изм']],
    };
    expect(isSchoolTab(grid)).toBe(true);
    expect(schoolTabSkipReason(grid)).toBeNull();
  });

  it('gives a Russian reason for every tab it skips', () => {
    expect(schoolTabSkipReason({ name: 'Лист1', values: [] })).toBe('лист пуст');
    expect(
      schoolTabSkipReason({
        name: 'Лист1',
        values: [
          ['', ''],
          ['', ''],
        ],
      }),
    ).toBe('лист пуст');
    expect(
      schoolTabSkipReason({ name: 'Инструкция', values: [['Как заполнять'], ['1. Откройте лист своей ОО']] }),
    ).toBe('в первых 15 строках нет строки заголовка со столбцами «Код», «Показатель» и «Значение»');
    expect(schoolTabSkipReason({ name: 'СОШ 3', values: [['Код', 'Показатель', 'Ед. изм.']] })).toBe(
      'в строке заголовка нет столбца «Значение»',
    );
  });

  it('does not take the catalogue sheet for a school tab', () => {
    const header = [
      'Код',
      'ID',
      'Раздел',
      'Показатель',
      'Тип',
      'Числитель (ID)',
      'Знаменатель (ID)',
      'Целевое значение',
      'Обязательный',
      'Источник',
    ];
    expect(isSchoolTab({ name: 'Показатели', values: [header] })).toBe(false);
  });

  it('looks no further than row 15', () => {
    const values: unknown[][] = Array.from({ length: 15 }, () => ['']);
    values.push(['Код', 'Показатель', 'Значение']);
    expect(isSchoolTab({ name: 'СОШ 4', values })).toBe(false);
  });

  it('takes «Код» for the code column when «№ п/п» numbers the rows, on either side', () => {
    const before = { name: 'СОШ 5', values: [['№ п/п', 'Код', 'Показатель', 'Значение']] };
    expect(findMonitoringHeader(before)).toMatchObject({ columns: { code: 2 }, duplicates: [] });
    const after = { name: 'СОШ 5', values: [['Код', 'Показатель', 'Значение', '№']] };
    expect(findMonitoringHeader(after)).toMatchObject({ columns: { code: 1 }, duplicates: [] });
    const alone = { name: 'СОШ 5', values: [['№', 'Показатель', 'Значение']] };
    expect(findMonitoringHeader(alone)).toMatchObject({ columns: { code: 1 } });
  });
});
