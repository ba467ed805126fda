/**
 * The 8 stages of the algorithm for introducing the target model of mentoring (the letter № 28 «О направлении
 * адресных рекомендаций», docs/domain.md#algorithm: «Алгоритм внедрения целевой модели наставничества
 * обучающихся в ОО»), with their wording.
 */

export interface Stage {
  readonly number: number;
  readonly title: string;
}

export const STAGES: readonly Stage[] = [
  { number: 1, title: 'планирование и подготовка' },
  { number: 2, title: 'разработка плана работы по внедрению наставничества' },
  { number: 3, title: 'анализ исходного состояния' },
  { number: 4, title: 'нормативно-правовое обеспечение' },
  { number: 5, title: 'распространение практик наставничества' },
  { number: 6, title: 'итоговый мониторинг эффективности' },
  { number: 7, title: 'сбор данных, анализ и составление отчётности' },
  { number: 8, title: 'корректировка плана работы' },
];

export function isStage(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= STAGES.length;
}

/** 4 → «4 — нормативно-правовое обеспечение». */
export function stageLabel(stage: number): string {
  const found = STAGES.find((candidate) => candidate.number === stage);
  return found ? `${stage} — ${found.title}` : String(stage);
}

/** The stage number a label starts with («4 — …» or 4); null when there is none. */
export function stageNumber(label: unknown): number | null {
  const match = /^\s*(\d+)/.exec(
    typeof label === 'number' ? String(label) : typeof label === 'string' ? label : '',
  );
  if (!match) return null;
  const stage = Number(match[1]);
  return isStage(stage) ? stage : null;
}
