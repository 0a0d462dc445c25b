import type { DefaultTopicTerms } from './types';

// "dell’Alleanza", "nell'Alleanza": the elided preposition splits off at the apostrophe.
const NATO = '(NATO OR Alleanza OR "Alleanza atlantica" OR "Patto atlantico")';
const UKRAINE = '(Ucraina OR ucrain* OR Kiev OR Kyiv OR Zelensky*)';
// Other things called security (energy, food…) that guarantees are given for.
const OTHER_SECURITY = '(energetica OR energetiche OR alimentare OR alimentari OR gas OR nucleare)';

export const it: DefaultTopicTerms = {
  lang: 'it',
  natoEnlargement: [
    `(allargamento OR allargamenti OR allargare OR allargarsi OR espansione OR espandersi OR estensione OR estendere) NEAR/4 ${NATO}`,
    `(${NATO} OR espansione OR allargamento OR avanzata) NEAR/4 ("verso est" OR "verso oriente")`,
    `(adesione OR aderire OR aderisce OR aderiscano OR aderirà OR ingresso OR entrare OR entri OR entrino OR entrata OR entrerà OR candidatura OR candidato OR candidati OR domanda OR richiesta) NEAR/4 ${NATO}`,
    `(diventare OR diventa OR diventi OR diventano OR diventerà OR diventato OR diventata) NEAR/3 (membro OR membri) NEAR/5 ${NATO}`,
    `("nuovo membro" OR "nuovi membri" OR "32esimo membro" OR "trentaduesimo membro") NEAR/5 ${NATO}`,
    `("porta aperta" OR "porte aperte") NEAR/8 ${NATO}`,
    `("alla porta" OR "alle porte" OR "la porta") NEAR/3 ${NATO}`,
    `("membro a pieno titolo" OR "percorso verso" OR "cammino verso" OR rinuncia* OR rinunciare) NEAR/5 ${NATO}`,
    '"Piano d\'azione per l\'adesione" OR "protocollo di adesione" OR "protocolli di adesione"',
    `ratific* NEAR/6 (adesione OR ingresso OR candidatura) NEAR/6 ${NATO}`,
    `"nella NATO" NEAR/3 (ingresso OR entrare OR entrata OR entri OR integrazione)`,
    `(Russia OR russo OR russa OR Mosca OR Cremlino) NEAR/4 ("richieste di sicurezza" OR "garanzie di sicurezza" OR "bozz* di trattato")`,
  ],
  securityGuarantees: [
    `("garanzie di sicurezza" NEAR/3 NOT ("per la Russia" OR "alla Russia" OR "per Mosca" OR "della Russia")) NEAR/6 (Occidente OR occidentali OR NATO OR Washington OR "Stati Uniti")`,
    `((protezione OR proteggere OR ombrello OR scudo) NEAR/3 ${NATO}) NEAR/8 ${UKRAINE}`,
    `(("garanzie di sicurezza" OR "garanzia di sicurezza" OR "garanzie per la sicurezza" OR garante OR garanti) NEAR/3 NOT ${OTHER_SECURITY}) NEAR/8 ${UKRAINE}`,
    `(garanzi* NEAR/8 (adesione OR aderire OR ingresso OR neutralità OR neutrale)) NEAR/8 ${UKRAINE}`,
    `((garanzi* NEAR/4 (sicurezza OR sovranità OR protezione OR difesa OR proteggere OR difendere)) NEAR/3 NOT ${OTHER_SECURITY}) NEAR/8 ${UKRAINE}`,
    `(("accord* di sicurezza" OR "impegn* di sicurezza") NEAR/3 NOT ${OTHER_SECURITY}) NEAR/8 ${UKRAINE}`,
    '"Memorandum di Budapest" OR "Memorandum of Budapest"',
    '"coalizione dei volenterosi" OR "coalizione dei volonterosi"',
    '"articolo 5" NEAR/4 (tipo OR simile OR analogo OR equivalente OR ispirat* OR modello)',
    '"forza di rassicurazione"',
  ],
};
