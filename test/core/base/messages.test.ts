import { describe, it, expect } from 'vitest';
import * as text from '../../../src/core/base/messages';

describe('messages', () => {
  it('show a long or multi-line value on one shortened line', () => {
    const long = `Методика преподавания математики  \nподготовка к ОГЭ и ЕГЭ, ${'проектная деятельность, '.repeat(5)}`;
    const { message } = text.whitespace('D7', long);
    expect(
      message.startsWith('В ячейке D7 «Методика преподавания математики / подготовка к ОГЭ и ЕГЭ, проектная'),
    ).toBe(true);
    expect(message).toContain('…»');
    expect(message).not.toContain('\n');
  });

  it('name one extra column in the singular', () => {
    expect(text.extraColumns([{ letter: 'I', text: 'Контакты' }]).message).toBe(
      'Дополнительный столбец «Контакты» (I) не проверяется',
    );
  });

  it('say which mentee a problem is about', () => {
    expect(
      text.fioInitials('F7', 'Петров П.; Сидорова Мария', { role: 'mentees', names: ['Петров П.'] }),
    ).toEqual({
      message: 'В ячейке F7 «Петров П.; Сидорова Мария»: у наставляемого «Петров П.» указаны только инициалы',
      hint: 'Укажите фамилию, имя и отчество полностью: по инициалам наставляемого нельзя сопоставить с другими листами',
    });
  });
});
