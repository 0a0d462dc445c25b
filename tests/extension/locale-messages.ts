/** The interface strings as the browser fills them, read from public/_locales, for tests of composed messages. */
import { readFileSync } from 'node:fs';

export type Messages = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

export const LOCALES: Record<'en' | 'fr', Messages> = {
  en: JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Messages,
  fr: JSON.parse(readFileSync('public/_locales/fr/messages.json', 'utf8')) as Messages,
};

/** The message as the browser fills it: each $NAME$ by its placeholder's content, $n by the n-th value. */
export function render(messages: Messages, key: string, values: string | readonly string[] = []): string {
  const entry = messages[key];
  if (!entry) throw new Error(`no message ${key}`);
  const given = typeof values === 'string' ? [values] : values;
  return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    if (content === undefined) throw new Error(`${key}: no placeholder ${name}`);
    return content.replace(/\$([1-9])/g, (__, n: string) => {
      const value = given[Number(n) - 1];
      if (value === undefined) throw new Error(`${key}: no value for $${n}`);
      return value;
    });
  });
}
