import { describe, expect, it } from 'vitest';
import { createProgress, QUIET_FOR_MS } from '../../../src/cli/terminal/progress';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, write: (text: string) => chunks.push(text), isTTY };
}

describe('createProgress', () => {
  it('rewrites one line on a terminal and clears it at the end', () => {
    const out = stream(true);
    const progress = createProgress(out, () => 0);
    progress.step('Чтение книги');
    progress.step('Проверка');
    progress.done();
    expect(out.chunks).toEqual(['\rЧтение книги…\x1b[K', '\rПроверка…\x1b[K', '\r\x1b[K']);
  });

  it('stays silent in a log unless the run takes long', () => {
    const out = stream(false);
    let now = 0;
    const progress = createProgress(out, () => now);
    progress.step('Чтение книги');
    now = QUIET_FOR_MS + 1;
    progress.step('Запись файла');
    progress.done();
    expect(out.chunks).toEqual(['Запись файла…\n']);
  });
});
