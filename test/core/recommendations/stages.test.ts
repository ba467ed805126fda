import { describe, expect, it } from 'vitest';
import { isStage, stageLabel, stageNumber, STAGES } from '../../../src/core/recommendations/stages';

describe('stages of the algorithm (the letter with the 8-stage algorithm)', () => {
  it('has the eight stages in order', () => {
    expect(STAGES.map((stage) => stage.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(STAGES[0].title).toBe('планирование и подготовка');
    expect(STAGES[3].title).toBe('нормативно-правовое обеспечение');
  });

  it('labels a stage and reads the number back from a label or a number', () => {
    expect(stageLabel(4)).toBe('4 — нормативно-правовое обеспечение');
    expect(stageNumber('4 — нормативно-правовое обеспечение')).toBe(4);
    expect(stageNumber(7)).toBe(7);
    expect(stageNumber(' 2')).toBe(2);
  });

  it('rejects numbers outside 1..8 and text without a number', () => {
    expect(isStage(0)).toBe(false);
    expect(isStage(9)).toBe(false);
    expect(isStage(2.5)).toBe(false);
    expect(stageNumber('9')).toBeNull();
    expect(stageNumber('этап первый')).toBeNull();
    expect(stageNumber(null)).toBeNull();
  });
});
