/**
 * Per-language analysis for the keyword index: Snowball-style stemmers and stop-word lists from
 * @orama, keyed by ISO 639-1 code. Languages without a stemmer still get folding and (where
 * @orama has one) a stop-word list.
 */
import { stemmer as stem_ar } from '@orama/stemmers/arabic';
import { stopwords as stop_ar } from '@orama/stopwords/arabic';
import { stemmer as stem_hy } from '@orama/stemmers/armenian';
import { stopwords as stop_hy } from '@orama/stopwords/armenian';
import { stemmer as stem_bg } from '@orama/stemmers/bulgarian';
import { stopwords as stop_bg } from '@orama/stopwords/bulgarian';
import { stemmer as stem_da } from '@orama/stemmers/danish';
import { stopwords as stop_da } from '@orama/stopwords/danish';
import { stemmer as stem_nl } from '@orama/stemmers/dutch';
import { stopwords as stop_nl } from '@orama/stopwords/dutch';
import { stemmer as stem_en } from '@orama/stemmers/english';
import { stopwords as stop_en } from '@orama/stopwords/english';
import { stemmer as stem_fi } from '@orama/stemmers/finnish';
import { stopwords as stop_fi } from '@orama/stopwords/finnish';
import { stemmer as stem_fr } from '@orama/stemmers/french';
import { stopwords as stop_fr } from '@orama/stopwords/french';
import { stemmer as stem_de } from '@orama/stemmers/german';
import { stopwords as stop_de } from '@orama/stopwords/german';
import { stemmer as stem_el } from '@orama/stemmers/greek';
import { stopwords as stop_el } from '@orama/stopwords/greek';
import { stemmer as stem_hu } from '@orama/stemmers/hungarian';
import { stopwords as stop_hu } from '@orama/stopwords/hungarian';
import { stemmer as stem_hi } from '@orama/stemmers/indian';
import { stopwords as stop_hi } from '@orama/stopwords/indian';
import { stemmer as stem_id } from '@orama/stemmers/indonesian';
import { stopwords as stop_id } from '@orama/stopwords/indonesian';
import { stemmer as stem_ga } from '@orama/stemmers/irish';
import { stopwords as stop_ga } from '@orama/stopwords/irish';
import { stemmer as stem_it } from '@orama/stemmers/italian';
import { stopwords as stop_it } from '@orama/stopwords/italian';
import { stemmer as stem_lt } from '@orama/stemmers/lithuanian';
import { stopwords as stop_lt } from '@orama/stopwords/lithuanian';
import { stemmer as stem_ne } from '@orama/stemmers/nepali';
import { stopwords as stop_ne } from '@orama/stopwords/nepali';
import { stemmer as stem_no } from '@orama/stemmers/norwegian';
import { stopwords as stop_no } from '@orama/stopwords/norwegian';
import { stemmer as stem_pt } from '@orama/stemmers/portuguese';
import { stopwords as stop_pt } from '@orama/stopwords/portuguese';
import { stemmer as stem_ro } from '@orama/stemmers/romanian';
import { stopwords as stop_ro } from '@orama/stopwords/romanian';
import { stemmer as stem_ru } from '@orama/stemmers/russian';
import { stopwords as stop_ru } from '@orama/stopwords/russian';
import { stemmer as stem_sr } from '@orama/stemmers/serbian';
import { stopwords as stop_sr } from '@orama/stopwords/serbian';
import { stemmer as stem_es } from '@orama/stemmers/spanish';
import { stopwords as stop_es } from '@orama/stopwords/spanish';
import { stemmer as stem_sv } from '@orama/stemmers/swedish';
import { stopwords as stop_sv } from '@orama/stopwords/swedish';
import { stemmer as stem_ta } from '@orama/stemmers/tamil';
import { stopwords as stop_ta } from '@orama/stopwords/tamil';
import { stemmer as stem_tr } from '@orama/stemmers/turkish';
import { stopwords as stop_tr } from '@orama/stopwords/turkish';
import { stemmer as stem_uk } from '@orama/stemmers/ukrainian';
import { stopwords as stop_uk } from '@orama/stopwords/ukrainian';
import { stemmer as stem_sa } from '@orama/stemmers/sanskrit';
import { stopwords as stop_sa } from '@orama/stopwords/sanskrit';
import { stopwords as stop_ja } from '@orama/stopwords/japanese';
import { stopwords as stop_zh } from '@orama/stopwords/mandarin';
import { stopwords as stop_sl } from '@orama/stopwords/slovenian';
import { foldAccents, lowerNormalize, tokenize } from './normalize';

type Stemmer = (word: string) => string;

const STEMMERS: Record<string, Stemmer> = {
  ar: stem_ar,
  hy: stem_hy,
  bg: stem_bg,
  da: stem_da,
  nl: stem_nl,
  en: stem_en,
  fi: stem_fi,
  fr: stem_fr,
  de: stem_de,
  el: stem_el,
  hu: stem_hu,
  hi: stem_hi,
  id: stem_id,
  ga: stem_ga,
  it: stem_it,
  lt: stem_lt,
  ne: stem_ne,
  no: stem_no,
  pt: stem_pt,
  ro: stem_ro,
  ru: stem_ru,
  sr: stem_sr,
  es: stem_es,
  sv: stem_sv,
  ta: stem_ta,
  tr: stem_tr,
  uk: stem_uk,
  sa: stem_sa,
  nb: stem_no,
};

const STOPWORD_LISTS: Record<string, string[]> = {
  ar: stop_ar,
  hy: stop_hy,
  bg: stop_bg,
  da: stop_da,
  nl: stop_nl,
  en: stop_en,
  fi: stop_fi,
  fr: stop_fr,
  de: stop_de,
  el: stop_el,
  hu: stop_hu,
  hi: stop_hi,
  id: stop_id,
  ga: stop_ga,
  it: stop_it,
  lt: stop_lt,
  ne: stop_ne,
  no: stop_no,
  pt: stop_pt,
  ro: stop_ro,
  ru: stop_ru,
  sr: stop_sr,
  es: stop_es,
  sv: stop_sv,
  ta: stop_ta,
  tr: stop_tr,
  uk: stop_uk,
  sa: stop_sa,
  ja: stop_ja,
  zh: stop_zh,
  sl: stop_sl,
  nb: stop_no,
};

/** One language's analyzer: stop words (normalised, folded) and a stemmer, if any. */
export interface LanguageAnalyzer {
  language: string;
  stopWords: ReadonlySet<string>;
  stem: Stemmer | undefined;
}

const cache = new Map<string, LanguageAnalyzer>();

/** Normalise a language tag ("en-GB", "EN") to the ISO 639-1 primary code we key on. */
export function primaryLanguage(language: string | undefined): string {
  return (language ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
}

export function analyzerFor(language: string | undefined): LanguageAnalyzer {
  const code = primaryLanguage(language);
  let analyzer = cache.get(code);
  if (!analyzer) {
    const stopWords = new Set<string>();
    for (const word of STOPWORD_LISTS[code] ?? []) stopWords.add(foldAccents(lowerNormalize(word)));
    analyzer = { language: code, stopWords, stem: STEMMERS[code] };
    cache.set(code, analyzer);
  }
  return analyzer;
}

/**
 * Index terms of a text in one language: tokens minus stop words, stemmed (stemmers see the
 * accented word), then accent-folded so queries typed without accents still match.
 */
export function analyze(text: string, language: string | undefined): string[] {
  const { stopWords, stem } = analyzerFor(language);
  const terms: string[] = [];
  for (const token of tokenize(lowerNormalize(text))) {
    const folded = foldAccents(token);
    if (stopWords.has(folded)) continue;
    if (folded.length === 1 && /[a-z0-9]/.test(folded)) continue;
    let term = folded;
    if (stem && token.length > 2) {
      try {
        term = foldAccents(stem(token));
      } catch {
        // A stemmer that chokes on an odd token (digits, mixed scripts) leaves it unstemmed.
        term = folded;
      }
    }
    if (term) terms.push(term);
  }
  return terms;
}
