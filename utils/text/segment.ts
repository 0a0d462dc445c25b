/**
 * Sentences and words through `Intl.Segmenter`, with offsets into the text given.
 * Segmenters are cached per language: creating one costs far more than using it.
 */

export interface Span {
  start: number;
  end: number;
}

export interface WordSpan extends Span {
  text: string;
}

const sentenceSegmenters = new Map<string, Intl.Segmenter>();
const wordSegmenters = new Map<string, Intl.Segmenter>();

function segmenter(cache: Map<string, Intl.Segmenter>, lang: string, granularity: 'sentence' | 'word') {
  let found = cache.get(lang);
  if (!found) {
    let locale = lang;
    try {
      Intl.getCanonicalLocales(lang);
    } catch {
      locale = 'en';
    }
    found = new Intl.Segmenter(locale || 'en', { granularity });
    cache.set(lang, found);
  }
  return found;
}

/** Sentence spans, without their trailing white space; paragraph breaks always end a sentence. */
export function sentences(text: string, lang: string): Span[] {
  const spans: Span[] = [];
  const seg = segmenter(sentenceSegmenters, lang, 'sentence');
  const paragraph = /[^\n]+/g;
  for (let match = paragraph.exec(text); match; match = paragraph.exec(text)) {
    const base = match.index;
    for (const part of seg.segment(match[0])) {
      let start = base + part.index;
      let end = start + part.segment.length;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end > start) spans.push({ start, end });
    }
  }
  return spans;
}

/** Word-like tokens (letters or digits), with their offsets. */
export function words(text: string, lang: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const part of segmenter(wordSegmenters, lang, 'word').segment(text)) {
    if (part.isWordLike)
      out.push({ text: part.segment, start: part.index, end: part.index + part.segment.length });
  }
  return out;
}
