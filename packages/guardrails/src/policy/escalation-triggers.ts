import type { EscalationTrigger } from './policy-schema';

/**
 * Built-in multilingual escalation triggers (en, es, de, fr). Matched on lower-case text with
 * accents removed, so patterns are written without accents.
 */
export const BUILT_IN_ESCALATION_TRIGGERS: readonly EscalationTrigger[] = [
  {
    category: 'legal',
    description: 'legal threats',
    pattern: String.raw`\b(?:my )?(?:lawyer|attorney|solicitor)s?\b|\b(?:sue|suing|lawsuit|legal action|take you to court|small claims|class action)\b|\b(?:abogad[oa]s?|demandar(?:les|los)?|demanda judicial|acciones legales|denunciar(?:les|los)?|tribunales?)\b|\b(?:anwalt|anwaltin|rechtsanwalt\w*|verklagen|klage einreichen|rechtliche schritte|gericht)\b|\b(?:avocat\w*|poursuivre en justice|porter plainte|proces|tribunal|mise en demeure|action en justice)\b`,
  },
  {
    category: 'chargeback',
    description: 'chargebacks and payment disputes',
    pattern: String.raw`\bcharge ?backs?\b|\b(?:dispute|reverse) (?:the |this |a )?(?:charge|payment|transaction)\b|\b(?:call|contact) my bank\b|\b(?:contracargo|disputar el cargo|reclamar al banco|anular el cargo)\b|\b(?:ruckbuchung|lastschrift zuruck\w*|zahlung zuruckbuchen|bei meiner bank reklamieren)\b|\b(?:retrofacturation|opposition bancaire|contester le (?:paiement|prelevement))\b`,
  },
  {
    category: 'safety',
    description: 'risk to life or health',
    pattern: String.raw`\b(?:kill myself|suicid\w*|self-?harm|hurt myself|end my life|(?:caught|catch|on) fire|exploded|electric shock|burn(?:ed|t) (?:me|my)|injur(?:ed|y)|poison(?:ed|ing))\b|\b(?:quitarme la vida|suicidarme|me quiero morir|incendio|se incendio|descarga electrica|herid[oa]|intoxica\w*)\b|\b(?:umbringen|selbstmord|suizid\w*|mir das leben nehmen|brand|brennt|stromschlag|verletzt|vergiftung)\b|\b(?:me tuer|me suicider|en finir avec la vie|incendie|pris feu|electrocut\w*|blesse\w*|intoxication)\b`,
  },
  {
    category: 'human',
    description: 'requests for a human',
    pattern: String.raw`\b(?:speak|talk|chat) (?:to|with) (?:a |an |your )?(?:human|person|real person|agent|representative|manager|supervisor|someone)\b|\b(?:human|real person|live agent|customer service rep(?:resentative)?) please\b|\bi want (?:a )?(?:human|real person)\b|\b(?:hablar con|quiero) (?:una persona|un humano|un agente|alguien|un responsable|un encargado)\b|\b(?:mit einem|mit einer) (?:menschen|mitarbeiter\w*|person|echten person|vorgesetzten)\b|\b(?:parler a|avoir) (?:un humain|une personne|un conseiller|une conseillere|un agent|un responsable|quelqu'un)\b`,
  },
];
