/**
 * HtmlService: HTML outputs built from strings or from the project's HTML files
 * (createEmulator({ htmlFiles })), and templates with `<?= name ?>` / `<?!= name ?>` printing
 * properties set on the template (the only scriptlets the emulator evaluates).
 */
import { fail, service, type Env } from './env';
import type { HtmlRecord } from './ui';

export const SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
export const XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

export class HtmlOutput {
  private _title = '';
  private _width: number | null = null;
  private _height: number | null = null;
  private _sandboxMode: string = SandboxMode.IFRAME;
  private _xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;
  private readonly _metaTags: { name: string; content: string }[] = [];

  constructor(private _content: string) {}

  _snapshot(kind: HtmlRecord['kind'], title: string | null): HtmlRecord {
    return {
      kind,
      content: this._content,
      title: title ?? this._title,
      width: this._width,
      height: this._height,
    };
  }

  getContent(): string {
    return this._content;
  }

  setContent(content: string): this {
    this._content = String(content);
    return this;
  }

  append(addedContent: string): this {
    this._content += String(addedContent);
    return this;
  }

  clear(): this {
    this._content = '';
    return this;
  }

  setTitle(title: string): this {
    this._title = String(title);
    return this;
  }

  getTitle(): string {
    return this._title;
  }

  setWidth(width: number): this {
    this._width = width;
    return this;
  }

  getWidth(): number | null {
    return this._width;
  }

  setHeight(height: number): this {
    this._height = height;
    return this;
  }

  getHeight(): number | null {
    return this._height;
  }

  setSandboxMode(mode: string): this {
    this._sandboxMode = mode;
    return this;
  }

  getSandboxMode(): string {
    return this._sandboxMode;
  }

  setXFrameOptionsMode(mode: string): this {
    this._xFrameOptionsMode = mode;
    return this;
  }

  getXFrameOptionsMode(): string {
    return this._xFrameOptionsMode;
  }

  addMetaTag(name: string, content: string): this {
    this._metaTags.push({ name, content });
    return this;
  }

  getMetaTags(): { name: string; content: string }[] {
    return this._metaTags.map((t) => ({ ...t }));
  }
}

export class HtmlTemplate {
  [property: string]: unknown;

  constructor(
    private readonly _env: Env,
    private readonly _source: string,
  ) {}

  getRawContent(): string {
    return this._source;
  }

  evaluate(): HtmlOutput {
    const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
    const content = this._source.replace(
      /<\?(!?)=\s*([A-Za-z_$][\w$]*)\s*\?>/g,
      (_all, raw: string, name: string) => {
        const text = String(this[name] ?? '');
        return raw ? text : escape(text);
      },
    );
    if (/<\?/.test(content))
      fail(this._env, 'The emulator only evaluates <?= name ?> and <?!= name ?> scriptlets.');
    return service(this._env, 'HtmlOutput', new HtmlOutput(content));
  }
}

export function createHtmlService(env: Env, files: Record<string, string>) {
  const file = (name: string): string => {
    const bare = String(name).replace(/\.html$/, '');
    const content = files[bare] ?? files[`${bare}.html`];
    if (content === undefined) fail(env, `No HTML file named ${name} was found.`);
    return content;
  };
  return service(env, 'HtmlService', {
    SandboxMode,
    XFrameOptionsMode,
    createHtmlOutput: (html?: unknown): HtmlOutput =>
      service(env, 'HtmlOutput', new HtmlOutput(html === undefined ? '' : String(html))),
    createHtmlOutputFromFile: (name: string): HtmlOutput =>
      service(env, 'HtmlOutput', new HtmlOutput(file(name))),
    createTemplate: (html: string): HtmlTemplate =>
      service(env, 'HtmlTemplate', new HtmlTemplate(env, String(html))),
    createTemplateFromFile: (name: string): HtmlTemplate =>
      service(env, 'HtmlTemplate', new HtmlTemplate(env, file(name))),
  });
}
