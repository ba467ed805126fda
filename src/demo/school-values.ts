/**
 * The figures one school reports on its tab, consistent with each other (every part within its
 * total, docs/domain.md#indicators) and with the school's part of «База наставников».
 */
import type { SchoolBaseFacts } from './base-rows';
import type { Random } from './random';

export type Values = Record<string, number | null>;

/** How far the school has got: most have every document, some lack a few, one has not started. */
export type Progress = 'complete' | 'partial' | 'starting';

function between(random: Random, min: number, max: number): number {
  return max <= min ? Math.max(0, Math.round(min)) : random.int(Math.round(min), Math.round(max));
}

function documents(random: Random, progress: Progress): Values {
  if (progress === 'starting') {
    return {
      implements_model: 0,
      doc_order: 0,
      doc_regulation: 0,
      doc_roadmap: 0,
      doc_curator: 1,
      doc_pairs_order: 0,
      doc_monitoring_order: 0,
      doc_internal_report: 0,
      site_tab: 0,
      site_monthly_update: 0,
      best_practices_published: 0,
    };
  }
  const partial = progress === 'partial';
  const flag = (p: number) => (random.chance(p) ? 1 : 0);
  return {
    implements_model: 1,
    doc_order: 1,
    doc_regulation: 1,
    doc_roadmap: partial ? flag(0.4) : 1,
    doc_curator: partial ? flag(0.6) : 1,
    doc_pairs_order: partial ? flag(0.5) : 1,
    doc_monitoring_order: flag(partial ? 0.3 : 0.8),
    doc_internal_report: flag(partial ? 0.2 : 0.7),
    site_tab: partial ? flag(0.6) : 1,
    site_monthly_update: flag(partial ? 0.2 : 0.7),
    best_practices_published: flag(partial ? 0.2 : 0.6),
  };
}

export function schoolValues(
  random: Random,
  facts: SchoolBaseFacts,
  progress: Progress,
  village: boolean,
): Values {
  const m = facts.mentors;
  const pedMentees = facts.mentees;
  const pedTotal = Math.max(
    between(random, village ? 12 : 35, village ? 30 : 95),
    m + pedMentees + between(random, 3, 20),
  );
  const youngTotal = Math.max(facts.youngMentees, between(random, 0, village ? 3 : 7));
  const under35 = Math.min(
    pedTotal,
    Math.max(youngTotal, Math.round(pedTotal * (0.15 + random.next() * 0.2))),
  );
  const docs = documents(random, progress);
  const values: Values = {
    ped_total: pedTotal,
    ped_mentors: m,
    ped_mentees: pedMentees,
    ped_under35: under35,
    ped_under35_mentees: Math.min(under35, pedMentees, facts.youngMentees + between(random, 0, 2)),
    young_total: youngTotal,
    young_mentees: facts.youngMentees,
    mentors_of_young: facts.mentorsOfYoung,
    mentors_municipal_active: between(random, 0, Math.ceil(m / 2)),
    mentors_regional_active: between(random, 0, Math.ceil(m / 5)),
    kpk_trained: Math.min(pedTotal, between(random, Math.ceil(m / 2), m + 3)),
    interns: between(random, 0, 3),
    network_mentors: between(random, 0, m),
    network_mentees: between(random, 0, 5),
    ...docs,
    programs_approved: progress === 'starting' ? 0 : between(random, 1, 4),
    personal_programs: progress === 'starting' ? 0 : between(random, 1, Math.max(1, pedMentees)),
    pairs_count: docs.doc_pairs_order === 1 ? Math.max(1, facts.pairs) : between(random, 0, facts.pairs),
    partner_agreements: between(random, 0, 3),
    shmo_count: between(random, 0, 2),
    practices_platform: between(random, 0, 3),
  };
  const students = between(random, village ? 40 : 180, village ? 180 : 950);
  const studentMentees = Math.round(students * (0.3 + random.next() * 0.55));
  const older = Math.round(students * (0.3 + random.next() * 0.15));
  const surveyed = between(random, Math.ceil(m / 2), m);
  const menteesSurveyed = between(random, Math.ceil(pedMentees / 2), pedMentees);
  Object.assign(values, {
    students_10_19: students,
    students_mentees: studentMentees,
    students_mentees_risk: between(random, 0, studentMentees * 0.1),
    students_mentees_ovz: between(random, 0, studentMentees * 0.05),
    students_mentees_gifted: between(random, 0, studentMentees * 0.15),
    students_15_19: older,
    student_mentors: between(random, 0, older * 0.2),
    enterprises: between(random, 0, village ? 2 : 5),
    mentors_surveyed: surveyed,
    mentors_satisfied: between(random, surveyed * 0.7, surveyed),
    mentees_surveyed: menteesSurveyed,
    mentees_satisfied: between(random, menteesSurveyed * 0.7, menteesSurveyed),
  });
  const enterprises = values.enterprises as number;
  values.enterprise_mentors = between(random, 0, enterprises * 2);
  values.enterprise_projects = between(random, 0, enterprises);
  // Sections 4 and 5 are optional: about one school in five leaves them for later.
  if (random.chance(0.2)) {
    for (const id of [
      'students_mentees_risk',
      'students_mentees_ovz',
      'students_mentees_gifted',
      'mentors_surveyed',
      'mentors_satisfied',
      'mentees_surveyed',
      'mentees_satisfied',
    ]) {
      values[id] = null;
    }
  }
  return values;
}
