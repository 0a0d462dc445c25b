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

  test.each([
    {
      lang: 'es',
      text: 'El canciller chileno, Alberto Soto, dijo que la reunión fue útil. Luego añadió que habrá otra en marzo. Además, pidió a los socios que respeten los plazos.',
      contents: ['habrá otra', 'respeten los plazos'],
      speaker: 'Alberto Soto',
    },
    {
      lang: 'it',
      text: 'Il ministro della Salute Carlo Neri ha detto che i reparti sono pieni. Inoltre ha spiegato che mancano medici.',
      contents: ['mancano medici'],
      speaker: 'Carlo Neri',
    },
    {
      lang: 'pl',
      text: 'Wojewoda Piotr Nowicki powiedział, że woda opada. Ponadto dodał, że szkoły pozostaną zamknięte.',
      contents: ['szkoły pozostaną'],
      speaker: 'Piotr Nowicki',
    },
    {
      lang: 'uk',
      text: 'Мер Одеси Олег Коваленко заявив, що місто готове до зими. Також зазначив, що укриття відремонтують. Крім того, наголосив, що генератори вже закуплено.',
      contents: ['укриття', 'генератори'],
      speaker: 'Олег Коваленко',
    },
    {
      lang: 'ru',
      text: 'Губернатор Иван Смирнов заявил, что паводок отступает. Кроме того, отметил, что дороги откроют в пятницу.',
      contents: ['дороги откроют'],
      speaker: 'Иван Смирнов',
    },
  ])('$lang: an adverb opening the sentence before the cue is no speaker', (c) => {
    const statements = extract(c.text, c.lang);
    for (const content of c.contents)
      expect(statementStarting(statements, content)).toMatchObject({ speaker: c.speaker, kind: 'indirect' });
  });

  test('an institution that spoke last is the dropped subject too', () => {
    const statements = extract(
      'El Ministerio de Sanidad informó de que la epidemia remite. Añadió que las vacunas llegarán en enero.',
      'es',
    );
    expect(statementStarting(statements, 'las vacunas')).toMatchObject({ speaker: 'Ministerio de Sanidad' });
  });

  test('with nobody named before, the speaker stays unknown rather than the reported clause', () => {
    const [s] = extract('Dijo que el plan llegaba tarde y que nadie lo había leído.', 'es');
    expect(s).toMatchObject({ cue: 'Dijo', speaker: '' });
  });
});
