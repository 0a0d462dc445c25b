/**
 * What the statement extractor needs to know about one language: data only, no logic.
 * Adding a language means adding a file that exports a `Lexicon` and registering it in `./index.ts`.
 *
 * Writing conventions for every word list below:
 * - write words as they appear in text (accents, case as you like): the engine folds them with `foldText`
 *   (lower case, no diacritics, one kind of apostrophe `'`, quote and dash) before matching, and matches
 *   whole words only;
 * - a multiword entry is written with single spaces between its words ("fait savoir", "made clear");
 *   an elided word keeps its apostrophe and is written as its own word ("qu'", "d'après", "l'");
 * - any word may be a glob with `*` at its end ("déclar*": any letters follow) or at its start
 *   ("*erweiterung"); `*` alone is not allowed. Prefer explicit forms when a glob would also catch nouns.
 *
 * The interface only grows compatibly (new optional fields); a change is announced in /work/coord/log.md.
 */

import type { CueClass } from '../../types';

/** What a cue verb does, for display and filtering (issue 6: statement types); declared with `Statement`. */
export type { CueClass };

/** A noun cue and the prepositions written after it (`Lexicon.positionNounCues`). */
export interface NounCueEntry {
  /** The noun with its preposition, as written ("criticism of", "disdain for"). */
  forms: string[];
  class: CueClass;
}

export type Gender = 'm' | 'f' | 'n';
export type GrammaticalNumber = 'sg' | 'pl';

/** A verb (or verbal phrase) that reports speech or a stated position. */
export interface CueEntry {
  /**
   * Every inflected form that may head an attribution: finite forms, participles (they combine with
   * `auxiliaries`: "a déclaré", "has said", "hat gesagt"), gerunds ("saying", "ajoutant", "заявив").
   * Multiword cues (periphrases) are written with spaces: "fait savoir", "made clear", "mis en garde".
   */
  forms: string[];
  class: CueClass;
  /**
   * What the cue may introduce. Default: `{ clause: true, direct: true }`.
   * - `clause`: a complement clause, with or without a complementizer ("said (that) …", "a déclaré que …");
   * - `direct`: a quotation in quote marks, before or after the cue, or after a colon;
   * - `object`: a noun-phrase object, which counts as a statement only when it holds a quoted fragment
   *   ("a salué comme un « signal positif » les pourparlers", "denied the 'baseless' claims").
   */
  introduces?: { clause?: boolean; direct?: boolean; object?: boolean };
  /**
   * Forms that head an attribution only after one of `auxiliaries` ("déclaré" in "a déclaré", "ayant
   * déclaré"), because alone they are adjectives or passives ("les préoccupations soulignées par …").
   */
  participles?: string[];
  /**
   * In a language that drops its complementizer (`Lexicon.zeroComplementizer`), this verb takes a bare
   * clause even when a noun phrase follows it ("said the station had…", "argues the plan fails"); other
   * verbs then need a verb soon after the noun phrase, which is otherwise their object ("confirmed the
   * move"). Optional.
   */
  bareClause?: boolean;
  /**
   * The clause after the cue must open with a complementizer ("the poll found that …", "the data show that
   * …"): with none, what follows is the verb's object ("found the body", "showed the way"). Optional.
   */
  needsComplementizer?: boolean;
  /**
   * The cue reports findings ("polls show Clinton ahead", "a study found 31 cases"): after a subject headed
   * by one of `Lexicon.evidenceNouns` its object is the content even with no complementizer, while after any
   * other subject ("showed the way", "found the body") it still needs one. Optional.
   */
  evidence?: boolean;
  /** The noun phrase right after the cue is the addressee ("told Macron that", "assured reporters"). */
  addresseeObject?: boolean;
  /**
   * Prepositions that open the content after the cue's addressee as a complementizer would, where the
   * language puts one before an infinitive: the charge of an accusation ("acusó al Gobierno de no tener …",
   * "acusó a Rusia de querer …"). Only after an addressee. Optional.
   */
  objectComplementizers?: string[];
  /**
   * The cue reports an act whose content is an infinitive clause, right after it or after its object ("vowed
   * to fight", "urged Congress to act", "called on Moscow to withdraw"): the object, when there is one, belongs
   * to the content (what is demanded is that Congress act). Needs `Lexicon.infinitiveOpeners`. Optional.
   */
  infinitive?: boolean;
  /**
   * The content is an infinitive right after the cue, with no particle before it, recognised by its ending
   * (`Lexicon.infinitiveEndings`): French "veut fermer les mines", "a décidé de retirer" (the "de" written in
   * the cue's forms). Optional.
   */
  bareInfinitive?: boolean;
  /**
   * With `infinitive`: the infinitive's opener stands right after the cue (adverbs aside), as for verbs that
   * take no object before it ("declined to comment", "refused to sign"; not "declined from 58 to 55 percent").
   * Optional.
   */
  infinitiveRightAfter?: boolean;
  /**
   * A noun-phrase object is the content even without a quotation: demands and proposals name what is asked
   * for ("called for a ceasefire", "demanded his resignation"). Optional.
   */
  objectContent?: boolean;
  /**
   * With `objectContent`: an object of one word is content too when it is a name ("endorsed Clinton"); otherwise
   * it takes two. Optional.
   */
  oneWordObject?: boolean;
  /**
   * A noun-phrase object followed by one of `Lexicon.predicativeMarkers` and its complement is the content
   * ("described the plan as reckless", "cited the figures as proof", "called the vote a mistake"). Optional.
   */
  objectAs?: boolean;
  /**
   * A preposition the verb governs, which verb second may part from it by the subject and adverbials:
   * "sprach der Präsident von einer Katastrophe", "rechnet der Wetterdienst am Montag mit Sturm". The finite
   * forms count as the cue only with it at most eight words after them, the participles with it before them
   * ("hat von einer Katastrophe gesprochen"). Optional.
   */
  governs?: string[];
  /**
   * In the passive with a named agent the cue still reports what the agent said, and the sentence is the
   * statement: "Ihm wird von der Opposition Betrug vorgeworfen.", "Von der Regierung wurde der Plan
   * begrüßt." Needs `Lexicon.agentMarkers`; a passive without an agent reports nothing. Optional.
   */
  passiveReports?: boolean;
  /**
   * In the passive with its agent after one of `Lexicon.agentMarkers`, the agent holds the position and the
   * clause's subject is what it is held on: "Trump is supported by far fewer publications" (agent-passive.ts;
   * English position cues). Optional.
   */
  agentPassive?: boolean;
  /**
   * Words that, right after the verb (or after a subject pronoun that follows it), make it another verb that
   * reports nothing: the German reflexive in "meldete sich bei ihnen" (got in touch), "ergab sich" (came
   * about), "erinnerte sich" (remembered). Optional.
   */
  notBefore?: string[];
  /**
   * Nouns that, as the verb's object within a few words of it on either side in its sentence, make it another
   * verb that reports nothing: casualties in "das Unglück forderte 35 Tote", "Zwölf Todesopfer forderte der
   * Sturm" (claimed lives). Written like the other word lists (no globs). Optional.
   */
  notWith?: string[];
  /**
   * The cue is an adverbial phrase, not a verb (German "mit den Worten", English "in the words of" aside): the
   * speaker is the subject of the clause's own verb, wherever it stands ("Der Trainer verabschiedete sich mit
   * den Worten „…“", "Mit den Worten „…“ eröffnete die Präsidentin die Sitzung"). Optional.
   */
  adverbial?: boolean;
  /**
   * Where speech acts report their object (`Lexicon.objectReports`), this verb's object is a statement only
   * when a quotation closes it ("verteidigte die Bezeichnung „Chaoten“" → the quoted words): with a plain
   * object it names an act ("verteidigte den Titel"). Optional.
   */
  quotedObjectOnly?: boolean;
  /**
   * A noun cue ("decision", "refusal", "belief"): it reports only after a possessor, who is its source, and with
   * its clause or infinitive after it: "the governor's decision to close …", "her belief that …"
   * (`Lexicon.possessivePronouns`). Optional.
   */
  possessed?: boolean;
  /**
   * A verb of opinion ("think", "believe"): it reports a held view, not a speech event. Outside quotation marks,
   * with a first-person subject it is the writer's own view ("I believe our media …"), which the article does
   * not report as anyone's statement. Optional.
   */
  opinion?: boolean;
  /**
   * The verb reports only what a document says, its subject a document adverb (`Lexicon.documentAdverbs`:
   * "Darin steht: „…“") or a fronted phrase naming a document ("Im Bericht steht, dass …"); elsewhere it is
   * another verb ("Die Regierung steht vor einer Krise"). Optional.
   */
  documentOnly?: boolean;
  /**
   * Separable particles (German): the finite form in `forms` heads the cue and one of these closes the clause
   * or stands right before the reported content: "teilte … mit", "wies … zurück", "kündigte … an", "gab …
   * bekannt". The joined forms ("mitteilte", "mitgeteilt", "bekanntgegeben") stay in `forms`/`participles`.
   */
  particles?: string[];
}

/** A pair of quotation marks as the language uses them. Nesting is allowed (« … “ … ” … »). */
export interface QuotePair {
  open: string;
  close: string;
}

/**
 * A marker that attributes content without a verb: "selon X", "d'après X", "according to X", "laut X",
 * "по словам X", "X zufolge".
 */
export interface AccordingToMarker {
  /** The marker, written like the other word lists ("selon", "d'après", "according to", "по словам"). */
  form: string;
  /** Where the speaker stands: right after the marker (default, "selon X") or right before it ("X zufolge"). */
  speaker?: 'after' | 'before';
  /**
   * True when the marker attributes only at the edge of the sentence after a comma (German ", so Merkel."):
   * such short, ambiguous words are not taken inside a clause.
   */
  clauseFinalOnly?: boolean;
  /**
   * True when the marker attributes only at the start of a sentence, before a comma (French "Pour X, …"):
   * inside a clause the word has other meanings ("une provocation pour les salariés"). With
   * `clauseFinalOnly` too, the marker attributes at either edge (Italian "Per Conte, …" and "…, per Conte.").
   */
  sentenceInitialOnly?: boolean;
  /**
   * The case the marker governs ("gen" for "по словам Путина", "według Tuska"): the speaker's words are brought
   * back to the nominative with the lexicon's `caseEndings[case]` to give the canonical name. Optional.
   */
  case?: string;
  /**
   * The marker holds its own possessive pronoun ("по его словам", "jego zdaniem", "seiner Meinung nach",
   * "a suo avviso"): the speaker is the nearest earlier speaker compatible with it. Optional.
   */
  refersBack?: { gender?: Gender; number: GrammaticalNumber };
  /**
   * With `speaker: 'before'`, for a marker that is also a common preposition (German postposed "nach"): the
   * phrase before it counts as a source only when one of these nouns heads it ("Angaben des Ministeriums
   * nach", "Celebis Angaben nach", "dem Bericht der Zeitung nach"); `*` at the start matches the noun and
   * its compounds ("*angaben": "Angaben", "Polizeiangaben"). Optional.
   */
  heads?: string[];
}

/** A suffix rewrite from an oblique case to the nominative ("ого" → "ий": "Зеленского" → "Зеленский"). */
export interface CaseEnding {
  from: string;
  to: string;
  /** Only for words that start with a capital (names), not for roles and common nouns. Optional. */
  namesOnly?: boolean;
}

/** A subject pronoun that can stand for a speaker. */
export interface PronounEntry {
  form: string;
  gender?: Gender; // absent: any gender ("they", "on", "мы")
  number: GrammaticalNumber;
  /** First/second person pronouns ("je", "we") refer to the speaker of a quote, not to an earlier name. */
  person?: 1 | 2 | 3; // default 3
  /**
   * An indefinite subject (German "man"): it stands for the institution or group that spoke last ("Die
   * Regierung sagt, … . Man betont auch, …"), never for a person; with none, the speaker stays unknown.
   */
  indefinite?: boolean;
}

/**
 * A role or title ("président", "ministre", "porte-parole", "spokesman", "Kanzler"), or a generic noun for
 * people who speak ("officials", "experts", "witnesses", "sources"). Role nouns head noun phrases such as
 * "le président russe Vladimir Poutine" (speaker "Vladimir Poutine", role "président russe") and, alone,
 * point back to the nearest compatible earlier speaker ("le président russe" → "Vladimir Poutine").
 */
export interface RoleEntry {
  /** Every form, both genders and numbers if they differ; multiword roles allowed ("premier ministre"). */
  forms: string[];
  gender?: Gender;
  number?: GrammaticalNumber; // default 'sg'
  /** Generic people nouns ("sources", "experts", "officials") are never resolved back to a named person. */
  generic?: boolean;
}

/** A named institution that speaks as one ("le Kremlin", "l'Élysée", "the White House", "the State Department"). */
export interface InstitutionEntry {
  /** The canonical name shown as speaker ("Kremlin", "Élysée", "White House"). */
  canonical: string;
  /** Forms as written without the article ("Kremlin", "Elysée", "Maison Blanche", "State Department"). */
  forms: string[];
}

export interface Lexicon {
  /** ISO 639-1. */
  lang: string;
  /** Verbs and verbal phrases that report speech. */
  cues: CueEntry[];
  /**
   * Verbs of a held position or an intention, of class "position" ("wants to", "plans to", "supports",
   * "refused to", "veut", "prévoit de"): read as cues only in the positions mode (`ExtractOptions.positions`),
   * for sets and users that count attribution in the broad sense (what a source says, wants, plans, found,
   * supports), not speech alone. In that mode a form listed here and in `cues` is read as listed here
   * ("hope" taking an infinitive too). Optional.
   */
  positionCues?: CueEntry[];
  /**
   * Whether a negated speech cue before a reported question reports ("has not said when …", "could not explain
   * why …"): set by the positions mode only (`positionsLexicon`), whose sets count what a source leaves open as a
   * position on it; elsewhere a negated cue reports nothing. Optional.
   */
  negatedSpeechReports?: boolean;
  /**
   * Whether a negated cue of `positionCues` reports the position it withholds ("did not address the charges",
   * "has not mentioned the rally", "never criticized the plan"): set by the positions mode only
   * (`positionsLexicon`), whose sets count a stance refused as one taken; a one-word negation then stands in the
   * cue's auxiliary chain. Elsewhere a negated cue reports nothing. Optional.
   */
  negatedCuesReport?: boolean;
  /**
   * Whether a cue whose subject is a relative pronoun after a comma reports when the speaker grammar reads no
   * antecedent ("…, the two largest economies, which vowed to …"): set by the positions mode only
   * (`positionsLexicon`), whose sets count what a relative clause reports of its antecedent; the antecedent is
   * then the phrase before the comma (`relativeAntecedent`). Optional.
   */
  relativeSubjectsReport?: boolean;
  /** In the positions mode, more `nounHomographs`: forms of `positionCues` as often nouns ("the plan"). Optional. */
  positionNounHomographs?: string[];
  /**
   * In the positions mode, more `evidenceNouns`: sources that show a scene or make a case rather than state a
   * finding ("video shows him with his hands up", "the ad mentions the pardon"), whose content the positions
   * mode counts as it counts a poll's. Optional.
   */
  positionEvidenceNouns?: string[];
  /**
   * Nouns that make a number a share of the people polled ("46 percent", "12 per cent"): a poll reports its
   * respondents by their share, the subject of the stance they gave ("46 percent would back …", "5 percent
   * prefer …"). Read in the positions mode. Optional.
   */
  shareNouns?: string[];
  /**
   * Catenative verbs, written with the word that joins them to the verb they govern ("tried to", "started by",
   * "kept", "steered clear of"), read as `auxiliaries` in the positions mode: a cue after them keeps their
   * subject as its speaker ("The senator appeared to blame …", "She avoided criticizing …"). Optional.
   */
  positionCatenatives?: string[];
  /**
   * Nouns of a stance taken on something, written with the preposition that introduces it ("criticism of",
   * "disdain for", "calls for"), read only in the positions mode (`nounCues` there): their object is the
   * content, their possessor the source ("the editors' disdain for the nominee"); with none, the stance is
   * nobody's in particular ("withering criticism for its silence"). Optional.
   */
  positionNounCues?: NounCueEntry[];
  /**
   * Verbs whose subject meets or provokes a stance named by a noun, and does not take it: "faced criticism
   * for", "drew scorn", "came under fire": the noun cue after them is nobody's in particular. Optional.
   */
  stanceReceivers?: string[];
  /**
   * Nouns of a stance that a subject meets with no object named after them ("the clip has faced ridicule",
   * "the senator is drawing criticism"): the subject is what the stance is taken on, after a `stanceReceivers`
   * verb. Optional.
   */
  metStances?: string[];
  /** Noun cues read in this lexicon: the positions mode sets them from `positionNounCues`. Optional. */
  nounCues?: NounCueEntry[];
  /**
   * Endings of the infinitive, folded ("er", "ir", "re", "oir" in French), for cues marked `bareInfinitive`.
   * Optional.
   */
  infinitiveEndings?: string[];
  /**
   * Words that form compound tenses with a participle cue, and their inverted forms: "a", "avait", "ont",
   * "ayant", "aurait", "a-t-il" is handled by `inversionJoiners`; "has", "had", "have", "was", "will";
   * "hat", "hatte"; "ha", "hanno"… The cue is then written with them ("a déclaré", "has said").
   */
  auxiliaries: string[];
  /**
   * Short words that may stand inside or right after a cue without changing it: adverbs and times
   * ("également", "aussi", "encore", "jeudi", "vendredi", "hier", "also", "later", "Friday", "on Friday",
   * "in a statement", "dans un communiqué"). Multiword entries allowed.
   */
  fillers: string[];
  /**
   * Endings of manner adverbs that may stand between a subject and its cue or after a cue ("soundly",
   * "clairement"): "ly" in English, "ment" in French. Optional.
   */
  adverbSuffixes?: string[];
  /** Words with one of `adverbSuffixes` that are nouns, never adverbs ("family", "assembly"). Optional. */
  notAdverbs?: string[];
  /**
   * Endings of plural nouns ("s" in English): with `zeroComplementizer`, a bare clause may open with such a
   * noun after a cue that has a subject ("Hester said parents still want …"). Optional.
   */
  pluralSuffixes?: string[];
  /**
   * Words that negate a cue right before or after it ("not", "never", "won't", "didn't"; French "pas",
   * "jamais" in "ne dit pas", "n'a jamais déclaré"): a negated cue reports no statement. Optional.
   */
  negations?: string[];
  /**
   * Forms of "be" that make the participle after them passive ("is said to", "was told", "were advised";
   * "a été dit"): the grammatical subject is then not the speaker, and the cue is skipped. Optional.
   */
  passives?: string[];
  /**
   * Endings of the form that, after a form of "be" listed in `passives`, makes an active progressive ("was
   * saying", "is calling for"), not a passive ("was told", "is expected"). With this set, a cue right after a
   * passive form is skipped even inside an auxiliary chain ("has been asked"). Optional.
   */
  progressiveSuffixes?: string[];
  /**
   * Cue forms that are also common nouns ("questions", "claims", "reason", "state"): with no subject found,
   * no clause boundary before them (the sentence's start, punctuation, a conjunction, a relative pronoun) and
   * no complementizer, colon or quotation after them, they are read as nouns ("has different questions for",
   * "a major reason he", "competitive state Senate races"). Optional.
   */
  nounHomographs?: string[];
  /**
   * Nouns that head the subject of a cue marked `evidence`: polls, studies, documents, footage ("the poll
   * shows", "leaked documents show"; "an analysis of the filings" is not one: the head must stand right before the cue or its auxiliaries and
   * adverbs), singular and plural forms listed. Optional.
   */
  evidenceNouns?: string[];
  /**
   * Nouns of a finding that report with no verb (`finding-frames.ts`): as a headline's label before a colon
   * ("Poll: Clinton and Trump in dead heat") or in a frame opening the sentence after one of
   * `findingOpeners` ("In this poll, Trump rose …"). Optional.
   */
  findingNouns?: string[];
  /** Prepositions that open such a frame ("in"). Optional. */
  findingOpeners?: string[];
  /**
   * Words that open a reported question after a cue ("asked whether …", "questioned why …", "told them how
   * …"): like complementizers, but part of the content, whose meaning they carry. Optional.
   */
  questionWords?: string[];
  /** Complementizers that open a reported clause: "que", "qu'", "that", "dass", "что", "że", "che", "que". */
  complementizers: string[];
  /** "selon", "d'après", "according to", "laut", "по словам", "según", "secondo", "według", "за словами". */
  accordingTo: AccordingToMarker[];
  /** Quotation marks in order of preference; the outermost first (« » then “ ” for French). */
  quotes: QuotePair[];
  /**
   * True when "X : « … »" / "X: “…”" attributes the quote to X (a colon after a speaker or a cue).
   * Default true.
   */
  colonQuotes?: boolean;
  /**
   * True when the language's press signs a paragraph at its end with no cue: a pull quote followed by the
   * speaker's name on its own ("It was hard at first. Ana Diaz, nurse"), or an embedded post ("… — City Hall
   * (@cityhall) May 2, 2019"). The paragraph is then the signer's statement. Default false.
   */
  signedParagraphs?: boolean;
  /**
   * Labels of a link to another story, before a colon at a paragraph's start ("READ MORE:", "Related:",
   * "Watch:"): the headline after them is not said in this article. Optional.
   */
  linkLabels?: string[];
  /**
   * Labels that open an interview's answers, then a full stop or a colon, at a paragraph's start (El País
   * "Respuesta. …", "R. …"): the paragraph is the interviewee's own words, who is the last speaker named.
   * Optional.
   */
  interviewAnswers?: string[];
  /**
   * Political parties and the words a role names them by, the party's name and its adjective ("Lega",
   * "leghista"; "PP", "popular"): two roles of different parties are different people ("il segretario
   * leghista" is not the one named "leader di Forza Italia"). Optional.
   */
  parties?: { name: string; forms: string[] }[];
  /**
   * True when a quotation introduced by a complementizer ("said that “…”") counts as a mixed statement, the
   * complementizer being the reporter's syntax around the quoted words (English news annotation); otherwise
   * it is direct. Default false.
   */
  quotedClauseIsMixed?: boolean;
  /**
   * Words that open a presentational or existential clause ("Here's a sentence I never thought I'd write: …",
   * "Here's hoping …", "There remains a consensus …"): a subject phrase opening with one names no speaker, so
   * the cue after it reports nothing. Optional.
   */
  presentatives?: string[];
  /** True when dialogue dashes open direct speech without quote marks ("— Текст, — сказал он."). */
  dashDialogue?: boolean;
  /** Subject pronouns that can stand for a speaker (il, elle, ils, elles, on; he, she, they, it; er, sie…). */
  pronouns: PronounEntry[];
  /**
   * Joiners of an inverted subject pronoun after the verb: French "a-t-il déclaré", "déclare-t-elle",
   * "estime-t-il" use ["-t-", "-"]. Leave empty when the language has no such inversion.
   */
  inversionJoiners?: string[];
  /** Roles, titles and generic people nouns. */
  roles: RoleEntry[];
  /** Named institutions with their canonical names. */
  institutions: InstitutionEntry[];
  /**
   * Common nouns that head an institution's name or stand for one ("ministère", "gouvernement", "police",
   * "ministry", "government", "agency", "Ministerium", "министерство").
   */
  institutionNouns: string[];
  /**
   * Nouns (and their abbreviations) that close a place name: a capitalised run ending with one names a
   * street or a place, never a person ("Main St.", "Elm Avenue", "Lakeshore Blvd."). Optional.
   */
  placeNouns?: string[];
  /**
   * Nouns that close the name of a day or a season of the calendar: a capitalised run ending with one names a
   * date, never a person ("Labor Day", "Christmas Eve", "Holy Week"). Optional.
   */
  calendarNouns?: string[];
  /** Prepositions that introduce the addressee after a cue: "à", "au", "aux"; "to"; "gegenüber". */
  addresseeMarkers: string[];
  /**
   * Words that say the attribution is itself reported by someone else (the `via`): "cité par", "rapporté
   * par", "quoted by", "cited by", "reported by", "zitiert von". The speaker after them becomes the `via`.
   */
  viaMarkers: string[];
  /**
   * Where an indefinite inverted subject ("indique-t-on", "fait-on savoir") names its source after the cue,
   * besides an addressee marker ("à Matignon"): "dans l'entourage du ministre", "chez Renault", "du côté de
   * l'Élysée". The noun phrase after the marker is the speaker.
   */
  indefiniteSources?: string[];
  /**
   * What the speaker did besides speaking, written after the reported clause with no subject of its own, so
   * that it ends that clause: "but declined to name them", "but refused to …", "sans préciser …". Each opens
   * with its joining word ("but", "sans").
   */
  speakerActs?: string[];
  /**
   * Words that open a condition ("if", "unless"; "si"): a report whose subject follows one inside another
   * statement's content is a hypothesis of that statement ("would veto the text if it mentioned a date"),
   * not something said.
   */
  conditionals?: string[];
  /** Articles, demonstratives and possessives that open a noun phrase: "le", "la", "l'", "les", "son"; "the", "his". */
  determiners: string[];
  /** Titles of address before a name: "M.", "Mme", "Mr.", "Mrs.", "Ms.", "Dr.", "Herr", "Frau", "pan". */
  honorifics: string[];
  /** Lower-case particles inside personal names: "de", "du", "von", "van", "der", "bin", "al". */
  nameParticles: string[];
  /** Relative pronouns that start a clause inside a subject ("X, qui …, a déclaré"): "qui", "who", "which". */
  relativePronouns: string[];
  /**
   * Prepositions that end a speaker's noun phrase ("a déclaré le Kremlin dans un communiqué", "said Smith
   * in a statement"): "dans", "en", "sur", "lors", "in", "on", "at", "during". Optional.
   */
  prepositions?: string[];
  /**
   * Words that link a role or an institution to its complement inside a noun phrase: "de", "du", "des",
   * "d'"; "of", "for"; so that "le ministre des Affaires étrangères" stays one phrase. Optional.
   */
  linkers?: string[];
  /**
   * True when the complementizer is commonly left out ("he said he would…"): a cue then introduces a clause
   * that starts right after it. When false, only a clause opening with a subject pronoun is taken. Optional.
   */
  zeroComplementizer?: boolean;
  /**
   * True when every cue entry lists its base form first ("say", "says", "said") and the language does not drop
   * its subject: a one-word cue in that form opening a sentence is an imperative ("Ask him …") or the first
   * word of a name ("Hope Hicks, a spokeswoman, …"), never a report. Optional.
   */
  baseFormFirst?: boolean;
  /**
   * True when a finite verb needs no subject pronoun (Spanish, Italian, Polish, Ukrainian, Russian): a cue
   * opening its sentence with no subject ("Añadió que …", "Dodał, że …") speaks for the last one named, as a
   * third-person pronoun would. Optional.
   */
  dropsSubject?: boolean;
  /**
   * True when a role noun marks its holder's gender (Spanish "el ministro" / "la ministra", "el alcalde" / "la
   * alcaldesa"): a name the role introduces takes the role's gender, so that a later role of the other gender
   * ("la vicepresidenta") does not point back to it. False where the masculine form also serves women (Polish,
   * Ukrainian, Russian "minister", Italian "il presidente"). Optional.
   */
  genderedRoles?: boolean;
  /**
   * Offices, each a group of role phrases that name it (synonyms: "ministre des Affaires étrangères", "chef de
   * la diplomatie"). A role of one office never points back to a person known by another ("Le président
   * Morel … . Le Premier ministre a ajouté" are two people); a synonym points back to the holder. Only the
   * longest phrase a role holds counts ("vice president" is not "president"); roles of no office (ministre,
   * official) are unaffected. Optional.
   */
  offices?: string[][];
  /**
   * Endings of cue verb forms that mark the subject's gender (past tense in Russian "заявила", Ukrainian
   * "сказала", Polish "powiedziała"; longest first): a named speaker of unknown gender takes it, so that a
   * later "она", "вона", "ona" finds her. Optional.
   */
  cueGenderEndings?: { ending: string; gender: Gender }[];
  /**
   * Endings of surnames that mark their bearer's gender (Russian "-ова", "-ина", "-ская" for women, "-ов",
   * "-ин", "-ский" for men; longest first), folded: they outweigh the grammatical gender of a role noun that
   * names women and men alike ("президент ассоциации Ольга Лаптева … . Она …"). Optional.
   */
  surnameGenders?: { ending: string; gender: Gender }[];
  /**
   * Possessive, object and reflexive pronouns that mark the gender of the person they stand for (en "his",
   * "him", "himself", "her", "herself"). With the gendered subject pronouns of `pronouns`, they teach the
   * article's names their gender: the nearest earlier name of the paragraph takes each one's vote ("Bardos
   * looked down at his shoes" → Bardos is a man), so that a later "she" skips him. Optional.
   */
  genderedForms?: { form: string; gender: Gender }[];
  /**
   * Pronominal adverbs that stand for a document named in the sentence before (German "Darin heißt es: …",
   * "Dort heißt es, …"), and the document nouns they may take up ("Erklärung", "*bericht", "Stellungnahme"):
   * the document is the speaker. Optional.
   */
  documentAdverbs?: { forms: string[]; nouns: string[] };
  /**
   * The setting of a speech event, after a comma at the end of the reported clause: prepositions (`openers`)
   * followed within three words by a noun of `events` ("…, lors d'une conférence de presse", "…, à l'issue
   * d'une réunion", "…, en marge du sommet", "…, dans un entretien au Monde"). It belongs to the attribution,
   * so the content ends at the comma; any other phrase after a comma stays in the content. Optional.
   */
  speechSettings?: { openers: string[]; events: string[] };
  /**
   * The setting of a speech act right after its noun-phrase object, with no comma: prepositions (`openers`)
   * followed within three words by a noun of `events` ("attacked her in early-morning tweets", "criticized the
   * plan during a debate"). It ends the object: the words reported are "her", "the plan". Optional.
   */
  objectSettings?: { openers: string[]; events: string[] };
  /**
   * Words that open examples of the noun phrase before their comma ("including", "such as": "criticized the
   * new rules, including the fee on permits"): the object goes on over the comma. Optional.
   */
  exampleMarkers?: string[];
  /**
   * Prepositions that attach the place where a role is held to it, before a bare capitalised name (German "in",
   * "aus": "ein Regierungssprecher in Budapest sagte", "der Korrespondent aus Moskau"): the place stays in the
   * speaker's phrase instead of being read as the speaker. Optional.
   */
  placePrepositions?: string[];
  /**
   * Words that make a noun phrase point back to the last source whatever its noun, right after its determiner
   * or as the determiner: French "même" ("a précisé la même source", "selon le même responsable"), German
   * "gleiche", "derselben" ("nach Angaben derselben Quelle"). Optional.
   */
  sameReferents?: string[];
  /**
   * Common nouns with which a writer takes up a newspaper, broadcaster or website named before, in every case
   * form ("по данным газеты", "За даними видання", "Według informacji dziennika", "Secondo il quotidiano"):
   * alone after a determiner they stand for the last outlet named (`outlets.ts`); an outlet is named by its
   * title in quotation marks, by one of these nouns with its name after it, or as the subject of a `viaMarkers`
   * verb. Optional.
   */
  outletNouns?: string[];
  /**
   * Common nouns with which a writer takes up an institution named before by its name: German "das
   * Unternehmen", "der Konzern" for "der Rüstungskonzern Rheinmetall"; Russian "ведомство" for a ministry,
   * "регулятор" for the central bank. Each entry lists the noun's forms (`nouns`, every case) and the words
   * that mark an institution of its kind in the phrase it was named with (`antecedents`, globs as in the other
   * lists: "*konzern", "министерств*", "банк"). Alone after a definite determiner (or none), a place aside
   * ("das Unternehmen in Düsseldorf"), or in the genitive after a noun of the institution's own messages and
   * services (`carriers`: "в сообщении ведомства", "в пресс-службе регулятора"), the noun names the last
   * institution of its kind (`taken-up-institutions.ts`). Optional.
   */
  institutionAnaphors?: {
    entries: { nouns: string[]; antecedents: string[] }[];
    carriers?: string[];
  };
  /**
   * Prepositions of place that front the office speaking through a subjectless third-person plural cue, and
   * the endings of such cue forms: Italian "Al ministero della Difesa fanno sapere che …", "Dalla Farnesina
   * spiegano che …" (`fronted-office.ts`). Optional.
   */
  frontedOffices?: { prepositions: string[]; pluralEndings: string[] };
  /**
   * Verbs and phrases after which a gendered subject pronoun is impersonal (French "il faut", "il y a", "il
   * s'agit", "il n'est pas question", "il est temps"; "ne"/"n'" between them is skipped): such a pronoun stands
   * for no one, so it teaches no name its gender ("Vasseur a affirmé qu'il n'était pas question …" says nothing
   * of Vasseur). Optional.
   */
  impersonals?: string[];
  /**
   * Determiners that introduce someone new ("a", "an", "another"): "a spokeswoman said" names a speaker not
   * met before, so the role is not resolved to an earlier person; it stands as the speaker itself. Optional.
   */
  indefiniteDeterminers?: string[];
  /**
   * Determiners that also stand alone as a subject, a noun understood ("Some said …", "Many have argued …",
   * "the mother of three said …"): before a cue form that is no noun (`nounHomographs`), or before its
   * auxiliary, they leave the cue a verb (other determiners make it a noun: "the report"). Written folded.
   * Optional.
   */
  standaloneDeterminers?: string[];
  /**
   * Cardinal numbers written as words ("twenty", "seven", "hundred"), folded: a capitalised one, or a hyphened
   * compound of them ("Twenty-seven"), opens a sentence as a count, never as a name ("Twenty-seven states
   * said …"). Optional.
   */
  numberWords?: string[];
  /**
   * Words after which a cue's form has no subject and reports nothing, the writer's own voice ("It's worth
   * noting that …", "worth pointing out"), folded. Optional.
   */
  subjectlessAfter?: string[];
  /**
   * Possessive determiners and the personal pronoun each stands for, folded ("his" → "he", "its" → "it"):
   * with `messageNouns`, the author of a message named by its possessor ("her statement read …"). Optional.
   */
  possessivePronouns?: Record<string, string>;
  /**
   * Nouns of the messages a speaker issues in their own name, folded ("statement", "letter", "tweet"): one
   * opened by a possessive (`possessivePronouns`) speaks for its author, whom the pronoun points to ("In her
   * statement, … ; her statement read" → the person). Optional.
   */
  messageNouns?: string[];
  /**
   * The grammatical gender of the noun a determiner opens in the nominative, where the language marks it
   * (German "der" → m, "die" → f, "das" → n): a personal pronoun of that gender may stand for an institution
   * named with it ("Die Gewerkschaft lehnte den Plan ab. Sie nannte ihn …"). Written folded. Optional.
   */
  determinerGenders?: Record<string, Gender>;
  /**
   * Demonstrative and possessive determiners (German "diese", "seine"): a complement they open after a linker
   * ("nach einem Bericht des Angestellten für diese Transporte") points into the text and belongs to the
   * clause, not to the name of a source, which links bare or definite complements ("Bundesamt für
   * Migration", "Verband der Mieter"). Written folded. Optional.
   */
  referringDeterminers?: string[];
  /**
   * False when adjectives never follow the noun they modify (German: "der Polizei sind …" holds a verb after
   * the noun, not an adjective as in "le président russe"). Default true.
   */
  postnominalAdjectives?: boolean;
  /** Coordinating conjunctions that join two speakers or two clauses: "et", "and", "und", "и". */
  conjunctions: string[];
  /**
   * Finite forms that by themselves mark a clause as reported speech: German Konjunktiv I ("sei", "habe",
   * "werde", "könne"), Russian/Ukrainian particles ("якобы", "мол", "нібито"). A clause after cue + comma with
   * no complementizer counts when it holds one ("sagte, die Regierung werde …"), and a following sentence with
   * no attribution of its own that holds one continues the previous statement's speaker (free indirect speech).
   * Optional.
   */
  reportiveMarkers?: string[];
  /**
   * Reportive markers that are also modals of plan or duty (German "soll", "sollen": "Die Brücke soll 2030
   * fertig sein" is a plan, "Der Täter soll geflohen sein" hearsay). Far from any statement they mark a
   * sentence as reported only before a perfect infinitive, one of `perfect` closing their clause ("… verursacht
   * haben", "… gestorben sein"). Optional.
   */
  hearsayModals?: { forms: string[]; perfect: string[] };
  /**
   * Forms that mark a clause as reported only right after cue + comma, not in a sentence of their own (German
   * Konjunktiv II standing in for Konjunktiv I: "sagte, die USA hielten sich …", "würden", "hätten"). Optional.
   */
  reportiveClauseMarkers?: string[];
  /**
   * Words that turn a following cue into a parenthetical attribution of the rest of the sentence: "wie"
   * ("Wie der Sprecher mitteilte, …"), "как" ("Как заявил X, …"), "як", "jak" ("Jak podkreślił, …"), "como",
   * "come". Optional.
   */
  asMarkers?: string[];
  /**
   * A narrative infinitive that opens a sentence and reports what the last speaker went on to say, with no
   * subject of its own: French "Et d'ajouter : « … »", "Et de conclure que …". Optional.
   */
  narrativeInfinitives?: string[];
  /**
   * An infinitive after a comma that reports what the clause's subject said next: French "…, avant de mettre en
   * garde : « … »", "…, avant d'ajouter que …". Optional.
   */
  sequelInfinitives?: string[];
  /**
   * Conjunctions that, after a comma and followed by a subject and its verb, open the writer's account of the
   * circumstances of a report, no part of what was said: English "…, as European leaders prepared to meet".
   * Optional.
   */
  circumstanceOpeners?: string[];
  /** How a verb in the past is told: its regular endings and irregular forms (English "-ed", "met"). Optional. */
  pastForms?: { suffixes: string[]; irregular: string[] };
  /**
   * Words that make a present participle after a comma a gerund of the clause's subject, reporting beside the
   * clause ("…, tout en précisant que …", "…, en soulignant que …"). Optional.
   */
  gerundMarkers?: string[];
  /**
   * Words that stand for the previous sentence(s) as the content of a cue: "об этом" ("Об этом заявил X"),
   * "про це" ("Про це повідомив X"), "o tym" ("Poinformował o tym X"), "dies", "das" ("Das teilte X mit"),
   * "lo" ("Lo ha detto X"), "así lo". Optional.
   */
  anaphoricContent?: string[];
  /**
   * Object pronouns that stand before the verb they depend on (French "lui", "leur", "nous": "« … », lui a
   * répondu X"): after a quotation or a comma, such a pronoun before the cue is its addressee, not its subject,
   * and the subject follows the verb. Optional.
   */
  objectClitics?: string[];
  /**
   * True when the finite verb comes second and a fronted attribution is followed by it with no comma (German:
   * "Nach Angaben der Polizei sind …", "Laut X hat …", "Am Montag sagte der Minister, …"); attribution markers
   * may then also stand inside the clause ("Die Firma plant nach Angaben der Gewerkschaft den Abbau …").
   * Optional.
   */
  verbSecond?: boolean;
  /**
   * True when a cue followed by a noun-phrase object reports the whole sentence, speaker included, as a
   * statement (speech-act reports, as German news annotation counts them: "Die Polizei spricht von 400
   * Autos.", "Der Minister kündigte seinen Rücktritt an."). Optional; default false.
   */
  objectReports?: boolean;
  /**
   * Prepositions that introduce the institution speaking through an impersonal plural cue: Russian and
   * Ukrainian "в", "у" ("…, заявили в Кремле", "повідомили в Генштабі"). Optional.
   */
  speakerPrepositions?: string[];
  /**
   * Endings of the third-person plural cue forms through which an institution speaks impersonally
   * ("заявили", "сообщают"; "повідомили", "кажуть"): a singular name right before such a cue is not its
   * subject but the one told, after the office a `speakerPrepositions` word governs ("В Кремле ТАСС
   * сообщили", `outletBeforeCue`). Optional.
   */
  impersonalPluralEndings?: string[];
  /**
   * True when every noun is written with a capital (German): a capitalised word alone is no evidence of a
   * name, so a one-word label before a colon ("Bildung: Die Partei will …") is a heading, not a speaker.
   * Optional.
   */
  capitalisedNouns?: boolean;
  /**
   * Abbreviations written with a full stop that never ends a sentence before a capitalised word ("1,9 Mrd.
   * Euro", "Nr. 5"), folded, without the stop. Optional.
   */
  abbreviations?: string[];
  /**
   * Abbreviations written with a full stop that end no sentence before a number (English months: "since Jan. 1,
   * 2015", "the Sept. 11 attacks"), folded, without the stop; before a capitalised word they may ("was
   * delayed until Oct. The board …"). Optional.
   */
  numberAbbreviations?: string[];
  /**
   * Prepositions that introduce the agent of a passive (German "von", "vom"): the speaker of a cue marked
   * `passiveReports`. Optional.
   */
  agentMarkers?: string[];
  /**
   * Determiners that only open noun phrases of an oblique case, never a subject (German "dem", "den", "des",
   * "einem", "einen", "eines"): a phrase they open before a cue is an object ("dem Richter mitgeteilt hatte",
   * "Den Bericht bestätigte die Polizei"), so the subject is looked for elsewhere. Written folded (lower case,
   * no diacritics). Optional.
   */
  obliqueDeterminers?: string[];
  /**
   * Determiners that open an oblique phrase when an adjective with `ending` follows them: German "der" and
   * "einer" before "-en" ("der englischsprachigen Zeitung", "einer großen Partei" are dative or genitive; the
   * nominative takes "-e": "der große Verband"). Written folded. Optional.
   */
  obliqueBeforeAdjective?: { determiners: string[]; ending: string };
  /**
   * Conjunctions, question words and infinitive openers that begin a subordinate clause (German "weil",
   * "nachdem", "wie", "warum", "um … zu"): where the finite verb comes second (`verbSecond`), a lower-case word
   * after a comma that is none of these nor another function word is the finite verb of a main clause taking
   * over again ("Nachdem sie mitgeteilt hatte, dass …, rief der Richter …"), so a reported clause ends there.
   * Optional.
   */
  subordinators?: string[];
  /**
   * Infinitive particles that close a reported intention or demand after cue + comma: German "zu"
   * ("erklärte, davon nichts zu wissen", "forderte X auf, die Gewalt zu beenden"): the particle stands right
   * before the clause's last word. Optional.
   */
  infinitiveMarkers?: string[];
  /**
   * Separable prefixes that take the infinitive particle inside the word (German "bereit-zu-stellen",
   * "ab-zu-schaffen", "vor-zu-legen"): a lower-case word made of one of them, one of `infinitiveMarkers` and a
   * verb is an infinitive with its particle, closing the clause like "… zu stellen". Optional.
   */
  infinitivePrefixes?: string[];
  /**
   * Bare plural nouns that name a source right after an `accordingTo` marker ("laut Medienberichten",
   * "laut Experten", "nach Zeugenaussagen"): a plural takes no name after it, so a capitalised word right after
   * one (German capitalises every noun) starts the clause again ("laut Medienberichten Geld erhalten").
   * Optional.
   */
  sourcePlurals?: string[];
  /**
   * Words that introduce the predicate of an object after a cue marked `objectAs`: English "as" ("described
   * the plan as reckless") and the indefinite article of a naming verb's predicate ("called the plan a
   * disgrace"). Optional.
   */
  predicativeMarkers?: string[];
  /**
   * Particles that open an infinitive clause after a cue marked `infinitive` or after its object: English "to"
   * ("urged them to leave"). Optional.
   */
  infinitiveOpeners?: string[];
  /**
   * True when ordinal numbers are written with a dot ("am 12. Mai", "1. FC Köln"): the dot after a one- or
   * two-digit number then does not end the sentence. Optional.
   */
  ordinalDot?: boolean;
  /**
   * Contrastive conjunctions ("а", "но", "but"): after a comma, one followed by an `accordingTo` marker opens
   * another source's report, which ends the content before it ("…, а по данным полиции …"). Optional.
   */
  contrastives?: string[];
  /**
   * Concessive subordinators ("although", "though", "even as"): after a comma, a clause they open that reports
   * something else is the writer's aside on a reported clause, which ends before it ("said the plan could pass,
   * | though she acknowledged …"); so is a "though" closing the sentence. Optional.
   */
  concessives?: string[];
  /**
   * Nouns with which the writer takes up a report just given, in an apposition after a comma followed by a
   * relative pronoun (Spanish "…, una información que no ha podido ser verificada", "…, extremo que Moscú
   * niega", "…, algo que …"): the reported content ends before that comma. An article or one adjective may
   * come before the noun. Optional.
   */
  reportAppositions?: string[];
  /**
   * Where a source fronted by an `accordingTo` marker governing the genitive takes no comma (Polish "Według
   * rządu przekazanie środków niesie ryzyko"), the word endings that bound it (see `genitive-source.ts`):
   * `agreeingEndings` of adjectives (and adjectival surnames) in the genitive ("-ego", "-ej", "-ych", "-ich");
   * `nominativeEndings` a capitalised genitive never has ("-ska": "Polska", "-cki"); `ambiguousEndings` of
   * nominatives that are also genitives of other nouns ("-a": "Bruksela" / "Tuska"), which go on with a name
   * only when no adjectival surname closed it; `headlessNominativeFinals`, the final letters a capitalised word
   * right after a lower-case head noun has in the nominative only ("Zdaniem prezydenta Sojusz powinien": a
   * genitive there ends in a vowel, "prezydenta Nawrockiego", "ministra Tuska"); `complementNouns`, lower-case
   * genitives that complete an institution or role noun before their adjective ("ministerstwa obrony
   * narodowej", "ministra spraw zagranicznych"). Optional.
   */
  genitiveSource?: {
    agreeingEndings: string[];
    nominativeEndings: string[];
    ambiguousEndings: string[];
    headlessNominativeFinals?: string[];
    complementNouns?: string[];
  };
  /**
   * Conjunctions that open a subordinate clause ahead of the main one (Russian "хотя", "если", "поскольку"):
   * a source set off by commas right after one ("Хотя, по словам X, переговоры идут непросто, Киев …")
   * vouches for that clause alone, which ends at its next comma; the main clause is the writer's. Optional.
   */
  clauseOpeners?: string[];
  /**
   * Endings of the dative, where the one told stands in it with no preposition (Russian "сообщил Пескову",
   * "рассказал журналистам"), folded: after a trailing cue, a noun phrase whose last word has none of them is
   * the inverted subject ("…, сообщил Песков."), and an agency named before that subject is spoken to ("…,
   * заявил ТАСС источник в правительстве."). Optional.
   */
  dativeEndings?: string[];
  /**
   * Suffix rewrites to the nominative, by case name ("gen", "dat", "ins"), most specific first; the first
   * ending that fits a word applies. Used on speakers governed by a marker with `case`. Optional.
   */
  caseEndings?: Record<string, CaseEnding[]>;
}
