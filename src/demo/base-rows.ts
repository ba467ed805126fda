/**
 * «База наставников» of the demo: mentors of every school with their mentees, grouped by school as
 * schools add their blocks. Besides the rows it reports, per school, what the base implies for the
 * school's tab (distinct mentors, mentees, pairs), so the tab can agree with it.
 */
import { fullName, randomPerson, type Gender, type Person } from './people';
import { achievements, competences } from './mentor-texts';
import type { Random } from './random';
import type { DemoSchool } from './schools';

/** What one school's part of the base says. */
export interface SchoolBaseFacts {
  readonly mentors: number;
  /** Distinct mentees working at this school. */
  readonly mentees: number;
  /** A group counts as one. */
  readonly pairs: number;
  /** Mentees in forms for young teachers, and their mentors. */
  readonly youngMentees: number;
  readonly mentorsOfYoung: number;
}

export interface BaseRow {
  readonly school: number;
  readonly mentor: Person;
  /** The mentor has no other row: changing this row's ФИО changes no count. */
  readonly onlyRowOfMentor: boolean;
  /** The base's cells: № п/п … Место работы наставляемого. */
  readonly cells: (string | number)[];
}

export interface DemoBase {
  readonly rows: BaseRow[];
  readonly facts: SchoolBaseFacts[];
}

const YOUNG_FORMS = ['педагог — молодой педагог', 'опытный педагог — молодой специалист'];
const FORMS: readonly [string, number][] = [
  ['педагог — педагог', 30],
  ['педагог — молодой педагог', 35],
  ['учитель — учитель', 5],
  ['руководитель ОО — педагог', 5],
  ['традиционное («один на один»)', 10],
  ['реверсивное', 4],
  ['виртуальное (дистанционное)', 3],
  ['сетевое', 3],
  ['опытный педагог — молодой специалист', 5],
];
const GROUP_FORM = 'групповое (наставничество в группе)';
const FORMS_TOTAL = FORMS.reduce((sum, [, weight]) => sum + weight, 0);

function pickForm(random: Random): string {
  let roll = random.next() * FORMS_TOTAL;
  for (const [form, weight] of FORMS) {
    roll -= weight;
    if (roll < 0) return form;
  }
  return FORMS[0][0];
}

/** Teachers are mostly women, as in real bases. */
function gender(random: Random): Gender {
  return random.chance(0.8) ? 'female' : 'male';
}

/** «МБОУ «СОШ № 3»» typed the other common way: «МБОУ "СОШ №3"» (the checks read both as one school). */
function typedName(random: Random, name: string): string {
  return random.chance(0.15) ? name.replace(/[«»]/g, '"').replace(/№ /g, '№') : name;
}

interface MentorEntry {
  readonly person: Person;
  readonly mentees: Set<string>;
  rows: number;
}

export function generateBase(
  random: Random,
  schools: readonly DemoSchool[],
  rowsPerSchool: readonly number[],
): DemoBase {
  const rows: { school: number; mentor: MentorEntry; cells: (string | number)[] }[] = [];
  const facts: SchoolBaseFacts[] = [];
  schools.forEach((school, s) => {
    const mentors: MentorEntry[] = [];
    const names = new Set<string>();
    const mentees = new Set<string>();
    const mentorsOfYoung = new Set<MentorEntry>();
    let pairs = 0;
    let youngMentees = 0;
    for (let r = 0; r < rowsPerSchool[s]; r++) {
      const repeat = mentors.length > 0 && random.chance(0.1);
      let mentor: MentorEntry;
      if (repeat) {
        mentor = random.pick(mentors);
      } else {
        let person = randomPerson(random, gender(random));
        while (names.has(fullName(person))) person = randomPerson(random, gender(random));
        names.add(fullName(person));
        mentor = { person, mentees: new Set(), rows: 0 };
        mentors.push(mentor);
      }
      mentor.rows++;
      const count = random.chance(0.75) ? 1 : random.chance(0.8) ? 2 : 3;
      const people: string[] = [];
      while (people.length < count) {
        const mentee = fullName(randomPerson(random, gender(random)));
        if (mentee !== fullName(mentor.person) && !mentor.mentees.has(mentee) && !people.includes(mentee))
          people.push(mentee);
      }
      people.forEach((mentee) => mentor.mentees.add(mentee));
      const form = count > 1 && random.chance(0.5) ? GROUP_FORM : pickForm(random);
      const network = form === 'сетевое' && schools.length > 1;
      const menteeSchool = network ? schools[(s + 1) % schools.length].name : school.name;
      if (!network) {
        people.forEach((mentee) => mentees.add(mentee));
        if (YOUNG_FORMS.includes(form)) {
          youngMentees += people.length;
          mentorsOfYoung.add(mentor);
        }
      }
      pairs += form === GROUP_FORM ? 1 : people.length;
      rows.push({
        school: s,
        mentor,
        cells: [
          0,
          fullName(mentor.person),
          typedName(random, school.name),
          competences(random),
          achievements(random, mentor.person.gender),
          people.join('; '),
          form,
          menteeSchool,
        ],
      });
    }
    facts.push({
      mentors: mentors.length,
      mentees: mentees.size,
      pairs,
      youngMentees,
      mentorsOfYoung: mentorsOfYoung.size,
    });
  });
  rows.forEach((row, i) => (row.cells[0] = i + 1));
  return {
    rows: rows.map((row) => ({
      school: row.school,
      mentor: row.mentor.person,
      onlyRowOfMentor: row.mentor.rows === 1,
      cells: row.cells,
    })),
    facts,
  };
}
