import type { CompareTemplates } from '../types.js';
import { deepFreeze } from '../../freeze.js';

/** Arabic sentence templates of compare(). */
export const compare: CompareTemplates = /* @__PURE__ */ deepFreeze({
  sameClass: '{a} و{b} من الصنف نفسه: {class} (الرقم الأول {digit}).',
  differentClass: '{a} من صنف {classA} (الرقم الأول {digitA})، أما {b} فمن صنف {classB} (الرقم الأول {digitB}).',
  identical: 'يذكر الطرفان الرمز نفسه {a}، فلا فرق بينهما يُذكر.',
  bothSucceed: 'لا يدل {a} ولا {b} على أي فشل، فلا شيء يستدعي إعادة المحاولة.',
  bothTemporary: 'كلٌّ من {a} و{b} يدل على فشل مؤقت: أبقِ الرسالة في قائمة الانتظار وأعد المحاولة لاحقًا.',
  bothPermanent: 'كلٌّ من {a} و{b} نهائي: إعادة إرسال الطلب نفسه دون تغيير ستفشل مرة أخرى.',
  temporaryVsSuccess:
    'يطلب {temporary} من العميل أن يعيد المحاولة لاحقًا، أما {ok} فلا يدل على أي فشل ولا يحتاج إلى إعادة محاولة.',
  permanentVsSuccess: '{permanent} رفضٌ لا تغيّره إعادة المحاولة، أما {ok} فلا يدل على أي فشل إطلاقًا.',
  temporaryVsPermanent:
    'بعد {temporary} قد ينجح الطلب نفسه في محاولة لاحقة؛ أما بعد {permanent} فلن ينجح ما لم يتغير شيء أولًا.',
  kindDiffers:
    '{basic} رمز رد أساسي من ثلاثة أرقام (\u2068RFC 5321\u2069)، أما {enhanced} فرمز حالة محسَّن (\u2068RFC 3463\u2069) يكتبه الخادم في بداية نص الرد ليبيّن ما حدث بدقة أكبر.',
  sameSubject: 'يشترك {a} و{b} في الموضوع {subjectKey} ({subject})، ولا يختلفان إلا في رقم التفصيل.',
  differentSubject: 'يخص {a} {subjectA} (الموضوع {subjectKeyA})، أما {b} فيخص {subjectB} (الموضوع {subjectKeyB}).',
  sameDetail: '{a} و{b} مدخل واحد في السجل هو {key}، لكن برقمَي صنف مختلفين: الحالة واحدة، والفرق في الحكم عليها فقط.',
  sharedBasic: 'يشترك {a} و{b} في سجل \u2068IANA\u2069 في هذه الرموز الأساسية: {list}.',
  registryListed: 'يُدرج سجل \u2068IANA\u2069 الرمز {basic} ضمن الرموز الأساسية التي تُستعمل مع {entry} ({name}).',
  registryNotListed: 'لا يقرن سجل \u2068IANA\u2069 الرمز {basic} بالرمز {entry}، بل يُدرج له {list}.',
  registryNone: 'لا يحدد سجل \u2068IANA\u2069 رمزًا أساسيًا بعينه للرمز {entry}، فلا يُتوقَّع {basic} معه ولا يُستبعَد.',
  classMismatch:
    'لا يجتمع {basic} و{enhanced} في رد واحد، لأن رقم الصنف في الرمز المحسَّن يجب أن يطابق الرقم الأول من الرمز الأساسي (\u2068RFC 2034 §4\u2069).',
  fallbackClass: 'الرمز {code} غير موجود في الفهرس، لذا يصفه مدخل صنفه {key}.',
  fallbackSubject: 'تفصيل الرمز {code} غير مسجَّل، لذا يصفه مدخل موضوعه {key}.',
  userNotLocal:
    'كلاهما يجيب عن مستلم ليس صندوق بريده على هذا الخادم (\u2068RFC 5321 §3.4\u2069): مع {forward} يقبل الخادم الرسالة ويحوّلها بنفسه، ومع {refuse} يرفضها ويترك للعميل أن يعيد إرسالها إلى العنوان المذكور في الرد.',
  acceptedForward:
    'كلاهما يقبل المستلم، لكن {forward} يضيف أن صندوق البريد في مكان آخر وأن هذا الخادم سيحوّل الرسالة إليه، أما {ok} فلا يقول شيئًا عن مكان صندوق البريد.',
  acceptedUnverified:
    'يؤكد {ok} أن الأمر نجح، أما {unverified}، وهو في العادة جواب الأمر \u2068VRFY\u2069، فيقبل البريد لهذا العنوان دون أن يؤكد وجوده (\u2068RFC 5321 §3.5.3\u2069).',
  mailboxUnavailable:
    'كلاهما يقول إن صندوق البريد غير متاح: {temporary} لحالة يُتوقَّع أن تزول، كصندوق مشغول أو القائمة الرمادية، و{permanent} لحالة لن تزول، كصندوق غير موجود أو رفض بسبب سياسة.',
  storage:
    'يدل {temporary} على نقص مؤقت في مساحة التخزين أو الموارد لدى الخادم، أما {permanent} فيدل على تجاوز حدٍّ ما، كامتلاء صندوق البريد أو زيادة حجم الرسالة على المسموح؛ وفي حالة كثرة المستلمين يجعل \u2068RFC 5321 §4.5.3.1.10\u2069 الرمزَ {temporary} هو الصحيح، ويطلب من العملاء أن يعاملوا {permanent} الصادر لهذا السبب معاملة الفشل المؤقت.',
  atConnection:
    'حين يأتي أولَ رد في الجلسة، يصرف {temporary} العميل مؤقتًا ويُغلق الاتصال، أما {permanent} فيقول إن هذا الخادم لا يقدّم للعميل خدمة \u2068SMTP\u2069 أصلًا ولا ينتظر منه إلا \u2068QUIT\u2069 (\u2068RFC 5321 §3.1\u2069).',
  noMail:
    'كلاهما نهائي ومصدرهما \u2068RFC 7504\u2069: يقول {host} إن هذا المضيف لا يستقبل البريد، ويقول {domain} إن نطاق المستلم كله لا يستقبله، كما يعلن سجل \u2068MX\u2069 الفارغ (\u2068null MX\u2069).',
  whenSuccess: 'ينطبق {code} ({name}) حين ينجح الأمر، فيتابع العميل عمله.',
  whenIntermediate: 'ينطبق {code} ({name}) في منتصف تبادلٍ، حين ينتظر الخادم من العميل أن يرسل المزيد.',
  whenTransient: 'ينطبق {code} ({name}) حين يُتوقَّع أن يزول الفشل من تلقاء نفسه، فأبقِ الرسالة وأعد المحاولة لاحقًا.',
  whenPermanent: 'ينطبق {code} ({name}) حين لا يمكن أن ينجح الطلب على حاله، فلا بد من تغيير شيء قبل الإرسال مرة أخرى.',
  summarySame: 'كلٌّ من {a} ({nameA}) و{b} ({nameB}) يعني {outcome}.',
  summaryDifferent: 'يعني {a} ({nameA}) {outcomeA}، أما {b} ({nameB}) فيعني {outcomeB}.',
  summaryIdentical: 'يُقارَن {a} ({nameA}) بنفسه.',
  outcomeSuccess: 'النجاح',
  outcomeIntermediate: 'أن الخادم ينتظر مزيدًا من المدخلات',
  outcomeTransient: 'فشلًا مؤقتًا',
  outcomePermanent: 'فشلًا دائمًا',
  subject0: 'حالة أخرى أو غير محددة',
  subject1: 'العنونة',
  subject2: 'صندوق البريد',
  subject3: 'نظام البريد',
  subject4: 'الشبكة والتوجيه',
  subject5: 'بروتوكول تسليم البريد',
  subject6: 'محتوى الرسالة أو وسائطها',
  subject7: 'الأمان أو السياسة',
  subjectUnknown: 'موضوعًا لا يعرّفه السجل',
  listSeparator: '، ',
} as const satisfies CompareTemplates);
