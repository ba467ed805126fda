/**
 * The two exceljs 4.4 parsers a read-only load uses directly (see xlsx-book-model.ts); exceljs
 * publishes no typings for them. package.json pins exceljs to this exact version.
 */
declare module 'exceljs/lib/xlsx/xform/strings/shared-strings-xform.js' {
  export default class SharedStringsXform {
    parseStream(chunks: AsyncIterable<string> | Iterable<string>): Promise<unknown>;
  }
}

declare module 'exceljs/lib/xlsx/xform/style/styles-xform.js' {
  export default class StylesXform {
    parseStream(chunks: AsyncIterable<string> | Iterable<string>): Promise<unknown>;
  }
}
