import type { LocaleMessages } from '../types.js';
import { deepFreeze } from '../../freeze.js';

/** Indonesian: names of the reply classes, section labels, and the templates of bounceNotice(). */
export const messages: LocaleMessages = /* @__PURE__ */ deepFreeze({
  classes: {
    success: 'Berhasil',
    intermediate: 'Menunggu Lanjutan',
    transient: 'Gagal Sementara',
    permanent: 'Gagal Permanen',
    unknown: 'Tidak Diketahui',
  },
  labels: {
    description: 'Deskripsi',
    whenSeen: 'Ketika Anda Melihatnya',
    fix: 'Cara Memperbaiki',
    keyDifferences: 'Perbedaan Utama',
    whenToUse: 'Kapan Menggunakan Yang Mana',
    class: 'Kelas',
    category: 'Kategori',
    retryable: 'Bisa Dicoba Ulang',
    bounce: 'Jenis Bounce',
    hardBounce: 'Hard Bounce (permanen)',
    softBounce: 'Soft Bounce (sementara)',
    userMessage: 'Untuk pengirim',
    yes: 'Ya',
    no: 'Tidak',
  },
  notice: {
    subjectFailed: 'Pesan untuk {recipient} tidak terkirim',
    subjectDelayed: 'Pesan untuk {recipient} tertunda',
    failed: 'Pesan Anda untuk {recipient} dengan subjek “{subject}” tidak dapat dikirim.',
    failedNoSubject: 'Pesan Anda untuk {recipient} tidak dapat dikirim.',
    delayed:
      'Pesan Anda untuk {recipient} dengan subjek “{subject}” belum terkirim, tetapi kami masih mencoba mengirimnya.',
    delayedNoSubject: 'Pesan Anda untuk {recipient} belum terkirim, tetapi kami masih mencoba mengirimnya.',
    detailsHeading: 'Detail teknis',
    serverReply: 'Balasan dari server penerima',
    footer: 'Pemberitahuan ini dikirim secara otomatis oleh {service}. Anda tidak perlu membalasnya.',
    footerNoService: 'Pemberitahuan ini dikirim secara otomatis. Anda tidak perlu membalasnya.',
  },
} as const satisfies LocaleMessages);
