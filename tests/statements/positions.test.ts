/**
 * The positions mode (`ExtractOptions.positions`): stances and intentions of a person or an organisation
 * ("wants to", "plans to", "supports", "refused to", "knows that"), reported with class "position"; and nothing
 * of them without the mode.
 */
import { describe, expect, test } from 'vitest';
import { extractStatements } from '../../utils/statements';
import type { Statement } from '../../utils/types';

function positions(text: string, lang = 'en'): Statement[] {
  return extractStatements(text, { lang, articleKey: 'test', positions: true });
}

function speech(text: string, lang = 'en'): Statement[] {
  return extractStatements(text, { lang, articleKey: 'test' });
}

describe('positions mode, English', () => {
  test.each([
    [
      'The senator Maria Holt wants to raise the minimum wage next year.',
      'to raise the minimum wage next year',
      'Maria Holt',
    ],
    [
      'The city council plans to close three libraries in the spring.',
      'to close three libraries in the spring',
      'city council',
    ],
    [
      'Governor Tom Reyes refused to sign the budget bill on Monday.',
      'to sign the budget bill on Monday',
      'Tom Reyes',
    ],
    ['The union agreed to end the strike by Friday.', 'to end the strike by Friday', 'union'],
    [
      'The mayor, Ana Costa, hopes to reopen the bridge before winter.',
      'to reopen the bridge before winter',
      'Ana Costa',
    ],
    [
      'The teachers union endorsed the former governor for the Senate seat.',
      'the former governor for the Senate seat',
      'teachers union',
    ],
    ['Paul Dorn knows that the plant cannot stay open.', 'the plant cannot stay open', 'Paul Dorn'],
  ])('%s', (text, content, speaker) => {
    const found = positions(text);
    const statement = found.find((s) => s.content === content);
    expect(statement, JSON.stringify(found.map((s) => s.content))).toBeDefined();
    expect(statement!.cueClass).toBe('position');
    expect(statement!.speaker.toLowerCase()).toContain(speaker.split(' ').pop()!.toLowerCase());
  });

  test('a plain plural noun is the source of an intention: "many countries agreed to …"', () => {
    const text =
      'The minister Anna Grey spoke first. In the 1990s, many European countries agreed to share a single currency.';
    expect(positions(text).map((s) => [s.speaker, s.content])).toEqual([
      ['many European countries', 'to share a single currency'],
    ]);
  });

  test('a stance may take a name alone, not another single word', () => {
    expect(positions('The union endorsed Clinton.').map((s) => [s.speaker, s.content])).toEqual([
      ['Union', 'Clinton'],
    ]);
    expect(positions('The senator supports it.')).toEqual([]);
    expect(positions('The party opposes abortion.')).toEqual([]);
  });

  test('off by default: a stance or an intention is no statement', () => {
    expect(speech('The senator Maria Holt wants to raise the minimum wage next year.')).toEqual([]);
    expect(speech('The teachers union endorsed the former governor for the Senate seat.')).toEqual([]);
  });

  test('speech is read as before in the mode', () => {
    const text = 'The minister Anna Grey said that the talks would resume in May.';
    expect(positions(text)).toEqual(speech(text));
  });

  test('a stance or an intention inside what someone said is part of it: "said he wants to …"', () => {
    const text = 'Sanders said on Tuesday he wants to close four loopholes in the tax code.';
    expect(positions(text).map((s) => [s.speaker, s.cueClass, s.content])).toEqual([
      ['Sanders', 'say', 'he wants to close four loopholes in the tax code'],
    ]);
    expect(positions(text)).toEqual(speech(text));
  });

  test('an intention\'s "to" stands right after its verb; a wish may name who is to act first', () => {
    expect(
      positions('Support for the senator has declined from 58 percent in May to 55 percent now.'),
    ).toEqual([]);
    expect(
      positions('The union wants the city to raise wages for bus drivers.').map((s) => s.content),
    ).toEqual(['the city to raise wages for bus drivers']);
  });

  test('a name and a stance after a quotation start a new sentence, not its attribution', () => {
    const text =
      'Democratic nominee Anna Hale chimed in on Twitter, saying that Dover officials should release the police videos "without delay." Hale plans to visit Dover on Sunday, according to a campaign aide.';
    expect(positions(text).map((s) => [s.speaker, s.content])).toEqual([
      ['Anna Hale', 'Dover officials should release the police videos "without delay."'],
      ['campaign aide', 'Hale plans to visit Dover on Sunday'],
    ]);
  });

  test('a noun is no cue: "the plan", "Republican support"', () => {
    expect(positions('The plan to close three libraries was dropped after a week of protests.')).toEqual([]);
    expect(positions('Republican support for the measure was weaker than expected.')).toEqual([]);
  });

  test('a passive reports no stance of its subject: "supported by", "wanted by"', () => {
    // (With its agent, the stance is the agent's, on the subject: agent-passive.ts.)
    expect(
      positions('The measure was supported by a majority of the council members.').map((s) => [
        s.mention,
        s.content,
      ]),
    ).toEqual([['a majority of the council members', 'The measure']]);
    expect(positions('Groups supported by the two brothers spent millions on the race.')).toEqual([]);
  });

  test('an infinitive too short to be an intention, or an object, is none: "declined to comment"', () => {
    expect(positions('The company declined to comment.')).toEqual([]);
    expect(positions('The company wanted more time.')).toEqual([]);
  });

  test('a belief needs its that-clause: "knows the rules" is no statement', () => {
    expect(positions('Paul Dorn knows the rules of the chamber better than anyone.')).toEqual([]);
  });

  test('the writer\'s own view is nobody\'s statement: "I want to …" outside quotes', () => {
    expect(positions('I want to see the city change its course on housing.')).toEqual([]);
    expect(positions('We plan to build a new school in the district.')).toEqual([]);
  });
});

describe('positions mode, other languages', () => {
  test.each([
    ['fr', 'Le maire Paul Morel veut fermer trois écoles à la rentrée.', 'fermer trois écoles à la rentrée'],
    ['fr', 'La direction prévoit de supprimer 300 postes d’ici à 2027.', 'supprimer 300 postes d’ici à 2027'],
    ['fr', 'Le syndicat a refusé de signer l’accord salarial.', 'signer l’accord salarial'],
    ['fr', 'Le gouvernement compte présenter le texte en juin.', 'présenter le texte en juin'],
    ['fr', 'La CGT soutient la grève des cheminots.', 'la grève des cheminots'],
    ['fr', 'Le parti s’est opposé à la réforme des retraites.', 'la réforme des retraites'],
    ['fr', 'Le ministre veut que les négociations reprennent vite.', 'les négociations reprennent vite'],
    ['es', 'El ministro Pablo Ruiz quiere cerrar las minas antes de 2030.', 'cerrar las minas antes de 2030'],
    ['es', 'La empresa se negó a firmar el acuerdo salarial.', 'firmar el acuerdo salarial'],
    [
      'it',
      'Il ministro Paolo Rossi vuole chiudere le miniere entro il 2030.',
      'chiudere le miniere entro il 2030',
    ],
    ['it', "L'azienda ha deciso di ritirare il progetto di legge.", 'ritirare il progetto di legge'],
    ['pl', 'Rząd planuje zwolnić trzystu urzędników w maju.', 'zwolnić trzystu urzędników w maju'],
    ['ru', 'Компания отказалась подписать соглашение о зарплатах.', 'подписать соглашение о зарплатах'],
    ['uk', 'Міністр Іван Петренко хоче закрити шахти до 2030 року.', 'закрити шахти до 2030 року'],
  ])('%s: %s', (lang, text, content) => {
    const found = positions(text, lang);
    const statement = found.find((s) => s.content === content);
    expect(statement, JSON.stringify(found.map((s) => s.content))).toBeDefined();
    expect(statement!.cueClass).toBe('position');
    expect(speech(text, lang).filter((s) => s.cueClass === 'position')).toEqual([]);
  });

  test('French: a noun or a word that only ends like an infinitive opens no intention', () => {
    expect(positions('Le compte rendu de la réunion a été publié mardi soir.', 'fr')).toEqual([]);
    expect(positions('Le club compte trois cents membres depuis janvier.', 'fr')).toEqual([]);
    expect(positions('Le maire veut notre avis sur le projet de parking.', 'fr')).toEqual([]);
  });
});
