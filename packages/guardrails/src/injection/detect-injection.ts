import { REASON_CODES } from '../reason-codes';
import { loadBundledInjectionModel, predictInjection, type InjectionModel } from './injection-model';
import { DEFAULT_INJECTION_THRESHOLD, scoreInjection, type InjectionScore, type TextSource } from './score-injection';
import { isStaffDiscussion, scoreStaffDiscussion } from './staff-discussion';

export interface DetectInjectionOptions {
  /** Score at or above which the text is flagged. @default DEFAULT_INJECTION_THRESHOLD (0.5) */
  threshold?: number;
  /** The learned classifier; `false` runs the heuristic alone. @default the bundled injection-model.json */
  model?: InjectionModel | false;
  /** A customer's own `message` or a `document`; see ScoreInjectionOptions. @default 'document' */
  source?: TextSource;
}

export interface InjectionDetection extends InjectionScore {
  /** The heuristic layer's own result. */
  heuristic: InjectionScore;
  /** The classifier's probability, undefined when it did not run. */
  probability: number | undefined;
  /** The classifier's probability mapped onto the heuristic's scale (its threshold lands on 0.5). */
  classifierScore: number | undefined;
  /** The text is staff writing about the assistant or attacks (`isStaffDiscussion`): only strong patterns counted. */
  staffDiscussion: boolean;
  /** True when, for that reason, the classifier's flag was not counted. */
  classifierDiscounted: boolean;
}

/**
 * Maps a probability so that the model's calibrated threshold lands on the default injection
 * threshold (0.5): then one policy `injectionThreshold` governs both layers, and raising it makes
 * both stricter.
 */
export function classifierScoreOf(probability: number, modelThreshold: number): number {
  const s = probability < modelThreshold ? (0.5 * probability) / modelThreshold : 0.5 + (0.5 * (probability - modelThreshold)) / (1 - modelThreshold);
  return Math.round(s * 1000) / 1000;
}

/**
 * The heuristic and the learned classifier together: the score is the larger of the heuristic
 * score and the classifier's mapped score, so either layer can flag. A flag raised by the
 * classifier carries the `injection.classifier` feature.
 */
export function detectInjection(text: string, options: DetectInjectionOptions = {}): InjectionDetection {
  const threshold = options.threshold ?? DEFAULT_INJECTION_THRESHOLD;
  const source = options.source ?? 'document';
  const scored = scoreInjection(text, { threshold, source });
  const staffDiscussion = isStaffDiscussion(text);
  // In staff writing about attacks the weak cues ("verified", "the system prompt", "white text") are
  // the subject matter, not a request: there only the strong patterns count.
  const heuristic = staffDiscussion ? scoreStaffDiscussion(text, { threshold, source }) : scored;
  const model = options.model === undefined ? loadBundledInjectionModel() : options.model;
  if (model === false) return { ...heuristic, heuristic, probability: undefined, classifierScore: undefined, staffDiscussion, classifierDiscounted: false };
  const probability = predictInjection(model, text, scored);
  const classifierScore = classifierScoreOf(probability, model.threshold);
  // Staff writing about the assistant over-scores in the classifier; alone, it does not flag such a text.
  const classifierDiscounted = classifierScore >= threshold && !heuristic.flagged && staffDiscussion;
  const features = [...heuristic.features];
  if (classifierScore >= threshold && !classifierDiscounted) {
    features.push({ code: REASON_CODES.INJECTION_CLASSIFIER, score: classifierScore, matched: [`p=${probability.toFixed(3)}`] });
    features.sort((a, b) => b.score - a.score);
  }
  const score = classifierDiscounted ? heuristic.score : Math.max(heuristic.score, classifierScore);
  return { score, flagged: score >= threshold, features, heuristic, probability: Math.round(probability * 1e4) / 1e4, classifierScore, staffDiscussion, classifierDiscounted };
}

