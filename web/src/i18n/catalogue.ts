// Every word of the interface and every name of an API code, in Vietnamese and English, gathered
// from the features. A key is defined once across all word sets (catalogue.test.ts checks it).
import { adminEnums, adminWords } from '../features/admin/words';
import { authWords } from '../features/auth/words';
import { calendarEnums, calendarWords } from '../features/calendar/words';
import { dashboardWords } from '../features/dashboard/words';
import { fileWords } from '../features/files/words';
import { oversightEnums, oversightWords } from '../features/oversight/words';
import { petitionEnums, petitionWords } from '../features/petitions/words';
import { projectEnums, projectWords } from '../features/projects/words';
import { reportWords } from '../features/reports/words';
import { searchEnums, searchWords } from '../features/search/words';
import { targetEnums, targetWords } from '../features/targets/words';
import { taskEnums, taskWords } from '../features/tasks/words';
import { unitEnums, unitWords } from '../features/units/words';
import { commonWords } from './common';
import type { Lang } from './define';

export const wordSets = {
  common: commonWords, admin: adminWords, auth: authWords, calendar: calendarWords, dashboard: dashboardWords, files: fileWords,
  oversight: oversightWords, petitions: petitionWords, projects: projectWords, reports: reportWords, search: searchWords, targets: targetWords,
  tasks: taskWords, units: unitWords,
};

type Sets = typeof wordSets;
export type WordKey = { [S in keyof Sets]: keyof Sets[S]['vi'] }[keyof Sets];

export const words: Record<Lang, Record<WordKey, string>> = {
  vi: Object.assign({}, ...Object.values(wordSets).map((s) => s.vi)),
  en: Object.assign({}, ...Object.values(wordSets).map((s) => s.en)),
};

export const enums = {
  ...adminEnums, ...calendarEnums, ...oversightEnums, ...petitionEnums, ...projectEnums, ...searchEnums, ...targetEnums, ...taskEnums, ...unitEnums,
};

export type EnumName = keyof typeof enums;
export type EnumCode<E extends EnumName> = keyof (typeof enums)[E] & string;
