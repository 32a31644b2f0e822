import type { CompareTemplates } from '../types.js';
import { deepFreeze } from '../../freeze.js';

/** Indonesian sentence templates of compare(). */
export const compare: CompareTemplates = /* @__PURE__ */ deepFreeze({
  sameClass: '{a} dan {b} berada di kelas yang sama: {class} (digit pertama {digit}).',
  differentClass:
    '{a} termasuk kelas {classA} (digit pertama {digitA}), sedangkan {b} termasuk kelas {classB} (digit pertama {digitB}).',
  identical: 'Kedua sisi menyebut kode yang sama, {a}, jadi tidak ada perbedaan yang perlu dijelaskan.',
  bothSucceed: 'Baik {a} maupun {b} tidak melaporkan kegagalan, jadi tidak ada yang perlu dicoba ulang.',
  bothTemporary: '{a} dan {b} sama-sama melaporkan kegagalan sementara: simpan pesan di antrean dan coba lagi nanti.',
  bothPermanent:
    '{a} dan {b} sama-sama bersifat final: permintaan yang sama, bila dikirim ulang tanpa perubahan, akan gagal lagi.',
  temporaryVsSuccess:
    '{temporary} meminta klien mencoba lagi nanti, sedangkan {ok} tidak melaporkan kegagalan dan tidak perlu dicoba ulang.',
  permanentVsSuccess:
    '{permanent} adalah penolakan yang tidak akan berubah dengan mencoba ulang, sedangkan {ok} sama sekali tidak melaporkan kegagalan.',
  temporaryVsPermanent:
    'Setelah {temporary}, permintaan yang sama bisa berhasil pada percobaan berikutnya; setelah {permanent} tidak, kecuali ada yang diubah lebih dulu.',
  kindDiffers:
    '{basic} adalah kode balasan dasar tiga digit (RFC 5321), sedangkan {enhanced} adalah kode status lanjutan (RFC 3463) yang ditulis server di awal teks balasan untuk menjelaskan lebih tepat apa yang terjadi.',
  sameSubject: '{a} dan {b} memiliki subjek yang sama, {subjectKey} ({subject}); yang berbeda hanya angka detailnya.',
  differentSubject:
    '{a} menyangkut {subjectA} (subjek {subjectKeyA}), sedangkan {b} menyangkut {subjectB} (subjek {subjectKeyB}).',
  sameDetail:
    '{a} dan {b} adalah entri registri yang sama, {key}, dengan digit kelas yang berbeda: keadaannya sama, hanya hasilnya yang berbeda.',
  sharedBasic: '{a} dan {b} memiliki kode dasar yang sama di registri IANA: {list}.',
  registryListed: 'Registri IANA mencantumkan {basic} di antara kode dasar yang dipakai bersama {entry} ({name}).',
  registryNotListed:
    'Registri IANA tidak memasangkan {basic} dengan {entry}; untuk kode itu registri mencantumkan {list}.',
  registryNone:
    'Registri IANA tidak menyebut kode dasar tertentu untuk {entry}, jadi {basic} tidak diharapkan dan juga tidak dilarang bersamanya.',
  classMismatch:
    '{basic} dan {enhanced} tidak dapat muncul bersama dalam satu balasan, karena digit kelas kode lanjutan harus sama dengan digit pertama kode dasar (RFC 2034 §4).',
  fallbackClass: '{code} tidak ada di katalog, sehingga dijelaskan oleh entri kelasnya, {key}.',
  fallbackSubject: 'Detail {code} tidak terdaftar, sehingga dijelaskan oleh entri subjeknya, {key}.',
  userNotLocal:
    'Keduanya menjawab penerima yang kotak suratnya tidak berada di server ini (RFC 5321 §3.4): dengan {forward} server menerima pesan dan meneruskannya sendiri, dengan {refuse} server menolaknya dan menyerahkan kepada klien untuk mengirim ulang ke alamat yang disebut dalam balasan.',
  acceptedForward:
    'Keduanya menyetujui alamat penerima, tetapi {forward} menambahkan bahwa kotak suratnya berada di tempat lain dan server ini akan meneruskan pesan ke sana; {ok} tidak mengatakan apa pun tentang letak kotak surat.',
  acceptedUnverified:
    '{ok} menyatakan bahwa perintah berhasil, sedangkan {unverified}, biasanya jawaban atas VRFY, mau menerima surat untuk alamat itu tanpa memastikan bahwa alamat tersebut ada (RFC 5321 §3.5.3).',
  mailboxUnavailable:
    'Keduanya menyatakan kotak surat tidak tersedia: {temporary} untuk keadaan yang diperkirakan akan berlalu, seperti kotak surat yang sibuk atau greylisting, {permanent} untuk keadaan yang tidak akan berlalu, seperti kotak surat yang tidak ada atau penolakan karena kebijakan.',
  storage:
    '{temporary} melaporkan kekurangan ruang penyimpanan atau sumber daya yang bersifat sementara di server, sedangkan {permanent} melaporkan batas yang terlampaui, seperti kotak surat penuh atau pesan yang terlalu besar; untuk penerima yang terlalu banyak, RFC 5321 §4.5.3.1.10 menetapkan {temporary} sebagai kode yang benar dan meminta klien memperlakukan {permanent} dengan alasan itu sebagai kegagalan sementara.',
  atConnection:
    'Sebagai balasan pertama dalam sesi, {temporary} menolak klien untuk sementara dan menutup koneksi, sedangkan {permanent} menyatakan bahwa server ini sama sekali tidak menyediakan layanan SMTP bagi klien dan hanya menunggu QUIT (RFC 5321 §3.1).',
  noMail:
    'Keduanya final dan berasal dari RFC 7504: {host} menyatakan bahwa host ini tidak menerima surat, sedangkan {domain} menyatakan bahwa seluruh domain penerima tidak menerima surat, seperti yang dinyatakan oleh catatan null MX.',
  whenSuccess: '{code} ({name}) berlaku ketika perintah berhasil; klien cukup melanjutkan.',
  whenIntermediate:
    '{code} ({name}) berlaku di tengah pertukaran, ketika server menunggu klien mengirim data berikutnya.',
  whenTransient:
    '{code} ({name}) berlaku ketika kegagalan diperkirakan hilang dengan sendirinya; simpan pesan dan coba lagi nanti.',
  whenPermanent:
    '{code} ({name}) berlaku ketika permintaan tidak mungkin berhasil dalam bentuknya sekarang; ada yang harus diubah sebelum mengirim lagi.',
  summarySame: '{a} ({nameA}) dan {b} ({nameB}) sama-sama berarti {outcome}.',
  summaryDifferent: '{a} ({nameA}) berarti {outcomeA}, sedangkan {b} ({nameB}) berarti {outcomeB}.',
  summaryIdentical: '{a} ({nameA}) dibandingkan dengan dirinya sendiri.',
  outcomeSuccess: 'berhasil',
  outcomeIntermediate: 'server sedang menunggu masukan berikutnya',
  outcomeTransient: 'kegagalan sementara',
  outcomePermanent: 'kegagalan permanen',
  subject0: 'status lain atau yang tidak terdefinisi',
  subject1: 'pengalamatan',
  subject2: 'kotak surat',
  subject3: 'sistem surat',
  subject4: 'jaringan dan perutean',
  subject5: 'protokol pengiriman surat',
  subject6: 'isi pesan atau media',
  subject7: 'keamanan atau kebijakan',
  subjectUnknown: 'subjek yang tidak didefinisikan oleh registri',
  listSeparator: ', ',
} as const satisfies CompareTemplates);
