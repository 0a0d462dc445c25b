import type { DefaultTopicTerms } from './types';

// Ukrainian declines everything but "НАТО": stems with globs carry the case endings (альянсу, членства, вступу).
const NATO = '(НАТО OR альянс* OR "Північноатлантичного альянсу")';
const UKRAINE = '(Україн* OR Київ* OR Києв* OR Зеленськ*)';
// Other things called security (energy, food…) that guarantees are given for.
const OTHER_SECURITY = '(енергетичн* OR продовольч* OR газов* OR ядерн*)';

export const uk: DefaultTopicTerms = {
  lang: 'uk',
  natoEnlargement: [
    `(розширенн* OR розшир* OR експансі*) NEAR/4 ${NATO}`,
    `(${NATO} OR розширенн* OR експансі* OR просуванн*) NEAR/4 "на схід"`,
    `(вступ OR вступу OR вступі OR вступом OR вступити OR вступить OR вступила OR вступили OR членств* OR приєднанн* OR приєдна* OR кандидат* OR заявк* OR прийнятт* OR прийняти OR приймуть OR інтеграці* OR євроатлантичн*) NEAR/4 ${NATO}`,
    `(стати OR стане OR стала OR стали OR станемо) NEAR/3 (членом OR членами OR члени) NEAR/5 ${NATO}`,
    `("відкритих дверей" OR "відкриті двері") NEAR/8 ${NATO}`,
    `(двері OR дверей OR порога OR порозі) NEAR/3 ${NATO}`,
    `("повноправн* член*" OR "шлях* до" OR "шлях* в" OR відмов*) NEAR/5 ${NATO}`,
    '"План дій щодо членства" OR "ПДЧ" OR "протокол* про вступ"',
    `ратифік* NEAR/6 (вступ* OR членств*) NEAR/6 ${NATO}`,
    'нерозширенн*',
    `"до НАТО" NEAR/3 (вступ* OR приєдна* OR шлях* OR рух*)`,
    `(Росі* OR російськ* OR Москв* OR Кремл*) NEAR/4 ("гаранті* безпеки" OR "безпеков* вимог*" OR "проєкт* договор*")`,
  ],
  securityGuarantees: [
    `("гаранті* безпеки" NEAR/3 NOT ("для Росії" OR "Росії" OR "для Москви")) NEAR/6 (Заход* OR західн* OR НАТО OR Вашингтон* OR США)`,
    `((захист* OR парасольк* OR захищ*) NEAR/3 ${NATO}) NEAR/8 ${UKRAINE}`,
    `(("гаранті* безпеки" OR "безпеков* гаранті*" OR гарант OR гаранти OR гарантів) NEAR/3 NOT ${OTHER_SECURITY}) NEAR/8 ${UKRAINE}`,
    `(гаранті* NEAR/8 (вступ* OR членств* OR приєдна* OR нейтраліт* OR нейтральн*)) NEAR/8 ${UKRAINE}`,
    `((гаранті* NEAR/4 (безпек* OR суверенітет* OR захист* OR захищ*)) NEAR/3 NOT ${OTHER_SECURITY}) NEAR/8 ${UKRAINE}`,
    `(("безпеков* угод*" OR "угод* про безпеку" OR "безпекових зобов'язань") NEAR/3 NOT ${OTHER_SECURITY}) NEAR/8 ${UKRAINE}`,
    '(будапештськ* NEAR/2 меморандум*) OR "Будапештський меморандум"',
    '"коаліці* охочих" OR "коаліці* рішучих"',
    '("стаття 5" OR "статті 5" OR "статтею 5") NEAR/4 (аналог* OR подібн* OR зразк* OR зразок OR кшталт)',
  ],
};
