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
  // Settings as identifiers (`policy_enforcement=false`), never "Age restrictions: none" in a product sheet.
  pattern(R.INJECTION_OVERRIDE, 0.6, 'reconfigure.reconfigured',
    "\\b(?:consider yourself|you(?:'ve| have)? been|you are now|you're now) (?:reconfigured|reprogrammed|unlocked|jailbroken)\\b|\\b(?:polic(?:y|ies)|enforcement|safety|filters?|guardrails?|restrictions?|moderation|refusals?|refund)_[a-z_]*\\s*[=:]\\s*(?:false|off|none|0|disabled|no|unlimited)\\b|\\b(?:guardrails|moderation|refusals|safety|policy_enforcement)\\s*=\\s*(?:false|off|none|0|disabled)\\b", P),
  // "Enable developer mode" alone is a phone or TV question; the mode given rules for the assistant is not.
  pattern(R.INJECTION_JAILBREAK, 0.6, 'reconfigure.mode_rules',
    '\\bin (?:developer|dev|debug|admin|god|unrestricted) mode,? you\\b|\\b(?:en|im) (?:modo|mode|modus) (?:desarrollador|developpeur|entwickler|debug|admin),? (?:tu|du|vous)\\b', P),
  pattern(R.INJECTION_JAILBREAK, 0.35, 'reconfigure.mode_on',
    '(?:^|[.!?]\\s*)(?:enable|activate|enter|switch to|aktiviere|activa|active|activez)\\b(?: (?:the|your|el|le|den))? (?:developer|dev|debug|admin|god|unrestricted|desarrollador|entwickler|developpeur)[- ]?(?:mode|modus|modo)\\b(?! (?:on|in|for|of|auf|en|sur|de)\\b)', P),
  pattern(R.INJECTION_JAILBREAK, 0.6, 'reconfigure.unbound_persona',
    "\\b(?:assistant|ai|bot|model|version|ia|ki|asistente|assistent)\\b (?:that|which|who|qui|que|die|der) (?:has|have|a|tiene|hat) (?:no|aucune?|ningun[ao]?|keine) (?:\\S+ )?(?:{{limits}})\\b|\\b(?:n'obeit|obeys|obedece|gehorcht) (?:a )?(?:no|aucune|ninguna|keiner) (?:{{limits}}|regle|regla|regel)\\b|\\bnot bound by (?:any |the |company |your )?(?:{{limits}}|fare rules)\\b", P),
  pattern(R.INJECTION_JAILBREAK, 0.6, 'reconfigure.pretend_no_rules',
    "\\b(?:pretend|imagine|act as if|suppose) (?:that )?(?:the |your |all |company |our )*(?:{{limits}}) (?:don't|do not|didn't|did not|no longer) (?:exist|apply)\\b|\\b(?:finge|imagina|haz como si) que (?:las |tus )?(?:reglas|normas|politicas) no exist\\w*|\\b(?:fais comme si|imagine que) (?:les |tes )?(?:regles|politiques) n'exist\\w*|\\b(?:tu so|stell dir vor),? als (?:ob )?(?:es )?(?:die |deine )?(?:regeln|richtlinien) nicht\\b", P),
  pattern(R.INJECTION_EXFILTRATION, 0.6, 'reconfigure.link_carries_data',
    '\\b(?:add|include|insert|append|put|render|embed|show|create)\\b.{0,40}\\b(?:link|url|image|href|src)\\b.{0,80}\\b(?:followed by|append(?:ed|ing)?|containing|with|plus|including) (?:my|the|our|this|your) (?:full |whole |entire |complete )?(?:chat history|conversation|chat log|transcript|email|account details|session|context)\\b', P),
  pattern(R.INJECTION_PROMPT_EXTRACTION, 0.6, 'reconfigure.guidelines_received',
    "\\b(?:guidelines|directives|rules) you (?:received|got|were given|have been given)\\b|\\b(?:directives|consignes|instructions|regles) qui (?:vous|t') ont ete (?:donnees|donnes|transmises|fournies)\\b|\\b(?:instrucciones|directrices|reglas|normas) que te (?:dieron|han dado|dio|pasaron)\\b|\\b(?:anweisungen|vorgaben|richtlinien|regeln),? die (?:du|sie) (?:bekommen|erhalten) (?:hast|haben)\\b", P),
  pattern(R.INJECTION_PROMPT_EXTRACTION, 0.4, 'reconfigure.setup_text',
    '\\b(?:setup|configuration|config|startup) (?:text|prompt)\\b|\\binitial prompt\\b', P),
];
