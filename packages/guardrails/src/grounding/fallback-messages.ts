import type { GuardLanguage } from '../detect-language';

/** What the customer sees instead of an answer we cannot ground: an honest "don't know" and a human. */
export const FALLBACK_MESSAGES: Record<GuardLanguage, string> = {
  en: "I'm sorry, I couldn't find a reliable answer to that in our documentation. Would you like me to connect you with a member of our support team?",
  es: 'Lo siento, no he encontrado una respuesta fiable en nuestra documentación. ¿Quiere que le ponga en contacto con una persona de nuestro equipo de soporte?',
  de: 'Es tut mir leid, dazu habe ich in unserer Dokumentation keine verlässliche Antwort gefunden. Möchten Sie, dass ich Sie mit einer Person aus unserem Support-Team verbinde?',
  fr: "Désolé, je n'ai pas trouvé de réponse fiable dans notre documentation. Souhaitez-vous que je vous mette en relation avec une personne de notre équipe d'assistance ?",
};

/** What replaces an answer that leaked the system prompt or failed a safety check. */
export const BLOCKED_MESSAGES: Record<GuardLanguage, string> = {
  en: "I'm sorry, I can't help with that here. Would you like me to connect you with a member of our support team?",
  es: 'Lo siento, no puedo ayudarle con eso aquí. ¿Quiere que le ponga en contacto con una persona de nuestro equipo de soporte?',
  de: 'Es tut mir leid, dabei kann ich hier nicht helfen. Möchten Sie, dass ich Sie mit einer Person aus unserem Support-Team verbinde?',
  fr: "Désolé, je ne peux pas vous aider sur ce point ici. Souhaitez-vous que je vous mette en relation avec une personne de notre équipe d'assistance ?",
};
