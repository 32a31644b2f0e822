import type { Locale } from './types.js';
import { idCodes } from './id-codes.js';

/**
 * Indonesian (Bahasa Indonesia). Complete: every class, label, category and catalogue entry.
 * Catalogue texts live in `id-codes.ts` to keep this file short.
 */
export const id = {
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
      description: 'Kotak surat tujuan tidak ada di server penerima, sehingga pesan tidak dapat dikirimkan ke alamat itu.',
      fix: 'Periksa ejaan alamat penerima dan tanyakan alamat yang benar kepada orangnya lewat saluran lain. Hapus alamat ini dari daftar kirim Anda agar tidak terus memantul.',
    },
    'domain-unknown': {
      description: 'Domain penerima tidak ada di DNS atau tidak punya rute surat yang bisa dipakai, jadi tidak ada server yang dapat menerima pesan untuknya.',
      fix: 'Periksa kembali bagian domain setelah tanda @, karena salah ketik sering menjadi penyebabnya. Jika domain itu benar, pemiliknya harus memperbaiki catatan DNS dan MX-nya; sampai saat itu jangan kirim lagi ke alamat tersebut.',
    },
    'mailbox-moved': {
      description: 'Pemilik kotak surat sudah pindah ke alamat lain, dan server tidak meneruskan pesan ke alamat baru.',
      fix: 'Cari alamat baru penerima, kadang disebutkan di teks balasan, lalu perbarui kontak Anda. Berhenti mengirim ke alamat lama.',
    },
    'no-mail-accepted': {
      description: 'Domain atau host tujuan menyatakan bahwa ia sama sekali tidak menerima email, misalnya lewat catatan null MX.',
      fix: 'Alamat di domain ini tidak akan pernah bisa menerima surat, jadi hapus dari daftar Anda. Hubungi penerima melalui cara lain untuk mendapatkan alamat yang aktif.',
    },
    'mailbox-disabled': {
      description: 'Kotak surat penerima memang ada, tetapi sedang dinonaktifkan atau ditangguhkan sehingga tidak menerima pesan.',
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
      description: 'Server penerima menolak isi pesan, misalnya karena header, jenis lampiran, atau virus yang terdeteksi.',
      fix: 'Baca teks balasan untuk mengetahui bagian mana yang ditolak. Hapus atau ganti lampiran yang bermasalah, pindai file dari virus, lalu kirim ulang.',
    },
    spam: {
      description: 'Filter di server penerima menilai pesan ini sebagai spam dan menolaknya.',
      fix: 'Tinjau isi pesan, tautan, dan cara alamat penerima dikumpulkan; kirim hanya ke orang yang memang meminta surat Anda. Pastikan SPF, DKIM, dan DMARC lolos, dan jika pesan sah, minta peninjauan ke pengelola server penerima.',
    },
    blocked: {
      description: 'Server penerima memblokir IP, host, atau domain pengirim, misalnya karena masuk daftar hitam (blocklist), reputasinya buruk, atau tidak punya reverse DNS.',
      fix: 'Cek IP dan domain pengirim di daftar hitam yang umum dan ajukan penghapusan setelah penyebabnya diatasi. Pastikan IP pengirim memiliki reverse DNS (PTR) yang cocok dengan nama host-nya, lalu coba kirim lagi.',
    },
    'sender-authentication': {
      description: 'Pesan tidak lolos pemeriksaan autentikasi pengirim seperti SPF, DKIM, DMARC, atau ARC, sehingga server penerima tidak mempercayainya.',
      fix: 'Periksa catatan SPF, kunci DKIM, dan kebijakan DMARC di DNS domain pengirim, dan pastikan semua server yang mengirim atas nama domain itu sudah tercantum dan menandatangani pesannya. Uji dengan mengirim pesan percobaan sebelum mengirim ulang.',
    },
    'sender-rejected': {
      description: 'Server penerima menolak alamat pengirim pada amplop pesan (MAIL FROM).',
      fix: 'Pastikan alamat pengirim ditulis dengan benar, memakai domain yang ada dan dapat menerima balasan. Jika alamat itu memang ditolak oleh kebijakan penerima, kirim dari alamat atau domain lain yang sah.',
    },
    'relay-denied': {
      description: 'Server menolak meneruskan (relay) pesan ke domain tujuan karena pengirim tidak berhak memakai server itu sebagai relay.',
      fix: 'Kirim lewat server keluar milik Anda sendiri dan login dengan SMTP AUTH terlebih dahulu. Jika Anda adalah pengelola server, periksa apakah domain atau jaringan pengirim memang boleh melakukan relay.',
    },
    policy: {
      description: 'Pesan ditolak karena kebijakan lokal di server penerima yang tidak termasuk kategori lain.',
      fix: 'Baca teks balasan untuk mengetahui aturan yang dilanggar. Jika tidak jelas, hubungi pengelola server penerima (biasanya lewat postmaster@domain tersebut) dan sertakan balasan lengkapnya.',
    },
    'auth-required': {
      description: 'Server meminta login dengan SMTP AUTH sebelum mau menerima pesan, atau menolak nama pengguna dan kata sandi yang diberikan.',
      fix: 'Aktifkan autentikasi SMTP di program email atau aplikasi Anda dan periksa nama pengguna, kata sandi, serta metode login. Jika penyedia mewajibkan kata sandi aplikasi atau OAuth, gunakan itu.',
    },
    'tls-required': {
      description: 'Server hanya mau melanjutkan jika koneksi dienkripsi dengan TLS, atau TLS yang diminta tidak dapat dipakai.',
      fix: 'Aktifkan STARTTLS atau TLS di pengaturan pengiriman dan pastikan perangkat lunak Anda mendukung versi TLS yang masih berlaku. Setelah itu kirim ulang.',
    },
    'rate-limited': {
      description: 'Pengirim mengirim terlalu banyak pesan atau membuka terlalu banyak koneksi dalam waktu singkat, sehingga server menahan pengiriman untuk sementara.',
      fix: 'Kurangi kecepatan kirim dan jumlah koneksi bersamaan, lalu biarkan antrean mencoba lagi nanti. Untuk kiriman massal, sebarkan pengiriman dalam rentang waktu yang lebih panjang.',
    },
    'too-many-recipients': {
      description: 'Satu pesan ditujukan ke lebih banyak penerima daripada yang diizinkan server dalam sekali kirim.',
      fix: 'Bagi daftar penerima menjadi beberapa kelompok yang lebih kecil dan kirim dalam beberapa pesan. Server pengirim biasanya mengirim sisa penerima secara otomatis pada transaksi berikutnya.',
    },
    greylisted: {
      description: 'Server penerima sengaja menunda pesan pada percobaan pertama (greylisting); server pengirim yang normal akan mencoba lagi secara otomatis.',
      fix: 'Biasanya tidak perlu berbuat apa-apa; pesan akan terkirim setelah server Anda mencoba ulang beberapa menit kemudian. Pastikan server pengirim memang mengantre dan mencoba ulang pesan yang ditunda, bukan langsung membuangnya.',
    },
    'service-unavailable': {
      description: 'Layanan surat di server penerima sedang tidak tersedia, misalnya karena sibuk, dalam perawatan, atau sedang dimatikan.',
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
      description: 'Pesan tidak dapat disampaikan karena masalah jaringan, misalnya kegagalan DNS, host tujuan tidak menjawab, koneksi terputus, atau rute tidak ditemukan.',
      fix: 'Periksa DNS dan konektivitas dari server pengirim ke server tujuan, termasuk firewall dan port 25. Biarkan pesan dicoba ulang; jika masalah menetap, periksa catatan MX domain tujuan.',
    },
    expired: {
      description: 'Server pengirim sudah mencoba mengirim pesan terlalu lama tanpa berhasil, lalu menyerah dan mengembalikannya.',
      fix: 'Cari tahu mengapa percobaan-percobaan sebelumnya gagal (lihat log atau laporan pantulan), atasi penyebabnya, lalu kirim ulang pesan. Jika server tujuan memang sering tidak bisa dihubungi, hubungi penerima lewat saluran lain.',
    },
    protocol: {
      description: 'Perangkat lunak pengirim mengirim perintah SMTP yang salah sintaks, tidak didukung, atau dalam urutan yang keliru.',
      fix: 'Periksa program, skrip, atau pustaka yang mengirim email, dan perbarui ke versi terbaru. Bandingkan perintah yang dikirim dengan yang diharapkan server menggunakan log sesi SMTP.',
    },
    unknown: {
      description: 'Balasan server tidak dapat digolongkan ke penyebab yang diketahui.',
      fix: 'Baca teks balasan lengkap untuk petunjuk. Jika kodenya diawali 4, coba lagi nanti; jika diawali 5, hubungi pengelola server penerima sebelum mengirim ulang.',
    },
  },
  codes: idCodes,
} as const satisfies Locale;
