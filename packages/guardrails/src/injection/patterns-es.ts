import { REASON_CODES as R } from '../reason-codes';
import { pattern, type InjectionPattern } from './injection-pattern';

const P = {
  verb: 'ignora|ignore|ignoren|ignorar|ignorad|olvida|olvide|olviden|olvidar|olvidate|omite|omita|omitan|descarta|descarte|desestima|pasa por alto|pase por alto|haz caso omiso (?:de|a)|no sigas|no obedezcas|deja de seguir|salta(?:te)?|anula|anule',
  qual: 'anteriores|previas|previos|anterior|de arriba|iniciales|originales|tus|sus|todas? (?:las|tus)|todos (?:los|tus)|del sistema|dadas',
  target: 'instrucciones|indicaciones|instruccion|reglas|normas|ordenes|directrices|directivas|restricciones|prompt|mensajes? del sistema|tareas?|lo anterior|programacion|pautas',
  ai: 'ia|inteligencia artificial|asistente|modelo(?: de lenguaje)?|chat ?bot|bot|agente',
};

/** Spanish features (normalised text: no accents, lower case). */
export const SPANISH_PATTERNS: InjectionPattern[] = [
  pattern(R.INJECTION_OVERRIDE, 0.9, 'es.override', '\\b(?:{{verb}})\\b(?: \\S+){0,4}? (?:{{qual}})\\b(?: \\S+){0,3}? (?:{{target}})\\b|\\b(?:{{verb}}) (?:todas? )?(?:las |tus )?(?:{{target}}) (?:{{qual}})', P),
  pattern(R.INJECTION_OVERRIDE, 0.8, 'es.everything', '\\b(?:{{verb}}) (?:todo )?(?:lo anterior|lo de arriba|todo lo que (?:te )?(?:dije|han dicho|se dijo|dijeron)|todo lo dicho|todo)\\b', P),
  pattern(R.INJECTION_OVERRIDE, 0.8, 'es.irrelevant', '\\b(?:instrucciones|informacion|reglas) (?:anteriores|previas)\\b.{0,30}\\b(?:irrelevantes?|no son validas|ya no (?:son validas|aplican)|quedan anuladas|no cuentan)\\b', P),
  pattern(R.INJECTION_NEW_TASK, 0.6, 'es.tasks_follow', '\\bahora (?:siguen|vienen|llegan) (?:nuevas|mas|otras) (?:tareas|instrucciones)\\b', P),
  pattern(R.INJECTION_NEW_TASK, 0.45, 'es.praise_pivot', '\\b(?:muy bien|bien hecho|excelente|felicidades|enhorabuena|perfecto|eso es todo|ya esta|suficiente)\\b[^?]{0,80}?\\bahora\\b,? (?:por favor )?(?:escribe|ayudame|concentrate|responde|dime|necesito|sigue|haz)', P),
  pattern(R.INJECTION_OVERRIDE, 0.8, 'es.contrary', '\\b(?:contrario a|a pesar de|sin importar|independientemente de) (?:las |tus )?(?:instrucciones|reglas) (?:anteriores|previas|originales)?|\\b(?:cambia|modifica|reemplaza) tus (?:instrucciones|reglas)\\b', P),
  pattern(R.INJECTION_OVERRIDE, 0.75, 'es.obey_me', '\\b(?:obedeces|obedece|obedeceras|obedezcas|sigue|sigues) (?:solo|solamente|unicamente) (?:a mi|mis (?:instrucciones|ordenes))\\b|\\b(?:{{verb}}) lo que te (?:dijeron|han dicho|ordenaron) (?:los|tus) (?:desarrolladores|creadores|programadores|administradores)\\b|\\b(?:olvida|ignora|olvide|ignore) tus (?:reglas|normas|instrucciones|directrices)\\b', P),
  pattern(R.INJECTION_ROLE_HIJACK, 0.45, 'es.authority_claim', '\\b(?:soy|como) (?:tu |el |un )?(?:desarrollador|creador|programador|administrador)(?: del sistema)?\\b.{0,40}\\b(?:te ordeno|ordeno|revela|muestra|ignora)\\b|\\bte ordeno\\b|\\bmodo (?:mantenimiento|depuracion|administrador)\\b|\\beres ahora un agente sin\\b|\\bagente sin (?:limites|restricciones)\\b', P),
  pattern(R.INJECTION_PROMPT_EXTRACTION, 0.75, 'es.what_told', '\\b(?:que|cuales|cual)\\b(?: \\S+){0,3}? (?:instrucciones|reglas|indicaciones|ordenes) (?:que )?te (?:dieron|han dado|dio|pusieron|programaron|configuraron)\\b|\\bal configurarte\\b|\\btus instrucciones (?:secretas|ocultas|internas|iniciales|originales)\\b', P),
  pattern(R.INJECTION_ROLE_HIJACK, 0.7, 'es.stop_being', '\\bdeja (?:de ser|de actuar como) (?:un |una |el |la |mi )?(?:\\S+ )?(?:asistente|bot|agente|chatbot|ia|soporte)\\b|\\bjuguemos a (?:un )?(?:rol|juego de rol)\\b', P),
  pattern(R.INJECTION_DELIMITER, 0.8, 'es.system_says_user', '^\\s*(?:\\[)?(?:sistema|administrador|admin)(?:\\])?\\s*:\\s*(?:el )?(?:usuario|cliente) (?:es|ha sido|esta)\\b|\\b(?:concede|aprueba|acepta) (?:todas las|cualquier) (?:peticiones|solicitudes|devoluciones)\\b', P),
  pattern(R.INJECTION_OVERRIDE, 0.6, 'es.company_policy', '\\b(?:{{verb}}) (?:las |los )?(?:politicas|normas|reglas|condiciones) de la (?:empresa|tienda|compania)\\b|\\b(?:ignora|ignore|olvida|olvide) los documentos (?:recuperados|proporcionados)\\b', P),
  pattern(R.INJECTION_NEW_TASK, 0.55, 'es.new_task', '\\btu (?:nueva|verdadera|unica|siguiente) (?:tarea|mision|funcion|instruccion|objetivo)\\b|\\bnuevas? (?:instrucciones|tarea|ordenes|reglas)\\s*[:\\-]', P),
  pattern(R.INJECTION_NEW_TASK, 0.3, 'es.from_now_on', '\\b(?:a partir de ahora|desde ahora|de ahora en adelante)\\b', P),
  pattern(R.INJECTION_ROLE_HIJACK, 0.6, 'es.you_are_now', '(?:\\b(?:ahora|a partir de ahora|desde ahora|de ahora en adelante),? (?:tu )?eres|\\b(?:ahora eres|eres ahora)) (?:un|una|el|la|dan|\\S*bot|\\S*gpt)\\b(?! (?:segund|tercer|cuart|quint)\\S*\\b)|\\bya no eres (?:un|una|el|la)\\b', P),
  pattern(R.INJECTION_ROLE_HIJACK, 0.6, 'es.act_as', '\\b(?:actua|actue|actuen|comportate|comportese|responde|responda) (?:como|cual)(?: si)? (?:un|una|el|la|mi|si)\\b|\\bquiero que (?:actues|te comportes|finjas|hagas de|seas|interpretes)\\b|\\b(?:finge|finja|imagina|imagine) (?:que )?(?:eres|ser|es usted)\\b|\\b(?:haz|haga|interpreta|juega|asume) (?:el )?(?:papel|rol) de\\b', P),
  pattern(R.INJECTION_PROMPT_EXTRACTION, 0.85, 'es.reveal', '\\b(?:muestra(?:me)?|muestre(?:me)?|revela(?:me)?|revele|revelar|mostrar|mostrarme|decir(?:me)?|imprimir|repetir|dime|digame|imprime|repite|repita|escribe|ensena(?:me)?|comparte|dame|deme|cuales son)\\b(?: \\S+){0,4}? (?:tu |el |las |sus |tus )?(?:prompt(?: del sistema)?|mensaje del sistema|instrucciones (?:del sistema|iniciales|originales|ocultas|secretas)|tus instrucciones|sus instrucciones|tus reglas|tu configuracion|tus ajustes)\\b', P),
  pattern(R.INJECTION_JAILBREAK, 0.35, 'es.no_limits', '\\bsin (?:restricciones|filtros|censura|limites|reglas|etica)\\b|\\bmodo (?:desarrollador|dios|dan|sin restricciones)\\b', P),
  pattern(R.INJECTION_JAILBREAK, 0.75, 'es.disable_safety', '\\b(?:desactiva|desactive|elimina|quita|salta(?:te)?|evita) (?:tus |los |las |todos los |todas las )?(?:filtros|restricciones|reglas de seguridad|medidas de seguridad|salvaguardas)\\b', P),
  pattern(R.INJECTION_ADDRESSED_AI, 0.7, 'es.note_to_ai', '\\b(?:nota|mensaje|instrucciones?|aviso|atencion) (?:para|a) (?:el |la |cualquier )?(?:{{ai}})\\b|\\bsi eres (?:una |un )?(?:{{ai}})\\b|\\b(?:{{ai}})\\s*[,:]\\s*(?:por favor )?(?:debes|ignora|olvida|revela|envia|responde|di|escribe|incluye|nunca|siempre)\\b', P),
  pattern(R.INJECTION_EXFILTRATION, 0.6, 'es.exfil', '\\b(?:envia|envie|reenvia|manda|mande|transmite|filtra|copia)\\b(?: \\S+){0,3}? (?:toda la|todos los|todas las|la|los|las) (?:conversacion|datos|historial|correos|mensajes|credenciales|contrasenas|claves|informacion personal)\\b(?: \\S+){0,4}? (?:a|al)\\b', P),
  pattern(R.INJECTION_OUTPUT_MANIPULATION, 0.35, 'es.say_quoted', '\\b(?:di|diga|escribe|escriba|imprime|responde|responda|contesta)\\s+(?:solo\\s+|solamente\\s+|unicamente\\s+)?(?:con\\s+)?(?:la (?:frase|palabra)\\s*)?["\'“”«]', P),
];
