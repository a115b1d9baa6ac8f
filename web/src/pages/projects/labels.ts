// Words for the projects' codes, through the interface's dictionary.
import type { useI18n } from '../../i18n';

type T = ReturnType<typeof useI18n>['t'];
type Key = Parameters<T>[0];

export const sources = ['city', 'province', 'central', 'oda'] as const;
export const stages = ['preparation', 'implementation', 'completed', 'settled'] as const;

export const sourceName = (t: T, code: string) => t(`source_${code}` as Key);
export const stageName = (t: T, code: string) => t(`stage_${code}` as Key);
export const levelName = (t: T, code: string) => t(`level_${code}` as Key);
export const kindName = (t: T, code: string) => t(`kind_${code}` as Key);
