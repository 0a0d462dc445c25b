/** Cue classes (say, claim, deny, demand, warn, promise, criticise, praise) on statements, per language. */
import { describe, expect, test } from 'vitest';
import { lexiconFor, registeredLanguages } from '../../utils/statements/lexicon/index';
import { extract } from './helpers';

const cases: Record<string, [string, string][]> = {
  en: [
    ['say', 'The minister Anna Grey said that the talks would resume in May.'],
    ['deny', 'The minister Anna Grey denied that the talks had failed.'],
    ['warn', 'The minister Anna Grey warned that the talks could collapse.'],
    ['promise', 'The minister Anna Grey promised that the talks would resume in May.'],
  ],
  fr: [
    ['say', 'Le ministre Paul Morel a déclaré que les négociations reprendraient en mai.'],
    ['deny', 'Le ministre Paul Morel a démenti que les négociations aient échoué.'],
    ['warn', 'Le ministre Paul Morel a averti que les négociations pourraient échouer.'],
    ['criticise', 'Le ministre Paul Morel a dénoncé « une provocation inacceptable ».'],
  ],
  de: [
    ['say', 'Der Minister Paul Brandt sagte, die Gespräche würden im Mai fortgesetzt.'],
    ['warn', 'Der Minister Paul Brandt warnte, die Gespräche könnten scheitern.'],
    ['deny', 'Der Minister Paul Brandt wies die Vorwürfe der Opposition entschieden zurück.'],
    ['say', 'Nach Angaben der Polizei sind drei Menschen verletzt worden.'],
  ],
  es: [
    ['say', 'El ministro Pablo Ruiz dijo que las negociaciones se reanudarán en mayo.'],
    ['claim', 'El ministro Pablo Ruiz afirmó que las negociaciones se reanudarán en mayo.'],
    ['deny', 'El ministro Pablo Ruiz negó que las negociaciones hayan fracasado.'],
  ],
  it: [
    ['say', 'Il ministro Paolo Rossi ha dichiarato che i negoziati riprenderanno a maggio.'],
    ['deny', 'Il ministro Paolo Rossi ha negato che i negoziati siano falliti.'],
  ],
  pl: [
    ['say', 'Minister Jan Nowak powiedział, że rozmowy zostaną wznowione w maju.'],
    ['deny', 'Minister Jan Nowak zaprzeczył, że rozmowy zakończyły się fiaskiem.'],
  ],
  ru: [
    ['say', 'Министр Иван Петров заявил, что переговоры возобновятся в мае.'],
    ['deny', 'Министр Иван Петров опроверг, что переговоры провалились.'],
  ],
  uk: [
    ['say', 'Міністр Іван Петренко заявив, що переговори відновляться у травні.'],
    ['deny', 'Міністр Іван Петренко спростував, що переговори провалилися.'],
  ],
};

describe('cue classes', () => {
  for (const [lang, list] of Object.entries(cases)) {
    test.each(list)(`${lang}: %s — %s`, (cueClass, text) => {
      const statements = extract(text, lang);
      expect(statements.length).toBeGreaterThan(0);
      expect(statements[0]!.cueClass).toBe(cueClass);
    });
  }

  test('a continuation carries the class of the statement it continues', () => {
    const statements = extract(
      'Der Minister Paul Brandt warnte, die Gespräche könnten scheitern. Die Lage sei ernst.',
      'de',
    );
    expect(statements.map((s) => s.cueClass)).toEqual(['warn', 'warn']);
  });

  test('every lexicon classifies every cue with one of the eight classes', () => {
    const classes = new Set(['say', 'claim', 'deny', 'demand', 'warn', 'promise', 'criticise', 'praise']);
    for (const lexicon of registeredLanguages().map((l) => lexiconFor(l)!))
      for (const cue of lexicon.cues)
        expect(classes.has(cue.class), `${lexicon.lang}: ${cue.forms[0]}`).toBe(true);
  });
});
