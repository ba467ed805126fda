import { describe, it, expect } from 'vitest';
import { FORMS_VOCABULARY } from '../../../src/core/base/forms-vocabulary';
import { createFormMatcher, looseFormKey } from '../../../src/core/base/forms';

describe('FORMS_VOCABULARY', () => {
  const matcher = createFormMatcher();

  it('has the forms and role models of the regulations (docs/domain.md#forms-of-mentoring)', () => {
    const canonical = FORMS_VOCABULARY.map((entry) => entry.canonical);
    for (const form of [
      'педагог — педагог',
      'педагог — молодой педагог',
      'руководитель ОО — педагог',
      'работодатель — студент',
      'работодатель — ученик',
      'студент — ученик',
      'ученик — ученик',
    ]) {
      expect(canonical).toContain(form);
    }
    expect(FORMS_VOCABULARY.filter((entry) => entry.kind === 'kind')).toHaveLength(8);
    for (const role of [
      'опытный педагог — молодой специалист',
      'педагог-новатор — консервативный педагог',
      'опытный предметник — неопытный предметник',
      'успевающий — неуспевающий',
      'лидер — пассивный',
      'равный — равному',
    ]) {
      expect(canonical).toContain(role);
    }
  });

  it('recognises every listed spelling as its own entry', () => {
    for (const entry of FORMS_VOCABULARY) {
      for (const spelling of [entry.canonical, ...entry.accepted])
        expect(matcher.match(spelling), spelling).toMatchObject({
          status: 'standard',
          canonical: entry.canonical,
        });
      for (const spelling of entry.variants)
        expect(matcher.match(spelling), spelling).toMatchObject({ canonical: entry.canonical });
    }
  });

  it('gives no two entries the same loose key', () => {
    const owner = new Map<string, string>();
    for (const entry of FORMS_VOCABULARY) {
      for (const spelling of [entry.canonical, ...entry.accepted, ...entry.variants]) {
        const key = looseFormKey(spelling);
        expect(owner.get(key) ?? entry.canonical, spelling).toBe(entry.canonical);
        owner.set(key, entry.canonical);
      }
    }
  });
});
