import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args/parse-args';
import { isCliError } from '../../../src/cli/cli-error';

function failure(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (error) {
    expect(isCliError(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error('expected a usage error');
}

describe('parseArgs', () => {
  it('reads export, rollup and summary --previous, with several workbooks', () => {
    expect(parseArgs(['export', 'а.xlsx', 'б.xlsx', '--format', 'parquet', '-o', 'регион.parquet'])).toEqual({
      kind: 'export',
      files: ['а.xlsx', 'б.xlsx'],
      format: 'parquet',
      output: 'регион.parquet',
      force: false,
    });
    expect(parseArgs(['rollup', 'а.xlsx', 'б.xlsx', '--json', '--force', '-o', 'регион.xlsx'])).toEqual({
      kind: 'rollup',
      files: ['а.xlsx', 'б.xlsx'],
      output: 'регион.xlsx',
      force: true,
      json: true,
    });
    expect(parseArgs(['summary', 'а.xlsx', '--previous', 'прошлый.csv'])).toMatchObject({
      previous: 'прошлый.csv',
    });
    expect(failure(['export', 'а.xlsx', '-o', 'x.csv'])).toBe(
      'Не указан формат выгрузки: --format csv или --format parquet',
    );
    expect(failure(['export', 'а.xlsx', '--format', 'xlsx', '-o', 'x.csv'])).toBe(
      '--format: ожидается csv или parquet, а указано «xlsx»',
    );
    expect(failure(['export', 'а.xlsx', '--format', 'csv'])).toBe(
      'Не указан файл выгрузки: -o ФАЙЛ.csv или -o ФАЙЛ.parquet',
    );
    expect(failure(['rollup'])).toBe(
      'Не указаны файлы книг: cmn-sheets rollup <книга.xlsx> [<книга.xlsx> …]',
    );
    expect(failure(['rollup', 'а.xlsx', '--previous', 'б.csv'])).toBe(
      'Неизвестный ключ «--previous». Справка: cmn-sheets --help',
    );
  });

  it('reads check, summary and report with their options in any order', () => {
    expect(parseArgs(['check', 'база.xlsx'])).toEqual({
      kind: 'check',
      file: 'база.xlsx',
      json: false,
      verbose: false,
    });
    expect(parseArgs(['check', '--verbose', '--json', 'база.xlsx'])).toEqual({
      kind: 'check',
      file: 'база.xlsx',
      json: true,
      verbose: true,
    });
    expect(parseArgs(['summary', 'база.xlsx', '-o', 'итог.xlsx', '--json'])).toEqual({
      kind: 'summary',
      file: 'база.xlsx',
      output: 'итог.xlsx',
      force: false,
      json: true,
      previous: null,
    });
    expect(parseArgs(['summary', '--output=итог.xlsx', 'база.xlsx', '--force'])).toMatchObject({
      output: 'итог.xlsx',
      force: true,
      json: false,
    });
    expect(parseArgs(['demo'])).toEqual({ kind: 'demo', dir: 'demo-output', orgs: 8, seed: 2025 });
    expect(parseArgs(['demo', '--dir', 'out', '--orgs', '300', '--seed=7'])).toEqual({
      kind: 'demo',
      dir: 'out',
      orgs: 300,
      seed: 7,
    });
  });

  it('knows help and version in their usual spellings', () => {
    for (const word of ['--help', '-h', 'help']) expect(parseArgs([word])).toEqual({ kind: 'help' });
    expect(parseArgs(['check', '--help'])).toEqual({ kind: 'help' });
    for (const word of ['--version', '-v', 'version']) expect(parseArgs([word])).toEqual({ kind: 'version' });
  });

  it('takes a file name that starts with a dash after --', () => {
    expect(parseArgs(['check', '--', '-книга.xlsx'])).toMatchObject({ file: '-книга.xlsx' });
  });

  it('explains every usage mistake in Russian', () => {
    expect(failure([])).toContain('Не указана команда');
    expect(failure(['проверить'])).toBe('Неизвестная команда «проверить». Справка: cmn-sheets --help');
    expect(failure(['check'])).toBe('Не указан файл книги: cmn-sheets check <книга.xlsx>');
    expect(failure(['check', 'a.xlsx', 'b.xlsx'])).toContain('Лишний аргумент «b.xlsx»');
    expect(failure(['check', 'a.xlsx', '-o', 'b.xlsx'])).toContain('Неизвестный ключ «-o»');
    expect(failure(['summary', 'a.xlsx', '-o'])).toBe('После ключа «-o» нужно указать значение');
    expect(failure(['demo', '--orgs', '0'])).toContain('--orgs');
    expect(failure(['demo', '--orgs', 'восемь'])).toContain('«восемь»');
    expect(failure(['demo', '--seed', '-1'])).toContain('--seed');
    expect(failure(['--json'])).toContain('Неизвестный ключ «--json»');
  });

  it('reads collect and template', () => {
    expect(
      parseArgs(['collect', 'входящие', 'поздний.xlsx', '-o', 'книга.xlsx', '--roster', 'список.txt']),
    ).toEqual({
      kind: 'collect',
      inputs: ['входящие', 'поздний.xlsx'],
      output: 'книга.xlsx',
      roster: 'список.txt',
      force: false,
      json: false,
    });
    expect(parseArgs(['collect', '--json', '--force', 'a', '--output=b.xlsx'])).toMatchObject({
      json: true,
      force: true,
    });
    expect(parseArgs(['template', '-o', 'шаблон.xlsx'])).toEqual({
      kind: 'template',
      output: 'шаблон.xlsx',
      roster: null,
      school: null,
      force: false,
    });
    expect(parseArgs(['template', '-o', 'ш.xlsx', '--school', ' МБОУ «СОШ № 1» ', '--force'])).toMatchObject({
      school: 'МБОУ «СОШ № 1»',
      force: true,
    });
  });

  it('explains what collect and template miss', () => {
    expect(failure(['collect', 'входящие'])).toBe(
      'Не указан файл результата: cmn-sheets collect … -o книга.xlsx',
    );
    expect(failure(['collect', '-o', 'книга.xlsx'])).toContain('Не указаны файлы ОО');
    expect(failure(['template', 'лишний', '-o', 'ш.xlsx'])).toContain('Лишний аргумент «лишний»');
    expect(failure(['template', '-o', 'ш.xlsx', '--school', ' '])).toContain('наименование ОО');
    expect(failure(['template', '-o', 'ш.xlsx', '--json'])).toContain('Неизвестный ключ «--json»');
  });
});

describe('parseArgs: report', () => {
  it('takes the workbook, a folder (./отчёт by default), last period, --force and --json', () => {
    expect(parseArgs(['report', 'книга.xlsx'])).toEqual({
      kind: 'report',
      file: 'книга.xlsx',
      dir: 'отчёт',
      force: false,
      json: false,
      previous: null,
    });
    expect(
      parseArgs([
        'report',
        'книга.xlsx',
        '--dir',
        'Документы',
        '--previous',
        'last.csv',
        '--force',
        '--json',
      ]),
    ).toEqual({
      kind: 'report',
      file: 'книга.xlsx',
      dir: 'Документы',
      force: true,
      json: true,
      previous: 'last.csv',
    });
    expect(() => parseArgs(['report', 'книга.xlsx', '--previous'])).toThrow(
      'После ключа «--previous» нужно указать значение',
    );
    expect(() => parseArgs(['report'])).toThrow('Не указан файл книги: cmn-sheets report <книга.xlsx>');
    expect(() => parseArgs(['report', 'книга.xlsx', '-o', 'x.docx'])).toThrow('Неизвестный ключ «-o»');
  });
});
