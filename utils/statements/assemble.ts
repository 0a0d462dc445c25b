import { findCues } from './cues';
/**
 * From raw attributions to statements: cuts a statement's content where a later attribution starts, makes
 * a statement reported inside another's content carry that one as `via` (or inherit its speaker when it has
 * no subject: "…, noting …"), attaches unattributed quotations to the statement they continue, and resolves
 * speakers in text order.
 */
import type { Statement } from '../types';
import {
  clauseSubject,
  namedSubject,
  obliquePhrase,
  opensWithDash,
  presentational,
  quotedWithin,
  reportiveMainClause,
  trimRange,
  zeroSubject,
  type AttributionContext,
  type RawStatement,
} from './attribution';
import { firstTokenFrom, inQuote, isWord } from './attribution-base';
import { SpeakerResolver, type ResolvedSpeaker } from './coreference';
import { captionTest } from './captions';
import {
  coordinatedClauses,
  coordinatedClauseStart,
  coordinatedSubject,
  subordinateLead,
} from './coordinated-clauses';
import { gerundComma } from './gerund';
import { beforeCoordinatedCue, beforeSpeakerAct, joinedCue } from './coordinated-verbs';
import { afterOpeningAdverbs, looseSubject } from './loose-subject';
import { statementId } from './id';
import { innerRange, type QuoteSpan } from './quote-spans';
import type { SentenceUnit } from './sentences';
import { parseSpeakerPhrase, type SpeakerPhrase } from './speaker-phrase';
import { clauseWordAt } from './noun-phrases';

function contentStart(r: RawStatement): number {
  return r.parts[0]![0];
}
function contentEnd(r: RawStatement): number {
  return r.parts[r.parts.length - 1]![1];
}

function inside(pos: number, r: RawStatement): boolean {
  return pos >= contentStart(r) && pos < contentEnd(r);
}

const HAS_WORD = /[\p{L}\p{N}]/u;
/** Tokens at most in a cue's noun-phrase object read as a report of an act ("had rejected a takeover offer"). */
const MAX_NOMINAL_OBJECT = 20;

/** The top-level quotation whose opening mark is at `pos`, if any (binary search over the sorted quotations). */
function quotationOpeningAt(ctx: AttributionContext, pos: number): QuoteSpan | undefined {
  let lo = 0;
  let hi = ctx.quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.quotes[mid]!.open < pos) lo = mid + 1;
    else hi = mid;
  }
  const q = ctx.quotes[lo];
  return q?.open === pos ? q : undefined;
}

/**
 * After a cut, a statement that kept no quotation is no longer mixed, and one left with a single whole
 * quotation and nothing else ("X said: “Q,” | adding that …") is direct, its content the quoted words.
 */
function reclassify(ctx: AttributionContext, r: RawStatement): void {
  if (r.kind !== 'mixed') return;
  const quoted = r.parts.some(([a, b]) => quotedWithin(ctx, a, b));
  if (!quoted) {
    r.kind = 'indirect';
    return;
  }
  if (r.parts.length !== 1) return;
  const [a, b] = r.parts[0]!;
  const whole = quotationOpeningAt(ctx, a);
  if (!whole || whole.close + (whole.closeLength ?? 1) !== b) return;
  const inner = trimRange(ctx.text, ...innerRange(whole));
  if (inner[1] <= inner[0]) return;
  r.kind = 'direct';
  r.parts = [inner];
}

function groupBySentence(raws: RawStatement[]): Map<SentenceUnit, RawStatement[]> {
  const map = new Map<SentenceUnit, RawStatement[]>();
  for (const r of raws) {
    const list = map.get(r.sentence);
    if (list) list.push(r);
    else map.set(r.sentence, [r]);
  }
  return map;
}

/** Nesting: a statement whose attribution lies in another's content is reported by it. */
export function nest(
  ctx: AttributionContext,
  raws: RawStatement[],
): { raws: RawStatement[]; dropped: RawStatement[]; parent: Map<RawStatement, RawStatement> } {
  const parent = new Map<RawStatement, RawStatement>();
  // 1. A leading statement stops where a trailing attribution of its sentence starts ("…, a déclaré le Kremlin").
  const bySentence = groupBySentence(raws);
  for (const list of bySentence.values()) {
    const trailing = list.filter((t) => t.trailing);
    if (trailing.length === 0) continue;
    for (const r of list) {
      if (r.trailing) continue;
      for (const t of trailing) {
        if (t === r || !inside(t.attribution[0], r)) continue;
        const last = r.parts[r.parts.length - 1]!;
        const cut = Math.min(
          t.attribution[0],
          contentEnd(t) > last[0] && contentStart(t) > last[0] ? contentStart(t) : t.attribution[0],
        );
        r.parts[r.parts.length - 1] = dropTrailingConjunction(ctx, trimRange(ctx.text, last[0], cut));
        reclassify(ctx, r);
      }
    }
  }
  // 2. Statements reported inside another's content (found by binary search over attribution starts).
  const byAttribution = [...raws].sort((a, b) => a.attribution[0] - b.attribution[0]);
  const firstAttributionFrom = (pos: number): number => {
    let lo = 0;
    let hi = byAttribution.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byAttribution[mid]!.attribution[0] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const dropped = new Set<RawStatement>();
  // A speech act reported as its whole sentence, subject and cue included ("Der Konzern will 500 Stellen
  // streichen"), may itself be what a source named by a marker reports ("Nach Angaben der Gewerkschaft will der
  // Konzern …"): each lies in the other's content, and the marker's report stands.
  const yielded = new Set<RawStatement>();
  for (const list of bySentence.values())
    for (const r of list)
      if (
        r.speaker &&
        r.speaker.kind !== 'pronoun' &&
        inside(r.speaker.start, r) &&
        inside(r.cueStart, r) &&
        list.some(
          (o) =>
            o !== r &&
            !inside(o.cueStart, o) &&
            // (Not a marker holding its own pronoun, "seiner Meinung nach": it refers to the speech act's speaker.)
            o.speaker?.kind !== 'pronoun' &&
            inside(o.attribution[0], r) &&
            inside(r.attribution[0], o),
        )
      )
        yielded.add(r);
  for (const r of yielded) dropped.add(r);
  for (const outer of raws) {
    if (yielded.has(outer)) continue;
    let cut = Infinity;
    /** The reports inside the content that cut it. */
    const cutters: RawStatement[] = [];
    for (let i = firstAttributionFrom(contentStart(outer)); i < byAttribution.length; i++) {
      const inner = byAttribution[i]!;
      if (inner.attribution[0] >= contentEnd(outer)) break;
      if (inner === outer || yielded.has(inner)) continue;
      if (!inside(Math.max(inner.attribution[0], inner.attribution[1] - 1), outer)) continue;
      // The main clause after a subordinate one that holds the outer report stands beside it: the outer
      // content ends at the comma between them (`subordinateLead`).
      const lead = subordinateLead(
        ctx,
        outer.sentence.tokStart,
        inner.speaker?.start ?? inner.attribution[0],
      );
      if (lead > contentStart(outer)) {
        cut = Math.min(cut, lead);
        // (Its subject, unread, stands after that comma: not the subordinate clause's speaker.)
        if (!inner.speaker) {
          const subject = clauseSubject(ctx, inner.sentence, inner.cueStart);
          if (subject && subject.start > lead) {
            inner.speaker = subject;
            inner.inherits = false;
          }
        }
        continue;
      }
      // A subjectless cue inside the clause, not after a comma or a conjunction, is no report of its own but
      // a word of the content: "said it was too early to tell whether …", "said he was not worried about …",
      // "said they drew the map by adding …".
      // So is one after a quoted adverbial of its clause: "said the flyer “plainly and falsely” suggests …".
      if (
        inner.inherits &&
        !inner.trailing &&
        (embeddedCue(ctx, inner, contentStart(outer)) ||
          quotedAdverbialBefore(ctx, inner, contentStart(outer)))
      ) {
        dropped.add(inner);
        continue;
      }
      // A report in a condition of the outer content is a hypothesis, not a statement: "said Hungary would
      // veto the text if it mentioned a timeline".
      if (conditionalReport(ctx, inner, contentStart(outer))) {
        dropped.add(inner);
        continue;
      }
      // Nor is a cue whose subject is the indefinite pronoun, which stands for the speaker's own side: "sagte,
      // man gehe davon aus, dass …" (`PronounEntry.indefinite`).
      if (!inner.trailing && inner.speaker?.kind === 'pronoun' && inner.speaker.pronoun?.indefinite) {
        dropped.add(inner);
        continue;
      }
      // Nor is a stance or an intention (the positions mode): it is part of what the outer speaker said, "said he
      // wants to …", "said the party supports …", and leaves that content whole.
      // (Not one joined to the outer cue, whose subject takes a stance besides speaking: "said the plan was
      // dead and opposed any delay".)
      if (!inner.trailing && inner.cueClass === 'position' && !joinedToCue(ctx, outer, inner)) {
        dropped.add(inner);
        continue;
      }
      // (A second speaker's clause joined to the first by a conjunction reports beside it, not inside it:
      // "X заявил, что …, а Y добавила, что …".)
      if (!parent.has(inner) && !(inner.speaker && coordinatedSubject(ctx, inner.speaker)))
        parent.set(inner, outer);
      if (freeRelative(ctx, inner, contentStart(outer))) continue;
      cutters.push(inner);
    }
    // A report of an act that is the whole of another's content, its subject opening it ("An official said
    // Hungary had threatened to veto the text", "according to X, Starmer and Macron agreed to …"), leaves
    // that content whole and is no statement of its own.
    const whole = cutters.length > 0 ? wholeReportInside(ctx, outer, cutters) : undefined;
    if (whole) dropped.add(whole);
    for (const inner of cutters)
      if (inner !== whole)
        cut = Math.min(
          cut,
          inner.speaker && coordinatedSubject(ctx, inner.speaker)
            ? coordinatedClauseStart(ctx, inner.attribution[0])
            : inner.inherits && gerundComma(ctx, inner.cueStart) >= 0
              ? gerundComma(ctx, inner.cueStart)
              : inner.attribution[0],
          contentStart(inner) >= contentStart(outer) ? contentStart(inner) : Infinity,
        );
    if (cut === Infinity) continue;
    const parts: [number, number][] = [];
    for (const [a, b] of outer.parts) {
      if (a >= cut) break;
      const range = dropTrailingConjunction(ctx, trimRange(ctx.text, a, Math.min(b, cut)));
      if (range[1] > range[0] && HAS_WORD.test(ctx.text.slice(range[0], range[1]))) parts.push(range);
    }
    if (parts.length === 0) dropped.add(outer);
    else {
      outer.parts = parts;
      reclassify(ctx, outer);
    }
  }
  for (const r of raws) if (contentEnd(r) <= contentStart(r)) dropped.add(r);
  return { raws: raws.filter((r) => !dropped.has(r)), dropped: [...dropped], parent };
}

/** Is `inner`'s cue, with no subject of its own, joined to `outer`'s by a conjunction (`joinedCue`)? */
function joinedToCue(ctx: AttributionContext, outer: RawStatement, inner: RawStatement): boolean {
  if (!inner.inherits) return false;
  const first = firstTokenFrom(ctx, outer.cueStart);
  const cue = firstTokenFrom(ctx, inner.cueStart);
  return ctx.tokens[first]?.start === outer.cueStart && ctx.tokens[cue]?.start === inner.cueStart
    ? joinedCue(ctx, first, cue)
    : false;
}

/**
 * The report of an act that `outer`'s content is made of, its subject opening that content ("Hungary had
 * threatened to veto …", "the union has promised to strike …": the cue's object an infinitive; "it had
 * rejected a takeover offer", "he had denied the charges": a noun phrase right after the cue, no clause in
 * it), which a cut there would leave empty though it says what the outer speaker reported. A report of words
 * ("Hungary said it would …") is cut as usual: its own statement carries them.
 */
function wholeReportInside(
  ctx: AttributionContext,
  outer: RawStatement,
  cutters: RawStatement[],
): RawStatement | undefined {
  if (outer.trailing || outer.kind === 'direct') return undefined;
  const { tokens, lex } = ctx;
  return cutters.find((inner) => {
    if (inner === outer || inner.trailing || inner.speaker === null) return false;
    if (!inside(inner.cueStart, outer) || !subjectOpens(ctx, contentStart(outer), inner)) return false;
    if (contentEnd(inner) > contentEnd(outer)) return false;
    let first = inner.speaker.tokEnd;
    while (first < inner.sentence.tokEnd && tokens[first]!.start < contentStart(inner)) first++;
    if (first >= inner.sentence.tokEnd) return false;
    if (inner.speaker.kind !== 'pronoun' && lex.infinitiveOpeners.longestAt(tokens, first) !== undefined)
      return true;
    return nominalObject(ctx, inner, first);
  });
}

/**
 * Is `inner`'s content, from token `first`, a noun phrase standing right after its attribution (a determiner
 * first, then words with no auxiliary, complementizer, pronoun or negation that would make a clause, no
 * quotation)?
 */
function nominalObject(ctx: AttributionContext, inner: RawStatement, first: number): boolean {
  const { tokens, lex, text } = ctx;
  if (inner.kind === 'direct' || inner.parts.length !== 1) return false;
  if (text.slice(inner.attribution[1], contentStart(inner)).trim() !== '') return false;
  if (!lex.determiners.longestAt(tokens, first)) return false;
  // (Up to the first comma: what follows it, "…, calling the proposal …", is no part of the object.)
  for (
    let k = first + 1;
    k < inner.sentence.tokEnd && tokens[k]!.end <= contentEnd(inner) && tokens[k]!.fold !== ',';
    k++
  ) {
    // (Cue forms may be nouns here, "a takeover offer"; an auxiliary, a complementizer or a pronoun is not.)
    if (
      ctx.quoteOf[k] !== -1 ||
      lex.auxiliaries.longestAt(tokens, k) ||
      lex.complementizers.longestAt(tokens, k) ||
      lex.relativePronouns.longestAt(tokens, k) ||
      lex.pronouns.longestAt(tokens, k) ||
      lex.negations.longestAt(tokens, k)
    )
      return false;
    if (k - first > MAX_NOMINAL_OBJECT) return false;
  }
  return true;
}

/**
 * Does `inner`'s subject open the content starting at offset `from`, alone or as the last of coordinated ones
 * ("Starmer and French President Emmanuel Macron agreed to …", "Dawson and team owner Carla Ruiz agreed to
 * …")? Only words that make no clause (`clauseWordAt`), conjunctions and commas stand before it.
 */
function subjectOpens(ctx: AttributionContext, from: number, inner: RawStatement): boolean {
  const { tokens, lex } = ctx;
  if (inner.attribution[0] <= from + 1) return true;
  const speaker = inner.speaker;
  if (!speaker) return false;
  let k = speaker.tokStart - 1;
  for (; k >= inner.sentence.tokStart && tokens[k]!.start >= from; k--) {
    const t = tokens[k]!;
    const joins = t.fold === ',' || lex.conjunctions.longestAt(tokens, k) !== undefined;
    if (!joins && (t.kind !== 'word' || ctx.quoteOf[k] !== -1 || clauseWordAt(ctx, k))) return false;
  }
  return true;
}

/**
 * A content cut before a second cue of the same subject loses the conjunction that joined them (and the
 * adverbs of the second cue): "said the budget was balanced and | added that …", "… and later | added …" →
 * "the budget was balanced".
 */
function dropTrailingConjunction(ctx: AttributionContext, range: [number, number]): [number, number] {
  const { tokens, lex } = ctx;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end < range[1]) lo = mid + 1;
    else hi = mid;
  }
  if (!tokens[lo] || tokens[lo]!.end !== range[1]) return range;
  // Adverbs of the second cue go with it: "… and | repeatedly said".
  let k = lo;
  for (let guard = 0; guard < 2 && lex.fillers.longestAt(tokens, k)?.length === 1; guard++) {
    // (An adverb that is a conjunction too is one: "…, then | added", "… and then | added".)
    if (lex.conjunctions.longestAt(tokens, k) && !lex.conjunctions.longestAt(tokens, k - 1)) break;
    k--;
  }
  const last = tokens[k];
  if (!last || last.start <= range[0] || ctx.quoteOf[k] !== -1) return range;
  // (A contrastive after a comma too: "…, а | Y добавила".)
  const contrastive = lex.contrastives.longestAt(tokens, k) && tokens[k - 1]?.fold === ',';
  if (!lex.conjunctions.longestAt(tokens, k) && !contrastive) return range;
  return trimRange(ctx.text, range[0], last.start);
}

/**
 * Does a conditional (`Lexicon.conditionals`) stand right before `inner`'s subject, inside the outer content
 * that starts at offset `from`, outside quotations?
 */
function conditionalReport(ctx: AttributionContext, inner: RawStatement, from: number): boolean {
  if (inner.trailing || !inner.speaker) return false;
  const k = inner.speaker.tokStart - 1;
  const t = ctx.tokens[k];
  return (
    t !== undefined &&
    t.start >= from &&
    ctx.quoteOf[k] === -1 &&
    ctx.lex.conditionals.longestAt(ctx.tokens, k)?.length === 1
  );
}

/**
 * A report inside a clause opened by a question word, with no comma before it and words of the outer
 * content before it, is a part of that content, not where it ends: "admired her courage through what she
 * calls a “storm of words”", "said he did not know what the minister told them".
 */
function freeRelative(ctx: AttributionContext, inner: RawStatement, from: number): boolean {
  if (inner.trailing) return false;
  const { tokens, lex } = ctx;
  let lo = inner.sentence.tokStart;
  let hi = inner.sentence.tokEnd;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < inner.attribution[0]) lo = mid + 1;
    else hi = mid;
  }
  const wh = lo - 1;
  if (wh <= inner.sentence.tokStart || ctx.quoteOf[wh] !== -1) return false;
  if (!lex.questionWords.longestAt(tokens, wh)) return false;
  // (A content that is only the relative, "condemned what she called “a stunt”", is the inner report's.)
  return tokens[wh - 1]!.kind === 'word' && tokens[wh - 1]!.start >= from;
}

/**
 * A subjectless report whose cue follows a short quotation standing inside the outer content after a word
 * ("said the flyer “plainly and falsely” suggests that …"): the quotation is an adverbial of a clause whose
 * subject (no speaker: "the flyer") comes before it, and the cue is a word of the outer content.
 */
function quotedAdverbialBefore(ctx: AttributionContext, inner: RawStatement, from: number): boolean {
  if (!inner.inherits || inner.trailing) return false;
  const { tokens } = ctx;
  let lo = inner.sentence.tokStart;
  let hi = inner.sentence.tokEnd;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < inner.cueStart) lo = mid + 1;
    else hi = mid;
  }
  const close = lo - 1;
  const q = ctx.quoteOf[close] ?? -1;
  if (q === -1 || tokens[close]!.start !== ctx.quotes[q]!.close) return false;
  // (A short one: at most four words, so the walk back to its opening mark stops early.)
  let open = close;
  let words = 0;
  while (open > inner.sentence.tokStart && ctx.quoteOf[open - 1] === q && words <= 4) {
    open--;
    if (tokens[open]!.kind === 'word') words++;
  }
  if (words > 4 || tokens[open]!.start !== ctx.quotes[q]!.open) return false;
  const before = tokens[open - 1];
  return before !== undefined && before.kind === 'word' && before.start >= from;
}

/** Whether the word before a statement's cue belongs to the same clause (no comma, conjunction or quotation). */
function embeddedCue(ctx: AttributionContext, r: RawStatement, from: number): boolean {
  const { tokens, lex } = ctx;
  let lo = r.sentence.tokStart;
  let hi = r.sentence.tokEnd;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < r.cueStart) lo = mid + 1;
    else hi = mid;
  }
  let before = lo - 1;
  // Adverbs between a conjunction and the cue leave it a second report: "urged him to stop and repeatedly
  // said …".
  for (let guard = 0; guard < 2 && before > r.sentence.tokStart; guard++) {
    const adverb = lex.fillers.longestAt(tokens, before);
    if (adverb?.length !== 1 || ctx.quoteOf[before] !== -1) break;
    if (!lex.conjunctions.longestAt(tokens, before - 1)) {
      if (lex.fillers.longestAt(tokens, before - 1)?.length !== 1) break;
      before--;
      continue;
    }
    before--;
    break;
  }
  if (before < r.sentence.tokStart || tokens[before]!.start < from) return false;
  if (gerundComma(ctx, r.cueStart) >= 0) return false;
  const t = tokens[before]!;
  return t.kind === 'word' && ctx.quoteOf[before] === -1 && !lex.conjunctions.longestAt(tokens, before);
}

/** Direct speech in `unit` that goes on from `last` (the same speaker, no attribution of its own). */
function continuation(
  last: RawStatement,
  range: [number, number],
  unit: SentenceUnit,
  cue: string,
  at: number,
  continues: number,
): RawStatement {
  return {
    parts: [range],
    kind: 'direct',
    speaker: last.speaker,
    cue,
    ...(last.cueClass ? { cueClass: last.cueClass } : {}),
    cueStart: at,
    attribution: [at, at],
    trailing: false,
    inherits: false,
    sentence: unit,
    continues,
  };
}

/** Unattributed quotations forming a whole sentence right after a statement continue it. */
export function continuations(
  ctx: AttributionContext,
  units: SentenceUnit[],
  raws: RawStatement[],
): RawStatement[] {
  const out: RawStatement[] = [];
  // Units inside a statement's content (a long quotation, a split one) are covered: sweep in text order.
  const byStart = [...raws].sort((a, b) => contentStart(a) - contentStart(b));
  let sweep = 0;
  let reach = -1;
  const covered = (u: SentenceUnit) => {
    while (sweep < byStart.length && contentStart(byStart[sweep]!) <= u.start)
      reach = Math.max(reach, contentEnd(byStart[sweep++]!));
    return reach >= u.end;
  };
  const indexOf = new Map(raws.map((r, i) => [r, i] as [RawStatement, number]));
  let last: RawStatement | undefined;
  let lastUnit = -10;
  const reported = new Set<RawStatement>();
  const byUnit = new Map<SentenceUnit, RawStatement[]>();
  for (const r of raws) {
    const list = byUnit.get(r.sentence);
    if (list) list.push(r);
    else byUnit.set(r.sentence, [r]);
  }
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    const here = byUnit.get(unit);
    if (here && here.length > 0) {
      last = here[here.length - 1];
      lastUnit = u;
      continue;
    }
    if (covered(unit)) continue;
    // Dialogue dashes (`dashDialogue`): a dashed sentence right after a dashed quotation, in its paragraph, goes
    // on quoting the same speaker: "– Q1 – dodała. – Q2."
    if (
      ctx.lex.lexicon.dashDialogue === true &&
      last?.kind === 'direct' &&
      u - lastUnit === 1 &&
      opensWithDash(ctx.text, last.sentence.start) &&
      opensWithDash(ctx.text, unit.start) &&
      !paragraphBetween(ctx, last.sentence.end, unit.start) &&
      findCues(ctx.lex, ctx.tokens, unit.tokStart, unit.tokEnd, (k) => ctx.quoteOf[k] !== -1).length === 0
    ) {
      const range = trimRange(ctx.text, unit.start + 1, unit.end);
      if (range[1] > range[0]) {
        const cont = continuation(last, range, unit, last.cue, unit.start, indexOf.get(last) ?? -1);
        out.push(cont);
        last = cont;
        lastUnit = u;
        continue;
      }
    }
    // Free indirect speech: a sentence whose verb form marks it as reported (German Konjunktiv I, the
    // lexicon's `reportiveMarkers`) continues the last speaker: "X sagte, … . Dies sei nachzuweisen gewesen."
    const reportive =
      ctx.quoteOf[unit.tokStart] === -1 && reportiveMainClause(ctx, unit.tokStart, unit.tokEnd);
    // Right after reported speech, Konjunktiv II stands in for Konjunktiv I where the two would look like the
    // indicative ("Sie würden sich abstimmen", "Behandelt würden vor allem Verletzte"): it goes on reporting.
    const substitute =
      !reportive &&
      last !== undefined &&
      u - lastUnit === 1 &&
      last.kind !== 'direct' &&
      ctx.quoteOf[unit.tokStart] === -1 &&
      reportiveMainClause(ctx, unit.tokStart, unit.tokEnd, 2);
    // (Unless the sentence between has a cue of its own that reported nothing, whose subject speaks:
    // "Laut Polizei … . ¶ Senatorin X begrüßte das Urteil. Wer Rettungswege blockiere, gefährde Leben.")
    const between = reportive && u - lastUnit === 2 ? cueSubjectOf(ctx, units[u - 1]!) : null;
    if (last && u - lastUnit <= 2 && (reportive || substitute) && !between) {
      const range = trimRange(ctx.text, unit.start, unit.end);
      if (range[1] <= range[0]) continue;
      if (reported.has(last) && lastUnit === u - 1) {
        // Consecutive reported sentences are one statement.
        last.parts[last.parts.length - 1] = [contentStart(last), range[1]];
      } else {
        const quoted = quotedWithin(ctx, range[0], range[1]);
        const cont: RawStatement = {
          parts: [range],
          kind: quoted ? 'mixed' : 'indirect',
          speaker: last.speaker,
          cue: '',
          ...(last.cueClass ? { cueClass: last.cueClass } : {}),
          cueStart: unit.start,
          attribution: [unit.start, unit.start],
          trailing: false,
          inherits: false,
          sentence: unit,
          continues: indexOf.get(last) ?? -1,
        };
        out.push(cont);
        reported.add(cont);
        last = cont;
      }
      lastUnit = u;
      continue;
    }
    // A reported sentence with no statement before it, after a sentence with a cue that reported nothing:
    // the subject of that sentence speaks ("Die Gewerkschaft lehnt den Einsatz ab. Soldaten seien keine
    // Hilfspolizisten.").
    const before = units[u - 1];
    const previousCue =
      before && reportive
        ? findCues(ctx.lex, ctx.tokens, before.tokStart, before.tokEnd, (i) => ctx.quoteOf[i] !== -1)[0]
        : undefined;
    let previousSubject = before && reportive ? cueSubjectOf(ctx, before) : null;
    // Konjunktiv I with no cue and no statement near: the speaker is the last one named as a subject in the
    // two sentences before, in the same paragraph ("Die Staatsanwaltschaft ermittelt. Der Kassierer soll Geld
    // veruntreut haben.").
    if (
      !previousSubject &&
      reportive &&
      ctx.lex.lexicon.verbSecond &&
      reportiveMainClause(ctx, unit.tokStart, unit.tokEnd, 1, true)
    ) {
      for (let b = u - 1; b >= Math.max(0, u - 2) && !previousSubject; b--) {
        const unitBefore = units[b]!;
        if (paragraphBetween(ctx, unitBefore.end, unit.start)) break;
        const named = namedSubject(ctx, unitBefore);
        if (named && speakerLike(named)) previousSubject = named;
      }
    }
    if (previousSubject) {
      const range = trimRange(ctx.text, unit.start, unit.end);
      if (range[1] <= range[0]) continue;
      const cont: RawStatement = {
        parts: [range],
        kind: quotedWithin(ctx, range[0], range[1]) ? 'mixed' : 'indirect',
        speaker: previousSubject,
        cue: '',
        cueClass: previousCue?.info.entry.class ?? 'say',
        cueStart: unit.start,
        attribution: [unit.start, unit.start],
        trailing: false,
        inherits: false,
        sentence: unit,
      };
      out.push(cont);
      reported.add(cont);
      last = cont;
      lastUnit = u;
      continue;
    }
    // One quotation, then at most punctuation.
    const first = ctx.quoteOf[unit.tokStart]!;
    if (first === -1 || ctx.tokens[unit.tokStart]!.start !== ctx.quotes[first]!.open) continue;
    let k = unit.tokStart;
    while (k < unit.tokEnd && ctx.quoteOf[k] === first) k++;
    let onlyPunct = true;
    for (let j = k; j < unit.tokEnd; j++) if (ctx.tokens[j]!.kind !== 'punct') onlyPunct = false;
    // (Up to two sentences of narrative may stand between, telling of the speaker: "X said … . She moved in
    // last fall. And there was the cost. ¶ “Q.”")
    if (!onlyPunct || !last || u - lastUnit > 3) continue;
    const span = ctx.quotes[first]!;
    const range = trimRange(ctx.text, ...innerRange(span));
    if (range[1] <= range[0]) continue;
    const cont = continuation(last, range, unit, '', span.open, indexOf.get(last) ?? -1);
    out.push(cont);
    last = cont;
    lastUnit = u;
  }
  return out;
}

/**
 * The subject of a sentence with a cue outside quotations (`sentenceSubject`; past a phrase in an oblique case
 * opening it: "Den Anstieg prognostizierte der Verband." → the subject after the verb, if any), when it can
 * speak (`speakerLike`); else null.
 */
function cueSubjectOf(ctx: AttributionContext, unit: SentenceUnit): SpeakerPhrase | null {
  const cue = findCues(ctx.lex, ctx.tokens, unit.tokStart, unit.tokEnd, (i) => ctx.quoteOf[i] !== -1)[0];
  if (!cue) return null;
  let subject = sentenceSubject(ctx, unit);
  if (subject && obliquePhrase(ctx, subject)) subject = namedSubject(ctx, unit);
  return subject && speakerLike(subject) ? subject : null;
}

/**
 * A subject that can be a speaker without a cue to say so: a role, a known or headed institution, a pronoun,
 * or a name of two words or more (a single capitalised word may be any noun: German "Brandsätze").
 */
function speakerLike(p: SpeakerPhrase): boolean {
  if (p.kind === 'role') return true;
  if (p.kind === 'institution') return p.institutionEntry !== undefined || p.tokEnd - p.tokStart >= 2;
  if (p.kind === 'person') return (p.name ?? '').trim().includes(' ');
  return false;
}

/** Does a paragraph break lie in [from, to)? */
function paragraphBetween(ctx: AttributionContext, from: number, to: number): boolean {
  return /\n\s*\n/.test(ctx.text.slice(from, to));
}

/** The noun phrase that opens a sentence, after at most two introductory phrases ending with a comma. */
function sentenceSubject(ctx: AttributionContext, unit: SentenceUnit): SpeakerPhrase | null {
  // A conjunction opening the sentence joins it to the one before: "But Lee grinned and …".
  let k = unit.tokStart + (ctx.lex.conjunctions.longestAt(ctx.tokens, unit.tokStart)?.length ?? 0);
  // A subordinate clause opening the sentence ("Nachdem er gefragt wurde, …") holds no subject of the main one.
  if (ctx.lex.subordinators.longestAt(ctx.tokens, k)) {
    while (k < unit.tokEnd && ctx.tokens[k]!.fold !== ',') k++;
    k++;
  }
  // (Nor does a date opening it: "11 апреля …", "3 mars …".)
  const { tokens } = ctx;
  if (/^\d{1,2}$/.test(tokens[k]?.fold ?? '') && tokens[k + 1]?.kind === 'word' && !tokens[k + 1]!.upper) {
    k += 2;
    if (/^\d{4}$/.test(tokens[k]?.fold ?? '')) k++;
  }
  // (Nor do the words of a quotation: "…, who wired, “Dear Jack, Don't …”".)
  const quoted = (i: number) => ctx.quoteOf[i] !== undefined && ctx.quoteOf[i] !== -1;
  for (let round = 0; round < 3 && k < unit.tokEnd; round++) {
    const phrase = quoted(k) ? null : parseSpeakerPhrase(ctx, k, unit.tokEnd);
    const next = phrase ? ctx.tokens[phrase.tokEnd] : undefined;
    if (phrase && next?.fold !== ',') return phrase;
    // Skip to after the next comma.
    while (k < unit.tokEnd && (ctx.tokens[k]!.fold !== ',' || quoted(k))) k++;
    k++;
  }
  return null;
}

/** Tokens at most in an insertion between a sentence's subject and its verb. */
const MAX_INSERTION = 12;

/**
 * The phrase opening the sentence when an insertion between commas follows it and the clause goes on with a
 * lower-case word, its verb: "Il presidente ucraino Volodymyr Zelensky, intervenuto in collegamento video, ha
 * ringraziato l'Italia e ha ribadito che …", "El presidente ucraniano, Volodímir Zelenski, agradeció … y
 * subrayó que …". Only a phrase that can name a speaker by itself (a dateline's place opens with a comma
 * too: "Moscú, 20 ene (EFE).-").
 */
function subjectBeforeInsertion(ctx: AttributionContext, unit: SentenceUnit): SpeakerPhrase | null {
  const { tokens } = ctx;
  const phrase = parseSpeakerPhrase(ctx, unit.tokStart, unit.tokEnd);
  if (!phrase || phrase.kind === 'pronoun' || !speakerLike(phrase) || tokens[phrase.tokEnd]?.fold !== ',')
    return null;
  const verbAt = (k: number) => {
    const t = tokens[k];
    return (
      t?.kind === 'word' &&
      !t.upper &&
      !ctx.lex.relativePronouns.longestAt(tokens, k) &&
      !ctx.lex.complementizers.longestAt(tokens, k)
    );
  };
  // The comma closes the phrase's own apposition: "El presidente ucraniano, Volodímir Zelenski, agradeció …".
  if (verbAt(phrase.tokEnd + 1)) return phrase;
  let k = phrase.tokEnd + 1;
  while (k < unit.tokEnd && k - phrase.tokEnd <= MAX_INSERTION && tokens[k]!.fold !== ',') {
    if (ctx.quoteOf[k] !== undefined && ctx.quoteOf[k] !== -1) return null;
    k++;
  }
  return tokens[k]?.fold === ',' && verbAt(k + 1) ? phrase : null;
}

/**
 * Where nouns have a gender the article shows (`determinerGenders`: German), a gendered pronoun opening a
 * sentence takes up the subject of the sentence before, in the same paragraph, when its gender agrees — an
 * institution by its article ("Den Plan hat die Gewerkschaft abgelehnt. Sie nennt ihn …"), a named person by
 * the pronoun's gender —, even though that sentence reported nothing. That subject, or null.
 */
function salientAntecedent(
  ctx: AttributionContext,
  units: SentenceUnit[],
  unitIndex: Map<SentenceUnit, number>,
  r: RawStatement,
): SpeakerPhrase | null {
  const genders = ctx.lex.lexicon.determinerGenders;
  const pronoun = r.speaker?.kind === 'pronoun' ? r.speaker.pronoun : undefined;
  if (!genders || !pronoun?.gender || pronoun.gender === 'n' || pronoun.indefinite) return null;
  if ((pronoun.person ?? 3) !== 3 || r.speaker!.tokStart !== r.sentence.tokStart) return null;
  const u = unitIndex.get(r.sentence) ?? -1;
  const before = u > 0 ? units[u - 1]! : undefined;
  if (!before || paragraphBetween(ctx, before.end, r.sentence.start)) return null;
  const subject = namedSubject(ctx, before);
  if (!subject) return null;
  const article = genders[ctx.tokens[subject.tokStart]?.fold ?? ''];
  const agrees =
    (subject.kind === 'institution' && article === pronoun.gender) ||
    (subject.kind === 'person' && subject.gender === pronoun.gender && (subject.name ?? '').includes(' '));
  return agrees ? subject : null;
}

/** The words of a speaker phrase on the page, "" without one. */
function mentionText(ctx: AttributionContext, phrase: SpeakerPhrase | null | undefined): string {
  return phrase ? ctx.text.slice(phrase.start, phrase.end) : '';
}

/** `looseSubject` of a statement's cue (its tokens found from the cue's offset and text). */
function cueLooseSubject(ctx: AttributionContext, r: RawStatement): SpeakerPhrase | null {
  const { tokens } = ctx;
  const { tokStart, tokEnd } = r.sentence;
  let cue = tokStart;
  while (cue < tokEnd && tokens[cue]!.start < r.cueStart) cue++;
  if (cue >= tokEnd || tokens[cue]!.start !== r.cueStart || !r.cue) return null;
  let cueEnd = cue + 1;
  while (cueEnd < tokEnd && tokens[cueEnd]!.end <= r.cueStart + r.cue.length) cueEnd++;
  return looseSubject(ctx, r.sentence, cue, cueEnd, r.trailing);
}

/**
 * In a language that drops its subjects (`Lexicon.dropsSubject`), a finite cue opening its sentence with no
 * subject found ("Añadió que …", "Dodał, że …"), or one after what it reports ("«…», – йдеться у
 * повідомленні"): the subject left unsaid, resolved like a pronoun. Not a participle opening the sentence
 * ("Diciendo que …" belongs to a clause of its own).
 */
function droppedSubject(ctx: AttributionContext, r: RawStatement): SpeakerPhrase | null {
  const { tokens, lex } = ctx;
  // Adverbs may open the sentence before the cue: "Luego añadió que …", "Також зазначив, що …".
  if (lex.lexicon.dropsSubject !== true) return null;
  // After what it reports: "«…», – йдеться у повідомленні", "«…», añadió" (an impersonal or dropped subject).
  if (r.trailing) {
    let cue = r.sentence.tokStart;
    while (cue < r.sentence.tokEnd && tokens[cue]!.start < r.cueStart) cue++;
    return zeroSubject(r.cueStart, cue);
  }
  let first = afterOpeningAdverbs(ctx, r.sentence.tokStart, r.sentence.tokEnd);
  // Or after an opening prepositional phrase, with no clause of its own: "En esta entrevista con EL PAÍS
  // defiende que …", "Nel corso dell'incontro ha ribadito che …".
  if (tokens[first]?.start !== r.cueStart && lex.prepositions.longestAt(tokens, first)) {
    let k = first;
    while (
      k < r.sentence.tokEnd &&
      k - first <= 12 &&
      tokens[k]!.start < r.cueStart &&
      (isWord(ctx, k) || tokens[k]!.fold === ',' || tokens[k]!.fold === "'") &&
      !inQuote(ctx, k) &&
      !lex.cues.longestAt(tokens, k) &&
      !lex.complementizers.longestAt(tokens, k) &&
      !lex.relativePronouns.longestAt(tokens, k)
    )
      k++;
    if (tokens[k]?.start === r.cueStart) first = k;
  }
  if (tokens[first]?.start !== r.cueStart) return null;
  const verb = tokens[first]!.fold;
  if ((lex.lexicon.progressiveSuffixes ?? []).some((suffix) => verb.endsWith(suffix))) return null;
  return zeroSubject(r.cueStart, first);
}

const OPENING_MARKS = /[\s"“‘«„‚‹]/;

/**
 * A quotation running over several paragraphs (each reopened with a mark, the press convention) is given as
 * one statement per paragraph, each continuing the one before: news annotates a long quotation paragraph by
 * paragraph, and a paragraph is what a reader quotes on. Only quotations in one piece (no split parts).
 */
function byParagraph(ctx: AttributionContext, raws: RawStatement[]): RawStatement[] {
  const out: RawStatement[] = [];
  for (const r of raws) {
    const [a, b] = r.parts[0]!;
    if (r.kind !== 'direct' || r.parts.length !== 1 || !ctx.text.slice(a, b).includes('\n')) {
      out.push(r);
      continue;
    }
    const pieces: [number, number][] = [];
    let from = a;
    for (let i = a; i <= b; i++) {
      if (i < b && ctx.text[i] !== '\n') continue;
      let start = from;
      while (start < i && OPENING_MARKS.test(ctx.text[start]!)) start++;
      const range = trimRange(ctx.text, start, i);
      if (range[1] > range[0]) pieces.push(range);
      from = i + 1;
    }
    if (pieces.length < 2) {
      out.push(r);
      continue;
    }
    out.push({ ...r, parts: [pieces[0]!] });
    for (const piece of pieces.slice(1)) {
      out.push({
        ...r,
        parts: [piece],
        cue: '',
        cueStart: piece[0],
        attribution: [piece[0], piece[0]],
        trailing: false,
        inherits: false,
        continues: r.continues ?? -1,
      });
    }
  }
  return out;
}

export function assemble(
  ctx: AttributionContext,
  units: SentenceUnit[],
  raws: RawStatement[],
  options: { lang: string; articleKey: string },
): Statement[] {
  const nested = nest(ctx, raws);
  for (const r of nested.raws)
    if (r.parts.length === 1 && !r.trailing && r.kind !== 'direct') {
      const range = beforeSpeakerAct(ctx, beforeCoordinatedCue(ctx, r.cueStart, r.parts[0]!));
      if (r.kind === 'mixed' && range[1] < r.parts[0]![1] && !quotedWithin(ctx, range[0], range[1]))
        r.kind = 'indirect';
      r.parts = coordinatedClauses(ctx, range);
    }
  const kept = byParagraph(ctx, [...nested.raws, ...continuations(ctx, units, nested.raws)]);
  kept.sort((a, b) => contentStart(a) - contentStart(b) || contentEnd(a) - contentEnd(b));
  // One statement per content range.
  const unique: RawStatement[] = [];
  const slotOf = new Map<string, number>();
  for (const r of kept) {
    const key = `${contentStart(r)}:${contentEnd(r)}`;
    const slot = slotOf.get(key);
    if (slot !== undefined) {
      if (!unique[slot]!.speaker && r.speaker) unique[slot] = r;
      continue;
    }
    slotOf.set(key, unique.length);
    unique.push(r);
  }
  const uniqueBySentence = groupBySentence(unique);
  // Resolve speakers in order of their mention, so pronouns and roles see what came before.
  const resolver = new SpeakerResolver(ctx);
  const unitIndex = new Map(units.map((u, i) => [u, i]));
  const resolved = new Map<RawStatement, ResolvedSpeaker>();
  const order = [...unique, ...nested.dropped].sort(
    (a, b) => Math.min(a.attribution[0], contentStart(a)) - Math.min(b.attribution[0], contentStart(b)),
  );
  const pending = new Set<RawStatement>();
  // Iterative: a subjectless statement takes the speaker of its parent or of the statement before it in its
  // sentence, and such chains can be as long as the page (no recursion on input-sized data).
  // The phrase naming the speaker a subjectless statement inherits ("he said …, adding …": "he").
  const mentionOf = new Map<RawStatement, SpeakerPhrase>();
  const speakerOf = (start: RawStatement): ResolvedSpeaker => {
    const chain: RawStatement[] = [];
    let s: ResolvedSpeaker | undefined;
    let phrase: SpeakerPhrase | undefined;
    for (let r: RawStatement | undefined = start; r && !s;) {
      const done = resolved.get(r);
      if (done) {
        s = done;
        phrase = r.speaker ?? mentionOf.get(r);
        break;
      }
      // Inheritance cycles (two subjectless cues inside each other) end with an unknown speaker.
      if (pending.has(r)) {
        s = { name: '', kind: 'unknown' };
        break;
      }
      pending.add(r);
      chain.push(r);
      if (r.unattributed) {
        s = { name: '', kind: 'unknown' };
        break;
      }
      if (r.speaker) {
        const antecedent = salientAntecedent(ctx, units, unitIndex, r);
        if (antecedent) resolver.resolve(antecedent, antecedent.start);
        s = resolver.resolve(r.speaker, r.attribution[0], r.cue);
        phrase = r.speaker;
        break;
      }
      const current: RawStatement = r;
      const parent = nested.parent.get(current);
      const before = (uniqueBySentence.get(current.sentence) ?? [])
        .filter((u) => contentStart(u) < current.cueStart && u !== current)
        .pop();
      const from = parent ?? before;
      if (from) {
        r = from;
        continue;
      }
      if (current.fallbackSpeaker) {
        current.speaker = current.fallbackSpeaker;
        s = resolver.resolve(current.speaker, current.speaker.start);
      } else {
        // A cue whose subject the speaker grammar did not read: the plain noun phrase right before it
        // ("environmentalists worry that …"). A participial cue with no subject: "A judge chastised the
        // station, saying …" → the sentence's subject, after an opening adverbial ("Auparavant, Dodon …").
        // Loose subjects come before the sentence's first phrase: that may sit inside an apposition
        // ("Noah Petit, the Lakeside College student …, has said" → not "Lakeside College").
        current.speaker =
          clauseSubject(ctx, current.sentence, current.cueStart) ??
          cueLooseSubject(ctx, current) ??
          sentenceSubject(ctx, current.sentence) ??
          subjectBeforeInsertion(ctx, current.sentence) ??
          droppedSubject(ctx, current);
        s = resolver.resolve(current.speaker, current.sentence.start);
      }
    }
    const result = s ?? { name: '', kind: 'unknown' };
    for (const r of chain) {
      resolved.set(r, result);
      if (!r.speaker && phrase) mentionOf.set(r, phrase);
    }
    return result;
  };
  for (const r of order) speakerOf(r);
  // `unique` is in text order: continuations share the speaker of the nearest statement before them.
  const continued = new Map<RawStatement, RawStatement>();
  unique.forEach((r, i) => {
    if (r.continues === undefined) return;
    for (let j = i - 1; j >= Math.max(0, i - 20); j--) {
      const prev = unique[j]!;
      if (contentEnd(prev) > contentStart(r)) continue;
      resolved.set(r, resolved.get(prev) ?? speakerOf(prev));
      continued.set(r, prev);
      return;
    }
  });

  const statements: Statement[] = [];
  const idOf = new Map<RawStatement, string>();
  const inCaption = captionTest(ctx.text);
  for (const r of unique) {
    const start = contentStart(r);
    const end = contentEnd(r);
    const content = r.parts.map(([a, b]) => ctx.text.slice(a, b)).join(' … ');
    const speaker = resolved.get(r) ?? { name: '', kind: 'unknown' };
    if (
      r.kind === 'indirect' &&
      fragmentary(ctx, content, end, r.cueClass === 'position' || r.nameObject === true)
    )
      continue;
    // A subject found for a subjectless cue may be presentational ("Here's hoping …"): nobody speaks.
    if (presentational(ctx, r.speaker ?? mentionOf.get(r))) continue;
    if (inCaption(r.sentence.start)) continue;
    const parent = nested.parent.get(r);
    const viaSpeaker = parent && !r.inherits && r.speaker ? resolved.get(parent) : undefined;
    const sentenceStart = Math.min(r.sentence.start, start);
    const sentenceEnd = Math.max(r.sentence.end, end);
    const statement: Statement = {
      id: statementId(options.articleKey, start, end),
      speaker: speaker.name,
      mention: mentionText(ctx, r.speaker ?? mentionOf.get(r)),
      cue: r.cue,
      kind: r.kind,
      content,
      sentence: ctx.text.slice(sentenceStart, sentenceEnd),
      start,
      end,
      lang: options.lang,
      topics: [],
    };
    if (r.parts.length > 1) statement.parts = r.parts.map(([a, b]) => [a, b]);
    if (speaker.role ?? r.speaker?.role) statement.role = r.speaker?.role ?? speaker.role;
    if (r.cueClass) statement.cueClass = r.cueClass;
    const addressee = resolver.peek(r.addressee, r.attribution[0]);
    if (addressee) statement.addressee = addressee;
    if (viaSpeaker?.name && viaSpeaker.name !== speaker.name) statement.via = viaSpeaker.name;
    // A source named after a via marker ("…, передає Укрінформ", "…, cité par l'AFP").
    const through = r.via ? resolver.peek(r.via, r.via.start) : '';
    if (!statement.via && through && through !== speaker.name) statement.via = through;
    const continues = idOf.get(continued.get(r)!);
    if (continues) statement.continues = continues;
    idOf.set(r, statement.id);
    statements.push(statement);
  }
  return statements;
}

/** Words at most this many make a short content, which must not end on a function word. */
const SHORT_CONTENT_WORDS = 4;

/**
 * An indirect content too little to stand for what was said: a single word (a cue's stray object: "condemned
 * what") or a few words ending on a function word, a clause cut short ("he had", "the same way that",
 * "74 percent of"). A stance's single word, or a name its cue takes as object, may be a name, and that is enough:
 * "endorsed Clinton", "attacked Machado".
 */
function fragmentary(ctx: AttributionContext, content: string, end: number, stance: boolean): boolean {
  const words = content.trim().split(/\s+/).length;
  if (words <= 1) return !(stance && /^\p{Lu}/u.test(content.trim()));
  if (words > SHORT_CONTENT_WORDS) return false;
  const { tokens, lex } = ctx;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end < end) lo = mid + 1;
    else hi = mid;
  }
  const k = lo;
  // (A capitalised word is a name, not a function word: "fell in May".)
  const last = tokens[k];
  if (!last || last.kind !== 'word' || last.end !== end || last.upper) return false;
  const single = (m: readonly { length: number }[]) => m.some((x) => x.length === 1);
  return [
    lex.prepositions,
    lex.determiners,
    // Where the finite verb comes last in a subordinate clause, an auxiliary ends it ("dass er gewählt wurde").
    ...(lex.lexicon.verbSecond ? [] : [lex.auxiliaries]),
    lex.complementizers,
    lex.relativePronouns,
    lex.conjunctions,
    lex.infinitiveOpeners,
  ].some((matcher) => single(matcher.matchEndingAt(tokens, k)));
}
