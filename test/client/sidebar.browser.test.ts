/**
 * The built sidebar (dist/sidebar.html) in headless Chromium with google.script.run stubbed:
 * what it shows, what it asks the server, and that users' text can never run as HTML.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SIDEBAR_FUNCTIONS,
  type IssuesPayload,
  type IssueView,
  type Refusal,
} from '../../src/gas/sidebar-contract';
import { launchChromium } from '../tools/chromium';

const BASE = 'База наставников';
const XSS_IMG = '<img src=x onerror=alert(1)>';
const XSS_SCRIPT = '<script>window.__pwned = true</script>';

function issue(
  view: Partial<IssueView> & Pick<IssueView, 'code' | 'severity' | 'cell' | 'message'>,
): IssueView {
  return {
    sheet: BASE,
    hint: null,
    current: '',
    shown: view.current ?? '',
    fix: null,
    sameCodeFixable: 0,
    ...view,
  };
}

const SHEET_ISSUES: IssueView[] = [
  issue({
    code: 'fio/mixed-script',
    severity: 'error',
    cell: 'B3',
    current: 'Петрoва Мария Ивановна',
    message: 'В ФИО среди русских букв есть латинские, похожие на русские: «o».',
    hint: 'Перепечатайте ФИО русскими буквами.',
    fix: { value: 'Петрова Мария Ивановна', label: 'Заменить на «Петрова Мария Ивановна»' },
    sameCodeFixable: 1,
  }),
  issue({
    code: 'cell/required',
    severity: 'error',
    cell: 'F5',
    message: 'Не заполнен столбец «Ф.И.О наставляемого (наставляемых)».',
    hint: 'Заполните «Ф.И.О наставляемого (наставляемых)»: без этого запись о наставнике неполная.',
  }),
  issue({
    code: 'form/unknown',
    severity: 'warning',
    cell: 'G12',
    current: 'наставничество по интересам',
    message: 'Такой формы наставничества нет в перечне.',
    hint: 'Укажите форму из перечня; ближе всего к введённому «педагог — педагог», «ученик — ученик», «студент — ученик».',
  }),
  issue({
    code: 'row/duplicate',
    severity: 'warning',
    cell: 'F9',
    current: 'Фёдорова Дарья Алексеевна',
    message: 'Пара «Иванова Анна Сергеевна — Фёдорова Дарья Алексеевна» уже записана в строке 4.',
  }),
  issue({
    code: 'fio/case',
    severity: 'info',
    cell: 'B6',
    current: 'иванова анна сергеевна',
    message: 'В ФИО неправильный регистр букв.',
    fix: { value: 'Иванова Анна Сергеевна', label: 'Заменить на «Иванова Анна Сергеевна»' },
    sameCodeFixable: 2,
  }),
  issue({
    code: 'fio/case',
    severity: 'info',
    cell: 'B14',
    current: 'смирнова ольга николаевна',
    message: 'В ФИО неправильный регистр букв.',
    fix: { value: 'Смирнова Ольга Николаевна', label: 'Заменить на «Смирнова Ольга Николаевна»' },
    sameCodeFixable: 2,
  }),
];

const SHEET_PAYLOAD: IssuesPayload = {
  scope: 'sheet',
  activeSheet: BASE,
  issues: SHEET_ISSUES,
  counts: { error: 2, warning: 2, info: 2 },
  sheets: [{ sheet: BASE, counts: { error: 2, warning: 2, info: 2 } }],
  omitted: 0,
  partial: true,
  recognised: true,
  fill: null,
  context: null,
  stamp: 'stamp-1',
};

const WORKBOOK_PAYLOAD: IssuesPayload = {
  scope: 'workbook',
  activeSheet: BASE,
  counts: { error: 3, warning: 3, info: 2 },
  sheets: [
    { sheet: `СОШ № 2 ${XSS_IMG}`, counts: { error: 1, warning: 0, info: 0 } },
    { sheet: BASE, counts: { error: 2, warning: 3, info: 2 } },
  ],
  omitted: 0,
  stamp: 'stamp-1',
  partial: false,
  recognised: true,
  fill: [
    {
      school: 'МБОУ «Гимназия № 2»',
      sheet: null,
      filled: 0,
      total: 30,
      errors: 0,
      warnings: 0,
      notSubmitted: true,
    },
    {
      school: 'МБОУ «СОШ № 1»',
      sheet: 'СОШ № 1',
      filled: 30,
      total: 30,
      errors: 0,
      warnings: 1,
      notSubmitted: false,
    },
    {
      school: `МБОУ «СОШ № 2» ${XSS_IMG}`,
      sheet: `СОШ № 2 ${XSS_IMG}`,
      filled: 28,
      total: 30,
      errors: 1,
      warnings: 0,
      notSubmitted: false,
    },
    {
      school: 'МКОУ «Ивановская ООШ»',
      sheet: 'Ивановская',
      filled: 0,
      total: 30,
      errors: 30,
      warnings: 0,
      notSubmitted: true,
    },
  ],
  context: { organisations: ['МБОУ «СОШ № 1»', 'МБОУ «СОШ № 2»'] },
  issues: [
    issue({
      code: 'value/not-integer',
      severity: 'error',
      sheet: `СОШ № 2 ${XSS_IMG}`,
      cell: 'E7',
      current: '12.5',
      shown: '12,5',
      message: 'Количество должно быть целым числом (показатель 1.2).',
    }),
    issue({
      code: 'form/unknown',
      severity: 'warning',
      cell: 'G40',
      current: `наставничество ${XSS_IMG}`,
      message: `В ячейке G40 "наставничество ${XSS_IMG}": такой формы наставничества нет в перечне`,
      hint: `Выберите форму из списка ${XSS_SCRIPT}`,
    }),
    ...SHEET_ISSUES,
  ],
};

interface Call {
  name: string;
  args: unknown[];
}

/** google.script.run as Apps Script gives it: a fresh runner per access, handlers chained, results async. */
/** Runs in the page: everything it needs comes in `payloads`, including the server's function names. */
function stubScriptRun(payloads: {
  sheet: IssuesPayload;
  workbook: IssuesPayload | Refusal;
  functions: readonly string[];
}): void {
  const w = window as unknown as Record<string, unknown>;
  const calls: Call[] = [];
  w.__calls = calls;
  w.__stamp = 'stamp-1';
  w.__fail = null;
  const respond = (name: string, args: unknown[]): unknown => {
    if (name === 'sidebarIssues') return { ...payloads[args[0] as 'sheet' | 'workbook'], stamp: w.__stamp };
    if (name === 'sidebarChangeStamp') return w.__stamp;
    if (name === 'applyFix') return { ok: true, message: `Ячейка ${String(args[1])} исправлена.` };
    if (name === 'applyFixesOfCode') return { ok: true, message: 'Исправлено ячеек: 2.' };
    return { ok: true, message: '' };
  };
  type Handler = ((v: unknown) => void) | null;
  const runner = (success: Handler, failure: Handler): Record<string, unknown> => {
    const target: Record<string, unknown> = {
      withSuccessHandler: (fn: (v: unknown) => void) => runner(fn, failure),
      withFailureHandler: (fn: (v: unknown) => void) => runner(success, fn),
    };
    for (const name of payloads.functions) {
      target[name] = (...args: unknown[]) => {
        calls.push({ name, args });
        // Google's own error, in English, as the failure handler gets it when the server throws.
        const failed = name === 'sidebarIssues' ? (w.__fail as string | null) : null;
        if (failed) {
          setTimeout(() => failure?.(new Error(failed)), 0);
          return;
        }
        const result = JSON.parse(JSON.stringify(respond(name, args)));
        setTimeout(() => success?.(result), 0);
      };
    }
    return target;
  };
  w.google = {
    script: {
      get run() {
        return runner(null, null);
      },
    },
  };
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function openSidebar(
  workbook: IssuesPayload | Refusal = WORKBOOK_PAYLOAD,
  sheet: IssuesPayload = SHEET_PAYLOAD,
  shown = '.issue',
): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // The reader's own clock says when the check ran: 14:05 local time.
  await page.clock.install({ time: new Date(2025, 10, 25, 14, 5, 0) });
  await page.addInitScript(stubScriptRun, { sheet, workbook, functions: SIDEBAR_FUNCTIONS });
  await page.goto(pathToFileURL(resolve('dist/sidebar.html')).href);
  await page.clock.runFor(10);
  await page.locator(shown).first().waitFor();
  return { page, dialogs };
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { __calls: Call[] }).__calls);

describe('dist/sidebar.html in Chromium', () => {
  it('shows the issues grouped by severity with their counts', async () => {
    const { page } = await openSidebar();
    expect(await page.locator('.group-title').allTextContents()).toEqual([
      'Ошибки2',
      'Предупреждения2',
      'Оформление2',
    ]);
    expect(await page.locator('.group.error .issue').count()).toBe(2);
    expect(await page.locator('.chip.warning .chip-count').textContent()).toBe('2');
    expect(await page.locator('.status').textContent()).toBe('Лист «База наставников» · проверено в 14:05');
    const first = page.locator('.issue').first();
    expect(await first.locator('.cell').textContent()).toBe('B3');
    expect(await first.locator('.hint').textContent()).toContain('русскими буквами');
    expect(await first.locator('.fix-label').textContent()).toBe('Заменить на «Петрова Мария Ивановна»');
    expect(await page.locator('.issue[data-cell="F5"] .fix').count()).toBe(0);
    expect(await page.locator('.issue[data-cell="B6"] .fix-all').textContent()).toBe(
      'Исправить всё однотипное (2)',
    );
    const width = await page.evaluate(() => document.body.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(300);
    await page.close();
  });

  it('selects the issue’s cell on a click', async () => {
    const { page } = await openSidebar();
    await page.locator('.issue[data-cell="F9"]').click();
    await page.locator('.issue[data-cell="B3"] .cell').click();
    const selects = (await calls(page)).filter((call) => call.name === 'selectCell');
    expect(selects.map((call) => call.args)).toEqual([
      [BASE, 'F9'],
      [BASE, 'B3'],
    ]);
    await page.close();
  });

  it('«Исправить» sends the cell, the value it was checked with and the fix, then re-checks', async () => {
    const { page } = await openSidebar();
    await page.locator('.issue[data-cell="B3"] .fix').click();
    await page.clock.runFor(10);
    await page.locator('.notice.ok').waitFor();
    const log = await calls(page);
    const fix = log.find((call) => call.name === 'applyFix');
    expect(fix?.args).toEqual([BASE, 'B3', 'Петрoва Мария Ивановна', 'Петрова Мария Ивановна']);
    expect(log.filter((call) => call.name === 'selectCell')).toEqual([]);
    expect(log.filter((call) => call.name === 'sidebarIssues')).toHaveLength(2);
    expect(await page.locator('.notice').textContent()).toBe('Ячейка B3 исправлена.');
    await page.close();
  });

  it('«Исправить всё однотипное» lists the cells and their new values, and changes nothing until confirmed', async () => {
    const { page } = await openSidebar();
    await page.locator('.issue[data-cell="B14"] .fix-all').click();
    await page.clock.runFor(10);
    const panel = page.locator('.issue[data-cell="B14"] .confirm');
    expect(await panel.locator('.confirm-item').allTextContents()).toEqual([
      'B6 → «Иванова Анна Сергеевна»',
      'B14 → «Смирнова Ольга Николаевна»',
    ]);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('confirm-yes');
    const fixAlls = async () => (await calls(page)).filter((call) => call.name === 'applyFixesOfCode');
    await panel.locator('.cancel').click();
    await page.clock.runFor(10);
    expect(await fixAlls()).toEqual([]);
    expect(await page.locator('.confirm').count()).toBe(0);
    await page.locator('.issue[data-cell="B14"] .fix-all').click();
    await page.locator('.issue[data-cell="B14"] .confirm-yes').click();
    await page.clock.runFor(10);
    await page.locator('.notice.ok').waitFor();
    expect((await fixAlls()).map((call) => call.args)).toEqual([[BASE, 'fio/case']]);
    await page.close();
  });

  it('gives focus back to the list after a fix: the card now in the fixed one’s place', async () => {
    const { page } = await openSidebar();
    await page.locator('.issue[data-cell="B3"] .fix').click();
    await page.clock.runFor(10);
    await page.locator('.notice.ok').waitFor();
    await page.clock.runFor(10);
    const focused = await page.evaluate(() => {
      const node = document.activeElement as HTMLElement | null;
      return { className: node?.className, cell: node?.closest<HTMLElement>('.issue')?.dataset.cell };
    });
    expect(focused).toEqual({ className: 'cell', cell: 'B3' });
    await page.close();
  });

  it('is accessible: the scope toggle is labelled and only the status line is a live region', async () => {
    const { page } = await openSidebar();
    expect(await page.locator('.scopes').getAttribute('aria-label')).toBe('Что проверять');
    const live = await page.evaluate(() =>
      [...document.querySelectorAll('[aria-live], [role="status"], [role="alert"], [role="log"]')].map(
        (node) => node.className,
      ),
    );
    expect(live).toEqual(['status']);
    expect(await page.locator('#app').getAttribute('aria-live')).toBeNull();
    await page.close();
  });

  it('in «Вся таблица» shows one line a sheet with its counts, the current sheet first and open', async () => {
    const { page } = await openSidebar();
    await page.locator('.scope[data-scope="workbook"]').click();
    await page.clock.runFor(10);
    await page.locator('.sheet-group').first().waitFor();
    const requested = (await calls(page))
      .filter((call) => call.name === 'sidebarIssues')
      .map((call) => call.args[0]);
    expect(requested).toEqual(['sheet', 'workbook']);
    expect(await page.locator('.sheet-group .sheet-name').allTextContents()).toEqual([
      BASE,
      `СОШ № 2 ${XSS_IMG}`,
    ]);
    expect(await page.locator('.sheet-group .sheet-counts').allTextContents()).toEqual([
      'ошибки: 2 · предупреждения: 3 · оформление: 2',
      'ошибки: 1',
    ]);
    const open = () =>
      page.locator('.sheet-group').evaluateAll((nodes) => nodes.map((n) => (n as HTMLDetailsElement).open));
    expect(await open()).toEqual([true, false]);
    // The closed sheet's cards are not drawn into view until it is opened.
    expect(await page.locator('.issue[data-cell="E7"]').isVisible()).toBe(false);
    // By the keyboard: Tab to the line, Enter opens it.
    await page.locator('.sheet-group').nth(1).locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await open()).toEqual([true, true]);
    expect(await page.locator('.issue[data-cell="E7"] .value').textContent()).toBe('В ячейке: «12,5»');
    expect(await page.locator('.scope[data-scope="workbook"]').getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  it('lists the fill status of every school in «Вся таблица», schools without data marked, and saves a screenshot', async () => {
    const { page } = await openSidebar();
    expect(await page.locator('.fill').count()).toBe(0);
    await page.locator('.scope[data-scope="workbook"]').click();
    await page.clock.runFor(10);
    await page.locator('.fill').waitFor();
    expect(await page.locator('.fill .group-title').textContent()).toBe('Заполнение по ОО');
    // Closed, the line still says whom to call; opened by a click, it lists every school.
    expect(await page.locator('.fill .school').first().isVisible()).toBe(false);
    await page.locator('.fill summary').click();
    await page.locator('.fill .school').first().waitFor();
    expect(await page.locator('.fill-missing').textContent()).toBe('Не представлены данные: 2 ОО');
    expect(await page.locator('.school.missing .school-name').allTextContents()).toEqual([
      'МБОУ «Гимназия № 2»',
      'МКОУ «Ивановская ООШ»',
    ]);
    expect(await page.locator('.school-facts').allTextContents()).toEqual([
      'нет листа · обязательные значения: 0 из 30',
      'лист «СОШ № 1» · обязательные значения: 30 из 30 · предупреждения: 1',
      `лист «СОШ № 2 ${XSS_IMG}» · обязательные значения: 28 из 30 · ошибки: 1`,
      'лист «Ивановская» · обязательные значения: 0 из 30 · ошибки: 30',
    ]);
    expect(await page.locator('.school.missing .school-status').allTextContents()).toEqual([
      'Не представлены данные',
      'Не представлены данные',
    ]);
    expect(await page.locator('.fill img').count()).toBe(0);
    await page.screenshot({
      path: 'docs/images/sidebar-fill.png',
      clip: { x: 0, y: 0, width: 300, height: 420 },
    });
    await page.close();
  });

  it('re-checks by itself when the server’s change stamp moves, and not before', async () => {
    const { page } = await openSidebar();
    await page.clock.runFor(11_000);
    const count = async () => (await calls(page)).filter((call) => call.name === 'sidebarIssues').length;
    expect(await count()).toBe(1);
    expect((await calls(page)).some((call) => call.name === 'sidebarChangeStamp')).toBe(true);
    await page.evaluate(() => {
      (window as unknown as { __stamp: string }).__stamp = 'stamp-2';
    });
    await page.clock.runFor(6000);
    expect(await count()).toBe(2);
    // The sheet changed: edits may have come faster than onEdit runs, so its marks catch up.
    expect((await calls(page)).filter((call) => call.name === 'sidebarCatchUpMarks')).toHaveLength(1);
    await page.close();
  });

  it('sends the school list of the last whole-workbook check with each check of the sheet', async () => {
    const { page } = await openSidebar();
    const issueCalls = async () => (await calls(page)).filter((call) => call.name === 'sidebarIssues');
    expect((await issueCalls())[0].args).toEqual(['sheet', null]);
    await page.locator('.scope[data-scope="workbook"]').click();
    await page.clock.runFor(10);
    await page.locator('.scope[data-scope="sheet"]').click();
    await page.clock.runFor(10);
    const sent = await issueCalls();
    expect(sent.map((call) => call.args)).toEqual([
      ['sheet', null],
      ['workbook', null],
      ['sheet', WORKBOOK_PAYLOAD.context],
    ]);
    expect(await page.locator('.partial').count()).toBe(1);
    await page.close();
  });

  it('shows the server’s refusal as an error notice and keeps the last list', async () => {
    const message = 'Ошибка: панель проверки передала неизвестную область проверки, команда не выполнена.';
    const { page } = await openSidebar({ ok: false, message });
    await page.locator('.scope[data-scope="workbook"]').click();
    await page.clock.runFor(10);
    await page.locator('.notice.error').waitFor();
    expect(await page.locator('.notice .notice-text').textContent()).toBe(message);
    // «Повторить» checks again, and a check that goes through takes the notice away.
    expect(await page.locator('.notice .retry').count()).toBe(1);
    expect(await page.locator('.loading').count()).toBe(0);
    expect(await page.locator('.issue').count()).toBe(SHEET_ISSUES.length);
    await page.locator('.scope[data-scope="sheet"]').click();
    await page.clock.runFor(10);
    expect(await page.locator('.notice.error').count()).toBe(0);
    await page.close();
  });

  it('on a sheet it does not check, says so and why — never that the data is correct', async () => {
    const notChecked: IssuesPayload = {
      ...SHEET_PAYLOAD,
      activeSheet: 'Инструкция',
      issues: [],
      counts: { error: 0, warning: 0, info: 0 },
      recognised: false,
    };
    const { page } = await openSidebar(WORKBOOK_PAYLOAD, notChecked, '.empty');
    const text = await page.locator('#app').innerText();
    expect(await page.locator('.empty').textContent()).toBe(
      'Лист «Инструкция» не проверяется: это не «База наставников», не лист мониторинга ОО и не «Показатели» (строка заголовка не найдена).',
    );
    expect(text).not.toMatch(/не найдено|заполнены верно|проверено/);
    expect(await page.locator('.chip').count()).toBe(0);
    await page.close();
  });

  it('on a failed call says in Russian what happened and what to do, Google’s text behind «Подробности»; a later check clears it', async () => {
    const { page } = await openSidebar();
    await page.evaluate(() => {
      (window as unknown as { __fail: string }).__fail =
        'Exception: Service Spreadsheets timed out while accessing document with id 1abc.';
    });
    await page.locator('.refresh').click();
    await page.clock.runFor(10);
    await page.locator('.notice.error').waitFor();
    expect(await page.locator('.notice .notice-text').textContent()).toBe(
      'Команда не выполнена: сервис Google не ответил вовремя. Что сделать: повторите команду через несколько минут.',
    );
    const details = page.locator('.notice details.details');
    expect(await details.evaluate((node) => (node as HTMLDetailsElement).open)).toBe(false);
    expect(await details.locator('summary').textContent()).toBe('Подробности');
    expect(await details.locator('.details-text').textContent()).toBe(
      'Service Spreadsheets timed out while accessing document with id 1abc.',
    );
    expect(await page.locator('.status').textContent()).toBe('Список не обновлён: команда не выполнена.');
    expect(await page.locator('.issue').count()).toBe(SHEET_ISSUES.length);
    await page.evaluate(() => {
      (window as unknown as { __fail: null }).__fail = null;
    });
    await page.locator('.notice .retry').click();
    await page.clock.runFor(10);
    expect(await page.locator('.notice.error').count()).toBe(0);
    expect(await page.locator('.status').textContent()).toBe('Лист «База наставников» · проверено в 14:05');
    await page.close();
  });

  it('a failure of no known kind (a lost connection) asks to retry and still keeps the text as a detail', async () => {
    const { page } = await openSidebar();
    await page.evaluate(() => {
      (window as unknown as { __fail: string }).__fail = 'NetworkError: Connection failure due to HTTP 0';
    });
    await page.locator('.refresh').click();
    await page.clock.runFor(10);
    await page.locator('.notice.error').waitFor();
    expect(await page.locator('.notice .notice-text').textContent()).toBe(
      'Не удалось связаться с таблицей или выполнить команду. Что сделать: нажмите «Повторить».',
    );
    expect(await page.locator('.notice .details-text').textContent()).toBe(
      'NetworkError: Connection failure due to HTTP 0.',
    );
    await page.close();
  });

  it('shows HTML in users’ text as text: nothing runs, no element is created', async () => {
    const { page, dialogs } = await openSidebar();
    await page.locator('.scope[data-scope="workbook"]').click();
    await page.clock.runFor(10);
    await page.locator('.sheet-group').first().waitFor();
    await page.locator('.sheet-group summary').nth(1).click();
    await page.clock.runFor(100);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(await page.locator('#app img, #app script, #app svg').count()).toBe(0);
    const message = await page.locator('.issue[data-cell="G40"] .message').textContent();
    expect(message).toContain(XSS_IMG);
    expect(await page.locator('.issue[data-cell="G40"] .hint').textContent()).toContain(XSS_SCRIPT);
    await page.close();
  });
});
