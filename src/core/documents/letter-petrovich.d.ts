/** The part of the `petrovich` package (petrovich-js, MIT) the letters use: a surname in an oblique case. */
declare module 'petrovich' {
  type Case = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
  type NameKind = Readonly<Record<Case, (name: string) => string>>;
  interface Petrovich {
    readonly male: { readonly first: NameKind; readonly middle: NameKind; readonly last: NameKind };
    readonly female: { readonly first: NameKind; readonly middle: NameKind; readonly last: NameKind };
  }
  const petrovich: Petrovich;
  export default petrovich;
}
