/**
 * Schools of the demo municipality: town schools with numbers (МБОУ «СОШ № 3», МАОУ «Гимназия № 1»)
 * and village schools (МКОУ «Берёзовская ООШ»), each with a short tab name as coordinators name tabs.
 */
import type { Random } from './random';

export interface DemoSchool {
  /** Full name as in the labelled cell and in «Место работы». */
  readonly name: string;
  /** Tab name. */
  readonly tab: string;
  /** A plausible address of the school's site, for links to documents. */
  readonly site: string;
}

const VILLAGES: readonly [string, string][] = [
  ['Берёзовская', 'berezovka'],
  ['Ключевская', 'klyuchi'],
  ['Никольская', 'nikolskoe'],
  ['Покровская', 'pokrovka'],
  ['Сосновская', 'sosnovka'],
  ['Михайловская', 'mikhaylovka'],
  ['Александровская', 'aleksandrovka'],
  ['Знаменская', 'znamenka'],
  ['Троицкая', 'troitsk'],
  ['Успенская', 'uspenka'],
  ['Воскресенская', 'voskresenka'],
  ['Дубровская', 'dubrovka'],
  ['Ильинская', 'ilinka'],
  ['Каменская', 'kamenka'],
  ['Липовская', 'lipovka'],
  ['Озёрная', 'ozernoe'],
  ['Полевская', 'polevoe'],
  ['Рождественская', 'rozhdestveno'],
  ['Садовская', 'sadovoe'],
  ['Тополёвская', 'topolevka'],
  ['Ягодная', 'yagodnoe'],
  ['Луговская', 'lugovoe'],
  ['Заречная', 'zarechnoe'],
  ['Красноярская', 'krasnyy-yar'],
  ['Васильевская', 'vasilevka'],
  ['Петровская', 'petrovka'],
  ['Ивановская', 'ivanovka'],
  ['Степновская', 'stepnoe'],
  ['Кедровская', 'kedrovka'],
  ['Рябиновская', 'ryabinovka'],
];

type Kind = 'СОШ' | 'Гимназия' | 'Лицей' | 'village-СОШ' | 'village-ООШ';

function kindOf(random: Random): Kind {
  const roll = random.next();
  if (roll < 0.45) return 'СОШ';
  if (roll < 0.55) return 'Гимназия';
  if (roll < 0.62) return 'Лицей';
  if (roll < 0.82) return 'village-СОШ';
  return 'village-ООШ';
}

/** `count` distinct schools; village names run out after 30, then schools are numbered. */
export function generateSchools(random: Random, count: number): DemoSchool[] {
  const numbers: Record<string, number> = { СОШ: 0, Гимназия: 0, Лицей: 0 };
  let village = 0;
  const schools: DemoSchool[] = [];
  for (let i = 0; i < count; i++) {
    let kind = kindOf(random);
    if (kind.startsWith('village') && village >= VILLAGES.length) kind = 'СОШ';
    if (kind === 'village-СОШ' || kind === 'village-ООШ') {
      const [adjective, slug] = VILLAGES[village++];
      const level = kind === 'village-СОШ' ? 'СОШ' : 'ООШ';
      schools.push({
        name: `МКОУ «${adjective} ${level}»`,
        tab: `${adjective} ${level}`,
        site: `${slug}-school.ru`,
      });
      continue;
    }
    const n = ++numbers[kind];
    const legal = kind === 'Гимназия' ? 'МАОУ' : 'МБОУ';
    const slug = kind === 'СОШ' ? `sosh${n}` : kind === 'Гимназия' ? `gimn${n}` : `licey${n}`;
    schools.push({ name: `${legal} «${kind} № ${n}»`, tab: `${kind} № ${n}`, site: `${slug}.edu-rayon.ru` });
  }
  return schools;
}
