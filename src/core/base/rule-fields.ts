/**
 * The columns of «База наставников» that rules reading more than their own cell look at. With
 * each rule's reach (core/issues/rules.ts) this tells the live check which edits can change marks in
 * other rows (rules reading a column) and which need the school list (rules reading the workbook).
 */
import { RULES, type IssueCode, type RuleReach } from '../issues/rules';
import type { BaseField } from './fields';

export const RULE_FIELDS: Partial<Readonly<Record<IssueCode, readonly BaseField[]>>> = {
  'seq/gap': ['number'],
  'seq/duplicate': ['number'],
  'row/duplicate': ['mentor', 'mentees'],
  'org/unknown': ['mentorOrg'],
};

/** Fields read by the base rules of the given reach, each once. */
export function fieldsReadBy(reaches: readonly RuleReach[]): BaseField[] {
  const fields = new Set<BaseField>();
  for (const [code, list] of Object.entries(RULE_FIELDS) as [IssueCode, readonly BaseField[]][]) {
    if (reaches.includes(RULES[code].reads)) for (const field of list) fields.add(field);
  }
  return [...fields];
}
