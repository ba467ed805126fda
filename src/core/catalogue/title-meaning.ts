/**
 * What a title of an indicator means, as content-word stems (src/core/text/word-stems.ts) with the ordinary
 * ways schools and municipalities word one thing brought to one form: «педагогические работники» and
 * «педагоги», «молодые специалисты» and «молодые педагоги», «МСЦМН» and «целевая модель наставничества»,
 * «вкладка» and «раздел» of a website. Words that every indicator of a school carries («ОО», «образовательной
 * организации», «общее количество», «численность») say nothing about which indicator it is and are left out.
 *
 * The key terms tell close indicators apart (docs/domain.md#indicators): a title in the role of a mentee is
 * never a mentor's indicator, pupils are never pedagogues, «молодые», «сетевые», «муниципальный» and the like
 * narrow an indicator down and must be on both sides, and an age in the title must be the indicator's.
 */
import { memoised } from '../text/memoised';
import { normaliseKey } from '../text/normalise';
import { sameStem, titleStems } from '../text/word-stems';

/** A word boundary for Cyrillic text (`\b` knows only Latin letters). */
const START = '(?<![0-9a-zа-я])';
const END = '(?![0-9a-zа-я])';
const word = (pattern: string) => new RegExp(`${START}(?:${pattern})${END}`, 'g');

/** Rewrites on a normalised key, in this order: one wording for one thing. */
const REWRITES: readonly (readonly [RegExp, string])[] = [
  // «10–19 лет», «0-3 года»: the numbers are words of their own.
  [/(\d)\s*[–—-]\s*(\d)/g, '$1 $2'],
  // «стаж 0–3 года», «стаж до 3 лет», «с опытом работы от 0 до 3 лет»: one term.
  [
    word(
      '(?:с\\s+)?(?:педагогическ[а-я]*\\s+)?(?:стаж[а-я]*|опыт[а-я]*\\s+работы)\\s+(?:работы\\s+)?(?:от\\s+)?(?:0\\s+)?(?:до\\s+)?3(?:-х)?\\s+(?:лет|года)',
    ),
    'стажем03',
  ],
  [word('педагогическ\\S*\\s+(?:и\\s+руководящ\\S*\\s+)?(?:работник|кадр)[а-я]*'), 'педагоги'],
  [word('пед\\.?\\s*работник[а-я]*|педработник[а-я]*'), 'педагоги'],
  // «моложе 35 лет», «младше 35 лет»: «до 35 лет».
  [word('(?:моложе|младше)(?=\\s+35)'), 'до'],
  [word('учител[а-я]*'), 'педагоги'],
  [word('молод[а-я]*\\s+(?:специалист|педагог)[а-я]*'), 'молодые педагоги'],
  // The length of service only defines «молодые»: it adds nothing to them.
  [/молодые педагоги[\s,(]*стажем03\)?/g, 'молодые педагоги'],
  [word('учащ([а-я]*)'), 'обучающ$1'],
  // Mentors OF young pedagogues: «молодые» is whom they mentor, not who they are («наставники, из них молодые»),
  // so it becomes a word of its own that no other «молод…» matches.
  [word('наставник[а-я]*\\s+(?:над\\s+)?молодые педагоги'), 'наставник надмолодыми'],
  [word('мсцмн|мцмн|цмн|рцмн'), 'целевой модели наставничества'],
  // The regulation's «система (целевая модель) наставничества» is one thing under two names.
  [word('систем[а-я]*(?:\\s*\\(целев[а-я]*\\s+модел[а-я]*\\))?(?=\\s+наставничеств)'), 'целевой модели'],
  [word('ппн'), 'персонализированные программы наставничества'],
  [word('реализу[а-я]*'), 'реализация'],
  // «Количество баз наставников» counts bases (the municipality's), «наставники в базе» counts people.
  [word('(?:количеств[а-я]*|число)\\s+баз[а-я]*'), 'счетбаз'],
  // «пары, закреплённые приказом», «наставники (по приказу)»: an order is where they are listed, not the
  // document the row asks about («Приказами закреплены пары» is that document).
  [
    word(
      '(?:по|в\\s+соответствии\\s+с|согласно)\\s+приказ[а-я]*|(?:закрепленн|утвержденн)[а-я]*\\s+приказ[а-я]*',
    ),
    ' ',
  ],
  [word('(?:с\\s+)?ограниченн[а-я]*\\s+возможност[а-я]*\\s+здоровья'), 'овз'],
  [word('шмо|школьн[а-я]*\\s+методическ[а-я]*\\s+объединен[а-я]*'), 'методические объединения'],
  [word('курс[а-я]*\\s+повышени[а-я]*\\s+квалификаци[а-я]*'), 'кпк'],
  [word('(?:вкладк|подраздел|страниц)[а-я]*'), 'раздел'],
  [word('ежемесячн[а-я]*'), 'не реже 1 раза в месяц'],
  // Updating a section of the site is updating the information on it.
  [word('(обновлен[а-я]*)\\s+(?:раздел|сведени)[а-я]*'), '$1 информации'],
  // The school's «информационные ресурсы» are its site.
  [word('(?:информационн[а-я]*\\s+)?ресурс[а-я]*'), 'сайт'],
  [word('(?:общеобразовательн|образовательн)[а-я]*\\s+(?:организац|учрежден)[а-я]*|учреждени[а-я]*'), ' '],
  [word('оо|оу|школ[аеыу]?'), ' '],
  // A district's or a town's own figures are the municipality's.
  [word('район[а-я]*|город[а-я]*|муниципалитет[а-я]*'), 'муниципальный'],
  [word('общ(?:ее|ая|ий|его|ей|ем)|численност[а-я]*|всего|итого'), ' '],
  // Those surveyed, however a form says it: «респонденты», «опрошенные», «приняли участие в анкетировании»,
  // «участники опроса», «прошедшие анкетирование».
  [
    word(
      'респондент[а-я]*|опрошенн[а-я]*|анкетированн[а-я]*|участник[а-я]*\\s+(?:опрос|анкетировани)[а-я]*|' +
        '(?:принявш|принял|приняв|участвовавш|участвовал|участвующ|прошедш|прошл|охвачен|охват)[а-я]*\\s+' +
        '(?:участи[а-я]*\\s+)?(?:в\\s+)?(?:опрос|анкетировани|анкет)[а-я]*',
    ),
    'респонденты',
  ],
  // Every indicator is about mentoring programmes and their forms: «участием в программах наставничества», «по
  // различным формам наставничества» tell none apart.
  [
    word(
      '(?:(?:принявш|приняв|принимающ)[а-я]*\\s+)?участи[а-я]*\\s+в\\s+программ[а-я]*\\s+наставничества|по\\s+различн[а-я]*\\s+форм[а-я]*(?:\\s+наставничества)?',
    ),
    ' ',
  ],
  [word('удельн[а-я]*\\s+вес[а-я]*'), 'доля'],
  [word('(?:в\\s+)?процент[а-я]*'), '%'],
  // The level of satisfaction (a percent) is not the count of the satisfied: «Уровень удовлетворённости»,
  // «Удовлетворённость», «Доля удовлетворённых», «удовлетворённые …, %».
  [word('(?:уровен[а-я]*\\s+)?удовлетворенност[а-я]*'), 'уровеньудовлетворенности'],
  [
    /(?<![0-9a-zа-я])дол[яиеюй]\s+([^%]*?)(?<![0-9a-zа-я])удовлетворенн[а-я]*/g,
    'уровеньудовлетворенности $1',
  ],
  [/(?<![0-9a-zа-я])удовлетворенн[а-я]*(?=.*%)/g, 'уровеньудовлетворенности'],
  [/%/g, ' '],
];

/** Pedagogues are who a mentor is unless the title names another: «Количество наставников» counts pedagogues. */
const OTHER_MENTORS = /обучающ|студент|сотрудник|работник|предприят|организац|родител|выпускник/;

/**
 * What no rewrite of one phrase can say: the satisfied are counted among the surveyed («удовлетворённые из числа
 * опрошенных» is the count of the satisfied), and a mentor is a pedagogue unless the title says otherwise.
 */
function inContext(key: string): string {
  let text = key;
  if (text.includes('удовлетвор')) text = text.replace(/респонденты/g, ' ');
  if (/(?<![а-я])наставник/.test(text) && !/педагог/.test(text) && !OTHER_MENTORS.test(text))
    text = `педагоги ${text}`;
  return text;
}

/** A title with its ordinary wordings brought to one form (memoised: titles repeat on every tab). */
const meaningKey = memoised((text: string) => {
  let key = normaliseKey(text);
  for (const [pattern, replacement] of REWRITES) key = key.replace(pattern, replacement);
  return inContext(key);
});

/** The stems a title means. */
export function meaningStems(text: string): readonly string[] {
  return titleStems(meaningKey(text));
}

/** Narrowing terms: a title and an indicator's wording agree on each (both have it or neither has). */
const NARROWING = [
  'молод',
  'сетев',
  'муниципальн',
  'региональн',
  'предприят',
  'риск',
  'овз',
  'инвалид',
  'одарен',
  'стажер',
  'удовлетворен',
  'куратор',
  'кпк',
  'дорожн',
  // «наставник молодых педагогов» (see REWRITES).
  'надмолод',
  // A level of satisfaction against a count of the satisfied; those surveyed against the ones who took part.
  'уровеньудовлетвор',
  'респондент',
  // An order on the monitoring or a report on it is not the model's implementation; a document is not what
  // it is about («Приказ о внедрении …» is not «Реализация …», «Положение о реализации …» neither).
  'мониторинг',
  'приказ',
  'положен',
  'счетбаз',
];
/** Narrowing words whose stem is short: the same stem on both sides or on neither («доля» is not «долгосрочный»). */
const NARROWING_STEMS = ['дол'];
/**
 * Terms a title may leave out but, when it has one, the wording must have too: an age («10–19 лет» is not
 * «15–19 лет»), the role of a mentee («в т. ч. молодые специалисты» under the mentees is not all young pedagogues),
 * and the site («Раздел „Внедрение целевой модели“ на сайте» is not the model's implementation).
 */
const ROW_TERMS = ['10', '15', '35'];
const ROW_STEMS = ['наставляем', 'сайт'];
/** Terms of which a title names one and its wording the other: the two can never be one indicator. */
const OPPOSITES: readonly (readonly [string, string])[] = [
  ['наставник', 'наставляем'],
  ['педагог', 'обучающ'],
];

const has = (stems: readonly string[], term: string) => stems.some((own) => own.startsWith(term));
const hasStem = (stems: readonly string[], term: string) => stems.some((own) => sameStem(own, term));

/** Whether a title's stems and a wording's stems can name one indicator by their key terms. */
export function keyTermsAgree(title: readonly string[], wording: readonly string[]): boolean {
  if (NARROWING.some((term) => has(title, term) !== has(wording, term))) return false;
  if (NARROWING_STEMS.some((term) => title.includes(term) !== wording.includes(term))) return false;
  if (ROW_TERMS.some((term) => title.includes(term) && !wording.includes(term))) return false;
  if (ROW_STEMS.some((term) => has(title, term) && !has(wording, term))) return false;
  return OPPOSITES.every(([a, b]) => {
    const onlyIn = (stems: readonly string[], x: string, y: string) =>
      hasStem(stems, x) && !hasStem(stems, y);
    return !(
      (onlyIn(title, a, b) && onlyIn(wording, b, a)) ||
      (onlyIn(title, b, a) && onlyIn(wording, a, b))
    );
  });
}
