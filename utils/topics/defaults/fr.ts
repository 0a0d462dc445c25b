import type { DefaultTopicTerms } from './types';

// "l’OTAN", "de l'Alliance atlantique": the apostrophe splits the elided article off, so OTAN matches there.
const NATO = '(OTAN OR NATO OR Alliance OR "Organisation du traité de l\'Atlantique nord")';
const UKRAINE = '(Ukrain* OR Kiev OR Kyiv OR Zelensky* OR Zelenski*)';
// Other things called security (energy, food…) that guarantees are given for.
const OTHER_SECURITY = '(énergétique OR énergétiques OR alimentaire OR alimentaires OR gaz OR nucléaire)';

export const fr: DefaultTopicTerms = {
  lang: 'fr',
  natoEnlargement: [
    `${NATO} NEAR/4 (élargissement* OR élargir OR élargit OR élargira* OR élargie OR expansion OR extension OR étendre OR "avancée")`,
    `(${NATO} OR expansion OR élargissement OR extension) NEAR/4 "vers l'est"`,
    `(adhésion OR adhésions OR adhérer OR adhère OR adhèrent OR adhéré OR adhérera* OR rejoindre OR rejoint OR rejoignent OR rejoigne OR intégrer OR intègre OR intégration OR entrée OR entrées OR entré OR entrés OR entrer OR entrent OR entrera OR entreront OR entrerait OR candidature* OR candidat* OR intégrera*) NEAR/4 ${NATO}`,
    `(devenir OR devient OR deviennent OR devenue OR devenu OR deviendra*) NEAR/3 (membre OR membres) NEAR/5 ${NATO}`,
    `("nouveau membre" OR "nouveaux membres" OR "membre à part entière" OR "32e membre" OR "31e membre" OR "chemin de" OR "route vers" OR "avenir dans") NEAR/5 ${NATO}`,
    `(renonce* OR renoncer OR renonciation OR abandonne* OR abandonner) NEAR/5 ${NATO}`,
    `("porte ouverte" OR "portes ouvertes") NEAR/8 ${NATO}`,
    `("à la porte" OR "aux portes" OR "la porte") NEAR/4 ${NATO}`,
    '"plan d\'action pour l\'adhésion" OR "protocole* d\'adhésion"',
    `ratifi* NEAR/6 (adhésion OR candidature) NEAR/6 ${NATO}`,
    'non-élargissement',
    `(Russie OR russe OR russes OR Moscou OR Kremlin) NEAR/4 ("exigences de sécurité" OR "projet* de traité" OR "projet* d'accord")`,
    `"garanties pour la Russie" OR "garanties de sécurité à la Russie"`,
  ],
  securityGuarantees: [
    `("garanties de sécurité" NEAR/3 NOT ("pour la Russie" OR "à la Russie" OR "pour la Fédération de Russie" OR "à la Fédération de Russie" OR "pour Moscou" OR "de la Russie")) NEAR/6 (Occident OR occidentaux OR OTAN OR Washington OR "États-Unis")`,
    `((protection OR protéger OR protège OR parapluie OR bouclier) NEAR/3 ${NATO}) NEAR/8 ${UKRAINE}`,
    `(("garantie* de sécurité" OR "garantie* sécuritaire*" OR "garantie* pour la sécurité" OR garant OR garants) NEAR/3 NOT ${OTHER_SECURITY}) NEAR/8 ${UKRAINE}`,
    `(garantie* NEAR/8 (adhésion OR adhérer OR rejoindre OR neutralité OR neutre)) NEAR/8 ${UKRAINE}`,
    `((garantie* NEAR/4 (sécurité OR souveraineté OR protection OR défense OR protéger OR défendre)) NEAR/3 NOT ${OTHER_SECURITY}) NEAR/8 ${UKRAINE}`,
    `(("accord* de sécurité" OR "engagement* de sécurité" OR "pacte de sécurité" OR "accord* de coopération") NEAR/3 NOT ${OTHER_SECURITY}) NEAR/8 ${UKRAINE}`,
    '"mémorandum de Budapest" OR "memorandum de Budapest" OR "accord* de Budapest"',
    '"coalition des volontaires" OR "coalition des pays volontaires" OR "coalition de volontaires"',
    '"article 5" NEAR/4 (type OR semblable OR similaire OR équivalent OR inspiré* OR modèle)',
    '"force de réassurance"',
  ],
};
