import type { LocaleMessages } from '../types.js';
import { deepFreeze } from '../../freeze.js';

/** Brazilian Portuguese: names of the reply classes, section labels, and the templates of bounceNotice(). */
export const messages: LocaleMessages = /* @__PURE__ */ deepFreeze({
  classes: {
    success: 'Sucesso',
    intermediate: 'Intermediário',
    transient: 'Falha temporária',
    permanent: 'Falha permanente',
    unknown: 'Desconhecido',
  },
  labels: {
    description: 'Descrição',
    whenSeen: 'Quando aparece',
    fix: 'Como resolver',
    keyDifferences: 'Principais diferenças',
    whenToUse: 'Quando usar cada um',
    class: 'Classe',
    category: 'Categoria',
    retryable: 'Pode tentar novamente',
    bounce: 'Devolução (bounce)',
    hardBounce: 'Hard bounce (permanente)',
    softBounce: 'Soft bounce (temporário)',
    userMessage: 'Para o remetente',
    yes: 'Sim',
    no: 'Não',
  },
  notice: {
    subjectFailed: 'Não foi possível entregar sua mensagem para {recipient}',
    subjectDelayed: 'Sua mensagem para {recipient} está atrasada',
    failed: 'Não foi possível entregar sua mensagem “{subject}” para {recipient}.',
    failedNoSubject: 'Não foi possível entregar sua mensagem para {recipient}.',
    delayed: 'Sua mensagem “{subject}” para {recipient} ainda não foi entregue, mas continuamos tentando.',
    delayedNoSubject: 'Sua mensagem para {recipient} ainda não foi entregue, mas continuamos tentando.',
    detailsHeading: 'Detalhes técnicos',
    serverReply: 'Resposta do servidor de destino',
    footer: 'Aviso automático enviado por {service}. Não é necessário responder.',
    footerNoService: 'Este aviso foi enviado automaticamente. Não é necessário responder.',
  },
} as const satisfies LocaleMessages);
