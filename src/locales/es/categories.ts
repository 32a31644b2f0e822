import type { CategoryTable } from '../types.js';
import { deepFreeze } from '../../freeze.js';

/**
 * Spanish category texts. For the operator of the sending system: `description` (what
 * happened), `fix` (what to do when nothing will retry) and `fixRetry` (when the message will be
 * retried). For the person who sent the message: `user` and `userRetry`. Success and
 * intermediate have `description`, `fix` and `user` only.
 */
export const categories: CategoryTable = /* @__PURE__ */ deepFreeze({
  success: {
    description:
      'El servidor de destino aceptó el mensaje o el comando. En el caso de un mensaje, la entrega pasa a ser responsabilidad de ese servidor.',
    fix: 'No hay que hacer nada. Si el destinatario dice que no lo recibió, pídale que revise la carpeta de spam o de correo no deseado y sus reglas de filtrado.',
    user: 'El servicio de correo del destinatario recibió su mensaje. Si esa persona no lo encuentra, pídale que mire en la carpeta de correo no deseado.',
  },
  intermediate: {
    description:
      'El servidor aceptó el comando y espera más datos, como el contenido del mensaje tras DATA (354) o el siguiente paso de la autenticación (334).',
    fix: 'No es un error: el programa de envío debe continuar el diálogo. Si la sesión se detiene aquí, revise los registros del programa de envío en busca de un tiempo de espera agotado o una conexión cortada.',
    user: 'El envío de su mensaje está en curso. No tiene que hacer nada.',
  },
  'user-unknown': {
    description: 'El servidor de destino indica que el buzón no existe en ese dominio. El mensaje no se entregó.',
    fix: 'Revise si la dirección tiene errores de escritura y confírmela con el destinatario por otra vía. Corríjala o elimínela de sus listas: los próximos envíos a esta dirección fallarán igual y pueden perjudicar su reputación como remitente.',
    fixRetry:
      'De momento, el servidor de destino no ha podido confirmar el buzón (por ejemplo, porque su directorio de usuarios no responde) y el servidor de envío volverá a intentarlo automáticamente. Mientras tanto, compruebe que la dirección esté bien escrita; si el rechazo acaba siendo definitivo, corríjala o elimínela de sus listas.',
    user: 'Esta dirección de correo no existe. Compruebe que esté bien escrita o pida al destinatario la dirección correcta, y vuelva a enviar el mensaje.',
    userRetry:
      'El servicio de correo del destinatario todavía no ha podido confirmar que esta dirección exista. Seguiremos intentando entregar el mensaje; mientras tanto, compruebe que la dirección esté bien escrita.',
    fixSoft:
      'El servidor de destino rechazó la dirección, pero nada en la respuesta demuestra que el buzón haya dejado de existir (el rechazo llegó antes de que se indicara el destinatario, o una regla consideró poco fiables los indicios). No elimine la dirección de sus listas solo por este motivo: compruébela y observe si los próximos envíos a esta dirección fallan de la misma forma.',
    userSoft:
      'No se pudo entregar su mensaje a esta dirección, aunque es posible que esta sea correcta. Compruebe que esté bien escrita y, si lo está, vuelva a intentarlo más tarde o póngase en contacto con esa persona por otro medio.',
  },
  'domain-unknown': {
    description:
      'El dominio de la dirección del destinatario no existe o no tiene forma de recibir correo, así que no fue posible encaminar el mensaje.',
    fix: 'Revise si la parte de la dirección que va después de la @ tiene errores (por ejemplo, gmial.com) y corríjala. Si está bien escrita pero el dominio no existe o no tiene ninguna ruta de correo, la dirección no puede recibir mensajes: elimínela de sus listas, salvo que el destinatario confirme que se está solucionando.',
    fixRetry:
      'De momento no se ha podido resolver ni encaminar el dominio (por ejemplo, por un fallo pasajero de DNS) y el servidor de envío volverá a intentarlo. Mientras tanto, compruebe que el dominio esté bien escrito y tenga registros MX o A válidos; si los reintentos fallan, corrija la dirección o elimínela de sus listas.',
    user: 'La parte de la dirección que va después de la @ no corresponde a ningún servicio de correo. Revise si tiene un error de escritura (por ejemplo, «gmial.com») o pida al destinatario la dirección correcta.',
    userRetry:
      'Por ahora no se encuentra el servicio de correo de esta dirección (la parte que va después de la @). Seguiremos intentándolo; mientras tanto, compruebe que la dirección esté bien escrita.',
    fixSoft:
      'No se pudo entregar el mensaje a este dominio, pero la respuesta llegó antes de que se indicara ningún destinatario, así que no demuestra que las direcciones del dominio sean incorrectas. Compruebe que el dominio esté bien escrito y revise sus registros MX; no elimine direcciones de sus listas solo por este motivo.',
    userSoft:
      'No se pudo entregar su mensaje al servicio de correo de esta dirección. Compruebe que la parte de la dirección que va después de la @ esté bien escrita; si lo está, vuelva a intentarlo más tarde o póngase en contacto con esa persona por otro medio.',
  },
  'mailbox-moved': {
    description: 'El destinatario ya no usa esta dirección y el servidor no reenvía el correo a una nueva.',
    fix: 'Si la respuesta indica una dirección nueva, confírmela con el destinatario antes de usarla; si no, pídale su nueva dirección por otra vía. Elimine la dirección antigua de sus listas.',
    fixRetry:
      'El servidor de destino indica que el destinatario ya no usa esta dirección, pero ha respondido con un código temporal, así que el servidor de envío volverá a intentarlo. Mientras tanto, confirme con el destinatario su dirección actual; si la respuesta indica una nueva, úsela en los próximos envíos una vez confirmada.',
    user: 'El destinatario ya no usa esta dirección y el correo no se reenvía a ninguna otra. Pídale su nueva dirección por otro medio, por ejemplo por teléfono, y envíe el mensaje a esa dirección.',
    userRetry:
      'Parece que el destinatario ya no usa esta dirección. Seguiremos intentando entregar el mensaje; mientras tanto, puede preguntarle si tiene una dirección nueva.',
    fixSoft:
      'La respuesta indica que el destinatario ha cambiado de dirección, pero no demuestra que la antigua haya dejado de funcionar de forma definitiva. Busque una dirección nueva en la respuesta y confírmela con el destinatario; no elimine la antigua de sus listas solo por este motivo.',
    userSoft:
      'Puede que el destinatario tenga una dirección de correo nueva. Pregúntele qué dirección debe usar y vuelva a enviar el mensaje.',
  },
  'no-mail-accepted': {
    description:
      'El dominio o el servidor del destinatario declara que no acepta ningún correo (por ejemplo, mediante un registro MX nulo).',
    fix: 'No envíe correo a direcciones de este dominio y elimínelas de sus listas. Si cree que el dominio debería recibir correo, póngase en contacto con su propietario por otra vía.',
    fixRetry:
      'El servidor de destino indica que el dominio no acepta correo, pero ha respondido con un código temporal, así que el servidor de envío volverá a intentarlo. Compruebe que el dominio esté bien escrito y, si el rechazo se vuelve definitivo, elimine de sus listas las direcciones de ese dominio.',
    user: 'Esta dirección pertenece a un servicio que no recibe correo electrónico. Compruebe que esté bien escrita o pida al destinatario otra dirección.',
    userRetry:
      'Por ahora, el servicio de correo de esta dirección no acepta mensajes. Seguiremos intentándolo; mientras tanto, compruebe que la dirección esté bien escrita.',
    fixSoft:
      'El servidor de destino rechazó todo el correo antes de que se indicara ningún destinatario. Ese rechazo afecta al servidor en su conjunto y no demuestra que la dirección sea incorrecta: revise los registros MX del dominio y compruebe que se conectó al servidor correcto. No elimine direcciones de sus listas solo por este motivo.',
    userSoft:
      'El servicio de correo del destinatario no aceptó ningún mensaje, así que el suyo no se entregó. Compruebe que la dirección esté bien escrita; si lo está, vuelva a intentarlo más tarde o póngase en contacto con esa persona por otro medio.',
  },
  'mailbox-disabled': {
    description: 'El buzón existe, pero está desactivado, suspendido o bloqueado y no acepta correo.',
    fix: 'La cuenta se desactivó de forma definitiva y rara vez se reactiva; algunas acaban convertidas en trampas de spam. Deje de enviar a esta dirección, elimínela de sus listas y, si necesita mantener el contacto, pida al destinatario una dirección nueva por otra vía.',
    fixRetry:
      'El buzón está bloqueado o suspendido de forma temporal y el servidor de envío volverá a intentarlo automáticamente. No hace falta cambiar nada; si la dirección acaba rechazándose de forma definitiva, elimínela de sus listas.',
    user: 'La cuenta de correo del destinatario está desactivada y ya no recibe mensajes. Deje de escribir a esta dirección y pida a esa persona una nueva.',
    userRetry:
      'La cuenta de correo del destinatario está bloqueada en este momento. Seguiremos intentando entregar el mensaje; por ahora no tiene que hacer nada.',
    fixSoft:
      'La cuenta está bloqueada, suspendida o desactivada, pero la respuesta no indica que la situación sea definitiva (no hay código permanente, o se trata de un bloqueo que puede levantarse). El servidor de envío no volverá a intentarlo; de momento, conserve la dirección en sus listas y no la elimine salvo que los próximos envíos se rechacen de forma definitiva.',
    userSoft:
      'La cuenta de correo del destinatario está bloqueada o desactivada en este momento, así que su mensaje no se entregó. Vuelva a intentarlo más tarde o póngase en contacto con esa persona por otro medio para avisarle.',
  },
  'mailbox-full': {
    description:
      'El buzón del destinatario superó su cuota de almacenamiento y ahora no puede recibir mensajes nuevos.',
    fix: 'El destinatario tiene que borrar correo o ampliar su espacio. Vuelva a enviar el mensaje más adelante o avísele por otra vía de que su buzón está lleno; la dirección en sí es válida.',
    fixRetry:
      'El servidor de envío volverá a intentarlo durante un tiempo, por si el destinatario libera espacio. Si los reintentos no prosperan, avísele por otra vía; la dirección es válida, así que manténgala en sus listas.',
    user: 'El buzón del destinatario está lleno y no admite más mensajes. Puede volver a enviar el mensaje más tarde o avisar a esa persona por otro medio, como el teléfono.',
    userRetry:
      'El buzón del destinatario está lleno en este momento. Seguiremos intentando entregar el mensaje durante un tiempo; si es urgente, avise a esa persona por otro medio para que libere espacio.',
  },
  'message-too-large': {
    description: 'El mensaje supera el tamaño máximo que acepta el servidor de destino.',
    fix: 'Reduzca el tamaño del mensaje: comprima o quite archivos adjuntos, o comparta los archivos grandes mediante un enlace, y vuelva a enviarlo. Tenga en cuenta que los adjuntos ocupan aproximadamente un tercio más al codificarse para el correo.',
    fixRetry:
      'El servidor de destino no aceptó el mensaje por su tamaño, pero respondió con un código temporal, así que el servidor de envío volverá a intentarlo. Si vuelve a fallar, reduzca el tamaño: comprima o quite adjuntos, o compártalos mediante un enlace.',
    user: 'El mensaje es demasiado grande para el servicio de correo del destinatario. Reduzca o quite archivos adjuntos (también puede compartirlos con un enlace) y vuelva a enviarlo.',
    userRetry:
      'El mensaje es demasiado grande para el servicio de correo del destinatario en este momento. Seguiremos intentándolo; si al final no se entrega, envíelo de nuevo con adjuntos más pequeños.',
  },
  'content-rejected': {
    description:
      'El servidor de destino rechazó el mensaje por su contenido: el texto, alguna cabecera, el tipo de un adjunto o un virus detectado.',
    fix: 'Lea el texto de la respuesta para conocer el motivo y modifique el mensaje: quite o sustituya el adjunto señalado, analícelo con un antivirus y revise las cabeceras que añade el programa de envío. Si cree que el rechazo es un error, póngase en contacto con el postmaster del destinatario.',
    fixRetry:
      'El servidor de destino aplazó el mensaje por su contenido (por ejemplo, porque no pudo terminar el análisis antivirus) y el servidor de envío volverá a intentarlo. Si el rechazo se repite, lea el motivo en la respuesta y cambie el adjunto o las cabeceras señalados.',
    user: 'El servicio de correo del destinatario no admite parte del contenido del mensaje, a menudo un tipo de archivo adjunto. Quite ese adjunto o compártalo mediante un enlace y vuelva a enviar el mensaje.',
    userRetry:
      'El servicio de correo del destinatario todavía no ha aceptado el mensaje por su contenido. Seguiremos intentándolo; si al final no se entrega, envíelo de nuevo sin los adjuntos o compártalos mediante un enlace.',
  },
  spam: {
    description: 'Los filtros del servidor de destino consideraron que el mensaje era spam y lo rechazaron.',
    fix: 'Revise el contenido y los enlaces, asegúrese de que los destinatarios pidieron recibir su correo y compruebe que SPF, DKIM y DMARC se validan correctamente. Si el mensaje es legítimo, póngase en contacto con el administrador de correo del destinatario o con el soporte para remitentes del proveedor, si lo ofrece.',
    fixRetry:
      'Los filtros del servidor de destino consideraron sospechoso el mensaje y lo aplazaron; el servidor de envío volverá a intentarlo. Mientras tanto, revise el contenido y los enlaces y compruebe que SPF, DKIM y DMARC se validan; si se repite, póngase en contacto con el administrador de correo del destinatario.',
    user: 'El servicio de correo del destinatario tomó su mensaje por correo no deseado (spam) y lo rechazó. Puede cambiar el texto o los enlaces y volver a enviarlo, o avisar a esa persona por otro medio.',
    userRetry:
      'El servicio de correo del destinatario ha considerado sospechoso su mensaje y lo ha aplazado. Seguiremos intentando entregarlo; por ahora no tiene que hacer nada.',
  },
  blocked: {
    description:
      'El servidor de destino rechazó la conexión o el mensaje por la dirección IP, el servidor o el dominio de envío; por ejemplo, porque figura en una lista de bloqueo, tiene mala reputación o carece de DNS inverso.',
    fix: 'Busque la IP y el dominio de envío en las listas de bloqueo que cite la respuesta y compruebe que la IP tiene un registro de DNS inverso (PTR) que coincide con el nombre del servidor. Corrija la causa, como una cuenta comprometida o un servidor mal configurado, y después solicite la exclusión de la lista; si no administra el servidor, su proveedor de correo puede ayudarle.',
    fixRetry:
      'De momento, el servidor de destino rechaza la IP, el servidor o el dominio de envío, y el servidor de envío volverá a intentarlo automáticamente. Mientras tanto, busque la IP en las listas de bloqueo citadas y compruebe el DNS inverso (PTR); si el bloqueo persiste, corrija la causa y solicite la exclusión.',
    user: 'El servicio de correo del destinatario no acepta mensajes de nuestro sistema de envío. No se debe a su mensaje ni a la dirección: puede volver a intentarlo más tarde o ponerse en contacto con esa persona por otro medio.',
    userRetry:
      'El servicio de correo del destinatario está rechazando por ahora los mensajes de nuestro sistema de envío; no se debe a su mensaje. Seguiremos intentándolo; no tiene que hacer nada.',
  },
  'sender-authentication': {
    description:
      'El mensaje no superó las comprobaciones con las que el servidor de destino autentica al remitente: SPF, DKIM, DMARC o ARC.',
    fix: 'Compruebe que el registro SPF de su dominio incluye todos los servidores que envían en su nombre, que los mensajes se firman con una clave DKIM válida publicada en el DNS y que el dominio del From está alineado como exige su política DMARC. Los verificadores en línea y los informes DMARC ayudan a saber qué comprobación falló.',
    fixRetry:
      'De momento, el servidor de destino no ha podido completar la comprobación de SPF, DKIM, DMARC o ARC (a menudo por un fallo pasajero de DNS) y el servidor de envío volverá a intentarlo. Aproveche para confirmar que los registros de su dominio están publicados y son correctos.',
    user: 'El servicio de correo del destinatario no pudo confirmar que el mensaje procediera realmente del remitente que figura en él, y lo rechazó. Se trata de un problema de configuración del envío, no de su mensaje: póngase en contacto con el soporte técnico y, cuando esté resuelto, vuelva a enviarlo.',
    userRetry:
      'El servicio de correo del destinatario todavía no ha podido confirmar que el mensaje proceda realmente del remitente que figura en él. Seguiremos intentándolo; por ahora no tiene que hacer nada.',
  },
  'sender-rejected': {
    description: 'El servidor de destino rechazó la dirección de remitente del sobre (MAIL FROM) del mensaje.',
    fix: 'Compruebe que la dirección del remitente esté completa y sea correcta, que su dominio exista y pueda recibir correo (muchos servidores lo comprueban) y que tenga permiso para enviar desde ella. El texto de la respuesta suele indicar el motivo.',
    fixRetry:
      'De momento, el servidor de destino no acepta la dirección de remitente (MAIL FROM), por ejemplo porque no pudo verificar su dominio, y el servidor de envío volverá a intentarlo. Compruebe que esa dirección es correcta y que su dominio se resuelve en el DNS y tiene registros MX.',
    user: 'El servicio de correo del destinatario rechazó la dirección de remitente con la que se envió el mensaje. Compruebe que su dirección de correo esté bien configurada o consulte con el soporte técnico, y después vuelva a enviarlo.',
    userRetry:
      'El servicio de correo del destinatario todavía no ha aceptado la dirección de remitente del mensaje. Seguiremos intentándolo; por ahora no tiene que hacer nada.',
  },
  'relay-denied': {
    description:
      'El servidor se niega a retransmitir el mensaje a otro dominio (relay): solo acepta correo para sus propios dominios o de remitentes autorizados.',
    fix: 'Si es su propio servidor de salida, autentíquese con SMTP AUTH o envíe desde una red de confianza para ese servidor. Si es el servidor del destinatario, compruebe que los registros MX del dominio de destino apuntan a él; si no es así, el error está en el DNS o en su configuración de enrutamiento.',
    fixRetry:
      'De momento, el servidor no acepta retransmitir el mensaje a otro dominio y el servidor de envío volverá a intentarlo. Si se repite, compruebe que el programa de envío se autentica con SMTP AUTH y que los registros MX del destino son correctos.',
    user: 'No se pudo hacer llegar el mensaje al destinatario por un problema de configuración del correo, no de la dirección. Póngase en contacto con el soporte técnico o con quien administre su correo; cuando esté resuelto, podrá volver a enviarlo.',
    userRetry:
      'Todavía no se ha podido hacer llegar el mensaje al destinatario por un problema de configuración. Seguiremos intentándolo; si el problema persiste, póngase en contacto con el soporte técnico.',
  },
  policy: {
    description: 'El servidor de destino rechazó el mensaje aplicando una de sus propias reglas locales.',
    fix: 'Busque en el texto de la respuesta la regla aplicada; suele indicar un motivo o incluir un enlace. Si no queda claro, envíe la respuesta completa al administrador de correo del destinatario (a menudo postmaster@ seguido de su dominio).',
    fixRetry:
      'Una regla local del servidor de destino aplazó el mensaje y el servidor de envío volverá a intentarlo automáticamente. Si se repite, busque la regla en el texto de la respuesta o envíe la respuesta completa al postmaster del dominio del destinatario.',
    user: 'El servicio de correo del destinatario rechazó el mensaje por una norma interna. Póngase en contacto con esa persona por otro medio y pídale que lo consulte con quien gestiona su correo.',
    userRetry:
      'El servicio de correo del destinatario ha aplazado el mensaje por una norma interna. Seguiremos intentando entregarlo; por ahora no tiene que hacer nada.',
  },
  'auth-required': {
    description:
      'El servidor exige que el cliente de envío se autentique con SMTP AUTH antes de enviar, o no aceptó las credenciales proporcionadas.',
    fix: 'Revise el usuario, la contraseña y el método de autenticación en la configuración del programa de envío. Algunos proveedores requieren una contraseña de aplicación u OAuth en lugar de la contraseña habitual, o que se habilite SMTP en la cuenta.',
    fixRetry:
      'De momento, el servidor no ha podido validar las credenciales (por ejemplo, por un fallo pasajero de su sistema de autenticación) y el programa de envío volverá a intentarlo. Si se repite, revise el usuario, la contraseña y el método de autenticación configurados.',
    user: 'El mensaje no se envió porque el servicio de correo no aceptó el usuario o la contraseña de la cuenta de envío. Revise los datos de acceso de esa cuenta (o consulte con el soporte técnico) y vuelva a enviarlo.',
    userRetry:
      'De momento, el servicio de correo no ha podido verificar la cuenta desde la que se envía el mensaje. Seguiremos intentándolo; si el problema persiste, compruebe el usuario y la contraseña de la cuenta.',
  },
  'tls-required': {
    description:
      'El servidor exige una conexión cifrada (TLS) antes de aceptar este comando o mensaje, o no se pudo establecer el cifrado.',
    fix: 'Active STARTTLS o TLS en el programa de envío, o use el puerto que indique el proveedor para el envío cifrado (a menudo 587 con STARTTLS o 465 con TLS). Si TLS ya está activado, compruebe que ambas partes aceptan las versiones de TLS y los certificados utilizados, y vuelva a enviar el mensaje.',
    fixRetry:
      'El servidor de envío volverá a intentarlo automáticamente. Si la respuesta es del tipo «TLS not available due to local problem», el fallo está en el servidor de destino: no hay nada que cambiar por su parte y solo conviene avisar al postmaster del destinatario si el problema se prolonga. Si, en cambio, el servidor exige TLS, active STARTTLS en el programa de envío; de lo contrario, los reintentos fallarán igual.',
    user: 'El mensaje no se envió porque el servicio de correo exige una conexión segura que no se pudo establecer. Es un problema de configuración: póngase en contacto con el soporte técnico o con quien administre su correo y, cuando esté resuelto, vuelva a enviar el mensaje.',
    userRetry:
      'No se pudo establecer una conexión segura con el servicio de correo del destinatario. Seguiremos intentándolo; por ahora no tiene que hacer nada.',
  },
  'rate-limited': {
    description:
      'El servidor de destino limita cuántos mensajes o conexiones acepta de un mismo remitente, y se superó ese límite.',
    fix: 'Reduzca el ritmo: envíe menos mensajes por conexión y por minuto, y reparta los envíos grandes en el tiempo. Vuelva a enviar más tarde los mensajes rechazados y, si el límite se alcanza a menudo, consulte los límites de envío que publica el proveedor.',
    fixRetry:
      'El servidor de envío volverá a intentarlo automáticamente, a un ritmo más lento. Si el límite se alcanza a menudo, envíe menos mensajes por conexión y por minuto, reparta los envíos grandes en el tiempo y consulte los límites que publica el proveedor.',
    user: 'El servicio de correo del destinatario recibió demasiados mensajes nuestros en poco tiempo y no aceptó este. Puede volver a enviarlo dentro de un rato.',
    userRetry:
      'El servicio de correo del destinatario está recibiendo demasiados mensajes nuestros a la vez y nos pide que vayamos más despacio. Seguiremos intentándolo poco a poco; no tiene que hacer nada.',
  },
  'too-many-recipients': {
    description: 'El mensaje tenía más destinatarios de los que el servidor acepta en un solo mensaje o transacción.',
    fix: 'Vuelva a enviar el mensaje, en uno o varios envíos aparte, a los destinatarios que no se aceptaron. En las listas de correo, divida los destinatarios en lotes más pequeños y reduzca el número máximo de destinatarios por mensaje en el programa de envío.',
    fixRetry:
      'El servidor de envío hará llegar el mensaje a los destinatarios restantes en otra transacción, sin que usted tenga que intervenir. Si ocurre a menudo, configure menos destinatarios por mensaje o divida las listas en lotes.',
    user: 'El mensaje tenía demasiados destinatarios para el servicio de correo de esta persona. Vuelva a enviárselo en un mensaje aparte o con menos destinatarios.',
    userRetry:
      'El mensaje tenía demasiados destinatarios para enviarlo a todos de una vez. Lo enviaremos al resto por tandas; no tiene que hacer nada.',
  },
  greylisted: {
    description:
      'El servidor de destino aplazó el mensaje a propósito porque no conocía a este remitente. Es una medida antispam habitual (listas grises o greylisting).',
    fix: 'El aplazamiento es normal, pero en este caso el mensaje no se volverá a enviar solo: vuelva a enviarlo pasados unos minutos. Compruebe también que el servidor de envío está configurado para reintentar los mensajes aplazados (4xx) desde la misma IP o el mismo rango.',
    fixRetry:
      'No hay que hacer nada: el servidor de envío volverá a intentarlo y el mensaje suele aceptarse a los pocos minutos. Solo compruebe que los reintentos salen de la misma IP o del mismo rango.',
    user: 'El servicio de correo del destinatario rechaza a propósito el primer intento de los remitentes nuevos. Vuelva a enviar el mensaje dentro de unos minutos; normalmente se acepta a la segunda.',
    userRetry:
      'El servicio de correo del destinatario retrasa unos minutos los primeros mensajes de remitentes nuevos, como protección contra el spam. Seguiremos intentándolo y suele entregarse enseguida; no tiene que hacer nada.',
  },
  'service-unavailable': {
    description:
      'El servidor de destino no está disponible o no acepta conexiones en este momento, por ejemplo por mantenimiento o sobrecarga.',
    fix: 'El problema está en el lado del destinatario: su servidor no acepta correo ahora. Vuelva a enviar el mensaje más tarde y, si sigue sin aceptarlo, avise al destinatario por otra vía para que lo comunique a su administrador de correo.',
    fixRetry:
      'No hay nada que cambiar por su parte; el servidor de envío lo volverá a intentar más tarde. Si el problema dura horas, avise al destinatario por otra vía para que lo comunique a su administrador de correo.',
    user: 'El servicio de correo del destinatario no acepta mensajes en este momento. Puede volver a intentarlo más tarde o ponerse en contacto con esa persona por otro medio.',
    userRetry:
      'El servicio de correo del destinatario no está disponible en este momento. Seguiremos intentando entregar el mensaje; no tiene que hacer nada.',
  },
  'server-error': {
    description: 'Se produjo un error interno en el servidor de destino al procesar el mensaje.',
    fix: 'El problema está en el lado del destinatario. Vuelva a enviar el mensaje más tarde y, si el error se repite, envíe la respuesta completa al administrador de correo del destinatario (postmaster).',
    fixRetry:
      'El problema está en el lado del destinatario y el servidor de envío volverá a intentarlo. Si el error persiste, envíe la respuesta completa al administrador de correo del destinatario.',
    user: 'El servicio de correo del destinatario tuvo un fallo interno y no aceptó el mensaje. Puede volver a enviarlo más tarde o ponerse en contacto con esa persona por otro medio.',
    userRetry:
      'El servicio de correo del destinatario tiene un fallo interno. Seguiremos intentando entregar el mensaje; no tiene que hacer nada.',
  },
  'storage-full': {
    description:
      'El propio servidor de destino (no el buzón del destinatario) se quedó sin espacio de almacenamiento y no puede aceptar mensajes.',
    fix: 'El problema está en el servidor del destinatario, no en su buzón ni en la dirección. Vuelva a enviar el mensaje más tarde o avise al destinatario por otra vía para que su administrador libere espacio.',
    fixRetry:
      'El servidor de envío volverá a intentarlo automáticamente; no hay nada que cambiar por su parte. Si continúa, avise al destinatario por otra vía para que su administrador libere espacio.',
    user: 'El servicio de correo del destinatario se quedó sin espacio y no aceptó el mensaje. Puede volver a enviarlo más tarde o ponerse en contacto con esa persona por otro medio.',
    userRetry:
      'El servicio de correo del destinatario no tiene espacio disponible en este momento. Seguiremos intentando entregar el mensaje; no tiene que hacer nada.',
  },
  network: {
    description:
      'No se pudo entregar el mensaje por problemas de enrutamiento, de DNS o de conexión entre los servidores de envío y de destino.',
    fix: 'Revise los registros MX y el DNS del dominio de destino, y compruebe que su servidor puede conectar con el puerto 25 del servidor de destino (algunas redes lo bloquean). Cuando la conexión funcione, vuelva a enviar el mensaje.',
    fixRetry:
      'Suele ser pasajero y el servidor de envío volverá a intentarlo. Si persiste, revise los registros MX y el DNS del dominio de destino, y compruebe que su servidor puede conectar con el puerto 25 del servidor de destino.',
    user: 'No se pudo conectar con el servicio de correo del destinatario. Puede volver a intentarlo más tarde o ponerse en contacto con esa persona por otro medio.',
    userRetry:
      'Por ahora no se puede conectar con el servicio de correo del destinatario. Seguiremos intentando entregar el mensaje; no tiene que hacer nada.',
  },
  expired: {
    description: 'El servidor de envío intentó entregar el mensaje durante mucho tiempo sin éxito y desistió.',
    fix: 'Revise los errores temporales anteriores de este mensaje para encontrar la causa de fondo. Cuando esté resuelta, o tras confirmarlo con el destinatario, vuelva a enviar el mensaje.',
    fixRetry:
      'El servidor de envío sigue intentándolo hasta que venza el plazo de entrega. Revise los errores temporales de este mensaje para encontrar la causa; si se resuelve a tiempo, el mensaje se entregará sin más.',
    user: 'Intentamos entregar el mensaje durante mucho tiempo sin conseguirlo y ya no lo intentaremos más. Puede volver a enviarlo o avisar al destinatario por otro medio.',
    userRetry:
      'Todavía no hemos podido entregar el mensaje, pero seguimos intentándolo. Por ahora no tiene que hacer nada.',
  },
  protocol: {
    description:
      'El servidor de destino no entendió un comando o recibió los comandos en un orden incorrecto. Esto indica un problema del programa de envío, no del mensaje ni de la dirección.',
    fix: 'Actualice o vuelva a configurar el programa o dispositivo de envío. Si lo administra usted, compare el registro de la sesión SMTP con la respuesta para encontrar el comando rechazado.',
    fixRetry:
      'El servidor de destino rechazó un comando con un código temporal y el programa de envío volverá a intentarlo. Si se repite, compare el registro de la sesión SMTP con la respuesta y actualice o vuelva a configurar el programa o dispositivo de envío.',
    user: 'El mensaje no se pudo enviar por un fallo técnico de la aplicación o el servicio que lo envía, no por la dirección ni por el contenido. Póngase en contacto con el soporte técnico; cuando esté resuelto, podrá volver a enviarlo.',
    userRetry:
      'Hubo un fallo técnico al enviar el mensaje. Seguiremos intentándolo; si el problema persiste, póngase en contacto con el soporte técnico.',
  },
  unknown: {
    description: 'La respuesta no contenía información suficiente para saber qué falló.',
    fix: 'Lea el texto completo de la respuesta en busca de pistas. Si no queda claro, póngase en contacto con el administrador de correo del destinatario y envíele la respuesta completa; vuelva a enviar el mensaje cuando conozca la causa.',
    fixRetry:
      'El servidor de envío volverá a intentarlo automáticamente. Si los reintentos siguen fallando, lea el texto completo de la respuesta y, si no está claro, envíelo al administrador de correo del destinatario.',
    user: 'No se pudo entregar el mensaje y el servicio de correo del destinatario no indicó el motivo. Compruebe la dirección y vuelva a enviarlo más tarde, o póngase en contacto con esa persona por otro medio.',
    userRetry:
      'El servicio de correo del destinatario todavía no ha aceptado el mensaje y no ha indicado el motivo. Seguiremos intentándolo; por ahora no tiene que hacer nada.',
  },
} as const satisfies CategoryTable);
