/** Every string of the interface comes from `_locales` (public/_locales/{en,fr}/messages.json, same keys). */
import { browser } from 'wxt/browser';

type GetMessage = (key: string, substitutions?: string | string[]) => string;

export function t(key: string, substitutions?: string | string[]): string {
  // WXT types the keys from messages.json; keys built at run time (kind_direct…) go through the plain signature.
  return (browser.i18n.getMessage as GetMessage)(key, substitutions) || key;
}

/** The interface language, for dates and quotation marks. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage?.() ?? 'en';
}
