import { describe, expect, it } from 'vitest';
import { isParametersSheet, parseParametersSheet } from '../../../src/core/parameters/parameters-sheet';
import { parametersTemplate } from '../../../src/core/parameters/parameters-template';
import { missingParameters, parameterText, placeholder } from '../../../src/core/parameters/parameters';
import { isSchoolTab } from '../../../src/core/monitoring/monitoring-header';

const grid = (values: unknown[][]) => ({ name: 'Параметры', values });

describe('«Параметры»', () => {
  it('reads values by loosely spelled names and reports each missing one once, at the cell to fill', () => {
    const parsed = parseParametersSheet(
      grid([
        ['Настройки документов'],
        ['параметр', 'Значение:'],
        ['Муниципальное образование', 'Усть-Ишимский муниципальный район'],
        ['Период', 2025],
        ['ОСНОВАНИЕ', 'приказ Управления образования от 01.10.2025 № 245'],
        ['Сроки проведения', new Date(Date.UTC(2025, 10, 20))],
        ['Ответственный за мониторинг', ''],
        ['Основание', 'второе основание не читается'],
        ['', ''],
        ['Подпись', 'М. А. Черкасова'],
      ]),
    );
    expect(parsed.parameters).toEqual({
      municipality: 'Усть-Ишимский муниципальный район',
      period: '2025',
      basis: 'приказ Управления образования от 01.10.2025 № 245',
      dates: '20.11.2025',
      signerName: 'М. А. Черкасова',
    });
    const missing = parsed.issues.map((issue) => [
      issue.code,
      issue.severity,
      issue.cell,
      issue.params.parameter,
    ]);
    expect(missing).toEqual([
      ['parameter/missing', 'info', 'B7', 'responsible'],
      ['parameter/missing', 'info', 'A2', 'signerPosition'],
    ]);
    expect(parsed.issues[1].message).toContain('«[указать: Должность подписывающего]»');
  });

  it('tells an unknown name instead of dropping it silently', () => {
    const parsed = parseParametersSheet(
      grid([
        ['Параметр', 'Значение'],
        ['Основанье', 'приказ № 1'],
      ]),
    );
    const unknown = parsed.issues.filter((issue) => issue.code === 'parameter/unknown');
    expect(unknown.map((issue) => issue.cell)).toEqual(['A2']);
    expect(unknown[0].hint).toContain('«Основание»');
    expect(parsed.parameters.basis).toBeUndefined();
  });

  it('shows a missing value as a visible placeholder', () => {
    expect(parameterText({}, 'basis')).toBe('[указать: Основание]');
    expect(parameterText({ basis: 'приказ № 5' }, 'basis')).toBe('приказ № 5');
    expect(placeholder('signerName')).toBe('[указать: ФИО подписывающего]');
  });

  it('is recognised by its header, and its template is recognised as itself and not as a school tab', () => {
    const template = parametersTemplate();
    const values = template.cells.map((row) => row.map((cell) => cell.value));
    expect(isParametersSheet(grid(values))).toBe(true);
    expect(isSchoolTab(grid(values))).toBe(false);
    expect(isParametersSheet(grid([['Код', 'Показатель', 'Значение']]))).toBe(false);
    // Every parameter of the template is empty: each one is reported, at its own value cell.
    expect(parseParametersSheet(grid(values)).issues.map((issue) => issue.cell)).toEqual([
      'B2',
      'B3',
      'B4',
      'B5',
      'B6',
      'B7',
      'B8',
    ]);
  });

  it('reads the optional parameters of the справка when given, and never reports them missing', () => {
    const parsed = parseParametersSheet(
      grid([
        ['Параметр', 'Значение'],
        ['Муниципалитет', 'Усть-Ишимский муниципальный район'],
        ['Период', '2025/2026'],
        ['Основание', 'приказ № 245'],
        ['Сроки проведения', '20–25 ноября 2025 года'],
        ['Ответственный за мониторинг', 'МКУ «ИМЦ»'],
        ['Должность подписывающего', 'Директор'],
        ['ФИО подписывающего', 'М. А. Черкасова'],
        ['По состоянию на', new Date(Date.UTC(2025, 10, 28))],
        ['Исполнитель', ''],
      ]),
    );
    expect(parsed.issues).toEqual([]);
    expect(parsed.parameters.asOf).toBe('28.11.2025');
    expect(parsed.parameters.executor).toBeUndefined();
    expect(missingParameters(parsed.parameters)).toEqual([]);
    expect(parametersTemplate().cells.map((row) => row[0].value)).toContain('Телефон исполнителя');
  });
});
