/**
 * A topics file the options page refuses is said in the interface language, naming what is wrong and what to do,
 * with nothing of the parser's English in it (the CLI keeps those English messages).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { topicsImportErrorMessage } from '@/components/topics/topics-import-error';
import { importTopics } from '@/components/topics/topics-json';
import { TopicsFileError } from '@/utils/topics/topics-file';
import type { Topic } from '@/utils/types';
import { LOCALES, render } from '../extension/locale-messages';

const current: Topic[] = [{ id: 'a', name: 'A', query: 'alpha', enabled: true }];

/** What the options page says when importing this file text, in this interface language. */
function refusal(lang: keyof typeof LOCALES, text: string): string {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, values?: string | string[]) =>
    render(LOCALES[lang], key, values),
  );
  try {
    importTopics(current, text);
  } catch (error) {
    return topicsImportErrorMessage(error);
  }
  throw new Error('the file was accepted');
}

const file = (topics: unknown) => JSON.stringify({ format: 'veille-topics', version: 1, topics });

describe('a refused topics file, in words', () => {
  beforeEach(() => fakeBrowser.reset());

  it('says a file that is not JSON is not, and which file to choose', () => {
    expect(refusal('en', '{"topics": [')).toBe(
      'Nothing imported: this file is not JSON. Choose a file made by “Export topics”.',
    );
    expect(refusal('fr', '')).toBe(
      'Rien n’a été importé : ce fichier n’est pas du JSON. Choisissez un fichier créé par « Exporter les sujets ».',
    );
  });

  it('says a JSON file without a list of topics holds none', () => {
    expect(refusal('en', '{"entries": []}')).toBe(
      'Nothing imported: this file holds no list of topics. Choose a file made by “Export topics”.',
    );
    expect(refusal('fr', '[1, 2]')).toContain('ne contient pas de liste de sujets');
  });

  it('names the topic and the field at fault', () => {
    const text = file([{ id: 'grain', name: 'Grain', query: 'grain', minScore: 'high' }]);
    expect(refusal('en', text)).toBe(
      'Nothing imported: topic grain in this file has an invalid “minScore”. Correct it in the file, then import the file again.',
    );
    expect(refusal('fr', file([{ name: 'Sans id', query: 'x' }]))).toBe(
      'Rien n’a été importé : le sujet #1 de ce fichier a un champ « id » invalide. Corrigez-le dans le fichier, puis importez de nouveau le fichier.',
    );
  });

  it('names an id used twice', () => {
    const twice = { id: 'grain', name: 'Grain', query: 'grain' };
    expect(refusal('fr', file([twice, twice]))).toBe(
      'Rien n’a été importé : deux sujets de ce fichier ont l’identifiant grain. Donnez à chacun le sien, puis importez de nouveau le fichier.',
    );
  });

  it('says a query error in the interface language, with its column', () => {
    const text = file([{ id: 'grain', name: 'Grain', query: 'grain AND (corridor' }]);
    expect(refusal('fr', text)).toBe(
      'Rien n’a été importé : la requête du sujet grain de ce fichier contient une erreur (Colonne 20 : il faut ici « ) » : une parenthèse n’est pas fermée). Corrigez-la dans le fichier, puis importez de nouveau le fichier.',
    );
    expect(refusal('en', text)).toContain('Column 20: expected ")": a parenthesis is not closed');
  });

  it('says something unexpected as such, with what to do', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, values?: string | string[]) =>
      render(LOCALES.en, key, values),
    );
    expect(topicsImportErrorMessage(new Error('QuotaExceededError'))).toBe(
      'Nothing imported: something went wrong while importing. Try again; if it keeps failing, restart the browser.',
    );
  });

  it('keeps the English message for the command line, with the problem as data beside it', () => {
    try {
      importTopics(current, file([{ id: 'grain', name: 'Grain', query: 'grain', enabled: 'yes' }]));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TopicsFileError);
      expect((error as TopicsFileError).message).toBe('topic "grain": "enabled" must be true or false');
      expect((error as TopicsFileError).problem).toEqual({ kind: 'field', topic: 'grain', field: 'enabled' });
    }
  });
});
