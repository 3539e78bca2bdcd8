import { REASON_CODES as R } from '../reason-codes';
import { pattern, type InjectionPattern } from './injection-pattern';

const P = {
  verb: "ignore|ignorez|ignorer|ignorons|oublie|oubliez|oublier|ne tiens (?:pas|plus) compte (?:de|des)|ne tenez (?:pas|plus) compte (?:de|des)|fais abstraction (?:de|des)|faites abstraction (?:de|des)|passe outre|passez outre|neglige|negligez|n'obeis plus a|n'obeissez plus a|ne suis plus|ne suivez plus|contourne|contournez",
  qual: "precedentes|precedente|anterieures|ci-dessus|initiales|originales|tes|vos|toutes? (?:les|tes|vos)|tous (?:les|tes|vos)|du systeme|systeme|donnees",
  target: 'instructions?|consignes?|regles|directives|ordres|restrictions|prompts?|invites?|taches|programmation|parametres|limites',
  ai: "ia|intelligence artificielle|assistant|modele(?: de langage)?|chat ?bot|bot|agent",
};

/** French features (normalised text: no accents, lower case). */
export const FRENCH_PATTERNS: InjectionPattern[] = [
  pattern(R.INJECTION_OVERRIDE, 0.9, 'fr.override', "\\b(?:{{verb}})\\b(?: \\S+){0,4}? (?:{{qual}})\\b(?: \\S+){0,3}? (?:{{target}})\\b|\\b(?:{{verb}}) (?:toutes? )?(?:les |tes |vos |l')?(?:{{target}}) (?:{{qual}})", P),
  pattern(R.INJECTION_OVERRIDE, 0.8, 'fr.everything', "\\b(?:{{verb}}) (?:tout ce qui precede|tout ce qui a ete dit|tout ce qu'on t'a dit|tout ce que (?:je t'ai|l'on t'a|on t'a|je vous ai) dit|tout ce qui est au-dessus|ce qui precede)\\b|\\b(?:oublie|oubliez) tout\\b", P),
  pattern(R.INJECTION_OVERRIDE, 0.8, 'fr.irrelevant', '\\b(?:instructions|informations|consignes|regles) (?:precedentes|anterieures|ci-dessus)\\b.{0,30}\\b(?:ne sont plus valables|sont annulees|obsoletes|non pertinentes|ne comptent plus|ne s\'appliquent plus)\\b', P),
  pattern(R.INJECTION_NEW_TASK, 0.6, 'fr.tasks_follow', "\\b(?:maintenant|voici) (?:suivent |viennent )?(?:de nouvelles|d'autres) (?:taches|instructions|consignes)\\b", P),
  pattern(R.INJECTION_NEW_TASK, 0.45, 'fr.praise_pivot', "\\b(?:tres bien|bien joue|bravo|excellent|felicitations|parfait|c'est fait|ca suffit)\\b[^?]{0,80}?\\bmaintenant\\b,? (?:s'il te plait |veuillez |nous |je )?(?:ecris|aide|concentre|reponds|dis|ai besoin|suis|fais)", P),
  pattern(R.INJECTION_OVERRIDE, 0.8, 'fr.contrary', "\\b(?:contrairement aux|malgre les|peu importe les|sans tenir compte des) (?:instructions|consignes|regles)\\b|\\b(?:change|modifie|remplace|changez|modifiez|remplacez) (?:tes|vos) (?:instructions|consignes|regles)\\b", P),
  pattern(R.INJECTION_NEW_TASK, 0.55, 'fr.new_task', '\\b(?:ta|votre) (?:nouvelle|vraie|veritable|seule|prochaine) (?:tache|mission|consigne|instruction|fonction|role)\\b|\\bnouvelles? (?:instructions?|consignes?|taches?|regles)\\s*[:\\-]', P),
  pattern(R.INJECTION_NEW_TASK, 0.3, 'fr.from_now_on', '\\b(?:a partir de maintenant|desormais|dorenavant|a partir d\'aujourd\'hui)\\b', P),
  pattern(R.INJECTION_ROLE_HIJACK, 0.6, 'fr.you_are_now', "\\b(?:tu es|vous etes) (?:maintenant|desormais|a present|dorenavant|a partir de maintenant)\\b(?! (?:le|la) (?:deuxieme|troisieme|quatrieme|cinquieme|second|seconde|\\d+\\S*)\\b)|\\b(?:tu n'es plus|vous n'etes plus) (?:un|une|l'|le|la|lie|tenu)\\b|\\b(?:maintenant|desormais|dorenavant),? (?:tu es|vous etes)\\b", P),
  pattern(R.INJECTION_ROLE_HIJACK, 0.6, 'fr.act_as', "\\b(?:fais|faites) comme si (?:tu etais|vous etiez)\\b|\\b(?:agis|agissez|comporte-toi|comportez-vous|reponds|repondez) (?:comme|en tant que) (?:un|une|le|la|l'|mon|si)\\b|\\bjoue(?:z)? le role\\b|\\bimagine(?:z)? que (?:tu es|vous etes)\\b|\\b(?:je veux|je voudrais|j'aimerais) que (?:tu|vous) (?:agisses|agissiez|joues|jouiez|fasses semblant|fassiez semblant|te comportes|vous comportiez|sois|soyez)\\b|\\b(?:pretends|pretendez|fais semblant|faites semblant) (?:d'etre|que tu es|que vous etes)\\b|\\bincarne(?:z)?\\b", P),
  pattern(R.INJECTION_PROMPT_EXTRACTION, 0.85, 'fr.reveal', "\\b(?:montre(?:-moi)?|montrez(?:-moi)?|revele|revelez|affiche|affichez|dis-moi|dites-moi|repete|repetez|imprime|ecris|donne-moi|donnez-moi|partage|quelles sont|quel est)\\b(?: \\S+){0,4}? (?:ton |tes |votre |vos |le |les |l')?(?:prompt(?: systeme)?|invite systeme|message systeme|instructions (?:initiales|originales|cachees|secretes|systeme|internes)|tes instructions|vos instructions|tes consignes|vos consignes|tes regles|ta configuration)\\b", P),
  pattern(R.INJECTION_JAILBREAK, 0.35, 'fr.no_limits', '\\bsans (?:restrictions?|filtres?|censure|limites|regles|ethique)\\b|\\bmode (?:developpeur|dieu|dan|sans restriction)\\b', P),
  pattern(R.INJECTION_JAILBREAK, 0.75, 'fr.disable_safety', '\\b(?:desactive|desactivez|supprime|supprimez|contourne|contournez|enleve|enlevez)\\b(?: \\S+){0,2}? (?:filtres?|restrictions|regles de securite|garde-fous|protections|censure)\\b', P),
  pattern(R.INJECTION_ADDRESSED_AI, 0.7, 'fr.note_to_ai', "\\b(?:note|message|instructions?|consigne|avis|attention) (?:pour|a) (?:l'|le |la |tout |toute )?(?:{{ai}})\\b|\\bsi (?:tu es|vous etes) (?:une |un )?(?:{{ai}})\\b|\\b(?:{{ai}})\\s*[,:]\\s*(?:s'il te plait |s'il vous plait )?(?:tu dois|vous devez|ignore|oublie|revele|envoie|reponds|dis|ecris|inclus|ne jamais|toujours)\\b", P),
  pattern(R.INJECTION_EXFILTRATION, 0.6, 'fr.exfil', "\\b(?:envoie|envoyez|transfere|transferez|transmets|transmettez|copie|copiez)\\b(?: \\S+){0,3}? (?:toute la|tous les|toutes les|la|les|l') ?(?:conversation|donnees|historique|e-mails|emails|messages|identifiants|mots de passe|informations personnelles)\\b(?: \\S+){0,4}? (?:a|au|vers)\\b", P),
  pattern(R.INJECTION_OUTPUT_MANIPULATION, 0.35, 'fr.say_quoted', '\\b(?:dis|dites|ecris|ecrivez|reponds|repondez|affiche|affichez|imprime)\\s+(?:seulement\\s+|uniquement\\s+|simplement\\s+)?(?:la phrase\\s*|le mot\\s*)?["\'“”«»]', P),
];
