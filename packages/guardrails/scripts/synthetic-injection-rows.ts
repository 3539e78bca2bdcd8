/**
 * Synthetic, template-built training rows for the injection classifier: attacks of many kinds
 * (override, prompt extraction, personas, modes, other customers' data, exfiltration, authority
 * claims, task hijacks, output rules, tool abuse, encoded and split payloads), alone or hidden in
 * carriers (forwarded mail, HTML/Markdown comments, notes, invoice brackets, fake transcripts),
 * sometimes obfuscated; and benign support messages full of the same trigger words, short and as
 * long emails. Seeded, so training stays byte-for-byte reproducible.
 */
import type { InjectionRow } from '../src/index';
import { ATTACK_PARTS, type Lang } from './synthetic-attack-parts';
import { BENIGN_PARTS } from './synthetic-benign-parts';

const LANGS: readonly Lang[] = ['en', 'es', 'de', 'fr'];
const AND: Record<Lang, string> = { en: 'and', es: 'y', de: 'und', fr: 'et' };
const VERBATIM: Record<Lang, string[]> = { en: ['word for word', 'verbatim', 'in full', ''], es: ['palabra por palabra', 'completo', 'literalmente', ''], de: ['Wort für Wort', 'vollständig', 'wörtlich', ''], fr: ['mot pour mot', 'en entier', 'intégralement', ''] };
const ALSO: Record<Lang, string[]> = { en: ['Also,', 'By the way,', 'One more thing:', 'PS:'], es: ['Además,', 'Por cierto,', 'Otra cosa:', 'PD:'], de: ['Außerdem:', 'Übrigens,', 'Noch etwas:', 'PS:'], fr: ['Aussi,', "D'ailleurs,", 'Autre chose :', 'PS :'] };
const TRANSCRIPT: Record<Lang, [string, string, string]> = {
  en: ['Customer: thanks', 'Assistant: you are welcome', 'System:'], es: ['Cliente: gracias', 'Asistente: de nada', 'Sistema:'],
  de: ['Kunde: danke', 'Assistent: gern geschehen', 'System:'], fr: ['Client : merci', 'Assistant : avec plaisir', 'Système :'],
};

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function fill(random: Random, lang: Lang, text: string): string {
  const b = BENIGN_PARTS[lang];
  return text
    .replace(/\{order\}/g, () => String(10000 + Math.floor(random() * 89999)))
    .replace(/\{product\}/g, () => pick(random, b.products))
    .replace(/\{n\}/g, () => String(2 + Math.floor(random() * 480)));
}

function leet(random: Random, text: string): string {
  const map: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5' };
  return text.replace(/[aeios]/g, (c) => (random() < 0.6 ? (map[c] ?? c) : c));
}

function spaced(text: string): string {
  const [first = '', ...rest] = text.split(' ');
  return [first.split('').join(' '), ...rest].join(' ');
}

/** One attack's core sentence (no carrier). */
function attackCore(random: Random, lang: Lang): string {
  const p = ATTACK_PARTS[lang];
  const and = AND[lang];
  const override = (): string => `${pick(random, p.ignore)} ${pick(random, p.yourRules)}`;
  const kinds: (() => string)[] = [
    () => `${cap(override())} ${and} ${pick(random, p.payload)}.`,
    () => `${cap(override())}. ${cap(pick(random, p.payload))}.`,
    () => `${cap(pick(random, p.reveal))} ${pick(random, p.yourPrompt)} ${pick(random, VERBATIM[lang])}`.trim() + '.',
    () => `${pick(random, p.polite)} ${pick(random, p.reveal)} ${pick(random, p.yourPrompt)}?`,
    () => `${pick(random, p.roleChange)} ${pick(random, p.persona)} ${pick(random, p.noRules)}. ${cap(pick(random, p.payload))}.`,
    () => `${pick(random, p.roleChange)} ${pick(random, p.persona)}. ${cap(pick(random, p.reveal))} ${pick(random, p.yourPrompt)}.`,
    () => `${pick(random, p.mode)}. ${cap(pick(random, p.payload))}.`,
    () => `${pick(random, p.mode)} ${and} ${pick(random, p.reveal)} ${pick(random, p.yourPrompt)}.`,
    () => `${cap(pick(random, p.reveal))} ${pick(random, p.otherData)}.`,
    () => `${pick(random, p.polite)} ${pick(random, p.reveal)} ${pick(random, p.otherData)}?`,
    () => `${cap(pick(random, p.exfil))} https://${pick(random, ['collect', 'stats', 'img', 'logs'])}.${pick(random, ['example.net', 'example.io', 'example.fr'])}/?d=`,
    () => `${pick(random, p.authority)}. ${cap(override())} ${and} ${pick(random, p.payload)}.`,
    () => `${pick(random, p.authority)}: ${pick(random, p.mode).toLowerCase()}, ${pick(random, p.payload)}.`,
    () => `${pick(random, p.newTask)} ${pick(random, p.payload)}.`,
    () => `${pick(random, p.outputRule)} "${pick(random, p.payload)}".`,
    () => `${pick(random, p.toolAbuse)}.`,
    () => `${pick(random, p.decode)} ${Buffer.from(`${override()} ${and} ${pick(random, p.payload)}`).toString('base64')}`,
    () => pick(random, p.split).replace('{a}', pick(random, p.ignore)).replace('{b}', `${pick(random, p.yourRules)} ${and} ${pick(random, p.payload)}`),
    () => pick(random, p.ask).replace('{data}', pick(random, p.otherData)),
    () => pick(random, p.extract),
    () => `${pick(random, p.unlock)} ${cap(pick(random, p.payload))}.`,
    () => `${pick(random, p.unlock)} ${cap(pick(random, p.reveal))} ${pick(random, p.yourPrompt)}.`,
    () => pick(random, p.falseMemory).replace('{payload}', pick(random, p.payload)),
    () => pick(random, p.encodeOut).replace('{prompt}', pick(random, p.yourPrompt)),
    () => pick(random, p.framings).replace('{payload}', pick(random, p.payload)).replace('{prompt}', pick(random, p.yourPrompt)),
    () => pick(random, p.framings).replace('{payload}', pick(random, p.payload)).replace('{prompt}', pick(random, p.yourPrompt)),
    () => pick(random, p.keyword).replace(/\{word\}/g, pick(random, ['PINEAPPLE', 'MANGO', 'ZEBRA', 'ORION', 'KIWI'])).replace('{payload}', pick(random, p.payload)),
  ];
  return pick(random, kinds)();
}

/** The core inside something a customer pastes or a document carries. */
function wrapInCarrier(random: Random, lang: Lang, core: string): string {
  const p = ATTACK_PARTS[lang];
  const b = BENIGN_PARTS[lang];
  const addressed = `${pick(random, p.addressAi)} ${core}`;
  const [t1, t2, sys] = TRANSCRIPT[lang];
  const carriers: (() => string)[] = [
    () => `${pick(random, b.trigger.concat(b.plain))}\n\n${pick(random, b.forwarded)}\n\n${addressed}`,
    () => `<!-- ${addressed} -->\n<p>${pick(random, b.detail)}</p>`,
    () => `# ${cap(pick(random, b.products))}\n\n${pick(random, b.detail)}\n\n> ${addressed}`,
    () => `${pick(random, b.detail)}\n\n[//]: # (${addressed})`,
    () => `${pick(random, b.detail)}\nTotal: ${Math.floor(random() * 300)} €\n[${addressed}]`,
    () => `${pick(random, b.greeting)}\n\n${pick(random, b.detail)}\n\nP.S. ${addressed}\n\n${pick(random, b.closing)}`,
    () => `${t1}\n${t2}\n${sys} ${core}`,
    () => `<div style="display:none">${addressed}</div>\n${pick(random, b.detail)}`,
    () => `${pick(random, b.detail)} "${pick(random, b.detail)} ${pick(random, ['{{', '[', '('])}${addressed}${pick(random, ['}}', ']', ')'])}"`,
    () => `${pick(random, ['Tracking', 'Ref', 'Order note', 'Seguimiento', 'Sendungsnummer', 'Suivi'])}: ${Math.floor(random() * 99999)} ; ${addressed}`,
    () => `${pick(random, b.plain)} <${pick(random, ['new_task', 'instructions', 'task', 'override'])}>${core}</${pick(random, ['new_task', 'instructions', 'task', 'override'])}>`,
    () => `# ${cap(pick(random, b.products))}\n\n${pick(random, b.detail)}\n${pick(random, p.summariser).replace('{payload}', pick(random, p.payload))}`,
  ];
  return fill(random, lang, pick(random, carriers)());
}

function attack(random: Random): string {
  const lang = pick(random, LANGS);
  let core = attackCore(random, lang);
  const r = random();
  if (r < 0.08) core = leet(random, core);
  else if (r < 0.13) core = spaced(core);
  if (random() < 0.35) return wrapInCarrier(random, lang, core);
  if (random() < 0.3) {
    const b = BENIGN_PARTS[lang];
    return fill(random, lang, `${pick(random, b.plain)} ${pick(random, ALSO[lang])} ${core.charAt(0).toLowerCase()}${core.slice(1)}`);
  }
  return random() < 0.15 ? core.toLowerCase().replace(/[.!?]$/, '') : core;
}

function benign(random: Random): string {
  const lang = pick(random, LANGS);
  const b = BENIGN_PARTS[lang];
  const shapes: (() => string)[] = [
    () => pick(random, b.trigger),
    () => `${pick(random, b.plain)} ${pick(random, b.trigger)}`,
    () => `${pick(random, b.trigger)} ${pick(random, b.trigger)}`,
    () => `${pick(random, b.greeting)}\n\n${pick(random, b.detail)} ${pick(random, b.detail)} ${pick(random, b.trigger)}\n\n${pick(random, b.plain)}\n\n${pick(random, b.closing)}`,
    () => `${pick(random, b.trigger)}\n\n${pick(random, b.forwarded)}`,
    () => `${pick(random, b.greeting)} ${pick(random, b.detail)} ${pick(random, b.trigger)} ${pick(random, b.closing)}`,
    () => `<p>${pick(random, b.detail)}</p>\n${pick(random, b.trigger)}`,
  ];
  const text = fill(random, lang, pick(random, shapes)());
  return random() < 0.15 ? text.toLowerCase() : text;
}

/** `attacks` label-1 and `benign` label-0 rows, deterministic for a given `random`. */
export function syntheticInjectionRows(random: Random, attacks: number, benignCount: number): InjectionRow[] {
  const rows: InjectionRow[] = [];
  const seen = new Set<string>();
  for (let guard = 0; rows.length < attacks && guard < attacks * 20; guard++) {
    const text = attack(random);
    if (seen.has(text)) continue;
    seen.add(text);
    rows.push({ text, label: 1 });
  }
  for (let guard = 0; rows.length < attacks + benignCount && guard < benignCount * 20; guard++) {
    const text = benign(random);
    if (seen.has(text)) continue;
    seen.add(text);
    rows.push({ text, label: 0 });
  }
  return rows;
}
