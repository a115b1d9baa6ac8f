// The interface language: Vietnamese by default, English as a switch that is remembered.
// t(key, vars) gives a word ({n} in it replaced by vars.n); name(list, code) the word for an API
// code — the code itself when the catalogue does not know it.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

import { enums, words, type EnumName, type WordKey } from './catalogue';
import type { Lang } from './define';

export interface I18n {
  lang: Lang;
  t: (key: WordKey, vars?: Record<string, string | number>) => string;
  name: (list: EnumName, code: string | null | undefined) => string;
  toggle: () => void;
}

export function translator(lang: Lang): Omit<I18n, 'toggle'> {
  const index = lang === 'vi' ? 0 : 1;
  return {
    lang,
    t: (key, vars) => {
      const text = words[lang][key];
      return vars ? text.replace(/\{(\w+)\}/g, (_, v: string) => String(vars[v] ?? `{${v}}`)) : text;
    },
    name: (list, code) => {
      if (!code) return '';
      const names = enums[list] as Record<string, readonly [string, string]>;
      return names[code]?.[index] ?? code;
    },
  };
}

const Context = createContext<I18n | null>(null);
const storageKey = 'sen.lang';

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const [lang, setLang] = useState<Lang>(() => initial ?? (localStorage.getItem(storageKey) === 'en' ? 'en' : 'vi'));
  const toggle = useCallback(() => {
    setLang((current) => {
      const next = current === 'vi' ? 'en' : 'vi';
      localStorage.setItem(storageKey, next);
      return next;
    });
  }, []);
  const value = useMemo<I18n>(() => ({ ...translator(lang), toggle }), [lang, toggle]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(Context);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
