import { describe, expect, it } from 'vitest';
import { sameStem, stem, titleStems } from '../../../src/core/text/word-stems';

describe('word stems', () => {
  it('gives one stem to the forms of a word', () => {
    expect(new Set(['наставник', 'наставника', 'наставников', 'наставниками'].map(stem))).toEqual(
      new Set(['наставник']),
    );
    expect(new Set(['обучающиеся', 'обучающихся'].map(stem)).size).toBe(1);
  });

  it('keeps «наставник» and «наставляемый» apart: the two roles must not match', () => {
    expect(sameStem(stem('наставника'), stem('наставляемого'))).toBe(false);
    expect(sameStem(stem('наставника'), stem('наставничества'))).toBe(false);
  });

  it('matches a longer derived word by its start, short stems only when equal', () => {
    expect(sameStem(stem('педагогов'), stem('педагогических'))).toBe(true);
    expect(sameStem('рол', 'ролев')).toBe(false);
  });

  it('leaves out function words, «количество», «наличие» and the units of the school tab', () => {
    expect(titleStems('Количество педагогов до 35 лет (чел.)')).toEqual(['педагог', '35', 'лет']);
    expect(titleStems('Наличие дорожной карты, да/нет')).toEqual(['дорожн', 'карт']);
    expect(titleStems('Количество, ед.')).toEqual([]);
  });
});
