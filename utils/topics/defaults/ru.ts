import type { DefaultTopicTerms } from './types';

// Russian declines everything but "НАТО": stems with globs carry the case endings (альянса, членства, вступления).
const NATO = '(НАТО OR альянс* OR "Североатлантического альянса")';
const UKRAINE = '(Украин* OR Киев* OR Зеленск*)';
// Other things called security (energy, food…) that guarantees are given for.
const OTHER_SECURITY = '(энергетическ* OR продовольственн* OR газов* OR ядерн*)';

export const ru: DefaultTopicTerms = {
  lang: 'ru',
  natoEnlargement: [
    `(расширени* OR расширя* OR расширит* OR экспанси* OR продвижени* OR продвига*) NEAR/4 ${NATO}`,
    `(${NATO} OR расширени* OR экспанси* OR продвижени*) NEAR/4 "на восток"`,
    'нерасширени*',
    `(вступлени* OR вступить OR вступит OR вступила OR вступили OR вступят OR членств* OR присоединени* OR присоедин* OR кандидат* OR заявк* OR "принять в" OR "приняты в" OR "принята в" OR приём OR прием OR приема) NEAR/4 ${NATO}`,
    `(стать OR станет OR стала OR стали OR станут) NEAR/3 (членом OR членами) NEAR/5 ${NATO}`,
    `("открытых дверей" OR "открытые двери") NEAR/8 ${NATO}`,
    `(дверь OR двери OR дверей OR порога OR пороге) NEAR/3 ${NATO}`,
    `("полноправн* член*" OR "пут* в" OR отказ*) NEAR/5 ${NATO}`,
    '"План действий по членству" OR "ПДЧ" OR "протокол* о вступлении"',
    `ратифик* NEAR/6 (вступлени* OR членств* OR заявк*) NEAR/6 ${NATO}`,
    `вхождени* NEAR/3 (НАТО OR альянс*)`,
    `(Росси* OR российск* OR Москв* OR Кремл*) NEAR/4 ("гаранти* безопасности" OR "предложени* по безопасности" OR "проект* договор*")`,
  ],
  securityGuarantees: [
    `("гаранти* безопасности" NEAR/3 NOT ("для России" OR "России" OR "для Москвы" OR "Российской Федерации")) NEAR/6 (Запад* OR западн* OR НАТО OR Вашингтон* OR США)`,
    `((защит* OR зонтик* OR защищ*) NEAR/3 ${NATO}) NEAR/8 ${UKRAINE}`,
    `(("гаранти* безопасности" OR гарант OR гаранты OR гарантов OR гарантом) NEAR/3 NOT ${OTHER_SECURITY}) NEAR/8 ${UKRAINE}`,
    `(гаранти* NEAR/8 (вступ* OR членств* OR присоедин* OR нейтралитет* OR нейтральн*)) NEAR/8 ${UKRAINE}`,
    `((гаранти* NEAR/4 (безопасност* OR суверенитет* OR защит*)) NEAR/3 NOT ${OTHER_SECURITY}) NEAR/8 ${UKRAINE}`,
    `(("соглашени* о безопасности" OR "договор* о безопасности" OR "обязательств* в сфере безопасности") NEAR/3 NOT ${OTHER_SECURITY}) NEAR/8 ${UKRAINE}`,
    '(будапештск* NEAR/2 меморандум*) OR "Будапештский меморандум"',
    '"коалици* желающих" OR "коалици* решительных"',
    '("статья 5" OR "статьи 5" OR "статьей 5") NEAR/4 (аналог* OR подобн* OR образц* OR образец OR типа)',
  ],
};
