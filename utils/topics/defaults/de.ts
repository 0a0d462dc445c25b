import type { DefaultTopicTerms } from './types';

// German writes "Nato" and "NATO", and glues it into compounds: NATO-Osterweiterung, Nato-Beitritt, Natobeitritt.
const NATO =
  '(NATO OR Bündnis OR Militärbündnis OR Verteidigungsbündnis OR Allianz OR Nordatlantikpakt OR Nordatlantik*)';
const UKRAINE = '(Ukrain* OR Kiew OR Kyjiw OR Selenskyj)';
// Other things called security (energy, food…) that guarantees are given for.
const OTHER_SECURITY = '(Energie OR Gas OR Getreide OR Lebensmittel OR Transit)';

export const de: DefaultTopicTerms = {
  lang: 'de',
  natoEnlargement: [
    'NATO-*erweiterung* OR nato*erweiterung* OR NATO-Ausdehnung OR NATO-Ausweitung OR Nato-Expansion',
    `(Erweiterung OR erweitern OR erweitert OR *osterweiterung OR Ausdehnung OR Ausweitung OR Expansion) NEAR/5 ${NATO}`,
    'NATO-Beitritt* OR natobeitritt* OR NATO-Mitgliedschaft* OR natomitgliedschaft* OR NATO-Aufnahme* OR NATO-Kandidat* OR NATO-Beitrittsantrag OR NATO-Beitrittsgesuch',
    `(Beitritt OR Beitritts* OR Beitrittsantrag* OR Beitrittsgesuch* OR beitreten OR beizutreten OR beigetreten OR tritt OR Mitgliedschaft OR Aufnahme OR aufnehmen OR aufgenommen OR Beitrittskandidat* OR Mitgliedsantrag) NEAR/4 ${NATO}`,
    `(werden OR wird OR würde OR wurde OR geworden OR werde) NEAR/3 (Mitglied OR Mitgliedsland OR Mitgliedstaat) NEAR/5 ${NATO}`,
    `("offenen Tür" OR "offene Tür" OR "offene Türen") NEAR/8 ${NATO}`,
    `(Tür OR Türen OR Haustür OR "vor der Tür") NEAR/3 ${NATO}`,
    `("vollwertig* Mitglied" OR Vollmitglied* OR "Weg in" OR "Weg zur" OR verzicht* OR verzichten) NEAR/5 ${NATO}`,
    '"Aktionsplan zur Mitgliedschaft" OR Membership-Action-Plan OR Beitrittsprotokoll*',
    'Nichterweiterung OR Nicht-Erweiterung',
    `${NATO} NEAR/4 (ostwärts OR "nach Osten" OR "gen Osten")`,
    `"in die NATO" OR "ins Bündnis" OR "in das Bündnis" OR "in die Allianz"`,
    `(Russland OR russisch* OR Moskau OR Kreml) NEAR/4 (Sicherheitsgarantien OR Sicherheitsforderungen OR Vertragsentwurf OR Vertragsentwürfe)`,
  ],
  securityGuarantees: [
    `(Sicherheitsgarantie* NEAR/3 NOT ("für Russland" OR "an Russland" OR "für Moskau" OR Russlands)) NEAR/6 (Westen OR westlich* OR NATO OR Washington OR USA)`,
    `((Schutz OR Schutzschirm OR schützen OR Schutzschild) NEAR/3 ${NATO}) NEAR/8 ${UKRAINE}`,
    `((Sicherheitsgarantie* OR Sicherheitszusage* OR Schutzgarantie* OR Beistandsgarantie* OR Beistandszusage*) NEAR/3 NOT ${OTHER_SECURITY}) NEAR/8 ${UKRAINE}`,
    `(Garantie* NEAR/8 (Beitritt OR beitreten OR Mitgliedschaft OR Neutralität OR neutral)) NEAR/8 ${UKRAINE}`,
    `((Garantie* NEAR/4 (Sicherheit OR Souveränität OR Schutz OR schützen OR verteidigen)) NEAR/3 NOT ${OTHER_SECURITY}) NEAR/8 ${UKRAINE}`,
    `((Sicherheitsabkommen OR Sicherheitsvereinbarung* OR Sicherheitspakt OR Garantiestaat* OR Garantiemächte) NEAR/3 NOT ${OTHER_SECURITY}) NEAR/8 ${UKRAINE}`,
    '"Budapester Memorandum*" OR Budapest-Memorandum* OR "Memorandum von Budapest"',
    '"Koalition der Willigen"',
    '(Artikel-5* OR "Artikel 5") NEAR/4 (ähnlich* OR vergleichbar* OR Vorbild OR Muster OR nach)',
    'Rückversicherungstruppe* OR Rückversicherungs-Truppe*',
  ],
};
