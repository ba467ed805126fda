/**
 * Embedded charts: Charts.ChartType, sheet.newChart() builders and the charts they build.
 * Charts are data only (ranges, position, options); nothing is drawn.
 */
import { service, type Env } from './env';
import type { Range } from './range';
import type { Sheet } from './sheet';

export const ChartType = {
  AREA: 'AREA',
  BAR: 'BAR',
  BUBBLE: 'BUBBLE',
  CANDLESTICK: 'CANDLESTICK',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  GAUGE: 'GAUGE',
  GEO: 'GEO',
  HISTOGRAM: 'HISTOGRAM',
  LINE: 'LINE',
  ORG: 'ORG',
  PIE: 'PIE',
  RADAR: 'RADAR',
  SCATTER: 'SCATTER',
  SPARKLINE: 'SPARKLINE',
  STEPPED_AREA: 'STEPPED_AREA',
  TABLE: 'TABLE',
  TIMELINE: 'TIMELINE',
  TREEMAP: 'TREEMAP',
  WATERFALL: 'WATERFALL',
} as const;

interface ChartState {
  id: number;
  type: string;
  ranges: Range[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Map<string, unknown>;
}

export class ContainerInfo {
  constructor(private readonly _position: ChartState['position']) {}

  getAnchorRow(): number {
    return this._position.row;
  }
  getAnchorColumn(): number {
    return this._position.column;
  }
  getOffsetX(): number {
    return this._position.offsetX;
  }
  getOffsetY(): number {
    return this._position.offsetY;
  }
}

export class ChartOptions {
  constructor(private readonly _options: Map<string, unknown>) {}

  get(option: string): unknown {
    return this._options.has(option) ? this._options.get(option) : null;
  }
  getOrDefault(option: string): unknown {
    return this.get(option);
  }
}

function copyState(state: ChartState): ChartState {
  return {
    ...state,
    ranges: [...state.ranges],
    position: { ...state.position },
    options: new Map(state.options),
  };
}

export class EmbeddedChart {
  constructor(
    private readonly _env: Env,
    private readonly _sheet: Sheet,
    private readonly _state: ChartState,
  ) {}

  getChartId(): number {
    return this._state.id;
  }
  getType(): string {
    return this._state.type;
  }
  getRanges(): Range[] {
    return [...this._state.ranges];
  }
  getOptions(): ChartOptions {
    return service(this._env, 'ChartOptions', new ChartOptions(new Map(this._state.options)));
  }
  getContainerInfo(): ContainerInfo {
    return service(this._env, 'ContainerInfo', new ContainerInfo({ ...this._state.position }));
  }
  modify(): EmbeddedChartBuilder {
    return newChartBuilder(this._env, this._sheet, copyState(this._state));
  }
}

export class EmbeddedChartBuilder {
  constructor(
    private readonly _env: Env,
    private readonly _sheet: Sheet,
    private readonly _state: ChartState,
  ) {}

  setChartType(type: string): this {
    this._state.type = type;
    return this;
  }

  addRange(range: Range): this {
    this._state.ranges.push(range);
    return this;
  }

  removeRange(range: Range): this {
    this._state.ranges = this._state.ranges.filter(
      (r) => r.getA1Notation() !== range.getA1Notation() || r.getSheet() !== range.getSheet(),
    );
    return this;
  }

  clearRanges(): this {
    this._state.ranges = [];
    return this;
  }

  getRanges(): Range[] {
    return [...this._state.ranges];
  }
  getChartType(): string {
    return this._state.type;
  }

  setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number): this {
    this._state.position = { row: anchorRow, column: anchorColumn, offsetX, offsetY };
    return this;
  }

  setOption(option: string, value: unknown): this {
    this._state.options.set(option, value);
    return this;
  }

  /** Typed builders (asColumnChart() …) are the same builder with a chart type set. */
  asColumnChart(): this {
    return this.setChartType(ChartType.COLUMN);
  }
  asBarChart(): this {
    return this.setChartType(ChartType.BAR);
  }
  asLineChart(): this {
    return this.setChartType(ChartType.LINE);
  }
  asPieChart(): this {
    return this.setChartType(ChartType.PIE);
  }
  asComboChart(): this {
    return this.setChartType(ChartType.COMBO);
  }
  setTitle(title: string): this {
    return this.setOption('title', title);
  }
  setXAxisTitle(title: string): this {
    return this.setOption('hAxis.title', title);
  }
  setYAxisTitle(title: string): this {
    return this.setOption('vAxis.title', title);
  }
  setLegendPosition(position: string): this {
    return this.setOption('legend.position', position);
  }
  setColors(colors: string[]): this {
    return this.setOption('colors', [...colors]);
  }
  setStacked(): this {
    return this.setOption('isStacked', true);
  }

  build(): EmbeddedChart {
    return service(
      this._env,
      'EmbeddedChart',
      new EmbeddedChart(this._env, this._sheet, copyState(this._state)),
    );
  }
}

export function newChartBuilder(env: Env, sheet: Sheet, state: ChartState | null): EmbeddedChartBuilder {
  const initial: ChartState = state ?? {
    id: sheet._spreadsheet()._nextId(),
    type: ChartType.COLUMN,
    ranges: [],
    position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    options: new Map(),
  };
  return service(env, 'EmbeddedChartBuilder', new EmbeddedChartBuilder(env, sheet, initial));
}

export function createCharts(env: Env) {
  return service(env, 'Charts', { ChartType });
}
