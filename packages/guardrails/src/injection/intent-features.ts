import { conceptOf } from './injection-concepts';

/**
 * Intent structure of a text, as tokens for the classifier. Word n-grams see "ignore my previous
 * email" and "ignore your previous instructions" as nearly the same; what separates them is who
 * is addressed and what is targeted. These tokens name that structure in a language-neutral way,
 * so one English attack teaches the model about its es/de/fr siblings:
 * - concept skip-pairs within a short window ("FORGET … RULE" even with words in between),
 * - the concept a sentence starts with (an imperative: "Ignore…", "Olvida…", "Vergiss…"),
 * - target of control: YOU/PREVIOUS followed by RULE/INSTRUCTION/PROMPT/ROLE,
 * - role change, a line addressed to the AI, a carrier (forwarded mail, comment, note) and their
 *   combination with a control verb.
 * Input: the normalised (lower-case, accent-free, de-obfuscated) text and its words.
 */
export function intentTokens(text: string, words: readonly string[]): string[] {
  const out: string[] = [];
  const concepts: { at: number; concept: string }[] = [];
  words.forEach((w, at) => {
    const concept = conceptOf(w);
    if (concept) concepts.push({ at, concept });
  });
  for (let i = 0; i < concepts.length; i++) {
    for (let j = i + 1; j < concepts.length && j <= i + 3; j++) {
      const a = concepts[i]!;
      const b = concepts[j]!;
      if (b.at - a.at <= 6) out.push(`kp ${a.concept} ${b.concept}`);
    }
  }
  for (const sentence of text.split(/[.!?;:\n]+/)) {
    const first = sentence.match(/[\p{L}\p{N}]+/gu)?.slice(0, 2) ?? [];
    const concept = first.map((w) => conceptOf(w)).find((c) => c !== undefined);
    if (concept) out.push(`ks ${concept}`);
  }
  const sequence = concepts.map((c) => c.concept);
  const targeted = sequence.some((c, i) => (c === 'YOU' || c === 'PREVIOUS' || c === 'ALL') && ['RULE', 'INSTRUCTION', 'PROMPT', 'ROLE', 'SECRET', 'SYSTEM'].includes(sequence[i + 1] ?? ''));
  const control = sequence.some((c) => ['IGNORE', 'FORGET', 'REVEAL', 'OBEY'].includes(c));
  const roleChange = ROLE_CHANGE.test(text);
  const addressed = ADDRESSED_AI.test(text);
  const carrier = CARRIER.test(text);
  if (targeted) out.push('s target-of-control');
  if (targeted && control) out.push('s control+target');
  if (roleChange) out.push('s role-change');
  if (addressed) out.push('s addressed-ai');
  if (carrier) out.push('s carrier');
  if (carrier && (control || addressed || targeted)) out.push('s carrier+instruction');
  if (roleChange && (targeted || sequence.includes('WITHOUT'))) out.push('s role-change+rules');
  return out;
}

const ROLE_CHANGE =
  /\b(?:you are now|you're now|from now on|act as|pretend (?:to be|you)|you are no longer|you're no longer|no longer an? (?:assistant|bot|support)|a partir de ahora|ahora eres|ya no eres|actua como|haz como si|finge (?:ser|que)|ab sofort|ab jetzt|du bist (?:jetzt|nun|kein|ab)|tu so,? als|stell dir vor,? du|verhalte dich|desormais|tu es maintenant|tu n'?es plus|fais comme si|joue le role|agis comme|fais semblant)\b/;
const ADDRESSED_AI =
  /(?:^|[\n.!?([]\s*|-->?\s*|<!--\s*)(?:note (?:to|for) (?:the )?|nota para (?:el )?|hinweis (?:an|fur) (?:die |den |das )?|note pour (?:l'|le |la )?|to (?:any|the) |an den |para el |pour l'|for the |fur den |pour le )?(?:ai|assistant|asistente|assistent(?:en)?|ki|ia|bot|chatbot|model|modelo|modell|modele|sprachmodell|language model|llm|agent|agente|automatic assistant|asistente automatico|automatischen assistenten|assistant automatique)\b[^.\n]{0,40}:/;
const CARRIER =
  /<!--|\[\/\/\]: #|display\s*:\s*none|forwarded message|mensaje reenviado|weitergeleitete nachricht|original-nachricht|message transfere|p\.s\.|\[(?:hidden|para|fur|pour|for|note|nota|hinweis|instruction)/;
