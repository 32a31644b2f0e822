import type { CategoryTable } from '../types.js';
import { deepFreeze } from '../../freeze.js';

/**
 * Brazilian Portuguese category texts. For the operator of the sending system: `description` (what
 * happened), `fix` (what to do when nothing will retry) and `fixRetry` (when the message will be
 * retried). For the person who sent the message: `user` and `userRetry`. Success and
 * intermediate have `description`, `fix` and `user` only.
 */
export const categories: CategoryTable = /* @__PURE__ */ deepFreeze({
  success: {
    description:
      'O servidor de destino aceitou a mensagem ou o comando. No caso de uma mensagem, a entrega passou a ser responsabilidade desse servidor.',
    fix: 'Nada a fazer. Se o destinatário disser que não recebeu, peça que ele verifique a pasta de spam ou lixo eletrônico e as regras de filtro.',
    user: 'O serviço de e-mail do destinatário recebeu sua mensagem. Se a pessoa não a encontrar, peça que ela dê uma olhada na pasta de spam.',
  },
  intermediate: {
    description:
      'O servidor aceitou o comando até aqui e aguarda mais dados, como o conteúdo da mensagem após DATA (354) ou a próxima etapa da autenticação (334).',
    fix: 'Não há erro: o programa de envio deve continuar a comunicação. Se a sessão parar neste ponto, procure nos logs do programa de envio um tempo limite esgotado (timeout) ou uma queda de conexão.',
    user: 'Sua mensagem está sendo enviada. Você não precisa fazer nada.',
  },
  'user-unknown': {
    description:
      'O servidor de destino informa que a caixa postal não existe nesse domínio. A mensagem não foi entregue.',
    fix: 'Verifique se há erro de digitação no endereço e confirme-o com o destinatário por outro meio. Corrija-o ou remova-o das suas listas: novos envios para ele vão falhar da mesma forma e podem prejudicar sua reputação de remetente.',
    fixRetry:
      'O servidor de destino não conseguiu confirmar a caixa postal agora (por exemplo, com o diretório de usuários fora do ar), e o servidor de envio vai tentar de novo sozinho. Enquanto isso, confira se o endereço está correto; se a recusa se tornar definitiva, corrija o endereço ou remova-o das suas listas.',
    user: 'Esse endereço de e-mail não existe. Confira se ele foi digitado corretamente ou peça o endereço certo ao destinatário e, depois, envie de novo.',
    userRetry:
      'O serviço de e-mail do destinatário ainda não conseguiu confirmar se esse endereço existe. Vamos continuar tentando entregar a mensagem; enquanto isso, confira se o endereço está escrito corretamente.',
    fixSoft:
      'O servidor de destino recusou o endereço, mas nada na resposta prova que a caixa postal tenha deixado de existir (a recusa veio antes de o destinatário ser indicado, ou uma regra classificou os indícios como fracos). Não remova o endereço das suas listas só por isso: confira-o e observe se os próximos envios para ele falham da mesma forma.',
    userSoft:
      'Sua mensagem para esse endereço não foi entregue, mas o endereço pode estar correto. Confira se ele foi digitado corretamente e, se estiver tudo certo, tente de novo mais tarde ou fale com a pessoa por outro meio.',
  },
  'domain-unknown': {
    description:
      'O domínio do endereço do destinatário não existe ou não tem como receber e-mail, por isso não foi possível rotear a mensagem.',
    fix: 'Confira se há erro de digitação na parte do endereço depois do @ (por exemplo, gmial.com) e corrija-o. Se estiver escrito certo, mas o domínio não existir ou não tiver nenhuma rota de e-mail, o endereço não pode receber mensagens: remova-o das suas listas, a menos que o destinatário confirme que o problema está sendo resolvido.',
    fixRetry:
      'Não foi possível resolver ou rotear o domínio agora (por exemplo, por uma falha passageira de DNS), e o servidor de envio vai tentar de novo. Enquanto isso, confira a grafia do domínio e se ele tem registros MX ou A válidos; se as tentativas falharem, corrija o endereço ou remova-o das suas listas.',
    user: 'A parte do endereço depois do @ não corresponde a nenhum serviço de e-mail. Veja se há algum erro de digitação (por exemplo, “gmial.com”) ou peça o endereço correto ao destinatário.',
    userRetry:
      'Por enquanto não foi possível localizar o serviço de e-mail desse endereço (a parte depois do @). Vamos continuar tentando; enquanto isso, confira se o endereço está certo.',
    fixSoft:
      'Não foi possível entregar a mensagem para esse domínio, mas a resposta veio antes de qualquer destinatário ser indicado, então ela não prova que os endereços desse domínio sejam inválidos. Confira a grafia do domínio e os registros MX dele; não remova endereços das suas listas só por isso.',
    userSoft:
      'Não foi possível entregar sua mensagem ao serviço de e-mail desse endereço. Veja se há algum erro de digitação na parte do endereço depois do @; se estiver tudo certo, tente de novo mais tarde ou fale com a pessoa por outro meio.',
  },
  'mailbox-moved': {
    description: 'O destinatário não usa mais este endereço, e o servidor não encaminha as mensagens para um novo.',
    fix: 'Se a resposta indicar um novo endereço, confirme-o com o destinatário antes de usá-lo; se não, peça o novo endereço por outro meio. Remova o endereço antigo das suas listas.',
    fixRetry:
      'O servidor de destino informa que o destinatário não usa mais esse endereço, mas respondeu com um código temporário, então o servidor de envio vai tentar de novo. Enquanto isso, confirme com o destinatário o endereço atual; se a resposta indicar um novo, use-o nos próximos envios depois de confirmá-lo.',
    user: 'O destinatário não usa mais esse endereço, e as mensagens não são repassadas para outro. Peça o endereço novo por outro meio (por telefone, por exemplo) e envie a mensagem para esse endereço.',
    userRetry:
      'Parece que o destinatário não usa mais esse endereço. Vamos continuar tentando entregar a mensagem; enquanto isso, você pode perguntar à pessoa se ela tem um endereço novo.',
    fixSoft:
      'A resposta diz que o destinatário mudou de endereço, mas não prova que o antigo tenha deixado de existir de vez. Procure um novo endereço na resposta e confirme-o com o destinatário; não remova o endereço antigo das suas listas só por isso.',
    userSoft:
      'Talvez o destinatário tenha um novo endereço de e-mail. Pergunte à pessoa qual endereço usar e, depois, envie a mensagem de novo.',
  },
  'no-mail-accepted': {
    description:
      'O domínio ou o servidor do destinatário declara que não aceita nenhum e-mail (por exemplo, com um registro MX nulo).',
    fix: 'Não envie para endereços desse domínio e remova-os das suas listas. Se você acha que o domínio deveria receber e-mail, entre em contato com o responsável por ele por outro meio.',
    fixRetry:
      'O servidor de destino informa que o domínio não aceita e-mail, mas respondeu com um código temporário, então o servidor de envio vai tentar de novo. Confira a grafia do domínio; se a recusa se tornar definitiva, remova das suas listas os endereços desse domínio.',
    user: 'Esse endereço pertence a um serviço que não recebe e-mail. Confira se ele está escrito corretamente ou peça outro endereço ao destinatário.',
    userRetry:
      'Por enquanto, o serviço de e-mail desse endereço não está aceitando mensagens. Vamos continuar tentando; enquanto isso, confira se o endereço está certo.',
    fixSoft:
      'O servidor de destino recusou todas as mensagens antes de qualquer destinatário ser indicado. Isso diz respeito ao servidor e não prova que o endereço seja inválido: confira os registros MX do domínio e se a conexão foi feita com o servidor certo. Não remova endereços das suas listas só por isso.',
    userSoft:
      'O serviço de e-mail do destinatário não aceitou nenhuma mensagem, por isso a sua não foi entregue. Confira se o endereço está certo; se estiver, tente de novo mais tarde ou fale com a pessoa por outro meio.',
  },
  'mailbox-disabled': {
    description: 'A caixa postal existe, mas está desativada, suspensa ou bloqueada e não aceita mensagens.',
    fix: 'A conta foi desativada de vez e dificilmente volta a funcionar; algumas viram armadilhas de spam (spam traps). Pare de enviar para esse endereço, remova-o das suas listas e, se precisar manter o contato, peça ao destinatário um endereço novo por outro meio.',
    fixRetry:
      'A caixa postal está bloqueada ou suspensa temporariamente, e o servidor de envio vai tentar de novo sozinho. Não é preciso mudar nada; se a recusa se tornar definitiva, remova o endereço das suas listas.',
    user: 'A conta de e-mail do destinatário foi desativada e não recebe mais mensagens. Não escreva mais para esse endereço e peça outro à pessoa.',
    userRetry:
      'A conta de e-mail do destinatário está bloqueada no momento. Vamos continuar tentando entregar a mensagem; por enquanto, você não precisa fazer nada.',
    fixSoft:
      'A conta está bloqueada, suspensa ou desativada, mas a resposta não diz que isso seja definitivo (não há código permanente, ou o bloqueio pode ser retirado). O servidor de envio não vai tentar de novo; por enquanto, mantenha o endereço nas suas listas e não o remova, a menos que os próximos envios sejam recusados de forma definitiva.',
    userSoft:
      'A conta de e-mail do destinatário está bloqueada ou desativada no momento, por isso sua mensagem não foi entregue. Tente de novo mais tarde ou fale com a pessoa por outro meio e avise o que aconteceu.',
  },
  'mailbox-full': {
    description:
      'A caixa postal do destinatário ultrapassou a cota de armazenamento e não pode receber novas mensagens agora.',
    fix: 'O destinatário precisa apagar mensagens ou conseguir mais espaço. Envie de novo mais tarde ou avise a pessoa, por outro meio, de que a caixa dela está cheia; o endereço em si continua válido.',
    fixRetry:
      'O servidor de envio vai tentar de novo sozinho por um tempo, caso o destinatário libere espaço. Se as tentativas não derem certo, avise o destinatário por outro meio; o endereço é válido, então mantenha-o nas suas listas.',
    user: 'A caixa de entrada do destinatário está cheia e não aceita novas mensagens. Você pode enviar de novo mais tarde ou avisar a pessoa por outro meio (por telefone, por exemplo).',
    userRetry:
      'A caixa de entrada do destinatário está cheia no momento. Vamos continuar tentando entregar a mensagem por um tempo; se for urgente, avise a pessoa por outro meio para ela liberar espaço.',
  },
  'message-too-large': {
    description: 'A mensagem é maior do que o servidor de destino aceita.',
    fix: 'Reduza o tamanho da mensagem: compacte ou remova anexos, ou compartilhe arquivos grandes por meio de um link, e envie de novo. Lembre-se de que os anexos ficam cerca de um terço maiores ao serem codificados para e-mail.',
    fixRetry:
      'O servidor de destino recusou a mensagem pelo tamanho, mas respondeu com um código temporário, e o servidor de envio vai tentar de novo. Se falhar outra vez, reduza o tamanho: compacte ou remova anexos, ou compartilhe os arquivos por link.',
    user: 'A mensagem ficou grande demais para o serviço de e-mail do destinatário. Diminua ou remova os anexos (ou compartilhe os arquivos por um link) e envie de novo.',
    userRetry:
      'A mensagem está grande demais para o serviço de e-mail do destinatário neste momento. Vamos continuar tentando; se no fim ela não for entregue, envie de novo com anexos menores.',
  },
  'content-rejected': {
    description:
      'O servidor de destino recusou a mensagem por causa do conteúdo: o texto, algum cabeçalho, o tipo de um anexo ou um vírus detectado.',
    fix: 'Leia o texto da resposta para saber o motivo e altere a mensagem: remova ou substitua o anexo apontado, verifique-o com um antivírus e confira os cabeçalhos que o programa de envio adiciona. Se achar que a recusa foi um engano, fale com o postmaster do destinatário.',
    fixRetry:
      'O servidor de destino adiou a mensagem por causa do conteúdo (por exemplo, porque a verificação antivírus não terminou), e o servidor de envio vai tentar de novo. Se a recusa se repetir, leia o motivo na resposta e troque o anexo ou os cabeçalhos apontados.',
    user: 'O serviço de e-mail do destinatário não aceita parte do conteúdo da mensagem, geralmente um tipo de anexo. Remova esse anexo ou compartilhe o arquivo por link e envie de novo.',
    userRetry:
      'O serviço de e-mail do destinatário ainda não aceitou a mensagem por causa do conteúdo. Vamos continuar tentando; se no fim ela não for entregue, envie de novo sem os anexos ou compartilhe os arquivos por link.',
  },
  spam: {
    description: 'Os filtros do servidor de destino consideraram a mensagem como spam e a recusaram.',
    fix: 'Revise o conteúdo e os links, certifique-se de que os destinatários pediram para receber seus e-mails e verifique se o SPF, o DKIM e o DMARC estão sendo validados corretamente. Se a mensagem for legítima, fale com o administrador de e-mail do destinatário ou com o suporte a remetentes do provedor, se houver.',
    fixRetry:
      'Os filtros do servidor de destino acharam a mensagem suspeita e a adiaram; o servidor de envio vai tentar de novo. Enquanto isso, revise o conteúdo e os links e confira se o SPF, o DKIM e o DMARC estão sendo validados; se continuar, fale com o administrador de e-mail do destinatário.',
    user: 'O serviço de e-mail do destinatário classificou sua mensagem como spam e a recusou. Você pode mudar o texto ou os links e enviar de novo, ou avisar a pessoa por outro meio.',
    userRetry:
      'O serviço de e-mail do destinatário achou sua mensagem suspeita e adiou o recebimento. Vamos continuar tentando entregá-la; por enquanto, você não precisa fazer nada.',
  },
  blocked: {
    description:
      'O servidor de destino recusou a conexão ou a mensagem por causa do IP, do servidor ou do domínio de envio, por exemplo por estar em uma lista de bloqueio (blacklist), ter má reputação ou não ter DNS reverso.',
    fix: 'Consulte o IP e o domínio de envio nas listas de bloqueio citadas na resposta e verifique se o IP tem um registro de DNS reverso (PTR) que corresponda ao nome do servidor. Corrija a causa, como uma conta comprometida ou um servidor mal configurado, e depois peça a remoção da lista; se você não administra o servidor, seu provedor de e-mail pode ajudar.',
    fixRetry:
      'O servidor de destino está recusando, por enquanto, o IP, o servidor ou o domínio de envio, e o servidor de envio vai tentar de novo sozinho. Enquanto isso, consulte o IP nas listas de bloqueio citadas e verifique o DNS reverso (PTR); se o bloqueio continuar, corrija a causa e peça a remoção da lista.',
    user: 'O serviço de e-mail do destinatário não está aceitando mensagens do nosso sistema de envio. O problema não é a sua mensagem nem o endereço: tente de novo mais tarde ou fale com a pessoa por outro meio.',
    userRetry:
      'O serviço de e-mail do destinatário está recusando, por enquanto, mensagens do nosso sistema de envio; o problema não é a sua mensagem. Vamos continuar tentando; você não precisa fazer nada.',
  },
  'sender-authentication': {
    description:
      'A mensagem não passou nas verificações de autenticação do remetente feitas pelo servidor de destino: SPF, DKIM, DMARC ou ARC.',
    fix: 'Verifique se o registro SPF do seu domínio inclui todos os servidores que enviam em nome dele, se as mensagens são assinadas com uma chave DKIM válida publicada no DNS e se o domínio do From está alinhado como exige sua política DMARC. Verificadores on-line e relatórios DMARC ajudam a descobrir qual verificação falhou.',
    fixRetry:
      'No momento, o servidor de destino não conseguiu concluir a verificação de SPF, DKIM, DMARC ou ARC (muitas vezes por uma falha passageira de DNS), e o servidor de envio vai tentar de novo. Aproveite para confirmar que os registros do seu domínio estão publicados e corretos.',
    user: 'O serviço de e-mail do destinatário não conseguiu confirmar que a mensagem veio mesmo de quem a enviou e, por isso, a recusou. É um problema de configuração do envio, não da sua mensagem: fale com o suporte e, depois que for resolvido, envie de novo.',
    userRetry:
      'O serviço de e-mail do destinatário ainda não conseguiu confirmar que a mensagem veio mesmo de quem a enviou. Vamos continuar tentando; por enquanto, você não precisa fazer nada.',
  },
  'sender-rejected': {
    description: 'O servidor de destino recusou o endereço de remetente do envelope (MAIL FROM) da mensagem.',
    fix: 'Verifique se o endereço do remetente está completo e correto, se o domínio dele existe e pode receber e-mail (muitos servidores testam isso) e se você tem permissão para enviar usando esse endereço. O texto da resposta costuma indicar o motivo.',
    fixRetry:
      'O servidor de destino não aceitou, por enquanto, o endereço de remetente (MAIL FROM), por exemplo por não conseguir verificar o domínio dele, e o servidor de envio vai tentar de novo. Confira se o endereço está correto e se o domínio é resolvido no DNS e tem registros MX.',
    user: 'O serviço de e-mail do destinatário recusou o endereço de remetente usado no envio. Confira se o seu endereço de envio está correto ou fale com o suporte e, depois, envie de novo.',
    userRetry:
      'O serviço de e-mail do destinatário ainda não aceitou o endereço de remetente da mensagem. Vamos continuar tentando; por enquanto, você não precisa fazer nada.',
  },
  'relay-denied': {
    description:
      'O servidor não repassa (relay) a mensagem para outro domínio em seu nome: ele só aceita e-mail para os próprios domínios ou de remetentes autorizados.',
    fix: 'Se for o seu próprio servidor de saída, autentique-se com SMTP AUTH ou envie a partir de uma rede em que ele confie. Se for o servidor do destinatário, verifique se os registros MX do domínio de destino apontam para ele; se não apontarem, o erro está no DNS ou nas suas configurações de roteamento.',
    fixRetry:
      'No momento, o servidor não está aceitando repassar a mensagem para outro domínio, e o servidor de envio vai tentar de novo. Se continuar, confira se o programa de envio se autentica com SMTP AUTH e se os registros MX do destino estão corretos.',
    user: 'A mensagem não conseguiu seguir até o destinatário por um problema de configuração do e-mail, não do endereço. Fale com o suporte ou com quem administra o seu e-mail; depois que for resolvido, você pode enviar de novo.',
    userRetry:
      'A mensagem ainda não conseguiu seguir até o destinatário por um problema de configuração. Vamos continuar tentando; se o problema persistir, fale com o suporte.',
  },
  policy: {
    description: 'O servidor de destino recusou a mensagem com base em uma das suas regras locais.',
    fix: 'Procure no texto da resposta a regra aplicada; ela costuma trazer um motivo ou um link. Se não ficar claro, envie a resposta completa ao administrador de e-mail do destinatário (geralmente postmaster@ seguido do domínio).',
    fixRetry:
      'Uma regra local do servidor de destino adiou a mensagem, e o servidor de envio vai tentar de novo sozinho. Se continuar, procure a regra no texto da resposta ou envie a resposta completa ao postmaster do domínio do destinatário.',
    user: 'O serviço de e-mail do destinatário recusou a mensagem por causa de uma regra interna. Fale com a pessoa por outro meio e peça que ela verifique isso com quem cuida do e-mail dela.',
    userRetry:
      'O serviço de e-mail do destinatário adiou a mensagem por causa de uma regra interna. Vamos continuar tentando entregá-la; por enquanto, você não precisa fazer nada.',
  },
  'auth-required': {
    description:
      'O servidor exige autenticação com SMTP AUTH antes do envio, ou não aceitou as credenciais informadas.',
    fix: 'Confira o usuário, a senha e o método de autenticação nas configurações do programa de envio. Alguns provedores exigem uma senha de app ou OAuth em vez da senha normal, ou que o SMTP seja ativado na conta.',
    fixRetry:
      'No momento, o servidor não conseguiu validar as credenciais (por exemplo, por uma falha passageira no sistema de autenticação dele), e o programa de envio vai tentar de novo. Se continuar, confira o usuário, a senha e o método de autenticação configurados.',
    user: 'A mensagem não foi enviada porque o serviço de e-mail não aceitou o usuário ou a senha da conta de envio. Confira os dados de acesso dessa conta (ou fale com o suporte) e envie de novo.',
    userRetry:
      'No momento, o serviço de e-mail não conseguiu verificar a conta usada no envio. Vamos continuar tentando; se o problema persistir, confira o usuário e a senha da conta.',
  },
  'tls-required': {
    description:
      'O servidor exige uma conexão criptografada (TLS) antes de aceitar este comando ou esta mensagem, ou não foi possível estabelecer a criptografia.',
    fix: 'Ative STARTTLS ou TLS no programa de envio, ou use a porta que o provedor indica para envio criptografado (geralmente 587 com STARTTLS ou 465 com TLS). Se o TLS já estiver ativo, verifique se os dois lados aceitam as versões de TLS e os certificados usados e, depois, envie a mensagem de novo.',
    fixRetry:
      'O servidor de envio vai tentar de novo sozinho. Se a resposta for do tipo “TLS not available due to local problem”, a falha é do servidor de destino: não há nada a mudar do seu lado, e só vale avisar o postmaster do destinatário se o problema persistir. Se, por outro lado, o servidor estiver exigindo TLS, ative o STARTTLS no programa de envio; sem isso, as novas tentativas também vão falhar.',
    user: 'A mensagem não foi enviada porque o serviço de e-mail exige uma conexão segura, que não pôde ser estabelecida. É um problema de configuração: fale com o suporte ou com quem administra o seu e-mail e, depois que for resolvido, envie a mensagem de novo.',
    userRetry:
      'Não foi possível estabelecer uma conexão segura com o serviço de e-mail do destinatário. Vamos continuar tentando; por enquanto, você não precisa fazer nada.',
  },
  'rate-limited': {
    description:
      'O servidor de destino limita quantas mensagens ou conexões aceita de um mesmo remetente, e esse limite foi ultrapassado.',
    fix: 'Diminua o ritmo: envie menos mensagens por conexão e por minuto e distribua os envios grandes ao longo do tempo. Envie de novo mais tarde as mensagens recusadas e, se o limite for atingido com frequência, consulte os limites de envio publicados pelo provedor.',
    fixRetry:
      'O servidor de envio vai tentar de novo sozinho, em ritmo mais lento. Se o limite for atingido com frequência, envie menos mensagens por conexão e por minuto, distribua os envios grandes ao longo do tempo e consulte os limites publicados pelo provedor.',
    user: 'O serviço de e-mail do destinatário recebeu mensagens demais do nosso sistema em pouco tempo e não aceitou esta. Você pode enviar de novo daqui a pouco.',
    userRetry:
      'O serviço de e-mail do destinatário está recebendo mensagens demais do nosso sistema ao mesmo tempo e pediu para reduzirmos o ritmo. Vamos continuar tentando aos poucos; você não precisa fazer nada.',
  },
  'too-many-recipients': {
    description: 'A mensagem tinha mais destinatários do que o servidor aceita em uma única mensagem ou transação.',
    fix: 'Envie a mensagem de novo, em um ou mais envios separados, aos destinatários que não foram aceitos. Em listas de e-mail, divida os destinatários em lotes menores e reduza o número máximo de destinatários por mensagem no programa de envio.',
    fixRetry:
      'O servidor de envio vai entregar a mensagem aos destinatários restantes em outra transação, sem que você precise intervir. Se isso acontecer com frequência, configure menos destinatários por mensagem ou divida as listas em lotes.',
    user: 'A mensagem tinha destinatários demais para o serviço de e-mail dessa pessoa. Envie de novo para ela em uma mensagem separada ou com menos destinatários.',
    userRetry:
      'A mensagem tinha destinatários demais para ser enviada a todos de uma vez. Vamos enviar para os demais aos poucos; você não precisa fazer nada.',
  },
  greylisted: {
    description:
      'O servidor de destino adiou a mensagem de propósito porque ainda não conhecia este remetente. É uma medida antispam comum (greylisting).',
    fix: 'O adiamento é normal, mas neste caso a mensagem não será reenviada sozinha: envie de novo depois de alguns minutos. Confira também se o servidor de envio está configurado para tentar de novo as mensagens adiadas (4xx) a partir do mesmo IP ou da mesma faixa.',
    fixRetry:
      'Nada a fazer: o servidor de envio vai tentar de novo, e a mensagem costuma ser aceita em poucos minutos. Só confirme que as novas tentativas saem do mesmo IP ou da mesma faixa.',
    user: 'O serviço de e-mail do destinatário recusa de propósito a primeira tentativa de remetentes novos. Envie a mensagem de novo daqui a alguns minutos; normalmente ela é aceita na segunda tentativa.',
    userRetry:
      'O serviço de e-mail do destinatário atrasa por alguns minutos as primeiras mensagens de remetentes novos, como proteção contra spam. Vamos continuar tentando, e a entrega costuma sair logo; você não precisa fazer nada.',
  },
  'service-unavailable': {
    description:
      'O servidor de destino está indisponível ou não está aceitando conexões agora, por exemplo por manutenção ou sobrecarga.',
    fix: 'O problema está do lado do destinatário: o servidor dele não está aceitando e-mail agora. Envie a mensagem de novo mais tarde e, se continuar sendo recusada, avise o destinatário por outro meio para que ele informe o administrador de e-mail.',
    fixRetry:
      'Não há nada a mudar do seu lado; o servidor de envio vai tentar de novo mais tarde. Se o problema durar horas, avise o destinatário por outro meio para que ele informe o administrador de e-mail.',
    user: 'O serviço de e-mail do destinatário não está aceitando mensagens agora. Você pode tentar de novo mais tarde ou falar com a pessoa por outro meio.',
    userRetry:
      'O serviço de e-mail do destinatário está fora do ar no momento. Vamos continuar tentando entregar a mensagem; você não precisa fazer nada.',
  },
  'server-error': {
    description: 'Ocorreu um erro interno no servidor de destino ao processar a mensagem.',
    fix: 'O problema está do lado do destinatário. Envie a mensagem de novo mais tarde e, se o erro se repetir, mande a resposta completa ao administrador de e-mail do destinatário (postmaster).',
    fixRetry:
      'O problema está do lado do destinatário, e o servidor de envio vai tentar de novo. Se o erro continuar, mande a resposta completa ao administrador de e-mail do destinatário.',
    user: 'O serviço de e-mail do destinatário teve uma falha interna e não aceitou a mensagem. Você pode enviar de novo mais tarde ou falar com a pessoa por outro meio.',
    userRetry:
      'O serviço de e-mail do destinatário está com uma falha interna. Vamos continuar tentando entregar a mensagem; você não precisa fazer nada.',
  },
  'storage-full': {
    description:
      'O próprio servidor de destino (não a caixa postal do destinatário) ficou sem espaço de armazenamento e não consegue aceitar mensagens.',
    fix: 'O problema está no servidor do destinatário, não na caixa postal nem no endereço. Envie a mensagem de novo mais tarde ou avise o destinatário por outro meio para que o administrador dele libere espaço.',
    fixRetry:
      'O servidor de envio vai tentar de novo sozinho; não há nada a mudar do seu lado. Se continuar, avise o destinatário por outro meio para que o administrador dele libere espaço.',
    user: 'O serviço de e-mail do destinatário ficou sem espaço e não aceitou a mensagem. Você pode enviar de novo mais tarde ou falar com a pessoa por outro meio.',
    userRetry:
      'O serviço de e-mail do destinatário está sem espaço no momento. Vamos continuar tentando entregar a mensagem; você não precisa fazer nada.',
  },
  network: {
    description:
      'Não foi possível entregar a mensagem por problemas de roteamento, DNS ou conexão entre os servidores de envio e de destino.',
    fix: 'Verifique os registros MX e o DNS do domínio de destino e se o seu servidor consegue acessar a porta 25 do servidor de destino (algumas redes bloqueiam essa porta). Quando a conexão estiver funcionando, envie a mensagem de novo.',
    fixRetry:
      'Costuma ser passageiro, e o servidor de envio vai tentar de novo. Se persistir, verifique os registros MX e o DNS do domínio de destino e se o seu servidor consegue acessar a porta 25 do servidor de destino.',
    user: 'Não foi possível conectar ao serviço de e-mail do destinatário. Você pode tentar de novo mais tarde ou falar com a pessoa por outro meio.',
    userRetry:
      'No momento não está sendo possível conectar ao serviço de e-mail do destinatário. Vamos continuar tentando entregar a mensagem; você não precisa fazer nada.',
  },
  expired: {
    description: 'O servidor de envio tentou entregar a mensagem por muito tempo, sem sucesso, e desistiu.',
    fix: 'Veja os erros temporários anteriores desta mensagem para encontrar a causa. Depois de corrigi-la, ou de confirmar com o destinatário, envie a mensagem de novo.',
    fixRetry:
      'O servidor de envio continua tentando até o prazo de entrega acabar. Veja os erros temporários desta mensagem para achar a causa; se ela for resolvida a tempo, a mensagem será entregue normalmente.',
    user: 'Tentamos entregar a mensagem por muito tempo, sem sucesso, e paramos de tentar. Você pode enviá-la de novo ou avisar o destinatário por outro meio.',
    userRetry:
      'Ainda não conseguimos entregar a mensagem, mas continuamos tentando. Por enquanto, você não precisa fazer nada.',
  },
  protocol: {
    description:
      'O servidor de destino não entendeu um comando ou recebeu os comandos fora de ordem. Isso indica um problema no programa de envio, não na mensagem nem no endereço.',
    fix: 'Atualize ou reconfigure o programa ou o dispositivo de envio. Se você o administra, compare o log da sessão SMTP com a resposta para encontrar o comando recusado.',
    fixRetry:
      'O servidor de destino recusou um comando com um código temporário, e o programa de envio vai tentar de novo. Se isso se repetir, compare o log da sessão SMTP com a resposta e atualize ou reconfigure o programa ou o dispositivo de envio.',
    user: 'A mensagem não pôde ser enviada por uma falha técnica no aplicativo ou serviço que a enviou, e não por causa do endereço ou do conteúdo. Fale com o suporte; depois que for resolvido, você pode enviar de novo.',
    userRetry:
      'Houve uma falha técnica no envio da mensagem. Vamos continuar tentando; se o problema persistir, fale com o suporte.',
  },
  unknown: {
    description: 'A resposta não trouxe informações suficientes para saber o que deu errado.',
    fix: 'Leia o texto completo da resposta em busca de pistas. Se não ficar claro, fale com o administrador de e-mail do destinatário e envie a resposta completa; mande a mensagem de novo quando souber a causa.',
    fixRetry:
      'O servidor de envio vai tentar de novo sozinho. Se as tentativas continuarem falhando, leia o texto completo da resposta e, se não ficar claro, encaminhe-a ao administrador de e-mail do destinatário.',
    user: 'Não foi possível entregar a mensagem, e o serviço de e-mail do destinatário não informou o motivo. Confira o endereço e envie de novo mais tarde, ou fale com a pessoa por outro meio.',
    userRetry:
      'O serviço de e-mail do destinatário ainda não aceitou a mensagem e não informou o motivo. Vamos continuar tentando; por enquanto, você não precisa fazer nada.',
  },
} as const satisfies CategoryTable);
