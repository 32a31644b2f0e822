import type { Locale } from './types.js';
import { deepFreeze } from '../freeze.js';
import { idCodes } from './id-codes.js';

/**
 * Indonesian (Bahasa Indonesia). Complete: every class, label, category and catalogue entry.
 * Catalogue texts live in `id-codes.ts` to keep this file short.
 */
export const id = /* @__PURE__ */ deepFreeze({
  code: 'id',
  direction: 'ltr',
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
    yes: 'Ya',
    no: 'Tidak',
  },
  categories: {
    success: {
      description: 'Server penerima menerima perintah atau pesan tanpa masalah.',
      fix: 'Tidak perlu tindakan apa pun. Simpan balasan ini di log bila Anda perlu bukti pengiriman.',
    },
    intermediate: {
      description:
        'Server sudah menerima perintah sejauh ini dan sekarang menunggu data berikutnya, misalnya isi pesan setelah 354 atau jawaban autentikasi setelah 334.',
      fix: 'Tidak ada yang perlu diperbaiki: program pengirim cukup melanjutkan dengan mengirim data yang diminta. Jika sesi berhenti di tahap ini, periksa program atau pustaka SMTP yang Anda pakai.',
    },
    'user-unknown': {
      description:
        'Kotak surat tujuan tidak ada di server penerima, sehingga pesan tidak dapat dikirimkan ke alamat itu.',
      fix: 'Periksa ejaan alamat penerima dan tanyakan alamat yang benar kepada orangnya lewat saluran lain. Hapus alamat ini dari daftar kirim Anda agar tidak terus memantul.',
    },
    'domain-unknown': {
      description:
        'Domain penerima tidak ada di DNS atau tidak punya rute surat yang bisa dipakai, jadi tidak ada server yang dapat menerima pesan untuknya.',
      fix: 'Periksa kembali bagian domain setelah tanda @, karena salah ketik sering menjadi penyebabnya. Jika domain itu benar, pemiliknya harus memperbaiki catatan DNS dan MX-nya; sampai saat itu jangan kirim lagi ke alamat tersebut.',
    },
    'mailbox-moved': {
      description: 'Pemilik kotak surat sudah pindah ke alamat lain, dan server tidak meneruskan pesan ke alamat baru.',
      fix: 'Cari alamat baru penerima, kadang disebutkan di teks balasan, lalu perbarui kontak Anda. Berhenti mengirim ke alamat lama.',
    },
    'no-mail-accepted': {
      description:
        'Domain atau host tujuan menyatakan bahwa ia sama sekali tidak menerima email, misalnya lewat catatan null MX.',
      fix: 'Alamat di domain ini tidak akan pernah bisa menerima surat, jadi hapus dari daftar Anda. Hubungi penerima melalui cara lain untuk mendapatkan alamat yang aktif.',
    },
    'mailbox-disabled': {
      description:
        'Kotak surat penerima memang ada, tetapi sedang dinonaktifkan atau ditangguhkan sehingga tidak menerima pesan.',
      fix: 'Coba lagi nanti atau hubungi penerima lewat saluran lain. Jika pantulan ini terus berulang selama beberapa minggu, anggap alamat tersebut tidak aktif lagi.',
    },
    'mailbox-full': {
      description: 'Kotak surat penerima sudah penuh atau melebihi kuotanya, jadi pesan baru tidak dapat disimpan.',
      fix: 'Kirim ulang setelah beberapa waktu; penerima perlu menghapus pesan lama atau menambah kuotanya. Beri tahu penerima lewat saluran lain jika masalah ini berlangsung lama.',
    },
    'message-too-large': {
      description: 'Ukuran pesan melebihi batas yang diizinkan oleh server penerima atau oleh kotak surat tujuan.',
      fix: 'Perkecil pesan: kompres atau kurangi lampiran, atau bagikan file besar lewat tautan unduhan. Setelah itu kirim ulang pesannya.',
    },
    'content-rejected': {
      description:
        'Server penerima menolak isi pesan, misalnya karena header, jenis lampiran, atau virus yang terdeteksi.',
      fix: 'Baca teks balasan untuk mengetahui bagian mana yang ditolak. Hapus atau ganti lampiran yang bermasalah, pindai file dari virus, lalu kirim ulang.',
    },
    spam: {
      description: 'Filter di server penerima menilai pesan ini sebagai spam dan menolaknya.',
      fix: 'Tinjau isi pesan, tautan, dan cara alamat penerima dikumpulkan; kirim hanya ke orang yang memang meminta surat Anda. Pastikan SPF, DKIM, dan DMARC lolos, dan jika pesan sah, minta peninjauan ke pengelola server penerima.',
    },
    blocked: {
      description:
        'Server penerima memblokir IP, host, atau domain pengirim, misalnya karena masuk daftar hitam (blocklist), reputasinya buruk, atau tidak punya reverse DNS.',
      fix: 'Cek IP dan domain pengirim di daftar hitam yang umum dan ajukan penghapusan setelah penyebabnya diatasi. Pastikan IP pengirim memiliki reverse DNS (PTR) yang cocok dengan nama host-nya, lalu coba kirim lagi.',
    },
    'sender-authentication': {
      description:
        'Pesan tidak lolos pemeriksaan autentikasi pengirim seperti SPF, DKIM, DMARC, atau ARC, sehingga server penerima tidak mempercayainya.',
      fix: 'Periksa catatan SPF, kunci DKIM, dan kebijakan DMARC di DNS domain pengirim, dan pastikan semua server yang mengirim atas nama domain itu sudah tercantum dan menandatangani pesannya. Uji dengan mengirim pesan percobaan sebelum mengirim ulang.',
    },
    'sender-rejected': {
      description: 'Server penerima menolak alamat pengirim pada amplop pesan (MAIL FROM).',
      fix: 'Pastikan alamat pengirim ditulis dengan benar, memakai domain yang ada dan dapat menerima balasan. Jika alamat itu memang ditolak oleh kebijakan penerima, kirim dari alamat atau domain lain yang sah.',
    },
    'relay-denied': {
      description:
        'Server menolak meneruskan (relay) pesan ke domain tujuan karena pengirim tidak berhak memakai server itu sebagai relay.',
      fix: 'Kirim lewat server keluar milik Anda sendiri dan login dengan SMTP AUTH terlebih dahulu. Jika Anda adalah pengelola server, periksa apakah domain atau jaringan pengirim memang boleh melakukan relay.',
    },
    policy: {
      description: 'Pesan ditolak karena kebijakan lokal di server penerima yang tidak termasuk kategori lain.',
      fix: 'Baca teks balasan untuk mengetahui aturan yang dilanggar. Jika tidak jelas, hubungi pengelola server penerima (biasanya lewat postmaster@domain tersebut) dan sertakan balasan lengkapnya.',
    },
    'auth-required': {
      description:
        'Server meminta login dengan SMTP AUTH sebelum mau menerima pesan, atau menolak nama pengguna dan kata sandi yang diberikan.',
      fix: 'Aktifkan autentikasi SMTP di program email atau aplikasi Anda dan periksa nama pengguna, kata sandi, serta metode login. Jika penyedia mewajibkan kata sandi aplikasi atau OAuth, gunakan itu.',
    },
    'tls-required': {
      description:
        'Server hanya mau melanjutkan jika koneksi dienkripsi dengan TLS, atau TLS yang diminta tidak dapat dipakai.',
      fix: 'Aktifkan STARTTLS atau TLS di pengaturan pengiriman dan pastikan perangkat lunak Anda mendukung versi TLS yang masih berlaku. Setelah itu kirim ulang.',
    },
    'rate-limited': {
      description:
        'Pengirim mengirim terlalu banyak pesan atau membuka terlalu banyak koneksi dalam waktu singkat, sehingga server menahan pengiriman untuk sementara.',
      fix: 'Kurangi kecepatan kirim dan jumlah koneksi bersamaan, lalu biarkan antrean mencoba lagi nanti. Untuk kiriman massal, sebarkan pengiriman dalam rentang waktu yang lebih panjang.',
    },
    'too-many-recipients': {
      description: 'Satu pesan ditujukan ke lebih banyak penerima daripada yang diizinkan server dalam sekali kirim.',
      fix: 'Bagi daftar penerima menjadi beberapa kelompok yang lebih kecil dan kirim dalam beberapa pesan. Server pengirim biasanya mengirim sisa penerima secara otomatis pada transaksi berikutnya.',
    },
    greylisted: {
      description:
        'Server penerima sengaja menunda pesan pada percobaan pertama (greylisting); server pengirim yang normal akan mencoba lagi secara otomatis.',
      fix: 'Biasanya tidak perlu berbuat apa-apa; pesan akan terkirim setelah server Anda mencoba ulang beberapa menit kemudian. Pastikan server pengirim memang mengantre dan mencoba ulang pesan yang ditunda, bukan langsung membuangnya.',
    },
    'service-unavailable': {
      description:
        'Layanan surat di server penerima sedang tidak tersedia, misalnya karena sibuk, dalam perawatan, atau sedang dimatikan.',
      fix: 'Tunggu dan biarkan pesan dicoba ulang dari antrean. Jika kondisi ini berlangsung berjam-jam, hubungi pengelola server penerima.',
    },
    'server-error': {
      description: 'Terjadi kesalahan internal di server penerima saat memproses pesan.',
      fix: 'Coba kirim lagi nanti karena kesalahan seperti ini sering bersifat sementara. Jika terus berulang, laporkan ke pengelola server penerima beserta teks balasan lengkap dan waktunya.',
    },
    'storage-full': {
      description: 'Server penerima kehabisan ruang penyimpanan, sehingga untuk sementara tidak bisa menerima pesan.',
      fix: 'Kirim ulang setelah beberapa waktu; biasanya antrean pengirim melakukannya secara otomatis. Jika masalah berlanjut, beri tahu pengelola server penerima.',
    },
    network: {
      description:
        'Pesan tidak dapat disampaikan karena masalah jaringan, misalnya kegagalan DNS, host tujuan tidak menjawab, koneksi terputus, atau rute tidak ditemukan.',
      fix: 'Periksa DNS dan konektivitas dari server pengirim ke server tujuan, termasuk firewall dan port 25. Biarkan pesan dicoba ulang; jika masalah menetap, periksa catatan MX domain tujuan.',
    },
    expired: {
      description:
        'Server pengirim sudah mencoba mengirim pesan terlalu lama tanpa berhasil, lalu menyerah dan mengembalikannya.',
      fix: 'Cari tahu mengapa percobaan-percobaan sebelumnya gagal (lihat log atau laporan pantulan), atasi penyebabnya, lalu kirim ulang pesan. Jika server tujuan memang sering tidak bisa dihubungi, hubungi penerima lewat saluran lain.',
    },
    protocol: {
      description:
        'Perangkat lunak pengirim mengirim perintah SMTP yang salah sintaks, tidak didukung, atau dalam urutan yang keliru.',
      fix: 'Periksa program, skrip, atau pustaka yang mengirim email, dan perbarui ke versi terbaru. Bandingkan perintah yang dikirim dengan yang diharapkan server menggunakan log sesi SMTP.',
    },
    unknown: {
      description: 'Balasan server tidak dapat digolongkan ke penyebab yang diketahui.',
      fix: 'Baca teks balasan lengkap untuk petunjuk. Jika kodenya diawali 4, coba lagi nanti; jika diawali 5, hubungi pengelola server penerima sebelum mengirim ulang.',
    },
  },
  codes: idCodes,
  compare: {
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
  },
} as const satisfies Locale);
