/**
 * What "Delete everything…" asks to confirm and what the message beside Undo says: the entries and the saved
 * passages a deletion took, each counted in the singular or the plural, passages named only when there are some,
 * and the French participle agreeing with the whole, filled from the locale files as the browser fills them.
 */
import { describe, expect, it } from 'vitest';
import { confirmDeleteAll, deletedMessage, type Translate } from '@/components/log/deletion-words';
import { LOCALES, render } from './locale-messages';

const en: Translate = (key, values) => render(LOCALES.en, key, values);
const fr: Translate = (key, values) => render(LOCALES.fr, key, values);

describe('the words for a deletion', () => {
  it('say what was deleted: entries, passages, or both, in English', () => {
    expect(deletedMessage(en, { entries: 3, passages: 0 })).toBe('3 articles deleted.');
    expect(deletedMessage(en, { entries: 1, passages: 0 })).toBe('1 article deleted.');
    expect(deletedMessage(en, { entries: 0, passages: 2 })).toBe('2 saved passages deleted.');
    expect(deletedMessage(en, { entries: 0, passages: 1 })).toBe('1 saved passage deleted.');
    expect(deletedMessage(en, { entries: 1, passages: 1 })).toBe('1 article and 1 saved passage deleted.');
    expect(deletedMessage(en, { entries: 12, passages: 3 })).toBe(
      '12 articles and 3 saved passages deleted.',
    );
    // A log emptied meanwhile (in another window): nothing left to take, said as such.
    expect(deletedMessage(en, { entries: 0, passages: 0 })).toBe('0 articles deleted.');
  });

  it('say it in French, the participle agreeing with what was deleted', () => {
    expect(deletedMessage(fr, { entries: 1, passages: 0 })).toBe('1 article supprimé.');
    expect(deletedMessage(fr, { entries: 4, passages: 0 })).toBe('4 articles supprimés.');
    expect(deletedMessage(fr, { entries: 0, passages: 1 })).toBe('1 passage enregistré supprimé.');
    expect(deletedMessage(fr, { entries: 0, passages: 2 })).toBe('2 passages enregistrés supprimés.');
    expect(deletedMessage(fr, { entries: 1, passages: 1 })).toBe(
      '1 article et 1 passage enregistré supprimés.',
    );
  });

  it('ask to confirm deleting everything there is, passages alone included', () => {
    expect(confirmDeleteAll(en, { entries: 5, passages: 2 })).toBe(
      'Confirm: delete 5 articles and 2 saved passages',
    );
    expect(confirmDeleteAll(en, { entries: 1, passages: 0 })).toBe('Confirm: delete 1 article');
    expect(confirmDeleteAll(en, { entries: 0, passages: 1 })).toBe('Confirm: delete 1 saved passage');
    expect(confirmDeleteAll(fr, { entries: 5, passages: 1 })).toBe(
      'Confirmer : supprimer 5 articles et 1 passage enregistré',
    );
    expect(confirmDeleteAll(fr, { entries: 0, passages: 3 })).toBe(
      'Confirmer : supprimer 3 passages enregistrés',
    );
  });
});
