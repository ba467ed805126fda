import { describe, it, expect } from 'vitest';
import { createEmulator } from './index';

describe('Charts', () => {
  it('builds, inserts, updates and removes an embedded chart', () => {
    const emulator = createEmulator();
    const Charts = emulator.globals.Charts as { ChartType: Record<string, string> };
    const sheet = emulator.seedSheet('Сводная', [
      ['Показатель', 'Значение', 'Цель'],
      ['Доля наставников', 0.184, 0.3],
    ]);
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.BAR)
      .addRange(sheet.getRange('A1:C2'))
      .setPosition(5, 6, 10, 20)
      .setOption('title', 'Доли по муниципалитету и целевые значения')
      .build();
    sheet.insertChart(chart);
    const [stored] = sheet.getCharts();
    expect(stored.getType()).toBe('BAR');
    expect(stored.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:C2']);
    expect(stored.getOptions().get('title')).toBe('Доли по муниципалитету и целевые значения');
    expect(stored.getOptions().get('legend')).toBeNull();
    const info = stored.getContainerInfo();
    expect([info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()]).toEqual([
      5, 6, 10, 20,
    ]);

    sheet.updateChart(stored.modify().setOption('title', 'Новое название').build());
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Новое название');
    expect(sheet.getCharts()[0].getChartId()).toBe(stored.getChartId());
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toEqual([]);
  });
});
