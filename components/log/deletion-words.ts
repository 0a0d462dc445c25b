/**
 * The words for what a deletion takes from the reading log ("3 articles and 2 saved passages"): on the button
 * confirming "Delete everything…", and in the message beside Undo afterwards. Passages are named only when there
 * are some; each count takes its own singular or plural message, and the sentence around them agrees with the
 * whole (French: "1 article supprimé", "1 article et 1 passage enregistré supprimés").
 */
import type { Deleted } from '@/utils/log';

/** `t` of components/i18n.ts, or the locale files read directly in tests. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

function counted(translate: Translate, key: string, count: number): string {
  return translate(count === 1 ? `${key}One` : key, String(count));
}

/** "3 articles", "2 saved passages", "1 article and 1 saved passage" (articles named even when none). */
export function deletionWhat(translate: Translate, { entries, passages }: Deleted): string {
  const articles = counted(translate, 'logArticles', entries);
  if (passages === 0) return articles;
  const saved = counted(translate, 'logPassages', passages);
  return entries === 0 ? saved : translate('logArticlesAndPassages', [articles, saved]);
}

/** The label of the button confirming "Delete everything…". */
export function confirmDeleteAll(translate: Translate, everything: Deleted): string {
  return translate('logDeleteAllConfirm', deletionWhat(translate, everything));
}

/** What was deleted, said beside the Undo button. */
export function deletedMessage(translate: Translate, deleted: Deleted): string {
  const one = deleted.entries + deleted.passages === 1;
  return translate(one ? 'logDeletedOne' : 'logDeleted', deletionWhat(translate, deleted));
}
