import { REASON_CODES as R } from '../reason-codes';
import { pattern, type InjectionPattern } from './injection-pattern';

const P = {
  limits: 'restrictions?|rules?|limits?|filters?|policies|guidelines|reglas|normas|restricciones|limites|regeln|richtlinien|einschrankungen|grenzen|regles|restrictions|limites|politiques',
};

/**
 * Attempts to reconfigure the assistant rather than to override it in so many words: a "new
 * system message", settings written as `policy_enforcement=false`, "enable developer mode", a
 * persona "with no restrictions", a link that would carry the conversation away. They run on every
 * source: no policy document talks to the assistant like this.
 */
export const RECONFIGURE_PATTERNS: InjectionPattern[] = [
  // Not "your new instructions": customers ask for assembly instructions.
  pattern(R.INJECTION_OVERRIDE, 0.7, 'reconfigure.new_system_message',
    '\\b(?:your|ur|ton|ta|tu|deine?n?) (?:new|nouveau|nouvelle|nuevo|nueva|neue[rns]?) (?:system message|system prompt|message systeme|prompt systeme|mensaje (?:de|del) sistema|prompt del sistema|systemnachricht|systemprompt|personality|personnalite|personalidad|personlichkeit)\\b', P),
  // Settings written as identifiers (`policy_enforcement=false`, `refund_cap=none`); never
  // `safety_stock: 0` or "Age restrictions: none" in a product sheet.
  pattern(R.INJECTION_OVERRIDE, 0.6, 'reconfigure.reconfigured',
    "\\b(?:consider yourself|you(?:'ve| have)? been|you are now|you're now) (?:reconfigured|reprogrammed|unlocked|jailbroken)\\b|\\b(?:polic(?:y|ies)|safety|content|refund|moderation|guardrails?)_(?:enforcement|filters?|checks?|mode|cap|limit|enabled|rules)\\s*[=:]\\s*(?:false|off|none|0|disabled|no|unlimited)\\b|\\b(?:guardrails|moderation|refusals|policy_enforcement)\\s*=\\s*(?:false|off|none|0|disabled)\\b", P),
  // The mode given rules for the assistant; "In developer mode, you can enable USB debugging" is a phone question.
  pattern(R.INJECTION_JAILBREAK, 0.6, 'reconfigure.mode_rules',
    '\\bin (?:developer|dev|debug|admin|god|unrestricted) mode,? you (?:will|must|shall|produce|generate|answer|respond|reply|ignore|have no|are (?:free|allowed|not bound|no longer))\\b|\\ben modo (?:desarrollador|dios|sin restricciones),? (?:debes|respondes|responderas|ignoras|no tienes)\\b|\\bim (?:entwickler|debug|admin)modus (?:musst|antwortest|ignorierst|hast) du\\b|\\ben mode (?:developpeur|debug|admin),? tu (?:dois|reponds|ignores|n\'as)\\b', P),
  // "Enable developer mode" alone is a phone or TV question: weak.
  pattern(R.INJECTION_JAILBREAK, 0.35, 'reconfigure.mode_on',
    '(?:^|[.!?]\\s*)(?:enable|activate|enter|switch to|aktiviere|activa|active|activez)\\b(?: (?:the|your|el|le|den))? (?:developer|dev|debug|admin|god|unrestricted|desarrollador|entwickler|developpeur)[- ]?(?:mode|modus|modo)\\b(?! (?:on|in|for|of|auf|en|sur|de)\\b)', P),
  // The assistant (not "a version", not "corporate customers") without rules.
  pattern(R.INJECTION_JAILBREAK, 0.6, 'reconfigure.unbound_persona',
    "\\b(?:assistant|ai|bot|chatbot|ia|ki|asistente|assistent)\\b (?:that|which|who|qui|que|die|der) (?:has|have|a|tiene|hat) (?:no|aucune?|ningun[ao]?|keine) (?:\\S+ )?(?:{{limits}})\\b|\\b(?:n'obeit|obeys|obedece|gehorcht) (?:a )?(?:no|aucune|ninguna|keiner) (?:{{limits}}|regle|regla|regel)\\b|\\b(?:you are|you're|an? (?:assistant|bot|ai|chatbot)) not bound by\\b", P),
  pattern(R.INJECTION_JAILBREAK, 0.6, 'reconfigure.pretend_no_rules',
    "\\b(?:pretend|imagine|act as if|suppose) (?:that )?(?:the |your |all |company |our )*(?:{{limits}}) (?:don't|do not|didn't|did not|no longer) (?:exist|apply)\\b|\\b(?:finge|imagina|haz como si) que (?:las |tus )?(?:reglas|normas|politicas) no exist\\w*|\\b(?:fais comme si|imagine que) (?:les |tes )?(?:regles|politiques) n'exist\\w*|\\b(?:tu so|stell dir vor),? als (?:ob )?(?:es )?(?:die |deine )?(?:regeln|richtlinien) nicht\\b", P),
  // A link that would carry the conversation away ("…?data= followed by my full chat history").
  pattern(R.INJECTION_EXFILTRATION, 0.6, 'reconfigure.link_carries_data',
    '\\b(?:add|include|insert|append|put|render|embed|show|create)\\b.{0,40}\\b(?:link|url|image|href|src)\\b.{0,80}\\b(?:followed by|append(?:ed|ing)?|containing|including|plus) (?:my|the|our|this|your) (?:full |whole |entire |complete )?(?:chat history|conversation|chat log|transcript|context|session|system prompt)\\b', P),
  // The assistant's own instructions by their wording; "follow the instructions you received by
  // email" is what a help page tells a customer.
  pattern(R.INJECTION_PROMPT_EXTRACTION, 0.6, 'reconfigure.guidelines_received',
    "\\b(?:guidelines|directives|rules|instructions) you (?:received|got|were given|have been given) (?:before|at the start of|for) (?:our|this|the) (?:chat|conversation|session)\\b|\\b(?:wording|text) of the (?:guidelines|directives|rules|instructions) you\\b|\\b(?:texte|formulation) (?:exact )?des (?:directives|consignes|instructions) qui (?:vous|t') ont ete\\b|\\b(?:texto|redaccion) (?:exact[ao] )?de (?:las )?(?:instrucciones|directrices) que te\\b|\\b(?:wortlaut|genauen text) (?:der|deiner|ihrer) (?:anweisungen|vorgaben|richtlinien)\\b", P),
  pattern(R.INJECTION_PROMPT_EXTRACTION, 0.4, 'reconfigure.setup_text',
    '\\b(?:setup|configuration|config|startup) (?:text|prompt)\\b|\\binitial prompt\\b', P),
];
