import type { Locale } from './types.js';
import { deepFreeze } from '../freeze.js';

/** Spanish texts. */
export const es = /* @__PURE__ */ deepFreeze({
  code: 'es',
  direction: 'ltr',
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
    yes: 'Sí',
    no: 'No',
  },
  categories: {
    success: {
      description:
        'El servidor de destino aceptó el mensaje o el comando. En el caso de un mensaje, la entrega pasa a ser responsabilidad de ese servidor.',
      fix: 'No hay que hacer nada. Si el destinatario dice que no lo recibió, pídale que revise la carpeta de spam o de correo no deseado y sus reglas de filtrado.',
    },
    intermediate: {
      description:
        'El servidor aceptó el comando y espera más datos, como el contenido del mensaje tras DATA (354) o el siguiente paso de la autenticación (334).',
      fix: 'No es un error: el programa de envío debe continuar el diálogo. Si la sesión se detiene aquí, revise los registros del programa de envío en busca de un tiempo de espera agotado o una conexión cortada.',
    },
    'user-unknown': {
      description: 'El servidor de destino indica que el buzón no existe en ese dominio. El mensaje no se entregó.',
      fix: 'Revise si la dirección tiene errores de escritura y confírmela con el destinatario por otra vía. Si es incorrecta, elimínela de sus listas: volver a enviarle fallará igual y puede perjudicar su reputación como remitente.',
    },
    'domain-unknown': {
      description:
        'El dominio de la dirección del destinatario no existe o no tiene forma de recibir correo, así que no fue posible encaminar el mensaje.',
      fix: 'Revise la parte de la dirección que va después de la @ por si tiene errores (por ejemplo, gmial.com). Si el dominio es correcto, su propietario debe corregir sus registros DNS; si no, elimine la dirección de sus listas.',
    },
    'mailbox-moved': {
      description: 'El destinatario ya no usa esta dirección y el servidor no reenvía el correo a una nueva.',
      fix: 'Si la respuesta indica una dirección nueva, confírmela con el destinatario antes de usarla; si no, pídale su nueva dirección por otra vía. Elimine la dirección antigua de sus listas.',
    },
    'no-mail-accepted': {
      description:
        'El dominio o el servidor del destinatario declara que no acepta ningún correo (por ejemplo, mediante un registro MX nulo).',
      fix: 'No envíe correo a direcciones de este dominio y elimínelas de sus listas. Si cree que el dominio debería recibir correo, contacte con su propietario por otra vía.',
    },
    'mailbox-disabled': {
      description: 'El buzón existe, pero está desactivado, suspendido o inactivo, y por ahora no acepta correo.',
      fix: 'Vuelva a intentarlo más adelante o contacte con el destinatario por otra vía. Si la dirección se sigue rechazando durante días o semanas, elimínela de sus listas.',
    },
    'mailbox-full': {
      description:
        'El buzón del destinatario superó su cuota de almacenamiento y ahora no puede recibir mensajes nuevos.',
      fix: 'Vuelva a intentarlo más tarde; el destinatario debe borrar correo o ampliar su espacio. Si el buzón sigue lleno durante mucho tiempo, puede estar abandonado y conviene quitarlo de sus listas.',
    },
    'message-too-large': {
      description: 'El mensaje supera el tamaño máximo que acepta el servidor de destino.',
      fix: 'Reduzca el tamaño del mensaje: comprima o quite archivos adjuntos, o comparta los archivos grandes mediante un enlace. Tenga en cuenta que los adjuntos ocupan aproximadamente un tercio más al codificarse para el correo.',
    },
    'content-rejected': {
      description:
        'El servidor de destino rechazó el mensaje por su contenido: el texto, alguna cabecera, el tipo de un adjunto o un virus detectado.',
      fix: 'Lea el texto de la respuesta para conocer el motivo y modifique el mensaje: quite o sustituya el adjunto señalado, analícelo con un antivirus y revise las cabeceras que añade el programa de envío. Si cree que el rechazo es un error, contacte con el postmaster del destinatario.',
    },
    spam: {
      description: 'Los filtros del servidor de destino consideraron que el mensaje era spam y lo rechazaron.',
      fix: 'Revise el contenido y los enlaces, asegúrese de que los destinatarios pidieron recibir su correo y compruebe que SPF, DKIM y DMARC se validan correctamente. Si el mensaje es legítimo, contacte con el administrador de correo del destinatario o con el soporte para remitentes del proveedor, si lo ofrece.',
    },
    blocked: {
      description:
        'El servidor de destino rechazó la conexión o el mensaje por la dirección IP, el servidor o el dominio de envío; por ejemplo, porque figura en una lista de bloqueo, tiene mala reputación o carece de DNS inverso.',
      fix: 'Busque la IP y el dominio de envío en las listas de bloqueo que cite la respuesta y compruebe que la IP tiene un registro de DNS inverso (PTR) que coincide con el nombre del servidor. Corrija la causa, como una cuenta comprometida o un servidor mal configurado, y después solicite la exclusión de la lista; si no administra el servidor, su proveedor de correo puede ayudarle.',
    },
    'sender-authentication': {
      description:
        'El mensaje no superó las comprobaciones de autenticación del remitente del servidor de destino: SPF, DKIM, DMARC o ARC.',
      fix: 'Compruebe que el registro SPF de su dominio incluye todos los servidores que envían en su nombre, que los mensajes se firman con una clave DKIM válida publicada en el DNS y que el dominio del From está alineado como exige su política DMARC. Los verificadores en línea y los informes DMARC ayudan a saber qué comprobación falló.',
    },
    'sender-rejected': {
      description: 'El servidor de destino rechazó la dirección del remitente del sobre (MAIL FROM) del mensaje.',
      fix: 'Compruebe que la dirección del remitente esté completa y sea correcta, que su dominio exista y pueda recibir correo (muchos servidores lo comprueban) y que tenga permiso para enviar desde ella. El texto de la respuesta suele indicar el motivo.',
    },
    'relay-denied': {
      description:
        'El servidor no reenvía el mensaje a otro dominio por usted (no hace relay): solo acepta correo para sus propios dominios o de remitentes autorizados.',
      fix: 'Si es su propio servidor de salida, autentíquese con SMTP AUTH o envíe desde una red en la que confíe. Si es el servidor del destinatario, compruebe que los registros MX del dominio de destino apuntan a él; si no es así, el error está en el DNS o en su configuración de enrutamiento.',
    },
    policy: {
      description: 'El servidor de destino rechazó el mensaje aplicando una de sus propias reglas locales.',
      fix: 'Busque en el texto de la respuesta la regla aplicada, que a menudo incluye un enlace. Si no queda claro, envíe la respuesta completa al administrador de correo del destinatario (a menudo postmaster@ seguido de su dominio).',
    },
    'auth-required': {
      description:
        'El servidor exige que se autentique con SMTP AUTH antes de enviar, o no aceptó las credenciales proporcionadas.',
      fix: 'Revise el usuario, la contraseña y el método de autenticación en la configuración del programa de envío. Algunos proveedores requieren una contraseña de aplicación u OAuth en lugar de la contraseña habitual, o que se habilite SMTP en la cuenta.',
    },
    'tls-required': {
      description: 'El servidor exige una conexión cifrada (TLS) antes de aceptar este comando o mensaje.',
      fix: 'Active STARTTLS o TLS en el programa de envío, o use el puerto que indique el proveedor para el envío cifrado (a menudo 587 con STARTTLS o 465 con TLS). Si TLS ya está activado, compruebe que ambas partes aceptan las versiones de TLS y los certificados utilizados.',
    },
    'rate-limited': {
      description:
        'El servidor de destino limita cuántos mensajes o conexiones acepta de usted, y se superó ese límite.',
      fix: 'Reduzca el ritmo: envíe menos mensajes por conexión y por minuto, y reparta los envíos grandes en el tiempo. El servidor de envío suele reintentar los mensajes aplazados; si el límite se alcanza a menudo, consulte los límites de envío que publica el proveedor.',
    },
    'too-many-recipients': {
      description: 'El mensaje tenía más destinatarios de los que el servidor acepta en un solo mensaje o transacción.',
      fix: 'Envíe a los destinatarios restantes en otro mensaje o más tarde. La mayoría de los programas de envío lo hacen automáticamente; en las listas de correo, divida los destinatarios en lotes más pequeños.',
    },
    greylisted: {
      description:
        'El servidor de destino aplazó el mensaje a propósito porque no conocía a este remitente. Es una medida antispam habitual (listas grises o greylisting).',
      fix: 'No hay que hacer nada: el servidor de envío lo reintenta automáticamente y el mensaje suele aceptarse al cabo de unos minutos. Solo compruebe que el servidor de envío reintenta desde la misma dirección IP o el mismo rango.',
    },
    'service-unavailable': {
      description:
        'El servidor de destino no está disponible en este momento y cierra la conexión, por ejemplo por mantenimiento o sobrecarga.',
      fix: 'No hay nada que cambiar por su parte; el servidor de envío lo volverá a intentar más tarde. Si el problema dura horas, avise al destinatario por otra vía para que lo comunique a su administrador de correo.',
    },
    'server-error': {
      description: 'Se produjo un error interno en el servidor de destino al procesar el mensaje.',
      fix: 'El problema está en el lado del destinatario. Deje que el servidor de envío lo reintente más tarde; si se repite, envíe la respuesta completa al administrador de correo del destinatario.',
    },
    'storage-full': {
      description:
        'El servidor de destino se quedó sin espacio de almacenamiento y por ahora no puede aceptar mensajes.',
      fix: 'Deje que el servidor de envío lo reintente más tarde. Si continúa, avise al destinatario por otra vía para que su administrador libere espacio.',
    },
    network: {
      description:
        'No se pudo entregar el mensaje por problemas de enrutamiento, de DNS o de conexión entre los servidores de envío y de destino.',
      fix: 'Suele ser temporal y el servidor de envío lo reintenta. Si persiste, revise los registros MX y el DNS del dominio de destino, y compruebe que su servidor puede conectar con el puerto 25 del servidor de destino (algunas redes lo bloquean).',
    },
    expired: {
      description: 'El servidor de envío intentó entregar el mensaje durante mucho tiempo sin éxito y desistió.',
      fix: 'Revise los errores temporales anteriores de este mensaje para encontrar la causa de fondo. Cuando esté resuelta, o tras confirmarlo con el destinatario, vuelva a enviar el mensaje.',
    },
    protocol: {
      description:
        'El servidor de destino no entendió un comando o recibió los comandos en un orden incorrecto. Esto indica un problema del programa de envío, no del mensaje ni de la dirección.',
      fix: 'Actualice o vuelva a configurar el programa o dispositivo de envío. Si lo administra usted, compare el registro de la sesión SMTP con la respuesta para encontrar el comando rechazado.',
    },
    unknown: {
      description: 'La respuesta no contenía información suficiente para saber qué falló.',
      fix: 'Lea el texto completo de la respuesta en busca de pistas. Si el error es temporal, deje que el servidor de envío lo reintente; si es permanente y no está claro, contacte con el administrador de correo del destinatario y envíele la respuesta completa.',
    },
  },
} as const satisfies Locale);
