import { REASON_CODES as R } from '../reason-codes';
import { pattern, type InjectionPattern } from './injection-pattern';

// Cross-language cue words (normalised text). Each cue is weak alone; attacks combine them.
const P = {
  yours: 'your|tus|tu|sus|su|deine|deinen|ihre|ihren|tes|ta|ton|vos|votre',
  rules:
    'rules|guidelines|restrictions|instructions|configuration|directives|guidance|safety checks|filters|limits|guardrails|policies|reglas|normas|restricciones|instrucciones|directrices|configuracion|limites|filtros|regeln|richtlinien|einschrankungen|anweisungen|vorgaben|konfiguration|filter|grenzen|regles|consignes|restrictions|directives|limites|filtres',
  suspend:
    "set aside|lift|remove|without applying|switch off|turn off|turned off|are off|is off|suspend|disable|drop|waive|levanta|quita|anula|desactiva|sin aplicar|heb\\w*|aufheben|entferne|deaktiviere|ohne \\S+ anzuwenden|leve|lever|enleve|supprime|desactive|sans appliquer",
};

/** Generic, language-mixing cues that generalise beyond fixed phrases. */
export const GENERIC_PATTERNS: InjectionPattern[] = [
  pattern(R.INJECTION_OVERRIDE, 0.3, 'generic.your_rules', '\\b(?:{{yours}}) (?:\\S+ )?(?:{{rules}})\\b', P),
  pattern(R.INJECTION_OVERRIDE, 0.35, 'generic.suspend', '\\b(?:{{suspend}})\\b', P),
  pattern(R.INJECTION_OVERRIDE, 0.7, 'generic.suspend_your_rules', '\\b(?:{{suspend}})\\b(?: \\S+){0,4}? (?:{{yours}}|any of (?:{{yours}})|all (?:{{yours}})) (?:\\S+ )?(?:{{rules}})\\b|\\b(?:{{yours}}) (?:{{rules}})\\b(?: \\S+){0,2}? (?:auf|off|weg)\\b', P),
  pattern(R.INJECTION_JAILBREAK, 0.7, 'generic.as_if_no_rules', '\\b(?:if you had|if you have|if you didn\'t have|as if you had|als hattest du|als ob du|como si no tuvieras|como si tuvieras|si no tuvieras|comme si tu n\'avais|comme si vous n\'aviez|si tu n\'avais)\\b(?: \\S+){0,2}? (?:no |keine |ninguna |ningun |aucune |pas de |sin |any )?(?:rules?|guidelines?|restrictions?|limits?|filters?|regeln?|richtlinien?|einschrankungen?|reglas?|normas?|restricciones?|regles?|consignes?)\\b|\\b(?:if|when) you (?:were|was|are) (?:allowed|permitted|free) to (?:share|reveal|tell|show|say)\\b', P),
  pattern(R.INJECTION_EXFILTRATION, 0.4, 'generic.others_data', "\\b(?:other|all|another) (?:customers?|users?|clients?)(?:'s?|s')? (?:\\S+ )?(?:data|info|information|details|emails?|addresses|orders|accounts|records)\\b|\\b(?:datos|informacion) de otros clientes\\b|\\bdaten anderer kunden\\b|\\bdonnees des autres clients\\b|\\b(?:all )?open tickets\\b|\\b(?:show|give|send|montre|zeig|muestra)\\S*(?: \\S+){0,2}? (?:the |les |die |los )?(?:logs|journaux|registros|protokolle)\\b|\\bleaks? customer data\\b", P),
  pattern(R.INJECTION_PROMPT_EXTRACTION, 0.65, 'generic.instructions_you_got', "\\b(?:instructions|guidance|rules|directives|prompt) (?:that )?you (?:got|received|were given|have been given|started with)\\b|\\bwording of (?:your|the) instructions\\b|\\b(?:text|message|words|lines) at the (?:top|start|beginning) of (?:this|the) (?:conversation|chat|prompt)\\b|\\byour (?:actual|real|current|exact) (?:configuration|setup|instructions|prompt)\\b|\\bmy instructions (?:tell|told|say) me to\\b|\\bwhat would your (?:instructions|rules|prompt) say\\b", P),
  pattern(R.INJECTION_PROMPT_EXTRACTION, 0.65, 'generic.summarise_hidden', '\\b(?:summari[sz]e|resume|resumir|fasse|zusammen|resume)\\b(?: \\S+){0,4}? (?:your|tus|tes|deine|vos|ihre) (?:hidden|secret|internal|ocultas|secretas|cachees|secretes|versteckten|geheimen) ?(?:instructions|instrucciones|anweisungen|consignes)?\\b|\\b(?:{{yours}}) (?:versteckten|geheimen) anweisungen\\b|\\b(?:instructions|instrucciones|consignes) (?:ocultas|cachees|secretes)\\b', P),
  pattern(R.INJECTION_ROLE_HIJACK, 0.6, 'generic.evil_persona', '\\b(?:evil|malicious|rogue|unrestricted|unfiltered|corrupt|dishonest|unethical) (?:support |customer service )?(?:agent|assistant|bot|ai|model|version)\\b|\\b(?:agent|assistant) (?:malveillant|malhonnete)\\b|\\b(?:agente|asistente) (?:malicioso|malvado)\\b|\\b(?:boser|bosartiger) (?:agent|assistent|bot)\\b|\\bunrestricted model\\b', P),
  pattern(R.INJECTION_ROLE_HIJACK, 0.6, 'generic.mode_switch', "\\b(?:you're|you are|tu es|vous etes|du bist|eres|estas) (?:now |maintenant |jetzt |ahora )?(?:in|en|im) (?:maintenance|debug|admin|developer|test|god|mode|modo|modus)\\b|\\b(?:safety|security) (?:checks|filters|rules|guardrails) (?:are|is) (?:now )?(?:off|disabled|suspended)\\b|\\bdirective from (?:headquarters|hq|management|corporate|the admin|the developers?)\\b", P),
  pattern(R.INJECTION_ROLE_HIJACK, 0.45, 'generic.owner_claim', "\\b(?:i am|i'm|je suis|soy|ich bin) (?:the |le |la |el |der |die )?(?:site |website |shop |store |platform )?(?:owner|operator|proprietaire(?: du site)?|dueno(?: del sitio)?|betreiber(?: der seite)?|administrador del sitio|administrateur du site)\\b", P),
  pattern(R.INJECTION_ADDRESSED_AI, 0.3, 'generic.ai_colon', '(?:^|[.!?>]\\s*)(?:ai|llm|assistant|chatbot|bot|language model|model|ki|ia|asistente|assistent|sprachmodell)(?: agents?| systems?| models?)?\\s*:\\s*\\S', P),
  pattern(R.INJECTION_ADDRESSED_AI, 0.7, 'generic.ai_instructions', '\\b(?:ai|llm|assistant|chatbot|bot|model|ki|ia|gpt)s? (?:instructions?|directives?|notes?|rules|prompt)\\s*:|\\b(?:fur den chatbot|pour le chatbot|para el chatbot|for the chatbot|for the ai|pour l\'ia|para la ia|fur die ki)\\s*:', P),
];
