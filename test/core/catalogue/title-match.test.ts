import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, isSchoolShare, type IndicatorDef } from '../../../src/core/catalogue/catalogue';
import { matchTitle, type TitleCandidate } from '../../../src/core/catalogue/title-match';
import { TITLE_VARIANTS } from '../../../src/core/catalogue/title-variants';

const candidates: TitleCandidate<IndicatorDef>[] = BUILTIN_CATALOGUE.indicators
  .filter((def) => !isSchoolShare(def))
  .map((def) => ({ target: def, key: def.id, wordings: [def.title] }));

const codeOf = (title: string) => {
  const match = matchTitle(title, candidates);
  return match === null ? null : { code: match.target.code ?? match.target.id, close: match.close };
};

describe('matchTitle', () => {
  it('reads a municipality\u2019s own wording of an indicator', () => {
    expect(codeOf('Численность педагогических работников (чел.)')).toEqual({ code: '1.1', close: true });
    expect(codeOf('Количество педагогов, участвующих в программах наставничества в роли наставника')).toEqual(
      { code: '1.2', close: true },
    );
    expect(codeOf('Наличие приказа о внедрении целевой модели наставничества (да/нет)')).toEqual({
      code: '2.2',
      close: true,
    });
    expect(codeOf('Наличие дорожной карты')).toEqual({ code: '2.4', close: true });
    expect(codeOf('Количество педагогов до 35 лет')).toEqual({ code: '1.4', close: true });
  });

  it('takes the more specific indicator when one title holds another', () => {
    expect(codeOf('Количество педагогов, включенных в сетевые сообщества в роли наставника')).toEqual({
      code: '1.13',
      close: true,
    });
    expect(codeOf('Количество обучающихся 10-19 лет в роли наставляемого')).toEqual({
      code: '4.2',
      close: true,
    });
  });

  it('keeps the roles apart: a mentee row is never read as the mentor indicator', () => {
    expect(
      codeOf('Количество педагогов, участвующих в программах наставничества в роли наставляемого')?.code,
    ).toBe('1.3');
  });

  it('only suggests when the title is not close enough, and when two indicators tie', () => {
    expect(codeOf('Количество наставников в муниципальной базе')).toEqual({ code: '1.9', close: false });
    // «педагог» and «наставник» are in 1.2 and 1.8 alike, but 1.8 is narrowed to young pedagogues.
    expect(codeOf('Педагоги-наставники')).toEqual({ code: '1.2', close: true });
    expect(codeOf('Педагоги-наставники молодых специалистов')).toEqual({ code: '1.8', close: true });
  });

  it('never confuses close indicators: roles, pupils and pedagogues, young ones, ages, networks', () => {
    const withVariants = candidates.map((c) => ({
      ...c,
      wordings: [...c.wordings, ...(TITLE_VARIANTS[c.key] ?? [])],
    }));
    const read = (title: string) => {
      const match = matchTitle(title, withVariants);
      return match?.close ? match.target.id : null;
    };
    expect(read('Численность педагогических работников в роли наставляемого')).toBe('ped_mentees');
    expect(read('Численность педагогических работников в роли наставника')).toBe('ped_mentors');
    expect(read('Обучающиеся в роли наставника')).not.toBe('ped_mentors');
    expect(read('Обучающиеся 10–19 лет в роли наставника')).not.toBe('student_mentors');
    expect(read('Педагоги в роли наставляемого, из них молодые специалисты')).toBe('young_mentees');
    expect(read('Молодые специалисты в роли наставляемого')).toBe('young_mentees');
    expect(read('Молодые специалисты')).toBe('young_total');
    expect(read('Педагоги-наставники, из них молодых')).not.toBe('mentors_of_young');
    expect(read('Педагоги-наставники молодых специалистов')).toBe('mentors_of_young');
    expect(read('Педагоги до 35 лет')).toBe('ped_under35');
    expect(read('Педагоги до 35 лет в роли наставляемого')).toBe('ped_under35_mentees');
    expect(read('Педагоги сетевых сообществ в роли наставляемого')).toBe('network_mentees');
    expect(read('Педагоги в роли наставляемого')).not.toBe('network_mentees');
    expect(read('Обучающиеся 15–19 лет')).toBe('students_15_19');
    expect(read('Обучающиеся 10–19 лет')).toBe('students_10_19');
    expect(read('Наставники из числа сотрудников предприятий')).toBe('enterprise_mentors');
    expect(read('Наставники, входящие в региональный методический актив')).toBe('mentors_regional_active');
    expect(read('Наставники, входящие в методический актив района')).toBe('mentors_municipal_active');
    expect(read('Обучающиеся с ОВЗ в роли наставляемого')).not.toBe('students_mentees');
    expect(read('Обучающиеся с ограниченными возможностями здоровья и дети-инвалиды — наставляемые')).toBe(
      'students_mentees_ovz',
    );
    expect(read('Положение о реализации системы наставничества')).toBe('doc_regulation');
    expect(read('Дорожная карта по реализации положения о системе наставничества')).toBe('doc_roadmap');
  });

  it('finds nothing for a title unlike any indicator', () => {
    expect(codeOf('Итого')).toBeNull();
    expect(codeOf('Количество компьютеров в библиотеке')).toBeNull();
  });

  it('knows every wording of the Ижевск monitoring order it lists by the indicator it stands for', () => {
    const withVariants = candidates.map((c) => ({
      ...c,
      wordings: [...c.wordings, ...(TITLE_VARIANTS[c.key] ?? [])],
    }));
    for (const [id, wordings] of Object.entries(TITLE_VARIANTS)) {
      for (const wording of wordings)
        expect([wording, matchTitle(wording, withVariants)?.target.id]).toEqual([wording, id]);
    }
  });
});
