/**
 * «Создать справку и письма» run more than once, and stopped part-way (docs/decisions.md,
 * «Documents on Drive»): a second run for the same period rewrites the same documents, a run that
 * fails says in Russian which documents are ready and which one is not, and leaves no unnamed or
 * empty document behind. Google's behaviours relied on are cited in documents-google.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { deleteForever, moveToTrash, type Emulator, type FailureSelector } from '../tools/gas-emulator';
import { docSnapshot, sections } from './document-state';
import { seedMunicipality, start } from './municipality';

const NAMES = [
  'Аналитическая справка — Усть-Ишимский муниципальный район, 2025/2026 учебный год',
  'Аналитическая справка для публикации — Усть-Ишимский муниципальный район, 2025/2026 учебный год',
  'Адресные рекомендации — Усть-Ишимский муниципальный район, 2025/2026 учебный год',
];
const UNFINISHED = / \(не завершён\)$/;

function seedParameters(emulator: Emulator, period = '2025/2026 учебный год'): void {
  emulator.seedSheet('Параметры', [
    ['Параметр', 'Значение'],
    ['Муниципалитет', 'Усть-Ишимский муниципальный район'],
    ['Период', period],
    ['ФИО подписывающего', 'М. А. Черкасова'],
  ]);
}

function setUp(schools = 2) {
  const setup = start();
  seedMunicipality(setup.emulator, schools);
  seedParameters(setup.emulator);
  return setup;
}

const names = (emulator: Emulator) => emulator.documents.map((document) => document.getName());
const ids = (emulator: Emulator) => emulator.documents.map((document) => document.getId());
const lastAlert = (emulator: Emulator) => emulator.ui.alerts.at(-1)?.prompt ?? '';

/** The three documents of a run nothing stopped, as a reader sees them. */
const fresh = (() => {
  let made: unknown[] | null = null;
  return (): unknown[] => {
    if (made === null) {
      const { emulator, bundle } = setUp();
      bundle.call('menuCreateDocuments');
      made = emulator.documents.map(docSnapshot);
    }
    return made;
  };
})();

/** The period's three documents are there once each, complete, each as a fresh run draws it. */
function expectComplete(emulator: Emulator, context: string): void {
  const finals = emulator.documents.filter((document) => !UNFINISHED.test(document.getName()));
  expect(finals.map((document) => document.getName()).sort(), context).toEqual([...NAMES].sort());
  for (const document of finals) {
    expect(docSnapshot(document), `${context}: ${document.getName()}`).toEqual(
      fresh()[NAMES.indexOf(document.getName())],
    );
  }
}

describe('«Создать справку и письма» run again', () => {
  it('rewrites the same three documents: no copies, the same ids, the content of a fresh run', () => {
    const { emulator, bundle } = setUp();
    bundle.call('menuCreateDocuments');
    const first = ids(emulator);
    expect(names(emulator)).toEqual(NAMES);
    emulator.resetCalls();
    bundle.call('menuCreateDocuments');

    expect(emulator.calls()['DocumentApp.create']).toBeUndefined();
    expect(emulator.calls()['DocumentApp.openById']).toBe(3);
    expect(emulator.calls()['Body.clear']).toBe(3);
    expect(ids(emulator)).toEqual(first);
    expectComplete(emulator, 'second run');
    expect(emulator.documents.every((document) => document._isClosed())).toBe(true);
    const dialog = emulator.ui.dialogs.at(-1)!.content;
    expect(dialog).toContain('Перезаписано документов этого периода: 3 — их прежнее содержимое заменено.');
    expect(dialog).not.toContain('Создано документов');
    for (const document of emulator.documents) expect(dialog).toContain(`href="${document.getUrl()}"`);
    expect(emulator.ui.alerts).toEqual([]);
  });

  it('makes again a document deleted for good, and rewrites the others', () => {
    const { emulator, bundle } = setUp();
    bundle.call('menuCreateDocuments');
    const [report, published, letters] = ids(emulator);
    deleteForever(emulator, letters);
    emulator.resetCalls();
    bundle.call('menuCreateDocuments');
    expect(emulator.calls()['DocumentApp.create']).toBe(1);
    expect(ids(emulator).slice(0, 2)).toEqual([report, published]);
    expect(ids(emulator)[2]).not.toBe(letters);
    expectComplete(emulator, 'after a deletion');
    expect(emulator.ui.dialogs.at(-1)!.content).toContain(
      'Создано документов: 1. Перезаписано документов этого периода: 2',
    );
  });

  it('rewrites a document moved to the Trash where it is, since Google still opens it by id', () => {
    const { emulator, bundle } = setUp();
    bundle.call('menuCreateDocuments');
    const first = ids(emulator);
    moveToTrash(emulator, first[0]);
    bundle.call('menuCreateDocuments');
    expect(ids(emulator)).toEqual(first);
    expect(emulator.documents[0]._trashed).toBe(true);
    expectComplete(emulator, 'after the Trash');
  });

  it('keeps the documents of another period and rewrites only this period’s', () => {
    const { emulator, bundle } = setUp();
    bundle.call('menuCreateDocuments');
    const previous = emulator.documents.map(docSnapshot);
    seedParameters(emulator, '2026/2027 учебный год');
    bundle.call('menuCreateDocuments');
    bundle.call('menuCreateDocuments');
    expect(emulator.documents).toHaveLength(6);
    expect(emulator.documents.slice(0, 3).map(docSnapshot)).toEqual(previous);
    expect(names(emulator).slice(3)).toEqual(NAMES.map((name) => name.replace('2025/2026', '2026/2027')));
  });

  it('gives another coordinator running it documents of their own, and leaves the first one’s as they are', () => {
    const { emulator, bundle } = setUp();
    bundle.call('menuCreateDocuments');
    const first = emulator.documents.map(docSnapshot);
    emulator.actAs('zamestitel@edu.example.ru');
    bundle.call('menuCreateDocuments');
    bundle.call('menuCreateDocuments');
    expect(emulator.documents).toHaveLength(6);
    expect(emulator.documents.slice(0, 3).map(docSnapshot)).toEqual(first);
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The documents named in the alert: ready ones with their links, the unfinished one marked. */
function expectAlertTells(emulator: Emulator, context: string): void {
  const alert = lastAlert(emulator);
  expect(alert, context).toMatch(/^Справка и письма (не )?сформированы/);
  expect(alert, context).toMatch(/\n\nЧто сделать: запустите команду ещё раз\./);
  expect(alert, context).toMatch(/\n\nПодробности: Service \w+ (failed|timed out) while accessing/);
  expect(alert, context).not.toMatch(/^(Exception|Error|Service)/);
  for (const document of emulator.documents) {
    const named = `«${document.getName().replace(/«/g, '„').replace(/»/g, '“')}»`;
    if (UNFINISHED.test(document.getName()))
      expect(alert, context).toMatch(
        new RegExp(`Не дописан документ ${escape(named)}(: ${escape(document.getUrl())})?\n`),
      );
    else expect(alert, context).toContain(`${named}: ${document.getUrl()}`);
  }
}

/** Fails the run at `selector`, then runs it again; everything the two runs leave is checked. */
function failThenRerun(selector: FailureSelector, context: string): void {
  const { emulator, bundle } = setUp();
  const failure = emulator.failAt(selector);
  bundle.call('menuCreateDocuments');
  expect(failure.fired, context).toBe(true);
  const call = `${context} (${failure.call})`;
  const alert = lastAlert(emulator);
  if (emulator.ui.dialogs.length === 0 && /^(HtmlService|HtmlOutput|Ui)\./.test(failure.call!)) {
    // Google failed to show the dialog of a complete run: its links come in an alert.
    expect(alert, call).toMatch(/^Документы Google на вашем Диске готовы/);
    for (const document of emulator.documents) expect(alert, call).toContain(document.getUrl());
  } else if (emulator.documents.length > 0 || alert.startsWith('Справка')) {
    expectAlertTells(emulator, call);
  }
  // No document is left empty or unnamed: each is complete, or says it is not.
  for (const document of emulator.documents) {
    expect(document.getName(), call).not.toBe('');
    if (!UNFINISHED.test(document.getName()))
      expect(docSnapshot(document), call).toEqual(fresh()[NAMES.indexOf(document.getName())]);
  }
  const leftOver = lastAlert(emulator).includes('этот документ можно удалить') ? 1 : 0;

  emulator.ui.alerts.length = 0;
  bundle.call('menuCreateDocuments');
  expect(emulator.ui.alerts, `${call}: the next run`).toEqual([]);
  expectComplete(emulator, `${call}: the next run`);
  // The documents of the failed run are the ones rewritten, save one never recorded, left so named.
  expect(emulator.documents, `${call}: the next run`).toHaveLength(3 + leftOver);
  expect(
    names(emulator).filter((name) => UNFINISHED.test(name)),
    call,
  ).toHaveLength(leftOver);
}

describe('«Создать справку и письма» stopped by a failing call', () => {
  it('at every third write: a Russian alert names the ready and the unfinished documents, and the next run completes them without copies', () => {
    const writes = (() => {
      const { emulator, bundle } = setUp();
      return emulator.countWrites(() => bundle.call('menuCreateDocuments'));
    })();
    expect(writes).toBeGreaterThan(100);
    for (let k = 1; k <= writes; k += 3)
      failThenRerun({ write: k, kind: k % 2 === 0 ? 'timedOut' : 'failed' }, `write ${k}`);
  }, 300_000);

  const DOCUMENT_CALLS: readonly [string, number][] = [
    ['DocumentApp.create', 1],
    ['DocumentApp.create', 3],
    ['Document.getUrl', 2],
    ['Document.getId', 3],
    ['Document.getBody', 2],
    ['Properties.setProperty', 3],
    ['Body.appendParagraph', 5],
    ['Body.appendTable', 2],
    ['Document.setName', 2],
    ['Document.saveAndClose', 1],
    ['Document.saveAndClose', 3],
  ];
  it.each(DOCUMENT_CALLS)('at %s number %i, reads included', (method, nth) => {
    failThenRerun(
      { method, nth, message: 'Service Documents failed while accessing document with id 1docEmulated.' },
      `${method} ${nth}`,
    );
  });

  it('lists the ready documents with links and the unfinished one, and keeps Google’s words only as the details', () => {
    const { emulator, bundle } = setUp();
    emulator.failAt({ method: 'Document.saveAndClose', nth: 3, kind: 'timedOut' });
    bundle.call('menuCreateDocuments');
    const [report, published, letters] = emulator.documents;
    expect(lastAlert(emulator)).toBe(
      'Справка и письма сформированы не полностью: сервис Google не ответил вовремя.\n\n' +
        'Готовые документы:\n' +
        `«${NAMES[0]}»: ${report.getUrl()}\n` +
        `«${NAMES[1]}»: ${published.getUrl()}\n\n` +
        `Не дописан документ «${NAMES[2]}»: ${letters.getUrl()}\n` +
        'Следующий запуск команды перезапишет его.\n\n' +
        'Что сделать: запустите команду ещё раз. Документы этого периода будут перезаписаны, новых копий не появится.\n\n' +
        `Подробности: Service Spreadsheets timed out while accessing document with id ${emulator.spreadsheet.getId()}.`,
    );
  });

  it('marks a document unfinished before drawing it, so a run Google stops outright (the 6-minute limit) leaves it so named', () => {
    const { emulator, bundle } = setUp();
    bundle.call('menuCreateDocuments');
    // The time limit ends the script where it is: no catch runs, nothing is renamed afterwards.
    emulator.failAt({ method: 'Body.appendTable', nth: 1, message: 'Exceeded maximum execution time' });
    bundle.call('menuCreateDocuments');
    expect(names(emulator)[0]).toBe(`${NAMES[0]} (не завершён)`);
    expect(lastAlert(emulator)).toMatch(/^Справка и письма сформированы не полностью: закончилось время/);
  });

  it('stops without a copy when Google fails to open a previous document, and the next run rewrites it', () => {
    const { emulator, bundle } = setUp();
    bundle.call('menuCreateDocuments');
    const first = ids(emulator);
    emulator.failAt({
      method: 'DocumentApp.openById',
      nth: 2,
      message: `Service Documents timed out while accessing document with id ${first[1]}.`,
    });
    bundle.call('menuCreateDocuments');
    expect(ids(emulator)).toEqual(first);
    expect(names(emulator)).toEqual(NAMES);
    expect(lastAlert(emulator)).toMatch(
      /^Справка и письма сформированы не полностью: сервис Google не ответил вовремя/,
    );
    bundle.call('menuCreateDocuments');
    expect(ids(emulator)).toEqual(first);
    expectComplete(emulator, 'after a failed openById');
  });
});

describe('letters past the size of one Google Doc', () => {
  it('go into parts, whole letters each, every part within 1 020 000 characters', () => {
    const { emulator, bundle } = start();
    seedMunicipality(emulator, 360);
    seedParameters(emulator);
    bundle.call('menuCreateDocuments');
    expect(emulator.ui.alerts).toEqual([]);
    expect(names(emulator).slice(2)).toEqual([`${NAMES[2]} (часть 1 из 2)`, `${NAMES[2]} (часть 2 из 2)`]);
    const [first, second] = emulator.documents.slice(2);
    expect(sections(first).length + sections(second).length).toBe(360);
    for (const part of [first, second]) {
      expect(part._body.getText().length).toBeLessThanOrEqual(1_020_000);
      for (const letter of sections(part))
        expect(letter).toMatch(/\nАдресные рекомендации — МБОУ «СОШ № \d+»\n/);
    }
    expect(emulator.elapsedMs()).toBeLessThan(6 * 60 * 1000);
  }, 120_000);
});
