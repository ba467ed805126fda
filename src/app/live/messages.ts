/** Russian texts of cell marks. */

/** Every note the add-on writes starts with this: it is how own notes are told from the users'. */
export const NOTE_PREFIX = '⚠ Наставничество:';

/** How a note names the kind of a problem. */
export const NOTE_SEVERITY = { error: 'Ошибка', warning: 'Предупреждение' } as const;

export const NOTE_WHAT_TO_DO = 'Что сделать:';

/** A note cannot be clicked: it says the mark goes by itself. */
export const NOTE_TAIL = 'Отметка снимется сама после исправления.';
