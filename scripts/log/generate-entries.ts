/**
 * Reading logs made up on demand, for the round-trip tests and `npm run bench`: deterministic (a seeded
 * generator), in several languages and scripts, with the text that trips exporters up (commas, quotes, line
 * breaks, cells starting with = + - @, accents). Invented words and names only: nothing from the corpus.
 */
import type { LogEntry } from '../../utils/log/schema';
import type { Statement, StatementKind } from '../../utils/types';
import { random } from './random';

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ré',
  'tsu',
  'vé',
  'ñal',
  'dor',
  'ęs',
  'ков',
  'при',
  'ша',
  'ber',
  'sto',
  'quin',
  'ül',
];
const FIRST_NAMES = [
  'Anaïs',
  'Bogdan',
  'Carmen',
  'Dmytro',
  'Élodie',
  'Friedrich',
  'Giulia',
  'Hanna',
  'Ígor',
  'Jörg',
];
const LAST_NAMES = [
  'Abrahamsen',
  'Brzęczyk',
  'Coutinho',
  'Dvořák',
  'Évremond',
  'Fontaine',
  'Gallo',
  'Horvath',
];
const INSTITUTIONS = [
  'Ministère des Tests',
  'Council of Examples',
  'Bundesamt für Beispiele',
  'Кремль-Пример',
];
const SITES = ['Le Quotidien (exemple)', 'The Daily Example', 'Beispielzeitung', 'El Ejemplo', 'Приклад'];
const LANGS = ['fr', 'en', 'de', 'es', 'it', 'pl', 'uk', 'ru'];
const TOPICS = ['nato-enlargement', 'ukraine-security-guarantees'];
const CUES = ['a déclaré', 'said', 'sagte', 'afirmó', 'ha detto', 'powiedział', 'заявив', 'заявил'];
/** Text that exporters must carry intact: separators, quotes, breaks, formula starts. */
const AWKWARD = [
  '=SUM(A1:A2)',
  '+33 1 23',
  '-1, dit-il',
  '@here',
  'a "quoted", word',
  'two\nlines',
  '« guillemets »',
];

export interface GeneratedLog {
  entries: LogEntry[];
  /** The invented words, for searching. */
  vocabulary: string[];
}

export function generateEntries(count: number, seed = 1): GeneratedLog {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  // About as many distinct words as 10,000 news articles hold (tens of thousands).
  const vocabulary = Array.from({ length: 50_000 }, () => {
    let word = '';
    for (let parts = 2 + Math.floor(next() * 4); parts > 0; parts--) word += pick(SYLLABLES);
    return word;
  });
  // Zipf-like: common words come up far more often, as in real text.
  const word = () => vocabulary[Math.floor(vocabulary.length * next() ** 3)]!;
  const words = (n: number) => Array.from({ length: n }, word).join(' ');
  const speakers = [
    ...FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => `${first} ${last}`)),
    ...INSTITUTIONS,
  ];
  const entries: LogEntry[] = [];
  const start = Date.UTC(2022, 0, 1);
  for (let index = 0; index < count; index++) {
    const url = `https://news${index % 97}.example/${index}/${encodeURIComponent(words(2))}`;
    const lang = pick(LANGS);
    const published = new Date(start + Math.floor(next() * 4 * 365) * 86_400_000);
    const topics = TOPICS.filter(() => next() < 0.6);
    const statements: Statement[] = Array.from({ length: Math.floor(next() * 6) }, (_, s) => {
      const content = next() < 0.05 ? `${pick(AWKWARD)} ${words(8)}` : words(6 + Math.floor(next() * 20));
      const speaker = next() < 0.05 ? '' : pick(speakers);
      return {
        id: `s${index}-${s}`,
        speaker,
        mention: speaker || 'il',
        cue: pick(CUES),
        kind: pick<StatementKind>(['direct', 'indirect', 'mixed']),
        content,
        sentence: `${words(3)} ${content} ${words(2)}`,
        start: s * 100,
        end: s * 100 + content.length,
        lang,
        topics: topics.filter(() => next() < 0.7),
        ...(next() < 0.3 ? { role: words(2) } : {}),
        ...(next() < 0.1 ? { via: pick(INSTITUTIONS) } : {}),
      };
    });
    const firstSeen = published.getTime() + Math.floor(next() * 86_400_000);
    entries.push({
      url,
      title: next() < 0.03 ? `${pick(AWKWARD)} ${words(5)}` : words(4 + Math.floor(next() * 8)),
      site: pick(SITES),
      ...(next() < 0.7 ? { byline: pick(speakers) } : {}),
      publishedAt: published.toISOString(),
      lang,
      excerpt: words(20),
      topics,
      statements,
      firstSeen,
      lastSeen: firstSeen + Math.floor(next() * 30 * 86_400_000),
      visits: 1 + Math.floor(next() * 5),
      saved: topics.length === 0,
      activeMs: Math.floor(next() * 600_000),
      starred: next() < 0.1,
      tags: next() < 0.2 ? [pick(['à lire', 'brief', 'dossier'])] : [],
      note: next() < 0.1 ? pick(AWKWARD) : '',
    });
  }
  return { entries, vocabulary };
}
