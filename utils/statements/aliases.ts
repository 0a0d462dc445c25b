/**
 * Public figures and institutions of the default topics (NATO enlargement, security guarantees for Ukraine)
 * under the names they carry across languages and scripts: "Putin", "Poutine", "Путин", "Путін", "Putina"; "NATO",
 * "OTAN", "НАТО"; "Kremlin", "Кремль". A speaker whose name (or role, "le chef du Kremlin") matches an entry is
 * shown under the entry's name in the article's language, and carries its `key`, the same in every language.
 *
 * Data only. Users extend it by passing their own entries to `aliasTable` (`ExtractOptions.aliases`); theirs
 * are looked up first. Matching is on whole names after folding (case, diacritics, apostrophes), never on
 * parts: "Hunter Biden" is not "Joe Biden". Inflected names are brought back to the nominative with the
 * lexicon's `caseEndings` before lookup ("Пескова" → "Песков", "Путіна" → "Путін").
 */
import { foldText } from '../text/normalize';
import type { CaseEnding } from './lexicon/types';

export interface AliasEntry {
  /** Stable identifier, the same whatever the language ("vladimir-putin", "nato"). */
  key: string;
  kind: 'person' | 'institution';
  /** The name shown, per ISO 639-1 language; `en` is used for languages not listed. */
  names: { en: string } & Partial<Record<string, string>>;
  /**
   * Persons: surnames in every spelling and script ("Putin", "Poutine", "Путин", "Putyn"). A name matches
   * when its last word is one of these and every word before it is one of `givenNames`.
   */
  surnames?: string[];
  /** Persons: given names and patronymics in every spelling ("Vladimir", "Wladimir", "Владимирович"). */
  givenNames?: string[];
  /** Whole other names: acronyms, metonyms, full forms ("OTAN", "Alliance atlantique", "Кремль"). */
  aliases?: string[];
  /**
   * Role phrases that denote the entry by themselves, without a name, written without determiners
   * ("chef du Kremlin", "Kremlin chief", "russische Präsident", "глава Кремля"). Used only when no one in
   * the article held the role before.
   */
  roles?: string[];
}

const PUTIN_GIVEN = [
  'Vladimir',
  'Wladimir',
  'Władimir',
  'Vladimír',
  'Vladímir',
  'Владимир',
  'Володимир',
  'Vladimirovich',
  'Владимирович',
  'Володимирович',
];

/** The default table: figures and institutions that the default topics' articles quote most. */
export const DEFAULT_ALIASES: readonly AliasEntry[] = [
  {
    key: 'vladimir-putin',
    kind: 'person',
    names: {
      en: 'Vladimir Putin',
      fr: 'Vladimir Poutine',
      de: 'Wladimir Putin',
      es: 'Vladímir Putin',
      it: 'Vladimir Putin',
      pl: 'Władimir Putin',
      ru: 'Владимир Путин',
      uk: 'Володимир Путін',
    },
    surnames: ['Putin', 'Poutine', 'Putyn', 'Путин', 'Путін'],
    givenNames: PUTIN_GIVEN,
    roles: [
      'chef du Kremlin',
      'maître du Kremlin',
      'président russe',
      'Kremlin chief',
      'Kremlin leader',
      'Russian president',
      'Russian President',
      'Kremlchef',
      'Kreml-Chef',
      'russische Präsident',
      'russischen Präsidenten',
      'presidente ruso',
      'presidente russo',
      'prezydent Rosji',
      'президент России',
      'глава Кремля',
      'президент Росії',
      'очільник Кремля',
    ],
  },
  {
    key: 'volodymyr-zelensky',
    kind: 'person',
    names: {
      en: 'Volodymyr Zelensky',
      fr: 'Volodymyr Zelensky',
      de: 'Wolodymyr Selenskyj',
      es: 'Volodímir Zelenski',
      it: 'Volodymyr Zelensky',
      pl: 'Wołodymyr Zełenski',
      ru: 'Владимир Зеленский',
      uk: 'Володимир Зеленський',
    },
    surnames: [
      'Zelensky',
      'Zelenskyy',
      'Zelenskiy',
      'Zelenskyi',
      'Zelenski',
      'Zełenski',
      'Selenskyj',
      'Selenski',
      'Zelenskij',
      'Зеленский',
      'Зеленський',
    ],
    givenNames: [
      'Volodymyr',
      'Volodimir',
      'Volodímir',
      'Wolodymyr',
      'Wołodymyr',
      'Vladimir',
      'Владимир',
      'Володимир',
      'Oleksandrovych',
      'Олександрович',
      'Александрович',
    ],
    roles: [
      'président ukrainien',
      'dirigeant ukrainien',
      'Ukrainian president',
      'Ukrainian leader',
      'ukrainische Staatschef',
      'líder ucraniano',
      'leader ucraino',
      'przywódca Ukrainy',
      'лидер Украины',
      'лідер України',
      'ukrainische Präsident',
      'ukrainischen Präsidenten',
      'presidente ucraniano',
      'presidente ucraino',
      'prezydent Ukrainy',
      'президент Украины',
      'президент України',
    ],
  },
  {
    key: 'sergei-lavrov',
    kind: 'person',
    names: {
      en: 'Sergei Lavrov',
      fr: 'Sergueï Lavrov',
      de: 'Sergej Lawrow',
      es: 'Serguéi Lavrov',
      it: 'Sergej Lavrov',
      pl: 'Siergiej Ławrow',
      ru: 'Сергей Лавров',
      uk: 'Сергій Лавров',
    },
    surnames: ['Lavrov', 'Lawrow', 'Ławrow', 'Лавров'],
    givenNames: [
      'Sergei',
      'Sergey',
      'Sergueï',
      'Serguei',
      'Sergej',
      'Serguéi',
      'Siergiej',
      'Сергей',
      'Сергій',
      'Viktorovich',
      'Викторович',
    ],
    roles: [
      'chef de la diplomatie russe',
      'Russian foreign minister',
      'russische Außenminister',
      'глава МИД России',
      'глава российского МИД',
    ],
  },
  {
    key: 'dmitry-peskov',
    kind: 'person',
    names: {
      en: 'Dmitry Peskov',
      fr: 'Dmitri Peskov',
      de: 'Dmitri Peskow',
      es: 'Dmitri Peskov',
      it: 'Dmitrij Peskov',
      pl: 'Dmitrij Pieskow',
      ru: 'Дмитрий Песков',
      uk: 'Дмитро Пєсков',
    },
    surnames: ['Peskov', 'Peskow', 'Pieskow', 'Песков', 'Пєсков', 'Пєскова'],
    givenNames: ['Dmitry', 'Dmitri', 'Dmitrij', 'Dmitriy', 'Дмитрий', 'Дмитро', 'Sergeyevich', 'Сергеевич'],
    roles: [
      'porte-parole du Kremlin',
      'Kremlin spokesman',
      'Kremlin spokesperson',
      'Kremlsprecher',
      'Kreml-Sprecher',
      'portavoz del Kremlin',
      'portavoce del Cremlino',
      'rzecznik Kremla',
      'пресс-секретарь Кремля',
      'пресс-секретарь президента России',
      'речник Кремля',
    ],
  },
  {
    key: 'maria-zakharova',
    kind: 'person',
    names: {
      en: 'Maria Zakharova',
      fr: 'Maria Zakharova',
      de: 'Maria Sacharowa',
      es: 'María Zajárova',
      it: 'Maria Zakharova',
      pl: 'Maria Zacharowa',
      ru: 'Мария Захарова',
      uk: 'Марія Захарова',
    },
    surnames: ['Zakharova', 'Sacharowa', 'Zajárova', 'Zacharowa', 'Захарова'],
    givenNames: ['Maria', 'María', 'Mariya', 'Мария', 'Марія', 'Vladimirovna', 'Владимировна'],
  },
  {
    key: 'sergei-shoigu',
    kind: 'person',
    names: {
      en: 'Sergei Shoigu',
      fr: 'Sergueï Choïgou',
      de: 'Sergej Schoigu',
      es: 'Serguéi Shoigú',
      it: 'Sergej Shoigu',
      pl: 'Siergiej Szojgu',
      ru: 'Сергей Шойгу',
      uk: 'Сергій Шойгу',
    },
    surnames: ['Shoigu', 'Choïgou', 'Choigou', 'Schoigu', 'Shoigú', 'Szojgu', 'Шойгу'],
    givenNames: ['Sergei', 'Sergey', 'Sergueï', 'Sergej', 'Serguéi', 'Siergiej', 'Сергей', 'Сергій'],
  },
  {
    key: 'dmitry-medvedev',
    kind: 'person',
    names: {
      en: 'Dmitry Medvedev',
      fr: 'Dmitri Medvedev',
      de: 'Dmitri Medwedew',
      es: 'Dmitri Medvédev',
      it: 'Dmitrij Medvedev',
      pl: 'Dmitrij Miedwiediew',
      ru: 'Дмитрий Медведев',
      uk: 'Дмитро Медведєв',
    },
    surnames: ['Medvedev', 'Medwedew', 'Medvédev', 'Miedwiediew', 'Медведев', 'Медведєв'],
    givenNames: ['Dmitry', 'Dmitri', 'Dmitrij', 'Дмитрий', 'Дмитро'],
  },
  {
    key: 'jens-stoltenberg',
    kind: 'person',
    names: { en: 'Jens Stoltenberg', ru: 'Йенс Столтенберг', uk: 'Єнс Столтенберг' },
    surnames: ['Stoltenberg', 'Столтенберг'],
    givenNames: ['Jens', 'Йенс', 'Єнс'],
  },
  {
    key: 'mark-rutte',
    kind: 'person',
    names: { en: 'Mark Rutte', ru: 'Марк Рютте', uk: 'Марк Рютте' },
    surnames: ['Rutte', 'Рютте'],
    givenNames: ['Mark', 'Марк'],
    roles: [
      'secrétaire général de l’OTAN',
      'NATO Secretary General',
      'NATO-Generalsekretär',
      'generalny NATO',
      'генсек НАТО',
      'генеральный секретарь НАТО',
      'генеральний секретар НАТО',
    ],
  },
  {
    key: 'kaja-kallas',
    kind: 'person',
    names: { en: 'Kaja Kallas', ru: 'Кая Каллас', uk: 'Кая Каллас' },
    surnames: ['Kallas', 'Каллас'],
    givenNames: ['Kaja', 'Кая'],
    roles: [
      'EU foreign policy chief',
      'chef de la diplomatie européenne',
      'haute représentante de l’UE',
      'EU-Außenbeauftragte',
      'alta representante de la UE',
      'alta rappresentante Ue',
      'alta rappresentante dell’Ue',
      'глава дипломатии ЕС',
      'верховний представник ЄС',
    ],
  },
  {
    key: 'emmanuel-macron',
    kind: 'person',
    names: { en: 'Emmanuel Macron', ru: 'Эммануэль Макрон', uk: 'Емманюель Макрон' },
    surnames: ['Macron', 'Макрон'],
    givenNames: ['Emmanuel', 'Эммануэль', 'Емманюель'],
    roles: [
      'président français',
      'chef de l’État français',
      'French president',
      'französische Präsident',
      'presidente francés',
      'presidente francese',
      'prezydent Francji',
      'президент Франции',
      'президент Франції',
    ],
  },
  {
    key: 'olaf-scholz',
    kind: 'person',
    names: { en: 'Olaf Scholz', ru: 'Олаф Шольц', uk: 'Олаф Шольц' },
    surnames: ['Scholz', 'Шольц'],
    givenNames: ['Olaf', 'Олаф'],
  },
  {
    key: 'joe-biden',
    kind: 'person',
    names: { en: 'Joe Biden', ru: 'Джо Байден', uk: 'Джо Байден' },
    surnames: ['Biden', 'Байден'],
    givenNames: ['Joe', 'Joseph', 'Джо', 'Джозеф'],
  },
  {
    key: 'donald-trump',
    kind: 'person',
    names: { en: 'Donald Trump', ru: 'Дональд Трамп', uk: 'Дональд Трамп' },
    surnames: ['Trump', 'Трамп'],
    givenNames: ['Donald', 'Дональд'],
  },
  {
    key: 'antony-blinken',
    kind: 'person',
    names: { en: 'Antony Blinken', ru: 'Энтони Блинкен', uk: 'Ентоні Блінкен' },
    surnames: ['Blinken', 'Блинкен', 'Блінкен'],
    givenNames: ['Antony', 'Anthony', 'Энтони', 'Ентоні'],
  },
  {
    key: 'recep-tayyip-erdogan',
    kind: 'person',
    names: { en: 'Recep Tayyip Erdoğan', ru: 'Реджеп Тайип Эрдоган', uk: 'Реджеп Таїп Ердоган' },
    surnames: ['Erdoğan', 'Erdogan', 'Эрдоган', 'Ердоган'],
    givenNames: ['Recep', 'Tayyip', 'Реджеп', 'Тайип', 'Таїп'],
  },
  {
    key: 'viktor-orban',
    kind: 'person',
    names: { en: 'Viktor Orbán', ru: 'Виктор Орбан', uk: 'Віктор Орбан' },
    surnames: ['Orbán', 'Orban', 'Орбан'],
    givenNames: ['Viktor', 'Виктор', 'Віктор'],
  },
  {
    key: 'dmytro-kuleba',
    kind: 'person',
    names: {
      en: 'Dmytro Kuleba',
      fr: 'Dmytro Kouleba',
      de: 'Dmytro Kuleba',
      ru: 'Дмитрий Кулеба',
      uk: 'Дмитро Кулеба',
    },
    surnames: ['Kuleba', 'Kouleba', 'Кулеба'],
    givenNames: ['Dmytro', 'Dmitro', 'Dmitri', 'Дмитрий', 'Дмитро'],
  },
  {
    key: 'andriy-yermak',
    kind: 'person',
    names: {
      en: 'Andriy Yermak',
      fr: 'Andriy Iermak',
      de: 'Andrij Jermak',
      pl: 'Andrij Jermak',
      ru: 'Андрей Ермак',
      uk: 'Андрій Єрмак',
    },
    surnames: ['Yermak', 'Iermak', 'Jermak', 'Ermak', 'Ермак', 'Єрмак'],
    givenNames: ['Andriy', 'Andrii', 'Andrij', 'Andrey', 'Андрей', 'Андрій'],
  },
  {
    key: 'sauli-niinisto',
    kind: 'person',
    names: { en: 'Sauli Niinistö', ru: 'Саули Ниинисте', uk: 'Саулі Нііністе' },
    surnames: ['Niinistö', 'Niinisto', 'Ниинисте', 'Нііністе'],
    givenNames: ['Sauli', 'Саули', 'Саулі'],
  },
  {
    key: 'ulf-kristersson',
    kind: 'person',
    names: { en: 'Ulf Kristersson', ru: 'Ульф Кристерссон', uk: 'Ульф Крістерссон' },
    surnames: ['Kristersson', 'Кристерссон', 'Крістерссон'],
    givenNames: ['Ulf', 'Ульф'],
  },
  {
    key: 'ursula-von-der-leyen',
    kind: 'person',
    names: { en: 'Ursula von der Leyen', ru: 'Урсула фон дер Ляйен', uk: 'Урсула фон дер Ляєн' },
    aliases: [
      'von der Leyen',
      'фон дер Ляйен',
      'фон дер Ляєн',
      'Урсула фон дер Ляйен',
      'Урсула фон дер Ляєн',
    ],
  },
  {
    key: 'andrzej-duda',
    kind: 'person',
    names: { en: 'Andrzej Duda', ru: 'Анджей Дуда', uk: 'Анджей Дуда' },
    surnames: ['Duda', 'Дуда'],
    givenNames: ['Andrzej', 'Анджей'],
  },
  {
    key: 'donald-tusk',
    kind: 'person',
    names: { en: 'Donald Tusk', ru: 'Дональд Туск', uk: 'Дональд Туск' },
    surnames: ['Tusk', 'Туск'],
    givenNames: ['Donald', 'Дональд'],
  },
  {
    key: 'nato',
    kind: 'institution',
    names: { en: 'NATO', fr: 'OTAN', es: 'OTAN', it: 'NATO', de: 'NATO', pl: 'NATO', ru: 'НАТО', uk: 'НАТО' },
    aliases: [
      'NATO',
      'OTAN',
      'НАТО',
      'North Atlantic Alliance',
      'Atlantic Alliance',
      'Alliance atlantique',
      'Alliance',
      'Organisation du traité de l’Atlantique Nord',
      'Nordatlantische Allianz',
      'Alianza Atlántica',
      'Alleanza Atlantica',
      'Sojusz Północnoatlantycki',
      'Североатлантический альянс',
      'Північноатлантичний альянс',
      'альянс',
    ],
  },
  {
    key: 'kremlin',
    kind: 'institution',
    names: {
      en: 'Kremlin',
      de: 'Kreml',
      es: 'Kremlin',
      it: 'Cremlino',
      pl: 'Kreml',
      ru: 'Кремль',
      uk: 'Кремль',
    },
    aliases: ['Kremlin', 'Kreml', 'Cremlino', 'Кремль'],
  },
  {
    key: 'russian-foreign-ministry',
    kind: 'institution',
    names: {
      en: 'Russian Foreign Ministry',
      fr: 'ministère russe des Affaires étrangères',
      de: 'russisches Außenministerium',
      ru: 'МИД России',
      uk: 'МЗС Росії',
    },
    aliases: [
      'МИД России',
      'МИД РФ',
      'российский МИД',
      'МЗС Росії',
      'МЗС РФ',
      'Russian Foreign Ministry',
      'Russia’s Foreign Ministry',
      'ministère russe des Affaires étrangères',
      'diplomatie russe',
      'russische Außenministerium',
    ],
  },
  {
    key: 'ukrainian-foreign-ministry',
    kind: 'institution',
    names: {
      en: 'Ukrainian Foreign Ministry',
      fr: 'ministère ukrainien des Affaires étrangères',
      ru: 'МИД Украины',
      uk: 'МЗС України',
    },
    aliases: [
      'МИД Украины',
      'МЗС України',
      'МЗС',
      'Ukrainian Foreign Ministry',
      'Ukraine’s Foreign Ministry',
      'ministère ukrainien des Affaires étrangères',
      'diplomatie ukrainienne',
    ],
  },
  {
    key: 'french-foreign-ministry',
    kind: 'institution',
    names: { en: 'French Foreign Ministry', fr: 'ministère des Affaires étrangères' },
    aliases: [
      'Quai d’Orsay',
      'ministère français des Affaires étrangères',
      'diplomatie française',
      'French Foreign Ministry',
    ],
  },
  {
    key: 'white-house',
    kind: 'institution',
    names: {
      en: 'White House',
      fr: 'Maison Blanche',
      de: 'Weißes Haus',
      es: 'Casa Blanca',
      it: 'Casa Bianca',
      pl: 'Biały Dom',
      ru: 'Белый дом',
      uk: 'Білий дім',
    },
    aliases: [
      'White House',
      'Maison Blanche',
      'Maison-Blanche',
      'Weißes Haus',
      'Weiße Haus',
      'Casa Blanca',
      'Casa Bianca',
      'Biały Dom',
      'Белый дом',
      'Білий дім',
    ],
  },
  {
    key: 'elysee',
    kind: 'institution',
    names: { en: 'Élysée', fr: 'Élysée', ru: 'Елисейский дворец', uk: 'Єлисейський палац' },
    aliases: [
      'Élysée',
      'palais de l’Élysée',
      'Elysee Palace',
      'Élysée-Palast',
      'Елисейский дворец',
      'Єлисейський палац',
    ],
  },
  {
    key: 'us-state-department',
    kind: 'institution',
    names: {
      en: 'State Department',
      fr: 'Département d’État',
      de: 'US-Außenministerium',
      ru: 'Госдепартамент США',
      uk: 'Держдепартамент США',
    },
    aliases: [
      'State Department',
      'US State Department',
      'Département d’État',
      'département d’État américain',
      'Госдеп',
      'Госдепартамент',
      'Госдепартамент США',
      'Держдеп',
      'Держдепартамент',
      'Держдепартамент США',
    ],
  },
  {
    key: 'pentagon',
    kind: 'institution',
    names: { en: 'Pentagon', fr: 'Pentagone', ru: 'Пентагон', uk: 'Пентагон' },
    aliases: ['Pentagon', 'Pentagone', 'Pentágono', 'Pentagono', 'Пентагон'],
  },
  {
    key: 'european-commission',
    kind: 'institution',
    names: {
      en: 'European Commission',
      fr: 'Commission européenne',
      de: 'EU-Kommission',
      es: 'Comisión Europea',
      it: 'Commissione europea',
      pl: 'Komisja Europejska',
      ru: 'Еврокомиссия',
      uk: 'Єврокомісія',
    },
    aliases: [
      'European Commission',
      'Commission européenne',
      'EU-Kommission',
      'Europäische Kommission',
      'Comisión Europea',
      'Commissione europea',
      'Komisja Europejska',
      'Еврокомиссия',
      'Европейская комиссия',
      'Єврокомісія',
      'Європейська комісія',
    ],
  },
  {
    key: 'united-nations',
    kind: 'institution',
    names: {
      en: 'United Nations',
      fr: 'ONU',
      de: 'UNO',
      es: 'ONU',
      it: 'ONU',
      pl: 'ONZ',
      ru: 'ООН',
      uk: 'ООН',
    },
    aliases: [
      'UN',
      'United Nations',
      'ONU',
      'Nations unies',
      'UNO',
      'Vereinte Nationen',
      'Naciones Unidas',
      'Nazioni Unite',
      'ONZ',
      'Organizacja Narodów Zjednoczonych',
      'ООН',
    ],
  },
  {
    key: 'verkhovna-rada',
    kind: 'institution',
    names: {
      en: 'Verkhovna Rada',
      fr: 'Rada',
      de: 'Werchowna Rada',
      ru: 'Верховная рада',
      uk: 'Верховна Рада',
    },
    aliases: ['Verkhovna Rada', 'Werchowna Rada', 'Верховная рада', 'Верховна Рада'],
  },
];

/** A lookup over alias entries: whole names and roles, folded, with case endings undone. */
export interface AliasTable {
  /** The entry a speaker's name denotes, if any ("Poutine", "Путіна", "OTAN"). */
  byName(name: string, caseEndings?: Record<string, CaseEnding[]>): AliasEntry | undefined;
  /**
   * The entry a role phrase denotes by itself ("chef du Kremlin", "Kremlin spokesman"); with `prefix`, the
   * phrase may go on after the role ("alta representante de la UE para Política Exterior").
   */
  byRole(role: string, prefix?: boolean): AliasEntry | undefined;
}

function fold(s: string): string {
  return foldText(s).replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

/** The name shown for `entry` in language `lang`. */
export function aliasName(entry: AliasEntry, lang: string): string {
  return entry.names[lang] ?? entry.names.en;
}

/** A case ending with its two sides folded. */
interface FoldedEnding {
  ending: CaseEnding;
  from: string;
  to: string;
}

/** A lexicon's `caseEndings`, case by case, folded once: `nominatives` runs for every name looked up. */
const foldedCaseEndings = new WeakMap<Record<string, CaseEnding[]>, FoldedEnding[][]>();

function foldedEndings(caseEndings: Record<string, CaseEnding[]>): FoldedEnding[][] {
  let known = foldedCaseEndings.get(caseEndings);
  if (!known) {
    known = Object.values(caseEndings).map((endings) =>
      endings.map((ending) => ({ ending, from: fold(ending.from), to: fold(ending.to) })),
    );
    foldedCaseEndings.set(caseEndings, known);
  }
  return known;
}

/** Nominative candidates of a folded word: itself, then every case ending rewrite that applies. */
export function nominatives(word: string, caseEndings: Record<string, CaseEnding[]> | undefined): string[] {
  const out = [word];
  if (!caseEndings) return out;
  for (const endings of foldedEndings(caseEndings)) {
    // (A name's ending may leave one letter of stem: "Orła" → "Orzeł"; a common word's leaves two.)
    const rule = endings.find(
      (e) => word.endsWith(e.from) && word.length > e.ending.from.length + (e.ending.namesOnly ? 0 : 1),
    );
    if (rule) out.push(word.slice(0, word.length - rule.ending.from.length) + rule.to);
  }
  return out;
}

/**
 * The alias table: `userAliases` first (they override defaults with the same key or names), then
 * `DEFAULT_ALIASES`. Build it once and reuse it: construction indexes every form.
 */
export function aliasTable(userAliases: readonly AliasEntry[] = []): AliasTable {
  const whole = new Map<string, AliasEntry>();
  const surnames = new Map<string, AliasEntry[]>();
  const given = new Map<AliasEntry, Set<string>>();
  const roles = new Map<string, AliasEntry>();
  const entries = [
    ...userAliases,
    ...DEFAULT_ALIASES.filter((d) => !userAliases.some((u) => u.key === d.key)),
  ];
  const put = (form: string, entry: AliasEntry) => {
    const f = fold(form);
    if (f && !whole.has(f)) whole.set(f, entry);
  };
  for (const entry of entries) {
    for (const n of Object.values(entry.names)) if (n) put(n, entry);
    for (const a of entry.aliases ?? []) put(a, entry);
    for (const s of entry.surnames ?? []) {
      const f = fold(s);
      const list = surnames.get(f);
      if (list) list.push(entry);
      else surnames.set(f, [entry]);
    }
    given.set(entry, new Set((entry.givenNames ?? []).map(fold)));
    for (const r of entry.roles ?? []) if (!roles.has(fold(r))) roles.set(fold(r), entry);
  }
  return {
    byName(name, caseEndings) {
      const f = fold(name);
      if (!f) return undefined;
      const hit = whole.get(f);
      if (hit) return hit;
      const words = f.split(' ');
      const last = words[words.length - 1]!;
      for (const candidate of nominatives(last, caseEndings)) {
        for (const entry of surnames.get(candidate) ?? []) {
          const names = given.get(entry)!;
          const before = words.slice(0, -1);
          if (before.every((w) => names.has(w) || nominatives(w, caseEndings).some((n) => names.has(n))))
            return entry;
        }
        const alias = whole.get([...words.slice(0, -1), candidate].join(' '));
        if (alias && candidate !== last) return alias;
      }
      return undefined;
    },
    byRole(role, prefix = false) {
      const words = fold(role).split(' ');
      for (let n = words.length; n >= (prefix ? 2 : words.length); n--) {
        const entry = roles.get(words.slice(0, n).join(' '));
        if (entry) return entry;
      }
      return undefined;
    },
  };
}

/** The default table, built once. */
let defaultTable: AliasTable | undefined;
export function defaultAliasTable(): AliasTable {
  defaultTable ??= aliasTable();
  return defaultTable;
}
