/**
 * Sources named through a grammatical marker rather than as a cue's plain subject: the agent of a passive
 * ("von der Regierung"), an anaphoric content word ("Об этом заявил X"), a parenthetical as-clause ("Wie die
 * Polizei mitteilte, …").
 */
import type { CueMatch } from './cues';
import type { SentenceUnit } from './sentences';
import { parseSpeakerPhrase, speakerEndingAt, type SpeakerPhrase } from './speaker-phrase';
import {
  type AttributionContext,
  cueText,
  inQuote,
  isWord,
  quotedWithin,
  quoteEndToken,
  quoteInner,
  type RawStatement,
  skipFillers,
  trimRange,
  wordCount,
  zeroSubject,
} from './attribution-base';
import { fillersEndingAt, nounPhrase, nounPhraseEnd, obliquePhrase, quotedName } from './noun-phrases';
import { colonIntroducedQuote } from './complement';

/**
 * A passive cue with its agent ("Von der Regierung wurde der Plan begrüßt.", "Ihm wird von der Opposition
 * Betrug vorgeworfen."): the agent after one of `Lexicon.agentMarkers` in the cue's sentence speaks, and the
 * sentence is what was said. With no agent named there is no speaker, and no statement.
 */
export function passiveStatement(
  ctx: AttributionContext,
  cue: CueMatch,
  sentence: SentenceUnit,
): RawStatement | null {
  const { tokens } = ctx;
  const markers = ctx.lex.lexicon.agentMarkers ?? [];
  let agent: SpeakerPhrase | null = null;
  for (let k = sentence.tokStart; k < sentence.tokEnd && !agent; k++) {
    if (inQuote(ctx, k) || !markers.includes(tokens[k]!.fold)) continue;
    let np = parseSpeakerPhrase(ctx, k + 1, sentence.tokEnd);
    if (!np && k === sentence.tokStart) {
      const npEnd = nounPhraseEnd(ctx, k + 1, sentence.tokEnd);
      if (npEnd > k + 1) np = nounPhrase(ctx, k + 1, npEnd);
    }
    // A speaker, not a place ("in der Nähe von Bergen"): a role, an institution, a group or a full name; or
    // any noun phrase opening the sentence ("Von der Führung des Landes wurde der Plan begrüßt.").
    const speakerLike =
      np !== null &&
      np.kind !== 'pronoun' &&
      (k === sentence.tokStart ||
        np.kind === 'role' ||
        np.kind === 'institution' ||
        np.kind === 'group' ||
        (np.kind === 'person' && (np.name ?? '').trim().includes(' ')));
    if (speakerLike) agent = np;
  }
  if (!agent) return null;
  const range = trimRange(ctx.text, sentence.start, sentence.end);
  return {
    speaker: agent,
    cue: cueText(ctx, cue),
    cueClass: cue.info.entry.class,
    cueStart: cue.start,
    attribution: [Math.min(cue.start, agent.start), Math.max(cue.end, agent.end)],
    inherits: false,
    sentence,
    parts: [range],
    kind: quotedWithin(ctx, ...range) ? 'mixed' : 'indirect',
    trailing: false,
  };
}

/**
 * Is [from, to) empty or a filler, with the name of the programme or outlet it governs: "Про це в інтерв'ю
 * Politico сказав X", "Об этом в эфире «Первого канала» заявил X" (the speaker follows the cue, so a name
 * there is the filler's complement)?
 */
function fillerUpTo(ctx: AttributionContext, from: number, to: number): boolean {
  const k = skipFillers(ctx, from, to);
  if (k === to) return true;
  if (k === from) return false;
  const quoted = quotedName(ctx, k);
  if (quoted === to) return true;
  let j = k;
  while (j < to && j - k < 3 && isWord(ctx, j) && ctx.tokens[j]!.upper && !inQuote(ctx, j)) j++;
  return j === to && j > k;
}

/**
 * "Об этом заявил X.", "Про це повідомив X …", "Poinformował o tym X.": a cue next to one of the lexicon's
 * `anaphoricContent` words at the start of its sentence takes the previous sentence as its content.
 */
export function anaphoricAttribution(
  ctx: AttributionContext,
  cue: CueMatch,
  sentence: SentenceUnit,
): RawStatement | null {
  const { lex, tokens, text } = ctx;
  const first = sentence.tokStart;
  const lead = lex.anaphoricContent.longestAt(tokens, first);
  const after = lex.anaphoricContent.longestAt(tokens, cue.tokEnd);
  let speakerFrom: number;
  // The outlet told may stand between the words and the cue, or after the cue: "Об этом «Известиям» заявил
  // X", "Об этом РБК сообщил X", "Об этом заявил «Известиям» X" (in a language with a bare dative).
  const toldBefore = lead && lex.lexicon.dativeEndings ? toldOutlet(ctx, first + lead.length) : undefined;
  let addressee: SpeakerPhrase | undefined;
  if (lead && fillerUpTo(ctx, first + lead.length, cue.tokStart)) speakerFrom = cue.tokEnd;
  else if (lead && toldBefore && toldBefore.tokEnd === cue.tokStart) {
    speakerFrom = cue.tokEnd;
    addressee = toldBefore;
  } else if (after && cue.tokStart === first) speakerFrom = cue.tokEnd + after.length;
  else return relativeAnaphora(ctx, cue, sentence);
  const toldAfter =
    lead && !addressee && lex.lexicon.dativeEndings ? toldOutlet(ctx, speakerFrom) : undefined;
  if (toldAfter && parseSpeakerPhrase(ctx, toldAfter.tokEnd, sentence.tokEnd)) {
    addressee = toldAfter;
    speakerFrom = toldAfter.tokEnd;
  }
  // The previous sentence: back from the full stop before this one to the stop or line break before it.
  const stop = first - 1;
  if (stop < 0 || tokens[stop]!.kind !== 'punct' || !/[.!?…]/.test(tokens[stop]!.fold)) return null;
  let begin = stop - 1;
  while (
    begin >= 0 &&
    tokens[begin]!.kind !== 'break' &&
    !(tokens[begin]!.kind === 'punct' && /[.!?…]/.test(tokens[begin]!.fold) && !inQuote(ctx, begin))
  )
    begin--;
  if (begin + 1 >= stop) return null;
  const range = trimRange(text, tokens[begin + 1]!.start, tokens[stop]!.start);
  if (range[1] <= range[0] || wordCount(ctx, range[0], range[1]) < 3) return null;
  let q = skipFillers(ctx, speakerFrom, sentence.tokEnd);
  // "Про це повідомили в Міністерстві …": an impersonal plural names its institution after a preposition.
  if ((lex.lexicon.speakerPrepositions ?? []).includes(tokens[q]?.fold ?? '') && isWord(ctx, q + 1)) q++;
  let speaker = parseSpeakerPhrase(ctx, q, sentence.tokEnd) ?? closingSubject(ctx, q, sentence.tokEnd);
  // German capitalises the nouns of any subject: "Dies gab das norwegische Nobelkomitee bekannt."
  if (!speaker && lex.lexicon.verbSecond) {
    const npEnd = nounPhraseEnd(ctx, q, sentence.tokEnd);
    if (npEnd > q) speaker = nounPhrase(ctx, q, npEnd);
  }
  if (!speaker) return null;
  const quoted = ctx.quotes.some((x) => x.open >= range[0] && x.close < range[1]);
  const whole = ctx.quotes.find((x) => x.open === range[0] && x.close === range[1] - 1);
  // (A quotation after a dateline's dash or a colon is the whole of what was said: "(Adnkronos) - "…". Lo ha
  // detto …".)
  const introduced = whole ? undefined : colonIntroducedQuote(ctx, range[0], range[1]);
  return {
    parts: [whole ? trimRange(text, ...quoteInner(ctx, ctx.quotes.indexOf(whole))) : (introduced ?? range)],
    kind: whole || introduced ? 'direct' : quoted ? 'mixed' : 'indirect',
    speaker,
    cue: cueText(ctx, cue),
    cueClass: cue.info.entry.class,
    cueStart: cue.start,
    attribution: [sentence.start, speaker.end],
    trailing: true,
    inherits: false,
    sentence,
    ...(addressee ? { addressee } : {}),
  };
}

/**
 * An adverbial may stand between the cue and its subject, which then closes the sentence: "Lo ha detto a
 * margine di un convegno a Milano il vicepremier." The first phrase opened by a determiner or a role, not
 * after a preposition (whose object it would be), that runs to the sentence's final stop, within twelve
 * words; else null.
 */
function closingSubject(ctx: AttributionContext, from: number, end: number): SpeakerPhrase | null {
  const { tokens, lex } = ctx;
  const last = tokens[end - 1]?.kind === 'punct' ? end - 1 : end;
  for (let k = from + 1; k < last && k - from <= 12; k++) {
    if (!isWord(ctx, k) || inQuote(ctx, k)) return null;
    if (!lex.determiners.longestAt(tokens, k) && !lex.roles.longestAt(tokens, k)) continue;
    // (A preposition's object is no subject: "… a margine dell'incontro con il ministro Crosetto.")
    const det = lex.determiners.matchEndingAt(tokens, k - 1)[0]?.length ?? 0;
    const before = k - 1 - det;
    if (
      lex.prepositions.matchEndingAt(tokens, before).length > 0 ||
      lex.linkers.matchEndingAt(tokens, before).length > 0
    )
      continue;
    const phrase = parseSpeakerPhrase(ctx, k, last);
    if (!phrase || phrase.kind === 'pronoun') continue;
    if (phrase.tokEnd === last) return phrase;
    // Two roles of one holder, coordinated: "il vicepremier e ministro degli Esteri".
    if (phrase.kind === 'role' && lex.conjunctions.longestAt(tokens, phrase.tokEnd)) {
      const second = parseSpeakerPhrase(ctx, phrase.tokEnd + 1, last);
      if (second?.kind === 'role' && second.tokEnd === last)
        return {
          ...phrase,
          tokEnd: last,
          end: tokens[last - 1]!.end,
          role: ctx.text.slice(phrase.end - (phrase.role?.length ?? 0), tokens[last - 1]!.end),
        };
    }
  }
  return null;
}

/**
 * "…, о чем заявил X", "…, про що повідомив X", "…, o czym poinformował X": the anaphoric marker after a comma
 * (adverbs may follow it) stands for the clause before the comma in the same sentence, and the subject follows
 * the cue.
 */
function relativeAnaphora(
  ctx: AttributionContext,
  cue: CueMatch,
  sentence: SentenceUnit,
): RawStatement | null {
  const { lex, tokens, text } = ctx;
  const markerEnd = fillersEndingAt(ctx, cue.tokStart, sentence.tokStart);
  const marker = lex.anaphoricContent.matchEndingAt(tokens, markerEnd - 1)[0];
  if (!marker) return null;
  const comma = markerEnd - marker.length - 1;
  if (comma <= sentence.tokStart || tokens[comma]!.fold !== ',' || inQuote(ctx, comma)) return null;
  const range = trimRange(text, sentence.start, tokens[comma]!.start);
  if (range[1] <= range[0] || wordCount(ctx, range[0], range[1]) < 3) return null;
  const q = skipFillers(ctx, cue.tokEnd, sentence.tokEnd);
  const speaker = parseSpeakerPhrase(ctx, q, sentence.tokEnd);
  if (!speaker || speaker.kind === 'pronoun') return null;
  const quoted = quotedWithin(ctx, range[0], range[1]);
  return {
    parts: [range],
    kind: quoted ? 'mixed' : 'indirect',
    speaker,
    cue: cueText(ctx, cue),
    cueClass: cue.info.entry.class,
    cueStart: cue.start,
    attribution: [tokens[comma + 1]!.start, speaker.end],
    trailing: true,
    inherits: false,
    sentence,
  };
}

/**
 * A cue in a parenthetical clause opened by one of the lexicon's `asMarkers`: "Wie die Polizei mitteilte, …",
 * "Как заявил X, …", "Jak podkreślił, …" (the rest of the sentence), "…, wie EADS gestern mitteilte." and
 * "…, según informó X." (what comes before). The speaker stands between the marker and the cue (verb-final
 * German) or after the cue; none at all is a dropped subject.
 */
export function asAttribution(
  ctx: AttributionContext,
  cue: CueMatch,
  sentence: SentenceUnit,
): RawStatement | null {
  const { lex, tokens, text } = ctx;
  let a = cue.tokStart - 1;
  // (Commas may set off a name in apposition: "Wie der Direktor des Amtes, Smith Dharma, mitteilte, …".)
  while (
    a >= sentence.tokStart &&
    cue.tokStart - a <= 14 &&
    (isWord(ctx, a) || ['.', '(', ')', ','].includes(tokens[a]!.fold)) &&
    !inQuote(ctx, a) &&
    !lex.asMarkers.longestAt(tokens, a)
  )
    a--;
  if (a < sentence.tokStart || !isWord(ctx, a) || inQuote(ctx, a) || !lex.asMarkers.longestAt(tokens, a))
    return null;
  const first = lex.conjunctions.longestAt(tokens, sentence.tokStart)
    ? sentence.tokStart + 1
    : sentence.tokStart;
  const fronted = a === first;
  const postposed = !fronted && tokens[a - 1]?.fold === ',' && !inQuote(ctx, a - 1);
  if (!fronted && !postposed) return null;
  // The parenthetical clause ends at the first punctuation after the cue (a short quoted title is no end:
  // "как сказал в интервью "НГ" проректор …").
  let k = cue.particle ? cue.particle.tokEnd : cue.tokEnd;
  for (;;) {
    while (k < sentence.tokEnd && isWord(ctx, k) && !inQuote(ctx, k)) k++;
    const q = k < sentence.tokEnd && inQuote(ctx, k) ? ctx.quoteOf[k]! : -1;
    if (q === -1 || tokens[k]!.start !== ctx.quotes[q]!.open) break;
    const close = quoteEndToken(ctx, k, sentence.tokEnd);
    if (close - k > 5 || !isWord(ctx, close)) break;
    k = close;
  }
  // A quoted title right after the cue, closing the clause, names the source: "Як повідомляє «Європейська
  // правда», …", "Как пишет "Коммерсант", …".
  let title: SpeakerPhrase | null = null;
  const titleQuote = k < sentence.tokEnd && inQuote(ctx, k) ? ctx.quoteOf[k]! : -1;
  if (a + 1 === cue.tokStart && titleQuote !== -1 && tokens[k]!.start === ctx.quotes[titleQuote]!.open) {
    const close = quoteEndToken(ctx, k, sentence.tokEnd);
    const [innerStart, innerEnd] = quoteInner(ctx, titleQuote);
    if (close - k <= 6 && tokens[close]?.fold === ',' && innerEnd > innerStart) {
      const span = ctx.quotes[titleQuote]!;
      title = {
        tokStart: k,
        tokEnd: close,
        start: span.open,
        end: span.close + 1,
        kind: 'institution',
        institution: text.slice(innerStart, innerEnd),
        number: 'sg',
      };
      k = close;
    }
  }
  // Verb second: with its subject before it, the verb ends the clause ("Wie der Sprecher mitteilte, …"); words
  // after it make "wie" a comparison ("Wie jedes Jahr erinnerten Aktivisten an …").
  const cueEnd = cue.particle ? cue.particle.tokEnd : cue.tokEnd;
  if (lex.lexicon.verbSecond && a + 1 < cue.tokStart && k !== cueEnd) return null;
  let speaker: SpeakerPhrase | null = null;
  if (a + 1 < cue.tokStart) {
    const stop = tokens[cue.tokStart - 1]!.fold === ',' ? cue.tokStart - 1 : cue.tokStart;
    const whole = parseSpeakerPhrase(ctx, a + 1, stop);
    speaker = whole && whole.tokEnd === stop ? whole : speakerEndingAt(ctx, a + 1, stop);
    // Verb last, the subject opens the clause and objects follow it ("wie er in einem Schreiben über den Antrag
    // bekundete"): the phrase right after "wie", when it is in no oblique case.
    if (lex.lexicon.verbSecond && whole && whole.tokEnd < stop && !obliquePhrase(ctx, whole)) speaker = whole;
    speaker ??= parseSpeakerPhrase(ctx, a + 1, stop);
    if (!speaker) return null;
    // Subject first, the speaker (or the name an apposition sets off) opens the clause: "as evidence of his
    // resolve, experts say …" is a prepositional "as", not a parenthetical attribution.
    if (
      !lex.lexicon.verbSecond &&
      speaker.tokStart > a + 1 &&
      !parseSpeakerPhrase(ctx, a + 1, speaker.tokStart)
    )
      return null;
  } else {
    const q = skipFillers(ctx, cue.particle ? cue.particle.tokEnd : cue.tokEnd, k);
    if (q < k) speaker = parseSpeakerPhrase(ctx, q, k);
    // An adverbial may come before the subject, which then closes the clause: "как сказал в одном из
    // интервью проректор Сергей Рощин, …".
    // (Not when a filler closes the clause after the subject: "según informó el Ministerio en un comunicado".)
    // (Nor when the source it cites follows the subject: "Как пишет Financial Times со ссылкой на источники, …"
    // is the newspaper's report.)
    const citing = speaker !== null && lex.viaMarkers.longestAt(tokens, speaker.tokEnd) !== undefined;
    if (
      q < k &&
      !citing &&
      (!speaker || (speaker.tokEnd < k && skipFillers(ctx, speaker.tokEnd, k) < k)) &&
      !lex.lexicon.verbSecond
    ) {
      // (The phrase that opens on a role, a determiner or a capital, not on the adverbial's last noun.)
      for (let from = q; from < k; from++) {
        const opens =
          lex.roles.longestAt(tokens, from) || lex.determiners.longestAt(tokens, from) || tokens[from]!.upper;
        const phrase = opens && isWord(ctx, from) ? parseSpeakerPhrase(ctx, from, k) : null;
        if (phrase && phrase.tokEnd === k && phrase.kind !== 'pronoun') {
          speaker = phrase;
          break;
        }
      }
    }
    speaker ??= title;
    // A role with its name in apposition: "Jak poinformował rzecznik rządu, Piotr Nowak, …".
    // (After the one told, too: "Come ha spiegato al Corriere il capo di Stato maggiore, Luciano Portolano, …".)
    const wide =
      speaker && !title ? parseSpeakerPhrase(ctx, Math.max(q, speaker.tokStart), sentence.tokEnd) : null;
    if (wide && wide.tokEnd > k && wide.name && tokens[wide.tokEnd]?.fold === ',') {
      speaker = wide;
      k = wide.tokEnd;
    }
  }
  const subject = speaker ?? zeroSubject(cue.start, cue.tokStart);
  let parts: [number, number];
  // The clause goes on after a parenthetical inside it: "Harbours, as the minister noted, rarely close …".
  let rest: [number, number] | null = null;
  if (fronted) {
    if (tokens[k]?.fold !== ',' || inQuote(ctx, k) || k + 1 >= sentence.tokEnd) return null;
    parts = trimRange(text, tokens[k + 1]!.start, sentence.end);
  } else {
    if (k < sentence.tokEnd && tokens[k]!.kind === 'word') return null;
    parts = trimRange(text, sentence.start, tokens[a - 1]!.start);
    if (
      tokens[k]?.fold === ',' &&
      !inQuote(ctx, k) &&
      isWord(ctx, k + 1) &&
      !inQuote(ctx, k + 1) &&
      !lex.conjunctions.longestAt(tokens, k + 1)
    ) {
      rest = trimRange(text, tokens[k + 1]!.start, sentence.end);
      if (rest[1] <= rest[0]) rest = null;
    }
  }
  if (parts[1] <= parts[0]) return null;
  const attributed = {
    speaker: subject,
    cue: text.slice(tokens[a]!.start, cue.end),
    cueClass: cue.info.entry.class,
    cueStart: tokens[a]!.start,
    attribution: [tokens[a]!.start, Math.max(cue.end, speaker?.end ?? 0)] as [number, number],
    inherits: false,
    sentence,
  };
  if (rest) {
    const span: [number, number] = [parts[0], rest[1]];
    if (wordCount(ctx, ...span) < 3) return null;
    return {
      ...attributed,
      parts: [parts, rest],
      kind: quotedWithin(ctx, ...span) ? 'mixed' : 'indirect',
      trailing: true,
    };
  }
  if (wordCount(ctx, parts[0], parts[1]) < 2) return null;
  const quoted = quotedWithin(ctx, parts[0], parts[1]);
  const whole = ctx.quotes.find((q) => q.open === parts[0] && q.close === parts[1] - 1);
  return {
    ...attributed,
    parts: [whole ? trimRange(text, ...quoteInner(ctx, ctx.quotes.indexOf(whole))) : parts],
    kind: whole ? 'direct' : quoted ? 'mixed' : 'indirect',
    trailing: postposed,
  };
}

/**
 * An outlet's name at token `k`, told what follows: a title in quotation marks ("«Известиям»") or one acronym
 * ("РБК", "ТАСС"); undefined otherwise.
 */
function toldOutlet(ctx: AttributionContext, k: number): SpeakerPhrase | undefined {
  const { tokens, text } = ctx;
  const title = quotedName(ctx, k);
  if (title > k + 2)
    return {
      ...nounPhrase(ctx, k + 1, title - 1),
      tokStart: k,
      start: tokens[k]!.start,
      tokEnd: title,
      end: tokens[title - 1]!.end,
    };
  const t = tokens[k];
  if (!t || t.kind !== 'word' || inQuote(ctx, k)) return undefined;
  const word = text.slice(t.start, t.end);
  if (word.length < 2 || word !== word.toUpperCase() || !/\p{Lu}/u.test(word)) return undefined;
  return nounPhrase(ctx, k, k + 1);
}
