import type { LocaleMessages } from '../types.js';
import { deepFreeze } from '../../freeze.js';

/** Arabic: names of the reply classes, section labels, and the templates of bounceNotice(). */
export const messages: LocaleMessages = /* @__PURE__ */ deepFreeze({
  classes: {
    success: 'نجاح',
    intermediate: 'بانتظار المتابعة',
    transient: 'فشل مؤقت',
    permanent: 'فشل دائم',
    unknown: 'غير معروف',
  },
  labels: {
    description: 'الوصف',
    whenSeen: 'متى يظهر',
    fix: 'كيفية الإصلاح',
    keyDifferences: 'الاختلافات الرئيسية',
    whenToUse: 'متى ينطبق كلٌّ منهما',
    class: 'صنف الرد',
    category: 'الفئة',
    retryable: 'تمكن إعادة المحاولة',
    bounce: 'نوع الارتداد',
    hardBounce: 'ارتداد دائم',
    softBounce: 'ارتداد مؤقت',
    userMessage: 'للمرسِل',
    yes: 'نعم',
    no: 'لا',
  },
  notice: {
    subjectFailed: 'تعذّر تسليم رسالتك إلى {recipient}',
    subjectDelayed: 'تأخر تسليم رسالتك إلى {recipient}',
    failed: 'تعذّر تسليم رسالتك «{subject}» إلى {recipient}.',
    failedNoSubject: 'تعذّر تسليم رسالتك إلى {recipient}.',
    delayed: 'لم تصل رسالتك «{subject}» إلى {recipient} بعد، وما زلنا نحاول تسليمها.',
    delayedNoSubject: 'لم تصل رسالتك إلى {recipient} بعد، وما زلنا نحاول تسليمها.',
    detailsHeading: 'التفاصيل الفنية',
    serverReply: 'ردّ خادم البريد لدى المستلم',
    footer: 'أُرسل هذا الإشعار تلقائيًا من {service}، ولا حاجة إلى الرد عليه.',
    footerNoService: 'أُرسل هذا الإشعار تلقائيًا، ولا حاجة إلى الرد عليه.',
  },
} as const satisfies LocaleMessages);
