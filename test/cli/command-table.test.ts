import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args/parse-args';
import { COMMANDS, helpText } from '../../src/cli/command-table';

describe('the table of commands', () => {
  it('lists every command in --help, in the order of the table, each under its own usage line', () => {
    const help = helpText();
    const positions = COMMANDS.map((command) => help.indexOf(`  cmn-sheets ${command.name} `));
    expect(positions.every((at) => at > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const command of COMMANDS)
      expect(command.help.startsWith(`  cmn-sheets ${command.name} `)).toBe(true);
  });

  it('names each command once, and parsing a name gives the arguments of that command', () => {
    const names = COMMANDS.map((command) => command.name);
    expect(new Set(names).size).toBe(names.length);
    expect(parseArgs(['check', 'книга.xlsx']).kind).toBe('check');
    expect(parseArgs(['demo']).kind).toBe('demo');
  });

  it('documents every option a command takes under «Ключи»', () => {
    const keys = helpText().slice(helpText().indexOf('Ключи:'));
    for (const command of COMMANDS)
      for (const option of Object.keys(command.options))
        expect(keys, `${command.name} ${option}`).toContain(option);
  });
});
