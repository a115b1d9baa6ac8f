export { I18nProvider, translator, useI18n, type I18n } from './I18nProvider';
export type { EnumName, WordKey } from './catalogue';
export type { Lang } from './define';
