import { describe, expect, it } from 'vitest';
import { detectLanguage, guessLanguage } from '../../utils/text/language';

describe('detectLanguage', () => {
  it.each([
    ['en', 'The mayor said on Tuesday that the new bridge would open to traffic before the end of the year.'],
    [
      'fr',
      'Le maire a annoncé mardi que le nouveau pont serait ouvert à la circulation avant la fin de l’année.',
    ],
    [
      'de',
      'Der Bürgermeister sagte am Dienstag, dass die neue Brücke noch vor dem Jahresende für den Verkehr geöffnet wird.',
    ],
    ['es', 'El alcalde dijo el martes que el nuevo puente se abrirá al tráfico antes de que termine el año.'],
    [
      'it',
      'Il sindaco ha detto martedì che il nuovo ponte sarà aperto al traffico prima della fine dell’anno.',
    ],
    [
      'pl',
      'Burmistrz powiedział we wtorek, że nowy most zostanie otwarty dla ruchu jeszcze przed końcem roku.',
    ],
    ['uk', 'Мер заявив у вівторок, що новий міст відкриють для руху ще до кінця року.'],
    ['ru', 'Мэр заявил во вторник, что новый мост откроют для движения ещё до конца года.'],
    ['pt', 'O prefeito disse na terça-feira que a nova ponte será aberta ao trânsito antes do fim do ano.'],
    [
      'nl',
      'De burgemeester zei dinsdag dat de nieuwe brug nog voor het einde van het jaar open gaat voor het verkeer.',
    ],
  ])('recognises %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('tells Ukrainian from Russian by their own letters even in a few words', () => {
    expect(detectLanguage('Це їхня земля і їхнє місто.')).toBe('uk');
    expect(detectLanguage('Это был съезд, и мы были там.')).toBe('ru');
  });

  it("counts French elisions such as l'OTAN as the function words they are", () => {
    expect(detectLanguage("l'OTAN et l'Ukraine d'abord")).toBe('fr');
  });

  it("answers 'und' when unsure: too short, empty, or a script it does not know", () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('Hello')).toBe('und');
    expect(detectLanguage('12 345 678')).toBe('und');
    expect(detectLanguage('東京は日本の首都です。とても大きな都市です。')).toBe('und');
    expect(detectLanguage('Η Αθήνα είναι η πρωτεύουσα της Ελλάδας και μεγάλη πόλη.')).toBe('und');
  });

  it('answers on a 10 MB text (it reads only the start)', () => {
    const long = 'Le gouvernement a dit que la réforme sera votée. '.repeat(200_000);
    expect(detectLanguage(long)).toBe('fr');
  });
});

describe('guessLanguage', () => {
  it('is confident on prose and not on placeholder text', () => {
    const prose = guessLanguage(
      'Der Minister sagte am Montag, dass die Gespräche in der nächsten Woche weitergehen werden.',
    );
    expect(prose.lang).toBe('de');
    expect(prose.confidence).toBeGreaterThan(0.2);
    const lorem =
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.';
    expect(guessLanguage(lorem)).toEqual({ lang: 'und', confidence: 0 });
  });
});
