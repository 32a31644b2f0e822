import type { LocaleMessages } from '../types.js';
import { deepFreeze } from '../../freeze.js';

/** Japanese: names of the reply classes, section labels, and the templates of bounceNotice(). */
export const messages: LocaleMessages = /* @__PURE__ */ deepFreeze({
  classes: {
    success: '成功',
    intermediate: '中間応答',
    transient: '一時的なエラー',
    permanent: '恒久的なエラー',
    unknown: '不明',
  },
  labels: {
    description: '説明',
    whenSeen: '発生する場面',
    fix: '対処方法',
    keyDifferences: '主な違い',
    whenToUse: '使い分け',
    class: 'クラス',
    category: 'カテゴリ',
    retryable: '再試行可能',
    bounce: 'バウンス',
    hardBounce: 'ハードバウンス',
    softBounce: 'ソフトバウンス',
    userMessage: '送信者向け',
    yes: 'はい',
    no: 'いいえ',
  },
  notice: {
    subjectFailed: '{recipient} 宛てのメールを配信できませんでした',
    subjectDelayed: '{recipient} 宛てのメールの配信が遅れています',
    failed: '{recipient} 宛てのメール「{subject}」は、相手に届けることができませんでした。',
    failedNoSubject: '{recipient} 宛てのメールは、相手に届けることができませんでした。',
    delayed: '{recipient} 宛てのメール「{subject}」は、まだ配信中で相手に届いていません。',
    delayedNoSubject: '{recipient} 宛てのメールは、まだ配信中で相手に届いていません。',
    detailsHeading: '技術的な詳細（管理者向け）',
    serverReply: '受信側サーバーからの応答',
    footer: 'このメールは {service} から自動で送信されています。ご返信いただく必要はありません。',
    footerNoService: 'このメールは自動で送信されています。ご返信いただく必要はありません。',
  },
} as const satisfies LocaleMessages);
