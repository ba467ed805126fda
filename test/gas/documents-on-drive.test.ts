/**
 * «Создать справку и письма» run more than once, and stopped part-way (docs/decisions.md,
 * «Documents on Drive» and «Documents through Drive»): a second run for the same period leaves
 * documents that hold the same as they are and rewrites the others in place; a run stopped by a
 * failing call, Google's daily limit or the time of one run says in Russian which documents are
 * ready (with links) and how many are left, and the next run makes the rest without copies.
 * Google's behaviours relied on are cited in documents-google.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { deleteForever, moveToTrash, type Emulator, type FailureSelector } from '../tools/gas-emulator';
import { docSnapshot, docText } from './document-state';
import { seedMunicipality, start } from './municipality';

const NAMES = [
  'Аналитическая справка — Усть-Ишимский муниципальный район, 2025/2026 учебный год',
  'Аналитическая справка для публикации — Усть-Ишимский муниципальный район, 2025/2026 учебный год',
  'Адресные рекомендации — Усть-Ишимский муниципальный район, 2025/2026 учебный год',
];

function seedParameters(emulator: Emulator, period = '2025/2026 учебный год', basis = 'приказ № 245'): void {
  emulator.seedSheet('Параметры', [
    ['Параметр', 'Значение'],
    ['Муниципалитет', 'Усть-Ишимский муниципальный район'],
    ['Период', period],
    ['Основание', basis],
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
const link = (id: string) => `https://docs.google.com/document/d/${id}/edit?usp=drivesdk`;
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

/** The period's three documents are there once each, each as a fresh run makes it. */
function expectComplete(emulator: Emulator, context: string): void {
  expect(names(emulator).sort(), context).toEqual([...NAMES].sort());
  for (const document of emulator.documents)
    expect(docSnapshot(document), `${context}: ${document.getName()}`).toEqual(
      fresh()[NAMES.indexOf(document.getName())],
    );
}

describe('«Создать справку и письма» run again', () => {
  it('leaves the three documents as they are when they would hold the same: no conversion, no copies, the same links', () => {
    const { emulator, bundle } = setUp();
    bundle.call('menuCreateDocuments');
    const first = ids(emulator);
    emulator.resetCalls();
    bundle.call('menuCreateDocuments');

    const calls = emulator.calls();
    expect(calls['Drive.Files.create']).toBeUndefined();
    expect(calls['Drive.Files.update']).toBeUndefined();
    expect(calls['Drive.Files.get']).toBe(3);
    expect(ids(emulator)).toEqual(first);
    expectComplete(emulator, 'second run');
    const dialog = emulator.ui.dialogs.at(-1)!.content;
    expect(dialog).toContain('Оставлено без изменений документов, готовых с прошлого запуска: 3.');
    for (const id of first) expect(dialog).toContain(`href="${link(id)}"`);
    expect(emulator.ui.alerts).toEqual([]);
  });

  it('rewrites the documents in place when the data changed: the same ids and links, the new content', () => {
    const { emulator, bundle } = setUp();
    bundle.call('menuCreateDocuments');
    const first = ids(emulator);
    seedParameters(emulator, '2025/2026 учебный год', 'приказ № 300');
    emulator.resetCalls();
    bundle.call('menuCreateDocuments');
    expect(emulator.calls()['Drive.Files.update']).toBe(3);
    expect(emulator.calls()['Drive.Files.create']).toBeUndefined();
    expect(ids(emulator)).toEqual(first);
    expect(names(emulator)).toEqual(NAMES);
    expect(docText(emulator.documents[0])).toContain('Основание: приказ № 300');
    expect(emulator.ui.dialogs.at(-1)!.content).toContain(
      'Перезаписано документов этого периода: 3 — их прежнее содержимое заменено.',
    );
  });

  it('makes again a document deleted for good, and leaves the others', () => {
    const { emulator, bundle } = setUp();
    bundle.call('menuCreateDocuments');
    const [report, published, letters] = ids(emulator);
    deleteForever(emulator, letters);
    emulator.resetCalls();
    bundle.call('menuCreateDocuments');
    expect(emulator.calls()['Drive.Files.create']).toBe(1);
    expect(ids(emulator).slice(0, 2)).toEqual([report, published]);
    expect(ids(emulator)[2]).not.toBe(letters);
    expectComplete(emulator, 'after a deletion');
    expect(emulator.ui.dialogs.at(-1)!.content).toContain(
      'Создано документов: 1. Оставлено без изменений документов, готовых с прошлого запуска: 2.',
    );
  });

  it('keeps a document moved to the Trash where it is, and rewrites it there when the data changed', () => {
    const { emulator, bundle } = setUp();
    bundle.call('menuCreateDocuments');
    const first = ids(emulator);
    moveToTrash(emulator, first[0]);
    bundle.call('menuCreateDocuments');
    seedParameters(emulator, '2025/2026 учебный год', 'приказ № 300');
    bundle.call('menuCreateDocuments');
    expect(ids(emulator)).toEqual(first);
    expect(emulator.documents[0]._trashed).toBe(true);
    expect(docText(emulator.documents[0])).toContain('Основание: приказ № 300');
  });

  it('keeps the documents of another period and makes only this period’s', () => {
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

/** The alert of a stopped run: Russian, the ready documents with their links, what is left and what to do. */
function expectAlertTells(emulator: Emulator, context: string): void {
  const alert = lastAlert(emulator);
  expect(alert, context).toMatch(/^Справка и письма (не )?сформированы/);
  expect(alert, context).toMatch(
    /\n\nОсталось сформировать документов: [1-3]\.\n\nЧто сделать: запустите команду/,
  );
  expect(alert, context).not.toMatch(/^(Exception|Error|Service|API)/);
  const ready = alert.match(/https:\/\/docs\.google\.com\/document\/d\/[\w-]+\/edit\?usp=drivesdk/g) ?? [];
  for (const url of ready)
    expect(emulator.documents.map((document) => link(document.getId()))).toContain(url);
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
    for (const document of emulator.documents) expect(alert, call).toContain(link(document.getId()));
  } else if (alert.startsWith('Справка')) expectAlertTells(emulator, call);
  // Whatever was made is complete: a conversion makes a whole document or none.
  for (const document of emulator.documents)
    expect(docSnapshot(document), call).toEqual(fresh()[NAMES.indexOf(document.getName())]);

  emulator.ui.alerts.length = 0;
  bundle.call('menuCreateDocuments');
  expect(emulator.ui.alerts, `${call}: the next run`).toEqual([]);
  expectComplete(emulator, `${call}: the next run`);
}

describe('«Создать справку и письма» stopped by a failing call', () => {
  it('at every write in turn: a Russian alert names the ready documents, and the next run makes the rest without copies', () => {
    const total = (() => {
      const { emulator, bundle } = setUp();
      emulator.resetCalls();
      bundle.call('menuCreateDocuments');
      return emulator.callSummary();
    })();
    expect(total.writes).toBeGreaterThan(20);
    for (let k = 1; k <= total.writes; k++)
      failThenRerun({ write: k, kind: k % 2 === 0 ? 'timedOut' : 'failed' }, `write ${k}`);
  }, 300_000);

  const DRIVE_CALLS: readonly [string, number][] = [
    ['Drive.Files.create', 1],
    ['Drive.Files.create', 3],
    ['Drive.Files.list', 2],
    ['Utilities.newBlob', 2],
    ['Properties.getProperty', 3],
    ['Properties.setProperty', 1],
    ['Properties.setProperty', 3],
  ];
  it.each(DRIVE_CALLS)('at %s number %i', (method, nth) => {
    failThenRerun(
      { method, nth, message: 'API call to drive.files.create failed with error: Internal Error' },
      `${method} ${nth}`,
    );
  });

  it('lists the ready documents with links, counts the rest, and keeps Google’s words only as the details', () => {
    const { emulator, bundle } = setUp();
    emulator.failAt({ method: 'Drive.Files.create', nth: 3, kind: 'timedOut' });
    bundle.call('menuCreateDocuments');
    const [report, published] = ids(emulator);
    expect(emulator.documents).toHaveLength(2);
    expect(lastAlert(emulator)).toBe(
      'Справка и письма сформированы не полностью: сервис Google не ответил вовремя.\n\n' +
        'Готовые документы:\n' +
        `«${NAMES[0]}»: ${link(report)}\n` +
        `«${NAMES[1]}»: ${link(published)}\n\n` +
        'Осталось сформировать документов: 1.\n\n' +
        'Что сделать: запустите команду ещё раз. Готовые документы останутся как есть, будут сформированы остальные, новых копий не появится.\n\n' +
        `Подробности: Service Spreadsheets timed out while accessing document with id ${emulator.spreadsheet.getId()}.`,
    );
  });

  it('finds a document made by a run Google stopped before its id was stored, instead of making a copy', () => {
    const { emulator, bundle } = setUp();
    emulator.failAt({ method: 'Properties.setProperty', nth: 2, message: 'Exceeded maximum execution time' });
    bundle.call('menuCreateDocuments');
    expect(emulator.documents).toHaveLength(2);
    emulator.resetCalls();
    bundle.call('menuCreateDocuments');
    expect(emulator.calls()['Drive.Files.update']).toBe(1);
    expect(emulator.calls()['Drive.Files.create']).toBe(1);
    expectComplete(emulator, 'after a lost id');
  });
});

describe('«Создать справку и письма» at Google’s limits', () => {
  it('stops at the daily limit of created documents with the ready ones listed, and the next day makes the rest', () => {
    const { emulator, bundle } = setUp();
    emulator.driveQuota.documentsCreated = 248;
    bundle.call('menuCreateDocuments');
    expect(emulator.documents).toHaveLength(2);
    const alert = lastAlert(emulator);
    expect(alert).toMatch(
      /^Справка и письма сформированы не полностью: исчерпан дневной лимит Google на создание документов\./,
    );
    expect(alert).toContain(`«${NAMES[1]}»: ${link(emulator.documents[1].getId())}`);
    expect(alert).toContain(
      'Осталось сформировать документов: 1.\n\nЧто сделать: запустите команду через сутки.',
    );
    expect(alert).toContain('Подробности: Service invoked too many times for one day: docs create.');

    emulator.driveQuota.documentsCreated = 0;
    emulator.ui.alerts.length = 0;
    emulator.resetCalls();
    bundle.call('menuCreateDocuments');
    expect(emulator.calls()['Drive.Files.create']).toBe(1);
    expect(emulator.ui.alerts).toEqual([]);
    expectComplete(emulator, 'the next day');
  });

  it('begins no document once four of the six minutes are spent, and the next run makes the rest', () => {
    const { emulator, bundle } = start({ latency: { methodMs: { 'Drive.Files.create': 100_000 } } });
    seedMunicipality(emulator, 60);
    seedParameters(emulator);
    emulator.resetCalls();
    bundle.call('menuCreateDocuments');
    // The reports and the first 50 letters, then the time is nearly up: the last part waits.
    expect(emulator.documents).toHaveLength(3);
    expect(emulator.elapsedMs()).toBeLessThan(6 * 60 * 1000);
    const alert = lastAlert(emulator);
    expect(alert).toMatch(
      /^Справка и письма сформированы не полностью: время одного запуска подходит к концу \(Google отводит команде не более шести минут\)\./,
    );
    expect(alert).toContain('Осталось сформировать документов: 1.');
    expect(alert).not.toContain('Подробности');

    emulator.ui.alerts.length = 0;
    emulator.resetCalls();
    bundle.call('menuCreateDocuments');
    expect(emulator.ui.alerts).toEqual([]);
    expect(emulator.calls()['Drive.Files.create']).toBe(1);
    expect(emulator.documents).toHaveLength(4);
    expect(names(emulator).slice(2)).toEqual([`${NAMES[2]} (часть 1 из 2)`, `${NAMES[2]} (часть 2 из 2)`]);
  }, 120_000);
});
