/**
 * What the readers of one cue share: the sentence being read (its cues, the statements and subjects so far)
 * and the cue with its speaker and where its complement starts. Types only, so that the cue readers can be
 * cut into files without importing one another.
 */
import type { CueMatch } from './cues';
import type { SentenceUnit } from './sentences';
import type { SpeakerPhrase } from './speaker-phrase';
import type { CueEntry } from './lexicon/types';
import type { Token } from './tokens';
import type { AfterCue } from './complement';
import type { AttributionContext, RawStatement } from './attribution-base';

/** What the cues of one sentence share while each is read: the statements so far, the subjects read so far. */
export interface SentenceReading {
  ctx: AttributionContext;
  sentence: SentenceUnit;
  cues: CueMatch[];
  out: RawStatement[];
  /** The subjects read so far, by cue token: a cue with none falls back on the last. */
  subjects: { at: number; speaker: SpeakerPhrase }[];
  /** The first cue after a quotation that opens the sentence, and the token where that quotation ends. */
  firstCueAfterOpening: CueMatch | undefined;
  openingEnd: number;
}

/** A cue with its speaker and where its complement starts, as the readers of its content need it. */
export interface CueReading {
  cue: CueMatch;
  speaker: SpeakerPhrase | null;
  /** Character offset where a trailing attribution's content ends (before its lead), or -1. */
  lead: number;
  /** A verb-second cue right after a conjunction, sharing the subject of the clause before. */
  coordinated: boolean;
  after: AfterCue;
  /** The token after the cue (and its addressee): where the complement starts. */
  p: number;
  t: Token | undefined;
  /** The fields every statement of the cue shares. */
  base: Omit<RawStatement, 'parts' | 'kind' | 'trailing'>;
  attrStart: number;
  introduces: NonNullable<CueEntry['introduces']>;
  clauseOk: boolean;
  directOk: boolean;
  entry: CueEntry;
}

/** The speaker of a cue and what follows it, from `cueSpeaker`. */
export interface CueSpeaker {
  speaker: SpeakerPhrase | null;
  lead: number;
  coordinated: boolean;
  after: AfterCue;
}
