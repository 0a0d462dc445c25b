import type { DefaultTopicTerms } from './types';

// How English-language news names the alliance: "NATO", "the Alliance", "the North Atlantic alliance".
const NATO = '(NATO OR alliance OR "North Atlantic Treaty Organization")';
const UKRAINE = '(Ukrain* OR Kyiv OR Kiev OR Zelensky* OR Zelenskiy)';
// Other things called security (energy, food…) that guarantees are given for.
const OTHER_SECURITY = '(energy OR food OR gas OR grain OR transit OR nuclear)';

export const en: DefaultTopicTerms = {
  lang: 'en',
  natoEnlargement: [
    `${NATO} NEAR/4 (enlargement OR enlarge OR enlarged OR enlarging OR expansion OR expand OR expanded OR expanding OR expansionism OR widening)`,
    `${NATO} NEAR/4 (eastward OR eastwards OR "further east")`,
    `(join OR joins OR joined OR joining OR accede OR accedes OR acceded OR acceding) NEAR/4 ${NATO}`,
    `(membership OR accession OR admission OR admit OR admits OR admitted OR admitting OR aspirant* OR candidacy OR candidate OR "membership bid" OR application OR apply OR applied OR applying) NEAR/4 ${NATO}`,
    `("new member*" OR "full member*" OR "path to" OR "road to" OR "way to" OR "future in") NEAR/4 ${NATO}`,
    `(renounce* OR abandon* OR "give up" OR "gives up" OR forgo*) NEAR/5 ${NATO}`,
    `("31st member" OR "32nd member" OR "newest member") NEAR/6 ${NATO}`,
    `"open door*" NEAR/8 ${NATO}`,
    `(door OR doors OR doorstep) NEAR/3 ${NATO}`,
    '"open-door policy"',
    '"Membership Action Plan"',
    '"accession protocol*"',
    `ratif* NEAR/6 (accession OR membership OR bid) NEAR/6 ${NATO}`,
    '"non-enlargement" OR "no further expansion" OR "halt to NATO expansion"',
    `"into NATO" OR "into the alliance"`,
    `(Russia OR Russian OR Moscow OR Kremlin) NEAR/3 ("security demands" OR "security proposals" OR "draft treaty" OR "draft treaties")`,
    `"guarantees for Russia" OR "guarantees for the Russian Federation" OR "guarantees to Russia" OR "guarantees to the Russian Federation"`,
  ],
  securityGuarantees: [
    // The guarantees Russia demanded for itself in 2021–22 were about halting NATO's growth (natoEnlargement).
    `("security guarantee*" NEAR/3 NOT ("for Russia" OR "for the Russian Federation" OR "to Russia" OR "to the Russian Federation" OR "for Moscow" OR "Russia's")) NEAR/6 (West OR Western OR NATO OR Washington OR "United States" OR US)`,
    `((protection OR protect OR umbrella OR shield) NEAR/3 ${NATO}) NEAR/8 ${UKRAINE}`,
    `(("security guarantee*" OR "guarantee* of security" OR "security assurance*" OR "safety guarantee*" OR "legally binding guarantee*") NEAR/3 NOT ${OTHER_SECURITY}) NEAR/8 ${UKRAINE}`,
    `(guarantee* NEAR/8 (join OR joining OR joins OR membership OR accession OR neutral OR neutrality)) NEAR/8 ${UKRAINE}`,
    `((guarantee* NEAR/4 (security OR safety OR sovereignty OR protection OR defence OR defense OR protect OR defend)) NEAR/3 NOT ${OTHER_SECURITY}) NEAR/8 ${UKRAINE}`,
    `(("security commitment*" OR "security arrangement*" OR "security agreement*" OR "security pact*" OR guarantor*) NEAR/3 NOT ${OTHER_SECURITY}) NEAR/8 ${UKRAINE}`,
    '"Budapest Memorandum" OR "Budapest memo" OR "Budapest agreement"',
    '"coalition of the willing"',
    '"Article 5" NEAR/3 (like OR style OR type OR similar OR equivalent OR modelled OR modeled)',
    '"Article Five" NEAR/3 (like OR style OR type OR similar OR equivalent)',
    '"reassurance force" OR "Kyiv Security Compact"',
  ],
};
