/**
 * Statement evaluation on gold JSONL files (`<corpus>/quotes/*.jsonl`, `tests/fixtures/quotes/*.jsonl`).
 *
 * Matching: predicted and gold statements of one record are paired one to one, greedily by decreasing
 * overlap, where overlap = |intersection| / |union| of their content character sets (a gold statement with
 * `content_spans` counts the union of its spans; a predicted one its [start, end) range). A pair counts at a
 * threshold when its overlap reaches it (0.3 and 0.8 are reported). A prediction paired with an `optional`
 * gold statement counts neither for nor against, and an unmatched optional gold statement is not missed.
 *
 * Statements in parts ("“Q1,” X said. “Q2.”"): the engine gives each part as a statement, a later part
 * naming the part it continues (`Statement.continues`). Gold sets differ in how they count such a quotation:
 * GGT annotates one statement per part, PolNeAR (and the WikiNews/fr/ru sets in places) one statement whose
 * `content_spans` list the parts. So a gold statement of two spans or more may also be paired with a run of
 * linked parts (two or more consecutive links of one chain), their ranges together standing for one
 * prediction; the run then uses up all its parts. Gold statements of one span are paired with single
 * predictions only, so a per-part gold still needs each part found. Speaker and kind of a run are its first
 * part's. The other way round, a split quotation within one sentence ("“Q1,” she said, “Q2.”") is one
 * predicted statement with `parts`: it is compared by its parts (not the attribution between them), and
 * each part may also pair on its own with a gold statement of one span (GGT counts such parts apart), one
 * gold statement a part; a prediction paired whole cannot pair by parts too, and the reverse.
 *
 * Speaker accuracy, over the pairs matched at 0.3 whose gold names a speaker (`speaker_resolved` or
 * `speaker` not empty): the predicted speaker (its mention when the speaker is empty) agrees when, after
 * folding (lower case, no diacritics, punctuation as spaces), one equals or contains the other as whole
 * words, or both end with the same word, or their last words share a 5-letter stem (case endings of
 * de/pl/ru/uk: "Путина" / "Путин"), or one is the acronym of the other ("SSIGE" / "Société suisse de
 * l'industrie du gaz et des eaux": the engine shows the fullest name). When the gold gives no
 * `speaker_resolved` (its `speaker` is then the surface mention: de, ru, PolNeAR), the predicted mention may
 * agree instead. Two repairs of English surface-only gold (PolNeAR), both tested in
 * tests/statements/eval-speakers.test.ts: a gold speaker that is a bare relative pronoun ("who", "which",
 * "that", "whom"; German "der", "die", "welcher", "welche") names its antecedent, the phrase right before it ("the study -- which notes"), so the
 * predicted mention agrees when the text before the pronoun (commas, dashes and spaces aside) ends with it;
 * and where the gold swaps source and cue of an inverted attribution ("…,” said Hester" annotated with
 * speaker "said", cue "Hester": one lower-case word as speaker, before a capitalised cue), the cue is the
 * speaker.
 * Kind accuracy: the same pairs, predicted kind equal to gold kind.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extractStatements, type ExtractOptions } from '../../utils/statements';
import { foldText } from '../../utils/text/normalize';
import type { Statement } from '../../utils/types';

export interface GoldStatement {
  speaker?: string | null;
  speaker_resolved?: string | null;
  mention?: string | null;
  cue?: string | null;
  content: string;
  kind: string;
  content_start: number;
  content_end: number;
  content_spans?: [number, number][];
  speaker_start?: number;
  cue_start?: number;
  optional?: boolean;
}

export interface GoldRecord {
  id: string;
  lang: string;
  text: string;
  statements: GoldStatement[];
}

export interface ThresholdFigures {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface QuoteEvalReport {
  name: string;
  file: string;
  records: number;
  gold: number;
  predicted: number;
  at03: ThresholdFigures;
  at08: ThresholdFigures;
  speakerAccuracy: number;
  speakerPairs: number;
  kindAccuracy: number;
  kindPairs: number;
  /** Recall at 0.3 by gold kind. */
  recallByKind: Record<string, { found: number; total: number }>;
  ms: number;
  /** Examples of errors, for looking at them by category (`--errors`). */
  errors: {
    id: string;
    type: 'missed' | 'spurious' | 'speaker' | 'kind' | 'boundary';
    gold?: string;
    predicted?: string;
    detail?: string;
  }[];
}

type Spans = [number, number][];

function goldSpans(g: GoldStatement): Spans {
  const spans =
    g.content_spans && g.content_spans.length > 0
      ? g.content_spans
      : [[g.content_start, g.content_end] as [number, number]];
  return spans.filter(([a, b]) => b > a);
}

function total(spans: Spans): number {
  return spans.reduce((n, [a, b]) => n + (b - a), 0);
}

/** |A ∩ B| / |A ∪ B| for a set of disjoint spans and one span. */
export function overlap(gold: Spans, start: number, end: number): number {
  return spansOverlap(gold, [[start, end]]);
}

/** |A ∩ B| / |A ∪ B| for two sets of disjoint spans. */
function spansOverlap(gold: Spans, predicted: Spans): number {
  let inter = 0;
  for (const [a, b] of gold)
    for (const [c, d] of predicted) inter += Math.max(0, Math.min(b, d) - Math.max(a, c));
  const union = total(gold) + total(predicted) - inter;
  return union > 0 ? inter / union : 0;
}

function words(s: string): string[] {
  return foldText(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

function containsWords(hay: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((w, k) => hay[i + k] === w)) return true;
  }
  return false;
}

/**
 * Is `acronym` (one word in capitals: "SSIGE", "OFAG") the initials of `expansion` ("Société suisse de
 * l'industrie du gaz et des eaux")? Its letters must be the first letters of words taken in order, the first
 * word and every word of four letters or more among them (short function words may be skipped).
 */
function acronymOf(acronym: string, expansion: string): boolean {
  if (!/^\p{Lu}{2,}$/u.test(acronym)) return false;
  const letters = foldText(acronym);
  const ws = words(expansion);
  if (ws.length < 2) return false;
  const match = (i: number, w: number): boolean => {
    if (w === ws.length) return i === letters.length;
    const word = ws[w]!;
    const mandatory = w === 0 || word.length >= 4;
    if (i < letters.length && word[0] === letters[i] && match(i + 1, w + 1)) return true;
    return !mandatory && match(i, w + 1);
  };
  return match(0, 0);
}

/**
 * Relative pronouns a surface-only gold may give as the speaker (see the header): English, and German
 * nominative ones ("…, der sagte": Wikinews de annotates the pronoun, not its antecedent).
 */
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom', 'der', 'die', 'welcher', 'welche']);

/**
 * The gold's speaker references for one statement of `text` (see the header): the resolved and surface
 * speakers, or the cue where the gold swapped them; `antecedentAt` is the offset of a relative pronoun
 * given as the speaker, whose antecedent is the phrase before it.
 */
export function goldSpeakerRefs(g: GoldStatement): { refs: string[]; antecedentAt?: number } {
  const refs = [g.speaker_resolved, g.speaker].filter(
    (x): x is string => typeof x === 'string' && x.trim() !== '',
  );
  const surface = (g.speaker ?? '').trim();
  if (refs.length === 1 && refs[0] === g.speaker) {
    const swapped =
      /^\p{Ll}+$/u.test(surface) &&
      /^\p{Lu}/u.test((g.cue ?? '').trim()) &&
      g.speaker_start !== undefined &&
      g.cue_start !== undefined &&
      g.speaker_start < g.cue_start;
    if (swapped) return { refs: [g.cue!.trim()] };
    if (RELATIVE_PRONOUNS.has(foldText(surface)) && g.speaker_start !== undefined)
      return { refs, antecedentAt: g.speaker_start };
  }
  return { refs };
}

/** Does the text before offset `at` (commas, dashes and spaces aside) end with the words of `mention`? */
export function antecedentEndsWith(text: string, at: number, mention: string): boolean {
  const m = words(mention);
  if (m.length === 0) return false;
  const before = words(text.slice(Math.max(0, at - 300), at).replace(/[\s,\-–—]+$/u, ''));
  return m.length <= before.length && m.every((w, k) => before[before.length - m.length + k] === w);
}

/** The documented speaker agreement rule (see the header). */
export function speakersAgree(predicted: string, gold: string): boolean {
  const p = words(predicted);
  const g = words(gold);
  if (p.length === 0 || g.length === 0) return false;
  if (acronymOf(gold.trim(), predicted) || acronymOf(predicted.trim(), gold)) return true;
  if (containsWords(p, g) || containsWords(g, p)) return true;
  const pl = p[p.length - 1]!;
  const gl = g[g.length - 1]!;
  if (pl === gl) return true;
  return pl.length >= 5 && gl.length >= 5 && pl.slice(0, 5) === gl.slice(0, 5);
}

function figures(tp: number, fp: number, fn: number): ThresholdFigures {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

interface Pair {
  g: number;
  /** The prediction (the first part of a run of parts). */
  p: number;
  /** Every prediction the pair uses up whole: `[p]`, or a run of linked parts; empty for one part. */
  uses: number[];
  /** The one part of prediction `p` the pair uses, when it pairs by part. */
  part?: number;
  overlap: number;
}

/** A prediction's content ranges: its parts when it has several, else its range. */
function predictedSpans(s: Statement): Spans {
  return s.parts && s.parts.length > 1 ? s.parts : [[s.start, s.end]];
}

/**
 * Runs of two or more consecutive parts of one statement in parts (see the header), as prediction indices
 * in text order.
 */
function partRuns(predicted: Statement[]): number[][] {
  const index = new Map(predicted.map((s, i) => [s.id, i]));
  const next = new Map<number, number>();
  predicted.forEach((s, i) => {
    const prev = s.continues === undefined ? undefined : index.get(s.continues);
    if (prev !== undefined && !next.has(prev)) next.set(prev, i);
  });
  const runs: number[][] = [];
  for (const first of next.keys()) {
    const run = [first];
    for (let k = next.get(first); k !== undefined && run.length < 12; k = next.get(k)) {
      run.push(k);
      runs.push([...run]);
    }
  }
  return runs;
}

function match(gold: GoldStatement[], predicted: Statement[], threshold: number): Pair[] {
  const candidates: Pair[] = [];
  const runs = partRuns(predicted);
  gold.forEach((g, gi) => {
    const spans = goldSpans(g);
    predicted.forEach((s, pi) => {
      const o = spansOverlap(spans, predictedSpans(s));
      if (o >= threshold) candidates.push({ g: gi, p: pi, uses: [pi], overlap: o });
      if (spans.length !== 1 || !s.parts || s.parts.length < 2) return;
      s.parts.forEach((part, k) => {
        const po = spansOverlap(spans, [part]);
        if (po >= threshold) candidates.push({ g: gi, p: pi, uses: [], part: k, overlap: po });
      });
    });
    if (spans.length < 2) return;
    for (const run of runs) {
      const o = spansOverlap(
        spans,
        run.flatMap((pi) => predictedSpans(predicted[pi]!)),
      );
      if (o >= threshold) candidates.push({ g: gi, p: run[0]!, uses: run, overlap: o });
    }
  });
  candidates.sort((a, b) => b.overlap - a.overlap);
  const usedG = new Set<number>();
  const usedWhole = new Set<number>();
  /** Parts used one by one, by prediction. */
  const usedParts = new Map<number, Set<number>>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedG.has(c.g)) continue;
    if (c.part === undefined) {
      if (c.uses.some((p) => usedWhole.has(p) || usedParts.has(p))) continue;
      for (const p of c.uses) usedWhole.add(p);
    } else {
      const parts = usedParts.get(c.p) ?? new Set<number>();
      if (usedWhole.has(c.p) || parts.has(c.part)) continue;
      parts.add(c.part);
      usedParts.set(c.p, parts);
    }
    usedG.add(c.g);
    pairs.push(c);
  }
  return pairs;
}

export function readGold(file: string): GoldRecord[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as GoldRecord;
      } catch {
        throw new Error(`${file}:${i + 1}: not valid JSON`);
      }
    });
}

/**
 * Scores the engine on one gold file. `engine` holds the extraction options a set is read with (the
 * positions mode for a set annotated in the broad sense: see `MODES` in scripts/eval.ts); the default mode
 * otherwise.
 */
export function evaluateQuoteFile(
  file: string,
  engine: Pick<ExtractOptions, 'positions'> = {},
): QuoteEvalReport {
  const records = readGold(file);
  const counts = { 0.3: { tp: 0, fp: 0, fn: 0 }, 0.8: { tp: 0, fp: 0, fn: 0 } };
  let speakerOk = 0;
  let speakerPairs = 0;
  let kindOk = 0;
  let kindPairs = 0;
  let goldCount = 0;
  let predCount = 0;
  let ms = 0;
  const recallByKind: Record<string, { found: number; total: number }> = {};
  const errors: QuoteEvalReport['errors'] = [];
  for (const record of records) {
    const started = performance.now();
    const predicted = extractStatements(record.text, { ...engine, lang: record.lang, articleKey: record.id });
    ms += performance.now() - started;
    const gold = record.statements ?? [];
    goldCount += gold.filter((g) => !g.optional).length;
    predCount += predicted.length;
    for (const threshold of [0.3, 0.8] as const) {
      const pairs = match(gold, predicted, threshold);
      const c = counts[threshold];
      const matchedP = new Set(pairs.flatMap((p) => (p.part === undefined ? p.uses : [p.p])));
      const matchedG = new Set(pairs.map((p) => p.g));
      for (const pair of pairs) if (!gold[pair.g]!.optional) c.tp++;
      c.fp += predicted.length - matchedP.size;
      c.fn += gold.filter((g, i) => !g.optional && !matchedG.has(i)).length;
      if (threshold !== 0.3) continue;
      gold.forEach((g, i) => {
        if (g.optional) return;
        const k = (recallByKind[g.kind] ??= { found: 0, total: 0 });
        k.total++;
        if (matchedG.has(i)) k.found++;
        else
          errors.push({
            id: record.id,
            type: 'missed',
            gold: g.content,
            detail: `${g.kind} | ${g.speaker ?? ''} | ${g.cue ?? ''}`,
          });
      });
      predicted.forEach((s, i) => {
        if (!matchedP.has(i))
          errors.push({
            id: record.id,
            type: 'spurious',
            predicted: s.content,
            detail: `${s.kind} | ${s.speaker} | ${s.cue}`,
          });
      });
      for (const pair of pairs) {
        const g = gold[pair.g]!;
        if (g.optional) continue;
        const s = predicted[pair.p]!;
        if (pair.overlap < 0.8)
          errors.push({
            id: record.id,
            type: 'boundary',
            gold: JSON.stringify(g.content),
            predicted: JSON.stringify(s.content),
            detail: `${pair.overlap.toFixed(2)} | ${s.cue}`,
          });
        kindPairs++;
        if (s.kind === g.kind) kindOk++;
        else
          errors.push({
            id: record.id,
            type: 'kind',
            gold: `${g.kind} ${JSON.stringify(g.content.slice(0, 160))}`,
            predicted: `${s.kind} ${JSON.stringify(s.content.slice(0, 160))}`,
            detail: s.sentence.slice(0, 300),
          });
        const { refs, antecedentAt } = goldSpeakerRefs(g);
        if (refs.length === 0) continue;
        speakerPairs++;
        const said = s.speaker || s.mention;
        // Where the gold names only the surface speaker (no `speaker_resolved`: de, ru, PolNeAR), the
        // predicted mention is compared with it too, since that is what the gold records.
        const surfaceOnly = !(typeof g.speaker_resolved === 'string' && g.speaker_resolved.trim() !== '');
        const antecedent =
          antecedentAt !== undefined && antecedentEndsWith(record.text, antecedentAt, s.mention || said);
        if (
          antecedent ||
          refs.some((r) => speakersAgree(said, r) || (surfaceOnly && speakersAgree(s.mention, r)))
        )
          speakerOk++;
        else
          errors.push({
            id: record.id,
            type: 'speaker',
            gold: refs.join(' / '),
            predicted: `${s.speaker} (${s.mention})`,
            detail: s.content.slice(0, 80),
          });
      }
    }
  }
  return {
    name: basename(file, '.jsonl'),
    file,
    records: records.length,
    gold: goldCount,
    predicted: predCount,
    at03: figures(counts[0.3].tp, counts[0.3].fp, counts[0.3].fn),
    at08: figures(counts[0.8].tp, counts[0.8].fp, counts[0.8].fn),
    speakerAccuracy: speakerPairs ? speakerOk / speakerPairs : 0,
    speakerPairs,
    kindAccuracy: kindPairs ? kindOk / kindPairs : 0,
    kindPairs,
    recallByKind,
    ms,
    errors,
  };
}

const f = (x: number) => x.toFixed(3);

/** One file's table: figures at both thresholds, then recall by gold kind. */
export function formatQuoteTable(r: QuoteEvalReport): string {
  const lines = [
    `Statements — ${r.name} (${r.records} records, ${r.gold} gold, ${r.predicted} predicted, ${Math.round(r.ms)} ms)`,
    '',
    '| overlap | TP | FP | FN | precision | recall | F1 |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...(['at03', 'at08'] as const).map((k) => {
      const x = r[k];
      return `| ≥ ${k === 'at03' ? '0.3' : '0.8'} | ${x.tp} | ${x.fp} | ${x.fn} | ${f(x.precision)} | ${f(x.recall)} | ${f(x.f1)} |`;
    }),
    '',
    `Speaker accuracy ${f(r.speakerAccuracy)} (${r.speakerPairs} pairs), kind accuracy ${f(r.kindAccuracy)} (${r.kindPairs} pairs); recall by kind: ` +
      Object.entries(r.recallByKind)
        .map(([kind, c]) => `${kind} ${c.found}/${c.total}`)
        .join(', '),
  ];
  return lines.join('\n');
}

export function formatQuoteSummary(reports: QuoteEvalReport[]): string {
  const lines = [
    'Statements — summary',
    '',
    '| set | gold | P@0.3 | R@0.3 | F1@0.3 | P@0.8 | R@0.8 | F1@0.8 | speaker acc. | kind acc. |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of reports) {
    lines.push(
      `| ${r.name} | ${r.gold} | ${f(r.at03.precision)} | ${f(r.at03.recall)} | ${f(r.at03.f1)} | ${f(r.at08.precision)} | ${f(r.at08.recall)} | ${f(r.at08.f1)} | ${f(r.speakerAccuracy)} | ${f(r.kindAccuracy)} |`,
    );
  }
  return lines.join('\n');
}
