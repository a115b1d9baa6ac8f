// The one way the app is worded: each feature defines its words in Vietnamese and English
// (defineWords) and the names of the API's codes (defineEnum); i18n/catalogue.ts assembles them.

export type Lang = 'vi' | 'en';

export interface WordSet<K extends string> {
  vi: Record<K, string>;
  en: Record<K, string>;
}

// English must give every word Vietnamese gives, and no other.
export function defineWords<K extends string>(vi: Record<K, string>, en: Record<NoInfer<K>, string>): WordSet<K> {
  return { vi, en };
}

// The names of an API code list, [Vietnamese, English] per code.
export type EnumNames<C extends string> = Record<C, readonly [vi: string, en: string]>;

export function defineEnum<C extends string>(names: EnumNames<C>): EnumNames<C> {
  return names;
}
