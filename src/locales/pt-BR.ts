import type { Locale } from './types.js';
import { deepFreeze } from '../freeze.js';

/** Brazilian Portuguese texts. */
export const ptBR = /* @__PURE__ */ deepFreeze({
  code: 'pt-BR',
  direction: 'ltr',
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
    yes: 'Sim',
    no: 'Não',
  },
  categories: {
    success: {
      description:
        'O servidor de destino aceitou a mensagem ou o comando. No caso de uma mensagem, a entrega passou a ser responsabilidade desse servidor.',
      fix: 'Nada a fazer. Se o destinatário disser que não recebeu, peça que ele verifique a pasta de spam ou lixo eletrônico e as regras de filtro.',
    },
    intermediate: {
      description:
        'O servidor aceitou o comando até aqui e aguarda mais dados, como o conteúdo da mensagem após DATA (354) ou a próxima etapa da autenticação (334).',
      fix: 'Não há erro: o programa de envio deve continuar a troca. Se a sessão parar neste ponto, procure nos logs do programa de envio um tempo esgotado (timeout) ou uma queda de conexão.',
    },
    'user-unknown': {
      description:
        'O servidor de destino informa que a caixa postal não existe nesse domínio. A mensagem não foi entregue.',
      fix: 'Verifique se há erro de digitação no endereço e confirme-o com o destinatário por outro meio. Se estiver errado, remova-o das suas listas: novos envios vão falhar da mesma forma e podem prejudicar sua reputação de remetente.',
    },
    'domain-unknown': {
      description:
        'O domínio do endereço do destinatário não existe ou não tem como receber e-mail, por isso não foi possível encaminhar a mensagem.',
      fix: 'Confira se há erro de digitação na parte do endereço depois do @ (por exemplo, gmial.com). Se o domínio estiver certo, o responsável por ele precisa corrigir os registros DNS; caso contrário, remova o endereço das suas listas.',
    },
    'mailbox-moved': {
      description: 'O destinatário não usa mais este endereço, e o servidor não encaminha as mensagens para um novo.',
      fix: 'Se a resposta indicar um novo endereço, confirme-o com o destinatário antes de usá-lo; se não, peça o novo endereço por outro meio. Remova o endereço antigo das suas listas.',
    },
    'no-mail-accepted': {
      description:
        'O domínio ou o servidor do destinatário declara que não aceita nenhum e-mail (por exemplo, com um registro MX nulo).',
      fix: 'Não envie para endereços desse domínio e remova-os das suas listas. Se você acha que o domínio deveria receber e-mail, entre em contato com o responsável por ele por outro meio.',
    },
    'mailbox-disabled': {
      description: 'A caixa postal existe, mas está desativada, suspensa ou inativa e não aceita mensagens no momento.',
      fix: 'Tente novamente mais tarde ou fale com o destinatário por outro meio. Se o endereço continuar sendo recusado por dias ou semanas, remova-o das suas listas.',
    },
    'mailbox-full': {
      description:
        'A caixa postal do destinatário ultrapassou a cota de armazenamento e não pode receber novas mensagens agora.',
      fix: 'Tente novamente mais tarde; o destinatário precisa apagar mensagens ou conseguir mais espaço. Se a caixa continuar cheia por muito tempo, ela pode estar abandonada, e vale remover o endereço das suas listas.',
    },
    'message-too-large': {
      description: 'A mensagem é maior do que o servidor de destino aceita.',
      fix: 'Reduza a mensagem: compacte ou remova anexos, ou compartilhe arquivos grandes por meio de um link. Lembre que os anexos ficam cerca de um terço maiores ao serem codificados para e-mail.',
    },
    'content-rejected': {
      description:
        'O servidor de destino recusou a mensagem por causa do conteúdo: o texto, algum cabeçalho, o tipo de um anexo ou um vírus detectado.',
      fix: 'Leia o texto da resposta para saber o motivo e altere a mensagem: remova ou substitua o anexo apontado, verifique-o com um antivírus e confira os cabeçalhos que o programa de envio adiciona. Se achar que a recusa foi um engano, fale com o postmaster do destinatário.',
    },
    spam: {
      description: 'Os filtros do servidor de destino consideraram a mensagem como spam e a recusaram.',
      fix: 'Revise o conteúdo e os links, garanta que os destinatários pediram para receber seus e-mails e verifique se SPF, DKIM e DMARC estão passando. Se a mensagem for legítima, fale com o administrador de e-mail do destinatário ou com o suporte a remetentes do provedor, se houver.',
    },
    blocked: {
      description:
        'O servidor de destino recusou a conexão ou a mensagem por causa do IP, do servidor ou do domínio de envio, por exemplo por estar em uma lista de bloqueio (blacklist), ter má reputação ou não ter DNS reverso.',
      fix: 'Consulte o IP e o domínio de envio nas listas de bloqueio citadas na resposta e verifique se o IP tem um registro de DNS reverso (PTR) que corresponda ao nome do servidor. Corrija a causa, como uma conta comprometida ou um servidor mal configurado, e depois peça a remoção da lista; se você não administra o servidor, seu provedor de e-mail pode ajudar.',
    },
    'sender-authentication': {
      description:
        'A mensagem não passou nas verificações de autenticação do remetente feitas pelo servidor de destino: SPF, DKIM, DMARC ou ARC.',
      fix: 'Verifique se o registro SPF do seu domínio inclui todos os servidores que enviam em nome dele, se as mensagens são assinadas com uma chave DKIM válida publicada no DNS e se o domínio do From está alinhado como exige sua política DMARC. Verificadores on-line e relatórios DMARC ajudam a descobrir qual verificação falhou.',
    },
    'sender-rejected': {
      description: 'O servidor de destino recusou o endereço de remetente do envelope (MAIL FROM) da mensagem.',
      fix: 'Verifique se o endereço do remetente está completo e correto, se o domínio dele existe e pode receber e-mail (muitos servidores testam isso) e se você tem permissão para enviar com ele. O texto da resposta costuma indicar o motivo.',
    },
    'relay-denied': {
      description:
        'O servidor não repassa (relay) a mensagem para outro domínio em seu nome: ele só aceita e-mail para os próprios domínios ou de remetentes autorizados.',
      fix: 'Se for o seu próprio servidor de saída, autentique-se com SMTP AUTH ou envie a partir de uma rede em que ele confie. Se for o servidor do destinatário, verifique se os registros MX do domínio de destino apontam para ele; se não apontarem, o erro está no DNS ou nas suas configurações de roteamento.',
    },
    policy: {
      description: 'O servidor de destino recusou a mensagem com base em uma das suas regras locais.',
      fix: 'Procure no texto da resposta a regra aplicada, que muitas vezes traz um link. Se não ficar claro, envie a resposta completa ao administrador de e-mail do destinatário (muitas vezes postmaster@ seguido do domínio).',
    },
    'auth-required': {
      description:
        'O servidor exige autenticação com SMTP AUTH antes do envio, ou não aceitou as credenciais informadas.',
      fix: 'Confira o usuário, a senha e o método de autenticação nas configurações do programa de envio. Alguns provedores exigem uma senha de app ou OAuth em vez da senha normal, ou que o SMTP seja ativado na conta.',
    },
    'tls-required': {
      description: 'O servidor exige uma conexão criptografada (TLS) antes de aceitar este comando ou esta mensagem.',
      fix: 'Ative STARTTLS ou TLS no programa de envio, ou use a porta que o provedor indica para envio criptografado (geralmente 587 com STARTTLS ou 465 com TLS). Se o TLS já estiver ativo, verifique se os dois lados aceitam as versões de TLS e os certificados usados.',
    },
    'rate-limited': {
      description:
        'O servidor de destino limita quantas mensagens ou conexões aceita de você, e esse limite foi ultrapassado.',
      fix: 'Diminua o ritmo: envie menos mensagens por conexão e por minuto e distribua os envios grandes ao longo do tempo. O servidor de envio normalmente tenta de novo as mensagens adiadas; se o limite for atingido com frequência, consulte os limites de envio publicados pelo provedor.',
    },
    'too-many-recipients': {
      description: 'A mensagem tinha mais destinatários do que o servidor aceita em uma única mensagem ou transação.',
      fix: 'Envie para os destinatários restantes em outra mensagem ou mais tarde. A maioria dos programas de envio faz isso automaticamente; em listas de e-mail, divida os destinatários em lotes menores.',
    },
    greylisted: {
      description:
        'O servidor de destino adiou a mensagem de propósito porque ainda não conhecia este remetente. É uma medida antispam comum (greylisting).',
      fix: 'Nada a fazer: o servidor de envio tenta de novo automaticamente, e a mensagem costuma ser aceita após alguns minutos. Só confirme que o servidor de envio faz as novas tentativas a partir do mesmo IP ou da mesma faixa.',
    },
    'service-unavailable': {
      description:
        'O servidor de destino não está disponível agora e está encerrando a conexão, por exemplo por manutenção ou sobrecarga.',
      fix: 'Não há nada a mudar do seu lado; o servidor de envio tentará de novo mais tarde. Se o problema durar horas, avise o destinatário por outro meio para que ele informe o administrador de e-mail.',
    },
    'server-error': {
      description: 'Ocorreu um erro interno no servidor de destino ao processar a mensagem.',
      fix: 'O problema está do lado do destinatário. Deixe o servidor de envio tentar de novo mais tarde; se continuar acontecendo, envie a resposta completa ao administrador de e-mail do destinatário.',
    },
    'storage-full': {
      description: 'O servidor de destino ficou sem espaço de armazenamento e não pode aceitar mensagens por enquanto.',
      fix: 'Deixe o servidor de envio tentar de novo mais tarde. Se continuar, avise o destinatário por outro meio para que o administrador dele libere espaço.',
    },
    network: {
      description:
        'Não foi possível entregar a mensagem por problemas de roteamento, DNS ou conexão entre os servidores de envio e de destino.',
      fix: 'Geralmente é temporário, e o servidor de envio tenta de novo. Se persistir, verifique os registros MX e o DNS do domínio de destino e se o seu servidor consegue acessar a porta 25 do servidor de destino (algumas redes bloqueiam essa porta).',
    },
    expired: {
      description: 'O servidor de envio tentou entregar a mensagem por muito tempo, sem sucesso, e desistiu.',
      fix: 'Veja os erros temporários anteriores desta mensagem para encontrar a causa. Depois de corrigi-la, ou de confirmar com o destinatário, envie a mensagem de novo.',
    },
    protocol: {
      description:
        'O servidor de destino não entendeu um comando ou recebeu os comandos fora de ordem. Isso indica um problema no programa de envio, não na mensagem nem no endereço.',
      fix: 'Atualize ou reconfigure o programa ou o dispositivo de envio. Se você o administra, compare o log da sessão SMTP com a resposta para encontrar o comando recusado.',
    },
    unknown: {
      description: 'A resposta não trouxe informações suficientes para saber o que deu errado.',
      fix: 'Leia o texto completo da resposta em busca de pistas. Se o erro for temporário, deixe o servidor de envio tentar de novo; se for permanente e não estiver claro, fale com o administrador de e-mail do destinatário e envie a resposta completa.',
    },
  },
} as const satisfies Locale);
