/*
 * ecopark-flow: language and branding shared by the Tasklist, Cockpit, Admin and Welcome
 * config.js files (each app imports this module from its scripts/config.js).
 *
 * How the webapps pick a language (Camunda 7.24): they take the FIRST entry of the browser's
 * language list (navigator.languages[0], e.g. "zh-CN"), keep the part before "-" ("zh") and use it
 * if it is in locales.availableLocales; otherwise they use locales.fallbackLocale. The strings come
 * from app/<name>/locales/<locale>.json, so "zh" loads zh.json.
 *
 * On top of that, a staff member can switch language with the link in the header (see ui.js). The
 * choice is kept in localStorage under LOCALE_STORAGE_KEY; when it is set, we offer only that one
 * locale, which makes the webapps use it whatever the browser says.
 */

export const LOCALE_STORAGE_KEY = 'ecopark.locale';
export const SUPPORTED_LOCALES = ['zh', 'en'];
export const DEFAULT_LOCALE = 'zh';

export function storedLocale() {
  try {
    const value = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return SUPPORTED_LOCALES.indexOf(value) > -1 ? value : null;
  } catch (e) {
    return null;
  }
}

/** Same rule as the webapps themselves: first browser language, primary subtag, lower case. */
export function browserLocale() {
  const nav = window.navigator;
  const first =
    (Array.isArray(nav.languages) && nav.languages[0]) || nav.language || nav.userLanguage || '';
  const primary = first.split('-')[0].toLowerCase();
  return SUPPORTED_LOCALES.indexOf(primary) > -1 ? primary : DEFAULT_LOCALE;
}

/** The language the page is going to be shown in. */
export function currentLocale() {
  return storedLocale() || browserLocale();
}

export function setStoredLocale(locale) {
  try {
    if (locale) {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
    } else {
      window.localStorage.removeItem(LOCALE_STORAGE_KEY);
    }
  } catch (e) {
    // private mode or storage disabled: the browser language decides
  }
}

/** Value for the `locales` option of config.js. */
export function localesConfig() {
  const forced = storedLocale();
  if (forced) {
    return {availableLocales: [forced], fallbackLocale: forced};
  }
  return {availableLocales: SUPPORTED_LOCALES.slice(), fallbackLocale: DEFAULT_LOCALE};
}

/**
 * Value for the `app` option of config.js: name and vendor shown in the header and the browser tab.
 * They are the official Chinese names and stay Chinese in the English interface as well.
 */
export function appConfig() {
  return {name: '生态工业园区协同审批系统', vendor: '山东省生态环境厅'};
}

/**
 * Value for the `dateFormat` option (moment.js formats). The long formats themselves are defined
 * per language in the dateLocales section of locales/<lang>.json; zh.json uses 24-hour
 * "YYYY年M月D日 HH:mm". Dates are shown in the browser's time zone (see ui.js for the check).
 */
export const dateFormat = {
  monthName: 'MMMM',
  day: 'DD',
  abbr: 'lll',
  normal: 'LLL',
  long: 'LLLL',
  short: 'LL'
};

export const customScripts = ['../ecopark/ui'];
