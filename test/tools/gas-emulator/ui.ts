/**
 * SpreadsheetApp.getUi(): menus, alerts, prompts, sidebars and dialogs, all recorded for tests.
 * Alerts and prompts answer from responses queued by the test; with none queued an alert
 * answers the first button of its set (OK, or YES for YES_NO…) and a prompt answers OK with ''.
 * Adding a menu whose title is already on the bar replaces it (onOpen may run more than once).
 */
import { service, type Env } from './env';
import type { HtmlOutput } from './html';

export const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

export type MenuEntry =
  | { type: 'item'; caption: string; functionName: string }
  | { type: 'separator' }
  | { type: 'submenu'; title: string; items: MenuEntry[] };

export interface MenuRecord {
  title: string;
  /** True for createAddonMenu() (shown under Extensions with the add-on's name). */
  addon: boolean;
  items: MenuEntry[];
}

export interface HtmlRecord {
  kind: 'sidebar' | 'modal' | 'modeless';
  content: string;
  title: string;
  width: number | null;
  height: number | null;
}

export interface AlertRecord {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: string;
  response: string;
  text?: string;
}

export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export interface UiRecord {
  menus: MenuRecord[];
  sidebars: HtmlRecord[];
  dialogs: HtmlRecord[];
  alerts: AlertRecord[];
  toasts: ToastRecord[];
  alertResponses: string[];
  promptResponses: { button: string; text: string }[];
}

export function newUiRecord(): UiRecord {
  return {
    menus: [],
    sidebars: [],
    dialogs: [],
    alerts: [],
    toasts: [],
    alertResponses: [],
    promptResponses: [],
  };
}

export class Menu {
  private readonly _items: MenuEntry[] = [];

  constructor(
    private readonly _record: UiRecord,
    private readonly _title: string,
    private readonly _addon: boolean,
  ) {}

  addItem(caption: string, functionName: string): this {
    this._items.push({ type: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }

  addSeparator(): this {
    this._items.push({ type: 'separator' });
    return this;
  }

  addSubMenu(menu: Menu): this {
    this._items.push({ type: 'submenu', title: menu._titleOf(), items: menu._entries() });
    return this;
  }

  addToUi(): void {
    const record: MenuRecord = { title: this._title, addon: this._addon, items: this._entries() };
    const index = this._record.menus.findIndex((m) => m.title === record.title && m.addon === record.addon);
    if (index >= 0) this._record.menus[index] = record;
    else this._record.menus.push(record);
  }

  _titleOf(): string {
    return this._title;
  }
  _entries(): MenuEntry[] {
    return structuredClone(this._items);
  }
}

const FIRST_BUTTON: Record<string, string> = {
  OK: 'OK',
  OK_CANCEL: 'OK',
  YES_NO: 'YES',
  YES_NO_CANCEL: 'YES',
};

export class PromptResponse {
  constructor(
    private readonly _button: string,
    private readonly _text: string,
  ) {}

  getResponseText(): string {
    return this._text;
  }
  getSelectedButton(): string {
    return this._button;
  }
}

export class Ui {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    private readonly _env: Env,
    private readonly _record: UiRecord,
  ) {}

  createMenu(caption: string): Menu {
    return service(this._env, 'Menu', new Menu(this._record, String(caption), false));
  }

  createAddonMenu(): Menu {
    return service(this._env, 'Menu', new Menu(this._record, '', true));
  }

  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). */
  alert(a: unknown, b?: unknown, c?: unknown): string {
    const [title, prompt, buttons] =
      c !== undefined
        ? [String(a), String(b), String(c)]
        : b !== undefined
          ? ['', String(a), String(b)]
          : ['', String(a), ButtonSet.OK];
    const response = this._record.alertResponses.shift() ?? FIRST_BUTTON[buttons] ?? Button.OK;
    this._record.alerts.push({ kind: 'alert', title, prompt, buttons, response });
    return response;
  }

  /** prompt(prompt), prompt(prompt, buttons), prompt(title, prompt, buttons). */
  prompt(a: unknown, b?: unknown, c?: unknown): PromptResponse {
    const [title, prompt, buttons] =
      c !== undefined
        ? [String(a), String(b), String(c)]
        : b !== undefined
          ? ['', String(a), String(b)]
          : ['', String(a), ButtonSet.OK];
    const queued = this._record.promptResponses.shift() ?? {
      button: FIRST_BUTTON[buttons] ?? Button.OK,
      text: '',
    };
    this._record.alerts.push({
      kind: 'prompt',
      title,
      prompt,
      buttons,
      response: queued.button,
      text: queued.text,
    });
    return service(this._env, 'PromptResponse', new PromptResponse(queued.button, queued.text));
  }

  showSidebar(html: HtmlOutput): void {
    this._record.sidebars.push(html._snapshot('sidebar', null));
  }

  showModalDialog(html: HtmlOutput, title: string): void {
    this._record.dialogs.push(html._snapshot('modal', String(title)));
  }

  showModelessDialog(html: HtmlOutput, title: string): void {
    this._record.dialogs.push(html._snapshot('modeless', String(title)));
  }
}

export function newUi(env: Env, record: UiRecord): Ui {
  return service(env, 'Ui', new Ui(env, record));
}
