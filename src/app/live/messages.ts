/** Russian texts of cell marks. */

/** Every note the add-on writes starts with this: it is how own notes are told from the users'. */
export const NOTE_PREFIX = '⚠ Наставничество:';
