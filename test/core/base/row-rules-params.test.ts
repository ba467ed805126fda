import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../src/core/issues/issue';
import { checkBaseRows, rowWith } from './base-grid';

/**
 * What each issue of a «База наставников» row hands on besides its sentence: the `params` the JSON report
 * carries for another program (docs/schema/check.schema.json) — the value as typed, what was expected, the
 * letters or the part not recognised.
 */
function issueOf(code: string, changes: Readonly<Record<number, unknown>>): Issue {
  const found = checkBaseRows([rowWith(changes)]).find((issue) => issue.code === code);
  if (found === undefined) throw new Error(`no ${code}`);
  return found;
}

describe('the params of a base row’s issues', () => {
  it('a formula error: the error as shown, without the spaces around it', () => {
    expect(issueOf('cell/formula-error', { 3: ' #REF! ' }).params).toMatchObject({ value: '#REF!' });
  });

  it('a mentor who is his own mentee: the value and the mentor', () => {
    const issue = issueOf('pair/self', { 1: 'Иванова Анна Петровна', 5: 'Иванова Анна Петровна' });
    expect(issue.params).toMatchObject({ value: 'Иванова Анна Петровна', mentor: 'Иванова Анна Петровна' });
  });

  it('a name with Latin letters: the letters', () => {
    expect(issueOf('fio/mixed-script', { 1: 'Иванова Аннa Пeтровна' }).params).toMatchObject({
      letters: 'ae',
      suggestion: 'Иванова Анна Петровна',
    });
  });

  it('a form of mentoring with a part not recognised: that part', () => {
    const issue = issueOf('form/unknown', { 6: 'педагог — педагог, по желанию' });
    expect(issue.params).toMatchObject({ unknownPart: 'по желанию' });
  });
});
