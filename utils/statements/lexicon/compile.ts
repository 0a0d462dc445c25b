/**
 * Turns a data-only `Lexicon` into matchers over tokens. Entries are tokenized and folded exactly like the
 * text, so "d'après", "porte-parole" or "a déclaré" match whatever typography the page uses.
 */
import { foldText } from '../../text/normalize';
import { tokenize, type Token } from '../tokens';
import type {
  AccordingToMarker,
  CueEntry,
  InstitutionEntry,
  Lexicon,
  NounCueEntry,
  PronounEntry,
  QuotePair,
  RoleEntry,
} from './types';

/** One word of an entry: exact folded text, or a glob with `*` at one end. */
interface WordPattern {
  exact?: string;
  prefix?: string;
  suffix?: string;
}

function wordPattern(word: string): WordPattern {
  if (word.length > 1 && word.endsWith('*')) return { prefix: word.slice(0, -1) };
  if (word.length > 1 && word.startsWith('*')) return { suffix: word.slice(1) };
  return { exact: word };
}

function wordMatches(p: WordPattern, fold: string): boolean {
  if (p.exact !== undefined) return p.exact === fold;
  if (p.prefix !== undefined) return fold.length > p.prefix.length && fold.startsWith(p.prefix);
  return fold.length > p.suffix!.length && fold.endsWith(p.suffix!);
}

/** Does a folded word match a folded list entry, written as the word lists are (`*` at one end: a glob)? */
export function globMatches(entry: string, fold: string): boolean {
  return wordMatches(wordPattern(entry), fold);
}

/** The folded words of an entry, tokenized like text; a trailing dot of an abbreviation is dropped. */
export function entryWords(entry: string): string[] {
  const tokens = tokenize(entry, foldText(entry));
  return tokens
    .map((t, i) => {
      // An elided word written alone ("l'", "qu'") keeps its apostrophe, as the tokenizer does in text.
      const next = tokens[i + 1];
      if (t.kind === 'word' && next && next.fold === "'" && next.start === t.end)
        return { ...t, fold: t.fold + "'" };
      return t;
    })
    .filter((t) => t.kind === 'word' || (t.kind === 'punct' && t.fold === '*'))
    .reduce<{ words: string[]; end: number }>(
      (acc, t) => {
        const w = t.fold;
        const { words } = acc;
        // Re-attach globs split off by the tokenizer: "déclar*" → "declar", "*" (the star touches the word
        // before it); "nach *angaben" → "nach", "*", "angaben" (it touches the word after it).
        if (w === '*' && words.length > 0 && t.start === acc.end) words[words.length - 1] += '*';
        else if (w === '*') words.push('*');
        else if (words.length > 0 && words[words.length - 1] === '*') words[words.length - 1] = '*' + w;
        else words.push(w);
        return { words, end: t.end };
      },
      { words: [], end: -1 },
    ).words;
}

export interface PhraseMatch<T> {
  /** Number of word tokens matched. */
  length: number;
  value: T;
}

/** Multiword entries matched over consecutive word tokens, longest first. */
export class PhraseMatcher<T> {
  private byFirst = new Map<string, { words: WordPattern[]; value: T }[]>();
  private globbed: { words: WordPattern[]; value: T }[] = [];
  private byLast = new Map<string, { words: WordPattern[]; value: T }[]>();
  private globbedLast: { words: WordPattern[]; value: T }[] = [];

  add(entry: string, value: T): void {
    const words = entryWords(entry).map(wordPattern);
    if (words.length === 0) return;
    const item = { words, value };
    const first = words[0]!;
    if (first.exact !== undefined) push(this.byFirst, first.exact, item);
    else this.globbed.push(item);
    const last = words[words.length - 1]!;
    if (last.exact !== undefined) push(this.byLast, last.exact, item);
    else this.globbedLast.push(item);
  }

  /** Matches starting at word token `i` (tokens between must all be words), longest first. */
  matchAt(tokens: readonly Token[], i: number): readonly PhraseMatch<T>[] {
    const t = tokens[i];
    if (!t || t.kind !== 'word') return NO_MATCH;
    // (The hottest lookup of the engine: no array is copied, and one match or none needs no sorting; most
    // words start no entry, and share one empty answer.)
    const exact = this.byFirst.get(t.fold);
    if (!exact && this.globbed.length === 0) return NO_MATCH;
    const out: PhraseMatch<T>[] = [];
    if (exact) collectMatches(exact, tokens, i, false, out);
    collectMatches(this.globbed, tokens, i, false, out);
    return out.length > 1 ? out.sort(longestFirst) : out;
  }

  /** Matches ending at word token `j` (inclusive), longest first. */
  matchEndingAt(tokens: readonly Token[], j: number): readonly PhraseMatch<T>[] {
    const t = tokens[j];
    if (!t || t.kind !== 'word') return NO_MATCH;
    const exact = this.byLast.get(t.fold);
    if (!exact && this.globbedLast.length === 0) return NO_MATCH;
    const out: PhraseMatch<T>[] = [];
    if (exact) collectMatches(exact, tokens, j, true, out);
    collectMatches(this.globbedLast, tokens, j, true, out);
    return out.length > 1 ? out.sort(longestFirst) : out;
  }

  longestAt(tokens: readonly Token[], i: number): PhraseMatch<T> | undefined {
    // Goes through matchAt so that subclasses widen every lookup.
    return this.matchAt(tokens, i)[0];
  }
}

/** Fillers, plus any single lower-case word ending with one of the language's adverb suffixes. */
class FillerMatcher extends PhraseMatcher<true> {
  constructor(
    private suffixes: string[],
    private nouns: ReadonlySet<string>,
  ) {
    super();
  }

  private adverb(tokens: readonly Token[], i: number): readonly PhraseMatch<true>[] {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || t.upper || this.nouns.has(t.fold)) return NO_MATCH;
    return this.suffixes.some((x) => t.fold.length >= x.length + 4 && t.fold.endsWith(x))
      ? [{ length: 1, value: true }]
      : NO_MATCH;
  }

  override matchAt(tokens: readonly Token[], i: number): readonly PhraseMatch<true>[] {
    const found = super.matchAt(tokens, i);
    return found.length > 0 ? found : this.adverb(tokens, i);
  }

  override matchEndingAt(tokens: readonly Token[], j: number): readonly PhraseMatch<true>[] {
    const found = super.matchEndingAt(tokens, j);
    return found.length > 0 ? found : this.adverb(tokens, j);
  }
}

/** The answer of every lookup that finds nothing (read-only, so that one array serves them all). */
const NO_MATCH: readonly PhraseMatch<never>[] = [];

const longestFirst = <T>(a: PhraseMatch<T>, b: PhraseMatch<T>) => b.length - a.length;

/**
 * Appends to `out` the candidates whose words match the word tokens starting at `at` (or, `ending`, ending at
 * `at`), in the candidates' order.
 */
function collectMatches<T>(
  candidates: readonly { words: WordPattern[]; value: T }[],
  tokens: readonly Token[],
  at: number,
  ending: boolean,
  out: PhraseMatch<T>[],
): void {
  for (const c of candidates) {
    const n = c.words.length;
    const from = ending ? at - n + 1 : at;
    let ok = true;
    for (let k = 0; k < n; k++) {
      const tk = tokens[from + k];
      if (!tk || tk.kind !== 'word' || !wordMatches(c.words[k]!, tk.fold)) {
        ok = false;
        break;
      }
    }
    if (ok) out.push({ length: n, value: c.value });
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function phrases<T>(entries: Iterable<[string, T]>): PhraseMatcher<T> {
  const m = new PhraseMatcher<T>();
  for (const [e, v] of entries) m.add(e, v);
  return m;
}

function words(list: readonly string[] | undefined): PhraseMatcher<true> {
  return phrases((list ?? []).map((w) => [w, true] as [string, true]));
}

function fillerMatcher(lexicon: Lexicon): FillerMatcher {
  const m = new FillerMatcher(
    (lexicon.adverbSuffixes ?? []).map((x) => foldText(x)),
    new Set((lexicon.notAdverbs ?? []).map((x) => foldText(x))),
  );
  for (const f of lexicon.fillers) m.add(f, true);
  return m;
}

export interface CueInfo {
  entry: CueEntry;
  /** The form matched is a participle: it needs an auxiliary before it. */
  participle: boolean;
}

export interface CompiledLexicon {
  lexicon: Lexicon;
  cues: PhraseMatcher<CueInfo>;
  auxiliaries: PhraseMatcher<true>;
  fillers: PhraseMatcher<true>;
  complementizers: PhraseMatcher<true>;
  accordingTo: PhraseMatcher<AccordingToMarker>;
  pronouns: PhraseMatcher<PronounEntry>;
  roles: PhraseMatcher<RoleEntry>;
  institutions: PhraseMatcher<InstitutionEntry>;
  institutionNouns: PhraseMatcher<true>;
  placeNouns: PhraseMatcher<true>;
  calendarNouns: PhraseMatcher<true>;
  addresseeMarkers: PhraseMatcher<true>;
  viaMarkers: PhraseMatcher<true>;
  indefiniteSources: PhraseMatcher<true>;
  speakerActs: PhraseMatcher<true>;
  conditionals: PhraseMatcher<true>;
  determiners: PhraseMatcher<true>;
  honorifics: PhraseMatcher<true>;
  nameParticles: PhraseMatcher<true>;
  relativePronouns: PhraseMatcher<true>;
  prepositions: PhraseMatcher<true>;
  linkers: PhraseMatcher<true>;
  conjunctions: PhraseMatcher<true>;
  negations: PhraseMatcher<true>;
  passives: PhraseMatcher<true>;
  /** Words that mark a clause as reported speech by themselves (German Konjunktiv I, "якобы"). */
  reportive: PhraseMatcher<true>;
  /** Words that mark a clause as reported only right after cue + comma (German Konjunktiv II). */
  reportiveClause: PhraseMatcher<true>;
  /** "wie", "как", "jak", "como": a cue after them attributes the rest of the sentence. */
  asMarkers: PhraseMatcher<true>;
  narrativeInfinitives: PhraseMatcher<true>;
  sequelInfinitives: PhraseMatcher<true>;
  circumstanceOpeners: PhraseMatcher<true>;
  gerundMarkers: PhraseMatcher<true>;
  /** "об этом", "про це", "o tym": a cue next to them takes the previous sentence as its content. */
  anaphoricContent: PhraseMatcher<true>;
  /** "lui", "leur": an object pronoun before its verb (`Lexicon.objectClitics`). */
  objectClitics: PhraseMatcher<true>;
  /** "whether", "how": open a reported question, part of its content. */
  questionWords: PhraseMatcher<true>;
  linkLabels: PhraseMatcher<true>;
  /** "as": introduces an object's predicate after a cue marked `objectAs`. */
  predicativeMarkers: PhraseMatcher<true>;
  /** Cue forms that are also nouns ("questions", "claims"). */
  nounHomographs: PhraseMatcher<true>;
  /** "poll", "study": subject heads for which a cue marked `evidence` reports its object. */
  evidenceNouns: PhraseMatcher<true>;
  shareNouns: PhraseMatcher<true>;
  /** "to": opens the infinitive clause of a cue marked `infinitive`. */
  infinitiveOpeners: PhraseMatcher<true>;
  /** "weil", "nachdem", "wie", "um": open a subordinate clause (verb-second languages). */
  subordinators: PhraseMatcher<true>;
  /** "Medienberichten", "Experten": bare plural sources after a marker, which no name follows. */
  sourcePlurals: PhraseMatcher<true>;
  /** "información", "extremo": nouns of a writer's apposition that takes up the report. */
  reportAppositions: PhraseMatcher<true>;
  /** "а", "но": contrastive conjunctions before another source. */
  contrastives: PhraseMatcher<true>;
  /** "although", "though": concessive subordinators that end a reported clause after a comma. */
  concessives: PhraseMatcher<true>;
  /** "poll", "survey": nouns of a finding that report with no verb ("Poll: …", "In this poll, …"). */
  findingNouns: PhraseMatcher<true>;
  /** "in": prepositions that open a finding's frame. */
  findingOpeners: PhraseMatcher<true>;
  /** "faut", "y", "est question": after them a gendered subject pronoun is impersonal (French "il"). */
  impersonals: PhraseMatcher<true>;
  /** "darin", "dort": stand for a document noun (`documentNouns`) of the sentence before. */
  documentAdverbs: PhraseMatcher<true>;
  documentNouns: PhraseMatcher<true>;
  /** "criticism of", "disdain for": noun cues of the positions mode, with the preposition before their object. */
  nounCues: PhraseMatcher<NounCueEntry>;
  /** "faced", "drew": a noun cue after them is nobody's in particular. */
  stanceReceivers: PhraseMatcher<true>;
  /** "criticism", "ridicule": stances a subject meets ("has faced ridicule"). */
  metStances: PhraseMatcher<true>;
  /** "lors de", "à l'issue de" … then "conférence", "réunion": the setting of the speech, not its content. */
  settingOpeners: PhraseMatcher<true>;
  settingEvents: PhraseMatcher<true>;
  /** "in", "during" … then "tweets", "debate": the setting of a speech act, ending its noun-phrase object. */
  objectSettingOpeners: PhraseMatcher<true>;
  objectSettingEvents: PhraseMatcher<true>;
  exampleMarkers: PhraseMatcher<true>;
  /** "in", "aus": attach a place to a role ("ein Sprecher in Budapest"). */
  placePrepositions: PhraseMatcher<true>;
  /** "même", "derselben": a noun phrase they open points back to the last source. */
  sameReferents: PhraseMatcher<true>;
  /** "газета", "il quotidiano": a noun phrase headed by one alone takes up the last outlet (`outlets.ts`). */
  outletNouns: PhraseMatcher<true>;
  institutionCarriers: PhraseMatcher<true>;
  clauseOpeners: PhraseMatcher<true>;
  /** Folded inversion joiners ("-t-", "-"), longest first. */
  inversionJoiners: string[];
  /** Pronoun forms by folded text, for inverted forms ("a-t-il"). */
  pronounByFold: Map<string, PronounEntry>;
  quotes: QuotePair[];
}

const compiled = new WeakMap<Lexicon, CompiledLexicon>();

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const cached = compiled.get(lexicon);
  if (cached) return cached;
  const cueEntries: [string, CueInfo][] = [];
  for (const entry of lexicon.cues) {
    for (const f of entry.forms) cueEntries.push([f, { entry, participle: false }]);
    for (const f of entry.participles ?? []) cueEntries.push([f, { entry, participle: true }]);
  }
  const pronounByFold = new Map<string, PronounEntry>();
  for (const p of lexicon.pronouns) pronounByFold.set(foldText(p.form), p);
  const result: CompiledLexicon = {
    lexicon,
    cues: phrases(cueEntries),
    auxiliaries: words(lexicon.auxiliaries),
    fillers: fillerMatcher(lexicon),
    complementizers: words(lexicon.complementizers),
    accordingTo: phrases(
      lexicon.accordingTo.map(
        (m) => [m.form, m.heads ? { ...m, heads: m.heads.map(foldText) } : m] as [string, AccordingToMarker],
      ),
    ),
    pronouns: phrases(lexicon.pronouns.map((p) => [p.form, p] as [string, PronounEntry])),
    roles: phrases(lexicon.roles.flatMap((r) => r.forms.map((f) => [f, r] as [string, RoleEntry]))),
    institutions: phrases(
      lexicon.institutions.flatMap((r) => r.forms.map((f) => [f, r] as [string, InstitutionEntry])),
    ),
    institutionNouns: words(lexicon.institutionNouns),
    placeNouns: words(lexicon.placeNouns),
    calendarNouns: words(lexicon.calendarNouns),
    addresseeMarkers: words(lexicon.addresseeMarkers),
    viaMarkers: words(lexicon.viaMarkers),
    indefiniteSources: words(lexicon.indefiniteSources),
    speakerActs: words(lexicon.speakerActs),
    conditionals: words(lexicon.conditionals),
    determiners: words(lexicon.determiners),
    honorifics: words(lexicon.honorifics),
    nameParticles: words(lexicon.nameParticles),
    relativePronouns: words(lexicon.relativePronouns),
    prepositions: words(lexicon.prepositions),
    linkers: words(lexicon.linkers),
    conjunctions: words(lexicon.conjunctions),
    negations: words(lexicon.negations),
    passives: words(lexicon.passives),
    reportive: words(lexicon.reportiveMarkers),
    reportiveClause: words(lexicon.reportiveClauseMarkers),
    asMarkers: words(lexicon.asMarkers),
    narrativeInfinitives: words(lexicon.narrativeInfinitives),
    sequelInfinitives: words(lexicon.sequelInfinitives),
    circumstanceOpeners: words(lexicon.circumstanceOpeners),
    gerundMarkers: words(lexicon.gerundMarkers),
    anaphoricContent: words(lexicon.anaphoricContent),
    objectClitics: words(lexicon.objectClitics),
    infinitiveOpeners: words(lexicon.infinitiveOpeners),
    subordinators: words(lexicon.subordinators),
    sourcePlurals: words(lexicon.sourcePlurals),
    reportAppositions: words(lexicon.reportAppositions),
    contrastives: words(lexicon.contrastives),
    concessives: words(lexicon.concessives),
    findingNouns: words(lexicon.findingNouns),
    findingOpeners: words(lexicon.findingOpeners),
    impersonals: words(lexicon.impersonals),
    documentAdverbs: words(lexicon.documentAdverbs?.forms),
    documentNouns: words(lexicon.documentAdverbs?.nouns),
    stanceReceivers: words(lexicon.stanceReceivers),
    metStances: words(lexicon.metStances),
    nounCues: phrases(
      (lexicon.nounCues ?? []).flatMap((e) => e.forms.map((f) => [f, e] as [string, NounCueEntry])),
    ),
    settingOpeners: words(lexicon.speechSettings?.openers),
    settingEvents: words(lexicon.speechSettings?.events),
    objectSettingOpeners: words(lexicon.objectSettings?.openers),
    objectSettingEvents: words(lexicon.objectSettings?.events),
    exampleMarkers: words(lexicon.exampleMarkers),
    placePrepositions: words(lexicon.placePrepositions),
    sameReferents: words(lexicon.sameReferents),
    outletNouns: words(lexicon.outletNouns),
    institutionCarriers: words(lexicon.institutionAnaphors?.carriers),
    clauseOpeners: words(lexicon.clauseOpeners),
    nounHomographs: words(lexicon.nounHomographs),
    evidenceNouns: words(lexicon.evidenceNouns),
    shareNouns: words(lexicon.shareNouns),
    predicativeMarkers: words(lexicon.predicativeMarkers),
    questionWords: words(lexicon.questionWords),
    linkLabels: words(lexicon.linkLabels),
    inversionJoiners: (lexicon.inversionJoiners ?? [])
      .map((j) => foldText(j))
      .sort((a, b) => b.length - a.length),
    pronounByFold,
    quotes: lexicon.quotes,
  };
  compiled.set(lexicon, result);
  return result;
}
