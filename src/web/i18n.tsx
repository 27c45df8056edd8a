import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { messages, type MessageKey } from './messages';

export type Lang = 'zh' | 'en';

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** Pick the label of an enum entry: { zh, en } → the current language. */
  label(l: { zh: string; en: string }): string;
}

const I18nContext = createContext<I18n | null>(null);
let active: Lang = 'zh';

/**
 * The language being rendered, for plain formatters (dates) called while rendering components
 * that re-render when the language changes (they use useI18n or a module's useT).
 */
export function activeLang(): Lang {
  return active;
}
const STORAGE_KEY = 'luoshi.lang';

/** Chinese by default; English when the person chose it (remembered in this browser). */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(
    () => (localStorage.getItem(STORAGE_KEY) as Lang | null) ?? 'zh',
  );
  active = lang;
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang(l) {
        localStorage.setItem(STORAGE_KEY, l);
        setLangState(l);
      },
      t(key, vars) {
        let s: string = messages[lang][key] ?? messages.zh[key] ?? key;
        for (const [k, v] of Object.entries(vars ?? {})) s = s.replace(`{${k}}`, String(v));
        return s;
      },
      label: (l) => l[lang],
    }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

/**
 * Interface strings of one module, kept beside its pages so modules do not all edit
 * messages.ts. Usage:
 *   const useT = defineMessages({ zh: { title: '重点项目' }, en: { title: 'Key projects' } });
 *   const t = useT(); t('title');
 * Both languages must have the same keys (the type enforces it).
 */
export function defineMessages<K extends string>(dict: {
  zh: Record<K, string>;
  en: Record<K, string>;
}) {
  function useModuleT() {
    const { lang } = useI18n();
    return (key: K, vars?: Record<string, string | number>): string => {
      let s = dict[lang][key] ?? dict.zh[key] ?? key;
      for (const [k, v] of Object.entries(vars ?? {})) s = s.replace(`{${k}}`, String(v));
      return s;
    };
  }
  // The dictionary rides along so a test can check both languages have the same keys.
  return Object.assign(useModuleT, { dict });
}

/**
 * Entered data shown inside interface text (a person's name, a matter's title): it stays as
 * entered in either language, and the attribute tells the English-everywhere test it is data.
 */
export function UserText({ children }: { children: ReactNode }) {
  return <span data-user-text="">{children}</span>;
}

/**
 * Fills a message's {name} slots with entered data, each marked as UserText:
 *   withUserText(t('welcome'), { name: me.displayName })
 */
export function withUserText(template: string, vars: Record<string, ReactNode>): ReactNode {
  return template.split(/(\{\w+\})/).map((part, i) => {
    const m = /^\{(\w+)\}$/.exec(part);
    return m && m[1]! in vars ? <UserText key={i}>{vars[m[1]!]}</UserText> : part;
  });
}
