import { normaliseForMatching } from './normalise-for-matching';
import { withoutQuotes } from './reported-quotes';
import { scoreInjection, type InjectionScore, type ScoreInjectionOptions } from './score-injection';

/**
 * Texts written *to staff about* the assistant or about attacks on it: security-awareness
 * bulletins, meeting notes on the chatbot pilot, release notes of the AI drafting tool, staff
 * procedures that say when the bot hands over. They are full of the words attacks use ("the
 * assistant", "prompt injection", "attackers", quoted example payloads), and the learned
 * classifier, trained mostly on customer messages, scores them as attacks: on holdout-30 (120
 * benign emails and documents) it flagged 19 %, nearly all of them such texts.
 *
 * When a long text has both marks of the genre (an audience or document type of staff writing,
 * and at least two third-person mentions of the assistant or of attackers), its quoted examples
 * are read as examples, only the heuristic's strong patterns count (its weak cues, "already
 * approved", "no need to check", "white text", are the bulletin's subject matter), the classifier
 * cannot flag it alone, and the segment scan skips it. When added, this removed 16 false
 * positives on the bench files and no detection (see the README, round 12). An instruction planted
 * in such a text, outside quotes, still flags when it addresses the AI or matches any other strong
 * pattern; one that does neither is the accepted miss.
 */

/** Shorter texts are messages, not documents: the rule never applies to them. */
const STAFF_DISCUSSION_MIN_CHARS = 400;

/** Who the text is written to, or what kind of staff document it is. */
const GENRE =
  /\b(?:hi all|hi team|hello team|dear (?:colleagues|team|all)|to all (?:staff|agents)|all(?:-| )staff|all-support-staff|team leads?|an alle|liebe (?:kolleginnen|kollegen|alle)|hallo zusammen|hola a todos|a todo el equipo|equipo de|bonjour a tous|a toute l'equipe|chers collegues|security awareness|awareness|sensibilisation|concienciacion|sicherheitshinweis|newsletter|bulletin|boletin|meeting notes|minutes|acta|compte rendu|protokoll|besprechung|release notes|notes de version|notas de la version|versionshinweise|onboarding|training|formation|formacion|schulung|leitfaden|guidelines|richtlinie|procedure|procedimiento|verfahrensanweisung|arbeitsanweisung|playbook|handbook|faq|security note|security notice|note de securite|note securite|avis de securite|consignes de securite|nota seguridad|internal note|note interne|nota interna|interne notiz|nota de seguridad|aviso de seguridad|support staff|support team|support-team|equipe support|equipo de (?:soporte|atencion)|red-?team|summary of|privacy policy|politique de confidentialite|politica de privacidad|datenschutzerklarung|datenschutzhinweis|for (?:all )?agents|pour les conseillers|para los agentes|fur (?:das|alle) (?:team|mitarbeitenden))\b/;

/** The assistant or attackers, spoken of in the third person. */
const THIRD_PERSON =
  /\b(?:manipulat\w*|manipulier\w*|tentatives? de manipulation|intentos? de manipulacion|attackers?|angreifer|atacantes?|attaquants?|phishing|spam|scammers?|betruger|estafadores|arnaqueurs|prompt injection|injection (?:d'instructions|de prompt)|inyeccion de instrucciones|(?:the|our|to the) (?:ai )?assistant|al asistente|au chatbot|a l'assistant|dem assistenten|(?:der|unser|unsere[mnr]?|den|dem|am|des) (?:ki-|chat-)?assistent(?:en)?|(?:support|chat|virtual|customer) assistant|(?:el|nuestro) asistente(?: de ia| virtual)?|(?:l'|notre )assistant(?: ia| virtuel)?|the ai|la ia|die ki|l'ia|(?:the|our) (?:chat)?bot)\b/g;

/** Patterns at or above this weight flag alone; below it they are cues that need company. */
const STRONG_FEATURE = 0.5;

/**
 * A heuristic result with only the features strong on their own. In staff writing about attacks
 * the weak cues ("verified", "the system prompt", "white text") are the subject matter, not a request.
 */
function strongFeaturesOnly(heuristic: InjectionScore, threshold: number): InjectionScore {
  const features = heuristic.features.filter((f) => f.score >= STRONG_FEATURE);
  const score = Math.round((1 - features.reduce((keep, f) => keep * (1 - f.score), 1)) * 1000) / 1000;
  return { score, flagged: score >= threshold, features };
}

/**
 * The heuristic as it counts in staff writing about attacks: the quoted examples blanked (they are
 * what the bulletin warns about) and only the strong patterns of what remains.
 */
export function scoreStaffDiscussion(text: string, options: ScoreInjectionOptions & { threshold: number }): InjectionScore {
  return strongFeaturesOnly(scoreInjection(withoutQuotes(text), options), options.threshold);
}

export function isStaffDiscussion(text: string): boolean {
  if (text.length < STAFF_DISCUSSION_MIN_CHARS) return false;
  const normalised = normaliseForMatching(text).text;
  if (!GENRE.test(normalised)) return false;
  return (normalised.match(THIRD_PERSON) ?? []).length >= 2;
}
