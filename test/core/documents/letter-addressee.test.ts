import { describe, expect, it } from 'vitest';
import { addresseeOf, parseHeadName } from '../../../src/core/documents/letter-addressee';
import { HEAD_PLACEHOLDER, NEUTRAL_SALUTATION } from '../../../src/core/documents/messages';

describe('the addressee of a letter', () => {
  it('declines a man’s surname into the dative and greets him by name and patronymic', () => {
    expect(addresseeOf('МБОУ «СОШ № 3»', 'Сорокин Павел Ильич')).toEqual({
      lines: ['Директору МБОУ «СОШ № 3»', 'Сорокину П. И.'],
      salutation: 'Уважаемый Павел Ильич!',
    });
  });

  it('declines a woman’s surname as a woman’s, whatever its ending', () => {
    expect(addresseeOf('МБОУ «СОШ № 3»', 'Кузнецова Ольга Викторовна').lines[1]).toBe('Кузнецовой О. В.');
    expect(addresseeOf('МБОУ «СОШ № 3»', 'Черных Анна Ильинична')).toEqual({
      lines: ['Директору МБОУ «СОШ № 3»', 'Черных А. И.'],
      salutation: 'Уважаемая Анна Ильинична!',
    });
    expect(addresseeOf('МБОУ «СОШ № 3»', 'Шевчук Мария Саввична').lines[1]).toBe('Шевчук М. С.');
    expect(addresseeOf('МБОУ «СОШ № 3»', 'Шевчук Игорь Саввич').lines[1]).toBe('Шевчуку И. С.');
  });

  it('reads the gender of a Turkic patronymic from «оглы» and «кызы»', () => {
    expect(addresseeOf('МБОУ «СОШ № 3»', 'Мамедов Ильхам Гасан оглы')).toEqual({
      lines: ['Директору МБОУ «СОШ № 3»', 'Мамедову И. Г.'],
      salutation: 'Уважаемый Ильхам Гасан оглы!',
    });
    expect(addresseeOf('МБОУ «СОШ № 3»', 'Алиева Лейла Рашид кызы')).toEqual({
      lines: ['Директору МБОУ «СОШ № 3»', 'Алиевой Л. Р.'],
      salutation: 'Уважаемая Лейла Рашид кызы!',
    });
  });

  it('keeps a double surname double and spaces in the cell do not matter', () => {
    expect(addresseeOf('МБОУ «СОШ № 3»', '  Салтыкова-Щедрина   Елена  Павловна ').lines[1]).toBe(
      'Салтыковой-Щедриной Е. П.',
    );
  });

  it('uses a placeholder and a neutral salutation when the name is missing or not a full ФИО', () => {
    for (const head of [
      null,
      '',
      'Петров П. П.',
      'Петров П.П.',
      'Петров Пётр',
      'петров пётр петрович',
      'Ivanov Ivan Ivanovich',
      'Иванова Анна Ивановна-Петровна Сергеевна',
      'Ким Ён Сун',
    ])
      expect(addresseeOf('МБОУ «СОШ № 3»', head), String(head)).toEqual({
        lines: ['Директору МБОУ «СОШ № 3»', HEAD_PLACEHOLDER],
        salutation: NEUTRAL_SALUTATION,
      });
  });

  it('puts a full official name in the genitive «Директору» needs', () => {
    const school = '«Средняя общеобразовательная школа № 5»';
    expect(
      addresseeOf(`Муниципальное бюджетное общеобразовательное учреждение ${school}`, null).lines[0],
    ).toBe(`Директору муниципального бюджетного общеобразовательного учреждения ${school}`);
    expect(
      addresseeOf(`Государственная автономная образовательная организация ${school}`, null).lines[0],
    ).toBe(`Директору государственной автономной образовательной организации ${school}`);
  });

  it('keeps a full name it cannot decline where the nominative fits, never a wrong case', () => {
    for (const full of [
      'Муниципальное учреждение дополнительного образования «Дом творчества»',
      'Средняя общеобразовательная школа № 5',
      'Школа «Радуга»',
    ])
      expect(addresseeOf(full, 'Сорокин Павел Ильич').lines[0]).toBe(`Директору ОО: ${full}`);
  });

  it('parses the parts of the name', () => {
    expect(parseHeadName('Сорокин Павел Ильич')).toEqual({
      last: 'Сорокин',
      first: 'Павел',
      middle: 'Ильич',
      gender: 'male',
    });
    expect(parseHeadName('Мамедов Ильхам Гасан Оглы')?.middle).toBe('Гасан оглы');
    expect(parseHeadName('Сорокин Павел')).toBeNull();
  });
});
