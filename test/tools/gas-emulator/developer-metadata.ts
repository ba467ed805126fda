/**
 * Developer metadata at spreadsheet and sheet level, and the finder over it. Keys need not be
 * unique (as in Google); ids are assigned in creation order; visibility defaults to DOCUMENT.
 */
import { fail, service, type Env } from './env';
import type { Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';

export const DeveloperMetadataVisibility = { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' } as const;
export const DeveloperMetadataLocationType = {
  SPREADSHEET: 'SPREADSHEET',
  SHEET: 'SHEET',
  ROW: 'ROW',
  COLUMN: 'COLUMN',
} as const;

export interface MetadataLocation {
  type: string;
  sheet: Sheet | null;
}

export class DeveloperMetadataLocation {
  constructor(
    private readonly _spreadsheet: Spreadsheet,
    private readonly _where: MetadataLocation,
  ) {}

  getLocationType(): string {
    return this._where.type;
  }
  getSheet(): Sheet | null {
    return this._where.sheet;
  }
  getSpreadsheet(): Spreadsheet | null {
    return this._where.type === DeveloperMetadataLocationType.SPREADSHEET ? this._spreadsheet : null;
  }
}

export class DeveloperMetadata {
  constructor(
    private readonly _env: Env,
    private readonly _spreadsheet: Spreadsheet,
    readonly _location: MetadataLocation,
    private readonly _id: number,
    private _key: string,
    private _value: string | null,
    private _visibility: string,
  ) {}

  getId(): number {
    return this._id;
  }
  getKey(): string {
    return this._key;
  }
  getValue(): string | null {
    return this._value;
  }
  getVisibility(): string {
    return this._visibility;
  }

  setKey(key: string): this {
    this._key = key;
    return this;
  }

  setValue(value: string): this {
    this._value = value;
    return this;
  }

  setVisibility(visibility: string): this {
    this._visibility = visibility;
    return this;
  }

  getLocation(): DeveloperMetadataLocation {
    return service(
      this._env,
      'DeveloperMetadataLocation',
      new DeveloperMetadataLocation(this._spreadsheet, this._location),
    );
  }

  remove(): void {
    const list = this._spreadsheet._metadata;
    const index = list.findIndex((m) => m.getId() === this._id);
    if (index >= 0) list.splice(index, 1);
  }
}

const VISIBILITIES: readonly string[] = Object.values(DeveloperMetadataVisibility);

/** addDeveloperMetadata(key), (key, visibility), (key, value), (key, value, visibility). */
export function addMetadata(
  env: Env,
  spreadsheet: Spreadsheet,
  location: MetadataLocation,
  key: string,
  valueOrVisibility?: string,
  visibility?: string,
): DeveloperMetadata {
  if (typeof key !== 'string' || key === '') fail(env, 'Invalid argument: key');
  const secondIsVisibility =
    visibility === undefined && valueOrVisibility !== undefined && VISIBILITIES.includes(valueOrVisibility);
  const value = secondIsVisibility || valueOrVisibility === undefined ? null : String(valueOrVisibility);
  const chosen =
    (secondIsVisibility ? valueOrVisibility : visibility) ?? DeveloperMetadataVisibility.DOCUMENT;
  const metadata = service(
    env,
    'DeveloperMetadata',
    new DeveloperMetadata(env, spreadsheet, location, spreadsheet._nextId(), key, value, chosen),
  );
  spreadsheet._metadata.push(metadata);
  return metadata;
}

export class DeveloperMetadataFinder {
  private readonly _filters: ((m: DeveloperMetadata) => boolean)[] = [];

  constructor(private readonly _source: () => DeveloperMetadata[]) {}

  withKey(key: string): this {
    this._filters.push((m) => m.getKey() === key);
    return this;
  }

  withValue(value: string): this {
    this._filters.push((m) => m.getValue() === value);
    return this;
  }

  withId(id: number): this {
    this._filters.push((m) => m.getId() === id);
    return this;
  }

  withVisibility(visibility: string): this {
    this._filters.push((m) => m.getVisibility() === visibility);
    return this;
  }

  withLocationType(type: string): this {
    this._filters.push((m) => m._location.type === type);
    return this;
  }

  onIntersectingLocations(): this {
    return this;
  }

  find(): DeveloperMetadata[] {
    return this._source().filter((m) => this._filters.every((accept) => accept(m)));
  }
}

export function newMetadataFinder(env: Env, source: () => DeveloperMetadata[]): DeveloperMetadataFinder {
  return service(env, 'DeveloperMetadataFinder', new DeveloperMetadataFinder(source));
}
