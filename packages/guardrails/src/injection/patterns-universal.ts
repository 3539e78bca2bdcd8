import { REASON_CODES as R } from '../reason-codes';
import { pattern, type InjectionPattern } from './injection-pattern';

/** Features that do not depend on the language: chat-template tokens, markup tricks. */
export const UNIVERSAL_PATTERNS: InjectionPattern[] = [
  pattern(R.INJECTION_DELIMITER, 0.85, 'role_tokens', '<\\|(?:im_start|im_end|system|user|assistant|endoftext|begin_of_text|start_header_id|end_header_id|eot_id)\\|>|\\[/?inst\\]|<</?sys>>|<(?:start|end)_of_turn>'),
  // A heading that *is* a chat role ("## System", "### System: ..."), not a manual's "## System requirements".
  pattern(R.INJECTION_DELIMITER, 0.6, 'markdown_role_header', '^\\s*#{2,}\\s*(?:(?:system|assistant|sistema|systeme|new instructions)(?:\\s+(?:prompt|message|override|update))?\\s*(?::|$)|(?:instructions?|anweisungen?|instrucciones|consignes)\\s*:\\s*\\S)'),
  pattern(R.INJECTION_DELIMITER, 0.7, 'role_line_with_order', '^\\s*(?:system|assistant|sistema|systeme|admin|developer)\\s*:\\s*(?:you|tu|du|vous|usted|ignore|new|from now)'),
  pattern(R.INJECTION_DELIMITER, 0.7, 'inline_role_after_delimiter', '(?:[|\\]=#>*~-]{2,})\\s*(?:end (?:of )?(?:user|input|prompt)\\s*[|\\]=#>*~-]{2,}\\s*)?(?:system|assistant|admin|sistema|systeme)\\s*:'),
  pattern(R.INJECTION_DELIMITER, 0.25, 'role_line', '^\\s*(?:system|assistant)\\s*:'),
  // `[SYSTEM]` is a role tag, except among log levels ("[ERROR] … [SYSTEM] service stopped").
  pattern(R.INJECTION_DELIMITER, 0.6, 'xml_role_tags', '</?(?:system|instructions?|prompt|admin|sys)>|(?<!\\[(?:error|erreur|fehler|info|warn|warning|debug|fatal|notice)\\][\\s\\S]*)\\[/?(?:system|sys|admin|instructions?|sistema|systeme)\\](?![\\s\\S]*\\[(?:error|erreur|fehler|info|warn|warning|debug|fatal|notice)\\])|"role"\\s*:\\s*"(?:system|assistant)"'),
  pattern(R.INJECTION_DELIMITER, 0.45, 'end_of_input', '\\b(?:end|begin|start) (?:of )?(?:the )?(?:system |user )?(?:prompt|input|instructions|context|document)\\b\\s*[-=*#\\]>]{2,}|[-=*#]{3,}\\s*(?:end|begin|new) (?:of )?(?:prompt|input|instructions|system)'),
  pattern(R.INJECTION_ENCODED, 0.45, 'decode_and_follow', '\\b(?:decode|decipher|base64|rot-?13|hex(?:adecimal)?|caesar)\\b.{0,60}\\b(?:follow|execute|obey|do (?:what|as) it says|run|carry out|befolge|ausfuhren|sigue|ejecuta|suis|executez?)\\b'),
  pattern(R.INJECTION_HIDDEN_TEXT, 0.3, 'css_hidden', 'display\\s*:\\s*none|visibility\\s*:\\s*hidden|font-size\\s*:\\s*0(?:\\.0+)?(?:px|pt|em|rem)?\\b|opacity\\s*:\\s*0(?:\\.0+)?\\s*[;"\']|color\\s*:\\s*(?:white|#fff\\b|#ffffff|transparent)|<[a-z]+[^>]*\\bhidden\\b'),
  pattern(R.INJECTION_HIDDEN_TEXT, 0.2, 'html_comment', '<!--[\\s\\S]*?-->|^\\[//\\]: #'),
];
