/** The reporting source after a via marker at the end of a sentence: "…, передає Укрінформ", "…, cité par X". */
import { describe, expect, test } from 'vitest';
import { extract } from './helpers';

describe('via markers after the attribution', () => {
  test('Ukrainian "передає" names the agency that reports the statement', () => {
    const [s] = extract(
      'Польща передасть Україні нові зенітні комплекси, заявив міністр оборони Польщі Владислав Косіняк-Камиш, передає Укрінформ.',
      'uk',
    );
    expect(s).toMatchObject({
      speaker: 'Владислав Косіняк-Камиш',
      via: 'Укрінформ',
      content: 'Польща передасть Україні нові зенітні комплекси',
    });
  });

  test('Russian "передает" and French "cité par" with a name after the noun', () => {
    const [ru] = extract(
      'Переговоры продолжатся на следующей неделе, заявил Иван Петров, передает ТАСС.',
      'ru',
    );
    expect(ru).toMatchObject({ speaker: 'Иван Петров', via: 'ТАСС' });
    const [fr] = extract(
      "La Russie n'a aucune intention d'attaquer, a déclaré le ministre Paul Morel, cité par l'agence Belga.",
      'fr',
    );
    expect(fr?.via).toContain('Belga');
    expect(fr?.content).toBe("La Russie n'a aucune intention d'attaquer");
  });

  test('a via marker that does not end the sentence is no via', () => {
    const [s] = extract(
      'Переговоры продолжатся, заявил Иван Петров, передает ТАСС со ссылкой на источник в МИД.',
      'ru',
    );
    expect(s?.via).toBeUndefined();
  });

  test('a genitive place before a Ukrainian name goes to the role ("Польщі")', () => {
    const [s] = extract(
      'Міністр оборони Польщі Владислав Косіняк-Камиш заявив, що постачання триватиме.',
      'uk',
    );
    expect(s?.speaker).toBe('Владислав Косіняк-Камиш');
  });
});
