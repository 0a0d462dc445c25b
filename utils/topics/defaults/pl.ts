import type { DefaultTopicTerms } from './types';

// "NATO" does not decline in Polish; "Sojusz" does (Sojuszu, Sojuszem): stems with globs carry the case endings.
const NATO = '(NATO OR Sojusz* OR Paktu OR "Sojusz Północnoatlantycki")';
const UKRAINE = '(Ukrain* OR Kijow* OR Kijów OR Zełensk*)';
// Other things called security (energy, food…) that guarantees are given for.
const OTHER_SECURITY = '(energetyczn* OR żywnościow* OR gazow* OR jądrow*)';

export const pl: DefaultTopicTerms = {
  lang: 'pl',
  natoEnlargement: [
    `(rozszerzeni* OR rozszerza* OR rozszerzy* OR poszerzeni* OR poszerza* OR ekspansj*) NEAR/4 ${NATO}`,
    `(${NATO} OR ekspansj* OR rozszerzeni*) NEAR/4 "na wschód"`,
    `(członkostw* OR wstąpieni* OR wstąpi OR wstąpić OR wstąpiła OR wstąpiły OR przystąpieni* OR przystąpi* OR akcesj* OR akcesyjn* OR dołączy* OR dołączeni* OR przyjęci* OR przyjąć OR przyjmie* OR wejści* OR wejść OR wejdzie OR kandydat* OR wniosek OR wniosku) NEAR/4 ${NATO}`,
    `(zostać OR zostanie OR została OR zostały OR stać OR staje) NEAR/3 (członkiem OR członkami) NEAR/5 ${NATO}`,
    `("nowy członek" OR "nowym członkiem" OR "nowych członków" OR "32. członkiem") NEAR/5 ${NATO}`,
    `("otwartych drzwi" OR "otwarte drzwi") NEAR/8 ${NATO}`,
    `(drzwi OR "do drzwi") NEAR/3 ${NATO}`,
    `("pełnoprawnym członkiem" OR "drog* do" OR rezygn* OR "wyrzec* się") NEAR/5 ${NATO}`,
    '"Plan działań na rzecz członkostwa" OR "protokół akcesyjny" OR "protokoły akcesyjne" OR "protokołu akcesyjnego"',
    `ratyfik* NEAR/6 (członkostw* OR akcesj* OR wniosk*) NEAR/6 ${NATO}`,
    `"do NATO" OR "do Sojuszu"`,
    `(Rosj* OR rosyjsk* OR Moskw* OR Kreml*) NEAR/4 ("gwarancj* bezpieczeństwa" OR "żądani* bezpieczeństwa" OR "projekt* traktatu")`,
  ],
  securityGuarantees: [
    `("gwarancj* bezpieczeństwa" NEAR/3 NOT ("dla Rosji" OR "Rosji" OR "dla Moskwy")) NEAR/6 (Zachod* OR zachodni* OR NATO OR Waszyngton* OR USA OR "Stany Zjednoczone" OR "Stanów Zjednoczonych")`,
    `((ochron* OR parasol* OR chronić) NEAR/3 ${NATO}) NEAR/8 ${UKRAINE}`,
    `(("gwarancj* bezpieczeństwa" OR gwarant OR gwaranci OR gwarantów) NEAR/3 NOT ${OTHER_SECURITY}) NEAR/8 ${UKRAINE}`,
    `(gwarancj* NEAR/8 (członkostw* OR wstąpi* OR przystąpi* OR neutralnoś* OR neutraln*)) NEAR/8 ${UKRAINE}`,
    `((gwarancj* NEAR/4 (bezpieczeństw* OR suwerenności OR ochrony OR obrony OR chronić OR bronić)) NEAR/3 NOT ${OTHER_SECURITY}) NEAR/8 ${UKRAINE}`,
    `(("porozumieni* o bezpieczeństwie" OR "umow* o bezpieczeństwie" OR "umow* w sprawie bezpieczeństwa") NEAR/3 NOT ${OTHER_SECURITY}) NEAR/8 ${UKRAINE}`,
    '(memorand* NEAR/2 budapeszt*) OR "Memorandum Budapesztańskie"',
    '"koalicj* chętnych"',
    '("artykuł 5" OR "artykułu 5" OR "art. 5") NEAR/4 (podobn* OR wzór OR wzorowan* OR analogiczn* OR typu)',
  ],
};
