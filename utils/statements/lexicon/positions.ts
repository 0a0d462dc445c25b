/**
 * The positions mode (`ExtractOptions.positions`): a lexicon whose `positionCues` are read as cues, so that
 * stances and intentions ("wants to", "plans to", "supports") are found like speech. They come first: where a
 * form is both, its position entry is the one read in this mode ("hopes to win" as well as "hopes that").
 * One derived lexicon per base lexicon, kept for as long as the base is, so that `compileLexicon` (cached by
 * lexicon) compiles it once.
 */
import type { CueEntry, Lexicon } from './types';

const withPositions = new WeakMap<Lexicon, Lexicon>();

/** `lexicon` with its position cues read as cues too; `lexicon` itself when it has none. */
export function positionsLexicon(lexicon: Lexicon): Lexicon {
  const extra = lexicon.positionCues;
  if (!extra || extra.length === 0) return lexicon;
  let derived = withPositions.get(lexicon);
  if (!derived) {
    derived = {
      ...lexicon,
      cues: [...extra, ...lexicon.cues],
      negatedSpeechReports: true,
      negatedCuesReport: true,
      relativeSubjectsReport: true,
      auxiliaries: [...lexicon.auxiliaries, ...(lexicon.positionCatenatives ?? [])],
      nounHomographs: [...(lexicon.nounHomographs ?? []), ...(lexicon.positionNounHomographs ?? [])],
      evidenceNouns: [...(lexicon.evidenceNouns ?? []), ...(lexicon.positionEvidenceNouns ?? [])],
      nounCues: [...(lexicon.nounCues ?? []), ...(lexicon.positionNounCues ?? [])],
    };
    withPositions.set(lexicon, derived);
  }
  return derived;
}

/**
 * Intention verbs as position cues, from their forms and participles: their content is the infinitive after them
 * ("vuole chiudere", "prevede di tagliare"), never a quotation or an object.
 */
export function intentionCues(
  verbs: readonly (readonly [readonly string[], readonly string[]])[],
): CueEntry[] {
  return verbs.map(([forms, participles]) => ({
    forms: [...forms],
    participles: [...participles],
    class: 'position' as const,
    bareInfinitive: true,
    opinion: true,
    introduces: { direct: false, object: false },
  }));
}
