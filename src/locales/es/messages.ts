import type { LocaleMessages } from '../types.js';
import { deepFreeze } from '../../freeze.js';

/** Spanish: names of the reply classes, section labels, and the templates of bounceNotice(). */
export const messages: LocaleMessages = /* @__PURE__ */ deepFreeze({
  classes: {
    success: 'Éxito',
    intermediate: 'Intermedio',
    transient: 'Error temporal',
    permanent: 'Error permanente',
    unknown: 'Desconocido',
  },
  labels: {
    description: 'Descripción',
    whenSeen: 'Cuándo aparece',
    fix: 'Cómo solucionarlo',
    keyDifferences: 'Diferencias clave',
    whenToUse: 'Cuándo usar cada uno',
    class: 'Clase',
    category: 'Categoría',
    retryable: 'Se puede reintentar',
    bounce: 'Rebote',
    hardBounce: 'Rebote duro',
    softBounce: 'Rebote suave',
    userMessage: 'Para el remitente',
    yes: 'Sí',
    no: 'No',
  },
  notice: {
    subjectFailed: 'No se pudo entregar su mensaje a {recipient}',
    subjectDelayed: 'Su mensaje para {recipient} se está retrasando',
    failed: 'No se pudo entregar su mensaje «{subject}» a {recipient}.',
    failedNoSubject: 'No se pudo entregar su mensaje a {recipient}.',
    delayed: 'Su mensaje «{subject}» para {recipient} todavía no se ha entregado; seguimos intentándolo.',
    delayedNoSubject: 'Su mensaje para {recipient} todavía no se ha entregado; seguimos intentándolo.',
    detailsHeading: 'Detalles técnicos',
    serverReply: 'Respuesta del servidor de destino',
    footer: 'Este aviso lo ha enviado automáticamente {service}. No es necesario que responda.',
    footerNoService: 'Este aviso se ha enviado automáticamente. No es necesario que responda.',
  },
} as const satisfies LocaleMessages);
