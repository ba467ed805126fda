import { describe, it, expect } from 'vitest';
import { createFormMatcher, looseFormKey } from '../../../src/core/base/forms';

const matcher = createFormMatcher();

describe('createFormMatcher: standard spellings', () => {
  it.each([
    'педагог — педагог',
    'учитель — учитель',
    'педагог — молодой педагог',
    'руководитель ОО — педагог',
    'руководитель образовательной организации — учитель',
    'работодатель — студент',
    'работодатель — ученик',
    'студент — ученик',
    'ученик — ученик',
    'групповое',
    'виртуальное (дистанционное)',
    'традиционное («один на один»)',
    'сетевое',
    'опытный педагог — молодой специалист',
    'педагог-новатор — консервативный педагог',
    'лидер педагогического сообщества — педагог, испытывающий профессиональные затруднения в сфере коммуникации',
    'педагог — педагог, групповое',
    'ученик — ученик, краткосрочное, скоростное',
  ])('%j is standard', (form) => {
    expect(matcher.match(form).status).toBe('standard');
  });

  it('gives the canonical name of every part', () => {
    expect(matcher.match('учитель — учитель').canonical).toBe('педагог — педагог');
    expect(matcher.match('педагог — педагог, групповое').canonical).toBe(
      'педагог — педагог, групповое (наставничество в группе)',
    );
  });
});

describe('createFormMatcher: loose spellings', () => {
  it.each([
    ['педагог - педагог', 'педагог — педагог'],
    ['педагог–педагог', 'педагог — педагог'],
    ['педагог педагог', 'педагог — педагог'],
    ['Педагог — педагог', 'педагог — педагог'],
    ['«педагог — педагог»', 'педагог — педагог'],
    ['учитель — молодой учитель', 'педагог — молодой педагог'],
    ['педагог — учитель', 'педагог — педагог'],
    ['Руководитель ОО - учитель', 'руководитель ОО — педагог'],
    ['групповая форма', 'групповое (наставничество в группе)'],
    ['педагог-педагог (групповое)', 'педагог — педагог, групповое (наставничество в группе)'],
    ['педагог — педагог\nсетевое', 'педагог — педагог, сетевое'],
    ['педагог — педагог; реверсивное', 'педагог — педагог, реверсивное'],
  ])('%j is nonstandard, fixed to %j', (form, fix) => {
    expect(matcher.match(form)).toMatchObject({ status: 'nonstandard', fix, typo: false });
  });

  it.each([
    ['педагог — пнедагог', 'педагог — педагог'],
    ['пеадгог — педагог', 'педагог — педагог'],
    ['работодатель — студнт', 'работодатель — студент'],
    ['ситуациооное', 'ситуационное'],
  ])('%j is a typo of %j', (form, fix) => {
    expect(matcher.match(form)).toMatchObject({ status: 'nonstandard', fix, typo: true });
  });
});

describe('createFormMatcher: unknown', () => {
  it.each(['наставничество', 'педагог', 'психолог — родитель', 'кураторство', '12'])(
    '%j is unknown',
    (form) => {
      expect(matcher.match(form)).toMatchObject({
        status: 'unknown',
        canonical: null,
        fix: null,
        unknownPart: null,
      });
    },
  );

  it('names the part it did not recognise', () => {
    expect(matcher.match('педагог — педагог, по желанию')).toMatchObject({
      status: 'unknown',
      unknownPart: 'по желанию',
    });
  });

  it('treats an empty cell as unknown', () => {
    expect(matcher.match('').status).toBe('unknown');
  });
});

describe('looseFormKey', () => {
  it('sets aside dashes, case, filler words and endings', () => {
    expect(looseFormKey('Форма наставничества «Учитель – учитель»')).toBe('педагог педагог');
    expect(looseFormKey('групповая форма')).toBe(looseFormKey('групповое наставничество'));
    expect(looseFormKey('руководитель образовательной организации — учитель')).toBe(
      'руководитель оо педагог',
    );
  });
});
