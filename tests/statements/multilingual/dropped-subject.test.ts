/**
 * Languages that drop their subjects open a sentence with the cue itself ("Añadió que …", "Dodał, że …"): the
 * speaker is the one named last, never the words after the cue.
 */
import { describe, expect, test } from 'vitest';
import { extract, statementStarting } from './helpers';

const cases: { lang: string; text: string; first: string; second: string; speaker: string }[] = [
  {
    lang: 'es',
    text: 'La ministra de Exteriores, Lucía Ortega, dijo el martes que la cumbre sería breve.\n\nAñadió que el acuerdo llegaría en otoño.',
    first: 'la cumbre',
    second: 'el acuerdo',
    speaker: 'Lucía Ortega',
  },
  {
    lang: 'it',
    text: 'Il ministro degli Esteri, Paolo Neri, ha detto martedì che il vertice sarà breve. Aggiunse che l’accordo arriverà in autunno.',
    first: 'il vertice',
    second: 'l’accordo',
    speaker: 'Paolo Neri',
  },
  {
    lang: 'pl',
    text: 'Minister spraw zagranicznych Adam Nowak powiedział we wtorek, że szczyt będzie krótki. Dodał, że porozumienie zapadnie jesienią.',
    first: 'szczyt',
    second: 'porozumienie',
    speaker: 'Adam Nowak',
  },
  {
    lang: 'uk',
    text: 'Міністр закордонних справ Олег Коваль заявив у вівторок, що саміт буде коротким. Додав, що угоду ухвалять восени.',
    first: 'саміт',
    second: 'угоду',
    speaker: 'Олег Коваль',
  },
  {
    lang: 'ru',
    text: 'Министр иностранных дел Олег Ковалев заявил во вторник, что саммит будет коротким. Добавил, что соглашение примут осенью.',
    first: 'саммит',
    second: 'соглашение',
    speaker: 'Олег Ковалев',
  },
];

describe('a cue opening its sentence with its subject dropped', () => {
  test.each(cases)('$lang: the speaker named before, not the clause after the cue', (c) => {
    const statements = extract(c.text, c.lang);
    expect(statementStarting(statements, c.first)).toMatchObject({ speaker: c.speaker });
    expect(statementStarting(statements, c.second)).toMatchObject({ speaker: c.speaker, kind: 'indirect' });
  });

  test('with nobody named before, the speaker stays unknown rather than the reported clause', () => {
    const [s] = extract('Dijo que el plan llegaba tarde y que nadie lo había leído.', 'es');
    expect(s).toMatchObject({ cue: 'Dijo', speaker: '' });
  });
});
