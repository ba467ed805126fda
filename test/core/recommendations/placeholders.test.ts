import { describe, expect, it } from 'vitest';
import { fillPlaceholders, unknownPlaceholders } from '../../../src/core/recommendations/placeholders';

const VALUES = {
  ОО: 'МБОУ «СОШ № 1»',
  показатель: 'Доля молодых педагогов',
  значение: '50,0 %',
  цель: '100,0 %',
};

describe('placeholders', () => {
  it('fills every known placeholder, spaces inside braces allowed', () => {
    expect(fillPlaceholders('{ОО}: {показатель} — { значение } при цели {цель}', VALUES)).toBe(
      'МБОУ «СОШ № 1»: Доля молодых педагогов — 50,0 % при цели 100,0 %',
    );
  });

  it('leaves unknown names as typed and reports them', () => {
    expect(fillPlaceholders('{школа} и {ОО}', VALUES)).toBe('{школа} и МБОУ «СОШ № 1»');
    expect(unknownPlaceholders('{школа} и {ОО} и {срок}')).toEqual(['{школа}', '{срок}']);
    expect(unknownPlaceholders('без подстановок')).toEqual([]);
  });

  it('does not scan substituted text again: a school named «{цель}» stays as is', () => {
    expect(fillPlaceholders('{ОО}', { ...VALUES, ОО: '{цель}' })).toBe('{цель}');
  });
});
