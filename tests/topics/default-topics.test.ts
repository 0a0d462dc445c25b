import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS, parseQuery, scoreTopics } from '../../utils/topics';

/**
 * Hand-written fixtures: in each language, a short dispatch on both default subjects (NATO enlargement and
 * security guarantees for Ukraine) and an unrelated report (football or weather) that must match neither.
 */
const onTopic: Record<string, { title: string; text: string }> = {
  en: {
    title: 'Kyiv presses allies on NATO membership',
    text: 'Ukraine renewed its bid to join NATO on Monday. Until it is admitted, Kyiv wants binding security guarantees from its partners, officials said. Finland and Sweden joined the alliance after 2022.',
  },
  fr: {
    title: 'L’Ukraine réclame son adhésion à l’OTAN',
    text: 'Kiev a relancé lundi sa demande d’adhésion à l’Alliance atlantique. En attendant, l’Ukraine exige des garanties de sécurité solides de ses partenaires européens. Moscou s’oppose à tout élargissement de l’OTAN.',
  },
  de: {
    title: 'Kiew drängt auf Nato-Beitritt',
    text: 'Die Ukraine hat ihren Antrag auf einen Beitritt zur Nato bekräftigt. Bis dahin fordert Kiew Sicherheitsgarantien der westlichen Partner. Moskau lehnt jede NATO-Osterweiterung ab.',
  },
  es: {
    title: 'Ucrania insiste en su ingreso en la OTAN',
    text: 'Kiev reiteró el lunes su solicitud de adhesión a la OTAN. Mientras tanto, Ucrania exige garantías de seguridad a sus socios occidentales. Moscú rechaza cualquier ampliación de la Alianza.',
  },
  it: {
    title: 'Kiev chiede l’adesione alla NATO',
    text: 'L’Ucraina ha ribadito lunedì la richiesta di adesione all’Alleanza atlantica. Nel frattempo Kiev chiede garanzie di sicurezza ai partner occidentali. Mosca si oppone all’allargamento della NATO.',
  },
  pl: {
    title: 'Kijów zabiega o członkostwo w NATO',
    text: 'Ukraina ponowiła w poniedziałek wniosek o przystąpienie do NATO. Do tego czasu Kijów domaga się gwarancji bezpieczeństwa od zachodnich partnerów. Moskwa sprzeciwia się rozszerzeniu NATO.',
  },
  uk: {
    title: 'Київ наполягає на вступі до НАТО',
    text: 'Україна в понеділок знову заявила про прагнення до членства в НАТО. До того часу Київ вимагає гарантій безпеки від західних партнерів. Москва виступає проти розширення Альянсу.',
  },
  ru: {
    title: 'Киев добивается вступления в НАТО',
    text: 'Украина в понедельник вновь заявила о стремлении к членству в НАТО. До этого Киев требует гарантий безопасности от западных партнёров. Москва выступает против расширения альянса.',
  },
};

const offTopic: Record<string, { title: string; text: string }> = {
  en: {
    title: 'United edge past City in rain-soaked derby',
    text: 'A late header gave United a 2-1 win on Saturday. The manager praised his defence and said the team would join the title race. Heavy rain is expected again on Sunday.',
  },
  fr: {
    title: 'Météo : un week-end pluvieux sur la Bretagne',
    text: 'Des averses orageuses sont attendues samedi sur l’ouest du pays. Les températures resteront douces pour la saison. Le soleil reviendra lundi sur l’ensemble du territoire.',
  },
  de: {
    title: 'Bayern gewinnt das Spitzenspiel',
    text: 'Der FC Bayern hat am Samstag mit 3:1 gewonnen. Der Trainer lobte die Abwehr. Am Sonntag wird in Süddeutschland Regen erwartet.',
  },
  es: {
    title: 'El Betis gana el derbi sevillano',
    text: 'Un gol en el último minuto dio la victoria al Betis. El entrenador elogió la defensa. Para el domingo se esperan lluvias en Andalucía.',
  },
  it: {
    title: 'Maltempo al Nord, allerta gialla in Liguria',
    text: 'Piogge intense sono previste domani in Liguria e Piemonte. Le temperature resteranno miti. Il sole tornerà lunedì su tutta la penisola.',
  },
  pl: {
    title: 'Legia wygrywa z Lechem',
    text: 'Legia Warszawa pokonała w sobotę Lecha Poznań 2:1. Trener pochwalił obronę. W niedzielę synoptycy zapowiadają deszcz na północy kraju.',
  },
  uk: {
    title: 'Погода: у вихідні очікуються дощі',
    text: 'У суботу на заході країни пройдуть дощі з грозами. Температура залишиться помірною. У понеділок повернеться сонячна погода.',
  },
  ru: {
    title: '«Спартак» обыграл «Зенит»',
    text: 'В субботу «Спартак» победил со счётом 2:1. Тренер похвалил защиту. В воскресенье в Москве ожидается дождь.',
  },
};

describe('DEFAULT_TOPICS', () => {
  it('are the two documented topics, with queries that parse', () => {
    expect(DEFAULT_TOPICS.map((topic) => topic.id)).toEqual([
      'nato-enlargement',
      'ukraine-security-guarantees',
    ]);
    for (const topic of DEFAULT_TOPICS) expect(() => parseQuery(topic.query)).not.toThrow();
  });

  it.each(Object.keys(onTopic))('match a dispatch on both subjects in %s', (lang) => {
    const article = { ...onTopic[lang]!, lang };
    const results = scoreTopics(article, DEFAULT_TOPICS);
    expect(results.map((result) => [result.id, result.matched])).toEqual([
      ['nato-enlargement', true],
      ['ukraine-security-guarantees', true],
    ]);
    for (const result of results) {
      for (const hit of result.hits) expect(article.text.slice(hit.start, hit.end)).toBe(hit.text);
    }
  });

  it.each(Object.keys(offTopic))('do not match an unrelated report in %s', (lang) => {
    const results = scoreTopics({ ...offTopic[lang]!, lang }, DEFAULT_TOPICS);
    expect(results.map((result) => result.matched)).toEqual([false, false]);
    expect(results.flatMap((result) => result.hits)).toEqual([]);
  });

  it('match the seed article on both subjects', () => {
    const text = readFileSync(new URL('../fixtures/seed/article.txt', import.meta.url), 'utf8');
    const results = scoreTopics({ title: '', text, lang: 'fr' }, DEFAULT_TOPICS);
    expect(results.map((result) => result.matched)).toEqual([true, true]);
  });
});
