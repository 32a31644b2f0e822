import type { CategoryTable } from '../types.js';
import { deepFreeze } from '../../freeze.js';

/**
 * Indonesian category texts. For the operator of the sending system: `description` (what
 * happened), `fix` (what to do when nothing will retry) and `fixRetry` (when the message will be
 * retried). For the person who sent the message: `user` and `userRetry`. Success and
 * intermediate have `description`, `fix` and `user` only.
 */
export const categories: CategoryTable = /* @__PURE__ */ deepFreeze({
  success: {
    description:
      'Server penerima telah menerima perintah atau pesan tanpa masalah. Jika yang diterima adalah pesan, tanggung jawab untuk menyampaikannya kini beralih ke server tersebut.',
    fix: 'Tidak ada tindakan yang diperlukan. Simpan balasan ini di log bila Anda perlu bukti pengiriman; jika penerima merasa tidak menerimanya, minta ia memeriksa folder spam.',
    user: 'Pesan Anda sudah diterima oleh layanan email penerima. Jika pesan belum muncul, minta penerima memeriksa folder spam.',
  },
  intermediate: {
    description:
      'Server telah menerima perintah sebelumnya dan kini menunggu data berikutnya, misalnya isi pesan setelah kode 354 atau jawaban autentikasi setelah kode 334.',
    fix: 'Tidak ada yang perlu diperbaiki: program pengirim cukup melanjutkan dengan mengirim data yang diminta. Jika sesi berhenti di tahap ini, periksa log program atau pustaka SMTP yang Anda pakai untuk mencari tanda batas waktu habis (timeout) atau koneksi yang terputus.',
    user: 'Pesan Anda sedang dalam proses pengiriman. Anda tidak perlu melakukan apa pun.',
  },
  'user-unknown': {
    description:
      'Server penerima menyatakan bahwa kotak surat tujuan tidak dikenal di domain tersebut, sehingga pesan tidak dapat disampaikan ke alamat itu.',
    fix: 'Periksa ejaan alamat penerima dan tanyakan alamat yang benar kepada penerima lewat saluran lain. Perbaiki alamat itu atau hapus dari daftar Anda, karena pesan berikutnya ke alamat yang sama akan terus ditolak (bounce) dan dapat merusak reputasi pengirim.',
    fixRetry:
      'Server penerima belum dapat memastikan alamat ini, misalnya karena direktori penggunanya sedang bermasalah, dan pengirimannya akan dicoba ulang secara otomatis. Sambil menunggu, periksa ejaan alamatnya; jika akhirnya ditolak secara permanen, perbaiki atau hapus alamat tersebut.',
    user: 'Alamat penerima ini tidak ada, jadi pesan Anda tidak terkirim. Periksa apakah ada salah ketik atau tanyakan alamat yang benar kepada penerima, lalu kirim lagi.',
    userRetry:
      'Layanan email penerima belum dapat memastikan apakah alamat ini ada. Kami akan mencoba mengirim lagi secara otomatis; sementara itu, pastikan alamatnya sudah ditulis dengan benar.',
    fixSoft:
      'Pihak penerima menolak alamat ini, tetapi balasannya tidak membuktikan bahwa kotak suratnya memang tidak ada: penolakan terjadi sebelum alamat penerima dikirim (RCPT TO), atau aturan yang cocok dengan balasan ini menilai buktinya lemah. Jangan hapus alamat ini hanya karena balasan tersebut; periksa ejaannya, lalu perhatikan apakah pesan berikutnya ke alamat yang sama gagal dengan cara serupa.',
    userSoft:
      'Pesan Anda ke alamat ini tidak terkirim, tetapi alamatnya belum tentu salah. Periksa apakah ada salah ketik; jika alamatnya sudah benar, coba kirim lagi nanti atau hubungi penerima dengan cara lain.',
  },
  'domain-unknown': {
    description:
      'Domain alamat penerima tidak ditemukan di DNS atau tidak memiliki rute pengiriman email yang dapat dipakai, sehingga pesan tidak dapat diarahkan ke server mana pun.',
    fix: 'Periksa kembali bagian domain setelah tanda @, karena salah ketik (misalnya gmial.com) sering menjadi penyebabnya. Perbaiki alamatnya, atau hapus dari daftar Anda jika domain itu memang tidak ada; bila domainnya benar, pemiliknya harus memperbaiki catatan DNS dan MX-nya terlebih dahulu.',
    fixRetry:
      'Domain tujuan saat ini tidak dapat ditemukan atau dirutekan, dan pengiriman akan dicoba ulang secara otomatis. Periksa ejaan domain setelah tanda @ dan pastikan resolver DNS server Anda berfungsi; jika domain tetap tidak ditemukan, perbaiki atau hapus alamatnya.',
    user: 'Bagian alamat setelah tanda @ tidak dikenal, sehingga pesan Anda tidak dapat dikirim. Periksa apakah ada salah ketik, lalu kirim lagi ke alamat yang benar.',
    userRetry:
      'Untuk saat ini, bagian alamat setelah tanda @ tidak dapat ditemukan. Kami akan mencoba lagi secara otomatis; sementara itu, pastikan bagian tersebut sudah ditulis dengan benar.',
    fixSoft:
      'Domain tujuan tidak dapat dipakai untuk pengiriman, tetapi balasannya datang sebelum alamat penerima dikirim (RCPT TO), jadi tidak membuktikan bahwa alamat-alamat di domain itu salah. Periksa ejaan domain setelah tanda @ serta catatan DNS dan MX-nya, dan jangan hapus alamat hanya karena balasan ini.',
    userSoft:
      'Pesan Anda tidak dapat dikirim ke layanan email penerima. Periksa apakah ada salah ketik pada bagian alamat setelah tanda @; jika sudah benar, coba kirim lagi nanti atau hubungi penerima dengan cara lain.',
  },
  'mailbox-moved': {
    description:
      'Pemilik kotak surat sudah pindah ke alamat lain, dan server tidak meneruskan pesan ke alamat barunya.',
    fix: 'Jika teks balasan menyebut alamat baru, konfirmasikan kepada penerima sebelum memakainya; jika tidak, tanyakan alamat barunya lewat saluran lain. Ganti alamat lama di kontak Anda dan berhenti mengirim ke alamat lama tersebut.',
    fixRetry:
      'Pesan ditunda dan pengirimannya akan dicoba ulang secara otomatis. Perhatikan teks balasan: jika menyebut alamat baru, konfirmasikan kepada penerima lalu perbarui kontak Anda.',
    user: 'Penerima sudah tidak memakai alamat ini lagi, jadi pesan Anda tidak terkirim. Tanyakan alamat barunya, lalu kirim ulang pesan ke alamat tersebut.',
    userRetry:
      'Kami masih mencoba mengirim pesan Anda, tetapi penerima tampaknya sudah pindah alamat. Sebaiknya tanyakan kepada penerima apakah alamat emailnya berganti.',
    fixSoft:
      'Balasan menyebut bahwa penerima sudah pindah alamat, tetapi tidak membuktikan bahwa alamat lamanya sudah tidak berlaku secara permanen. Cari alamat baru di teks balasan dan konfirmasikan kepada penerima; jangan hapus alamat lama hanya karena balasan ini.',
    userSoft:
      'Pesan Anda tidak terkirim. Penerima mungkin sudah memakai alamat email baru; tanyakan kepadanya alamat mana yang sebaiknya dipakai, lalu kirim ulang pesan Anda.',
  },
  'no-mail-accepted': {
    description:
      'Domain atau host tujuan menyatakan tidak menerima email sama sekali, misalnya melalui catatan null MX.',
    fix: 'Alamat di domain ini tidak dapat menerima email, jadi hapus alamat tersebut dari daftar Anda. Hubungi penerima melalui cara lain untuk mendapatkan alamat yang aktif.',
    fixRetry:
      'Server melaporkan bahwa tujuan ini tidak menerima email, tetapi balasannya bersifat sementara sehingga pengiriman akan dicoba ulang secara otomatis. Periksa catatan MX domain tujuan; jika penolakan berlanjut, minta alamat lain kepada penerima.',
    user: 'Alamat ini tidak dapat menerima email sama sekali, jadi pesan Anda tidak terkirim. Tanyakan alamat lain kepada penerima atau hubungi dia dengan cara lain.',
    userRetry:
      'Alamat ini untuk saat ini tidak menerima email. Kami akan mencoba lagi secara otomatis; jika pesannya penting, hubungi penerima dengan cara lain.',
    fixSoft:
      'Host penerima menolak semua email sebelum alamat penerima dikirim (RCPT TO). Penolakan ini menyangkut host tersebut, bukan bukti bahwa alamatnya salah: periksa catatan MX domain tujuan dan pastikan Anda terhubung ke host yang benar. Jangan hapus alamat hanya karena balasan ini.',
    userSoft:
      'Layanan email penerima menolak semua pesan, jadi pesan Anda tidak terkirim. Periksa alamatnya; jika sudah benar, coba kirim lagi nanti atau hubungi penerima dengan cara lain.',
  },
  'mailbox-disabled': {
    description:
      'Akun penerima memang ada, tetapi dinonaktifkan, ditangguhkan, atau dikunci, sehingga tidak menerima pesan.',
    fix: 'Akun ini sudah dinonaktifkan dan jarang diaktifkan kembali; sebagian bahkan dijadikan perangkap spam. Berhenti mengirim ke alamat ini, hapus dari daftar Anda, dan minta alamat lain kepada penerima lewat saluran lain.',
    fixRetry:
      'Kotak surat dikunci atau ditangguhkan untuk sementara, dan pengiriman akan dicoba ulang secara otomatis. Tidak ada yang perlu diubah; jika penolakan berlanjut selama berhari-hari, hubungi penerima lewat saluran lain.',
    user: 'Akun email penerima sudah tidak aktif, jadi pesan Anda tidak terkirim. Jangan kirim lagi ke alamat ini; tanyakan alamat lain kepada penerima.',
    userRetry:
      'Akun email penerima untuk sementara dikunci. Kami akan mencoba mengirim lagi secara otomatis, jadi Anda belum perlu melakukan apa pun.',
    fixSoft:
      'Akun penerima dikunci, diblokir, atau dinonaktifkan, tetapi balasannya tidak menyatakan bahwa akun itu ditutup untuk seterusnya (tidak ada kode kegagalan permanen, atau kuncinya masih bisa dibuka). Pesan ini tidak akan dicoba ulang. Untuk saat ini, biarkan alamat tersebut tetap di daftar Anda, dan hapus hanya jika pesan berikutnya ditolak secara permanen.',
    userSoft:
      'Akun email penerima saat ini diblokir atau dinonaktifkan, jadi pesan Anda tidak terkirim. Coba kirim lagi nanti, atau hubungi penerima dengan cara lain dan beri tahu dia tentang hal ini.',
  },
  'mailbox-full': {
    description: 'Kotak surat penerima sudah penuh atau melebihi kuotanya, jadi pesan baru tidak dapat disimpan.',
    fix: 'Kirim ulang setelah beberapa waktu; penerima perlu menghapus pesan lama atau menambah kuotanya. Beri tahu penerima lewat saluran lain jika masalah ini berlangsung lama.',
    fixRetry:
      'Pengiriman akan dicoba ulang secara otomatis sampai kotak surat memiliki ruang lagi atau batas waktu antrean habis. Tidak ada yang perlu diubah di sisi Anda; jika terus gagal, beri tahu penerima lewat saluran lain.',
    user: 'Kotak masuk penerima sudah penuh, jadi pesan Anda tidak dapat diterima. Coba kirim lagi nanti, atau beri tahu penerima lewat telepon atau aplikasi pesan.',
    userRetry:
      'Kotak masuk penerima sedang penuh. Kami akan terus mencoba mengirim pesan Anda; jika pesannya penting, minta penerima mengosongkan sebagian kotak masuknya.',
  },
  'message-too-large': {
    description: 'Ukuran pesan melebihi batas yang diizinkan oleh server penerima atau oleh kotak surat tujuan.',
    fix: 'Perkecil pesan: kompres atau kurangi lampiran, atau bagikan file besar lewat tautan unduhan, lalu kirim ulang. Perlu diingat, ukuran lampiran bertambah sekitar sepertiga saat dikodekan untuk email.',
    fixRetry:
      'Server penerima menunda pesan karena ukurannya saat ini melebihi batas, dan pengiriman akan dicoba ulang secara otomatis. Jika tetap gagal, perkecil pesan atau ganti lampiran besar dengan tautan unduhan.',
    user: 'Pesan Anda terlalu besar untuk diterima. Perkecil atau kurangi lampirannya, atau bagikan file besar lewat tautan, lalu kirim lagi.',
    userRetry:
      'Pesan Anda saat ini terlalu besar untuk diterima. Kami akan mencoba lagi secara otomatis; jika tetap gagal, kirim ulang dengan lampiran yang lebih kecil.',
  },
  'content-rejected': {
    description:
      'Server penerima menolak isi pesan, misalnya karena teks, header, jenis lampiran, atau virus yang terdeteksi di dalamnya.',
    fix: 'Baca teks balasan untuk mengetahui bagian mana yang ditolak. Hapus atau ganti lampiran yang bermasalah, pindai file dengan antivirus, lalu kirim ulang; jika menurut Anda penolakan ini keliru, hubungi postmaster domain penerima.',
    fixRetry:
      'Server penerima menunda pesan karena isinya, dan pengiriman akan dicoba ulang secara otomatis. Jika terus ditolak, baca teks balasan untuk menemukan bagian yang bermasalah, misalnya jenis lampiran atau header tertentu.',
    user: 'Layanan email penerima menolak isi pesan Anda, misalnya karena jenis lampirannya tidak diizinkan. Hapus atau ganti lampiran tersebut, lalu kirim lagi.',
    userRetry:
      'Layanan email penerima belum mau menerima isi pesan Anda. Kami akan mencoba lagi secara otomatis; jika tetap gagal, coba kirim tanpa lampiran atau dengan jenis file lain.',
  },
  spam: {
    description: 'Filter di server penerima menilai pesan ini sebagai spam dan menolaknya.',
    fix: 'Tinjau isi pesan, tautan, dan cara alamat penerima dikumpulkan; kirim hanya kepada orang yang memang meminta email dari Anda. Pastikan SPF, DKIM, dan DMARC lolos, dan jika pesan Anda sah, minta pengelola server penerima meninjau ulang penolakannya.',
    fixRetry:
      'Filter penerima menunda pesan karena mencurigainya sebagai spam, dan pengiriman akan dicoba ulang secara otomatis. Jika ini sering terjadi, tinjau isi dan tautan pesan serta pastikan SPF, DKIM, dan DMARC lolos.',
    user: 'Layanan email penerima menganggap pesan Anda sebagai spam dan menolaknya. Ubah isinya, misalnya kurangi tautan atau kata-kata yang terkesan promosi, lalu kirim lagi, atau hubungi penerima dengan cara lain.',
    userRetry:
      'Layanan email penerima mencurigai pesan Anda sebagai spam dan menahannya untuk sementara. Kami akan mencoba lagi secara otomatis; Anda belum perlu melakukan apa pun.',
  },
  blocked: {
    description:
      'Server penerima memblokir IP, host, atau domain pengirim, misalnya karena masuk daftar hitam (blocklist), reputasinya buruk, atau tidak memiliki reverse DNS.',
    fix: 'Periksa apakah alamat IP dan domain pengirim tercantum di daftar hitam yang disebut dalam balasan, atasi penyebabnya (misalnya akun yang dibobol atau server yang salah konfigurasi), lalu ajukan penghapusan dari daftar itu. Pastikan juga IP pengirim memiliki reverse DNS (PTR) yang cocok dengan nama host-nya; jika Anda tidak mengelola server sendiri, minta bantuan penyedia email Anda.',
    fixRetry:
      'Server penerima menolak IP atau domain pengirim untuk sementara, dan pengiriman akan dicoba ulang secara otomatis. Jika penolakan berlanjut, periksa apakah alamat IP pengirim tercantum di daftar hitam yang disebut dalam balasan, dan pastikan reverse DNS (PTR)-nya benar.',
    user: 'Layanan email penerima tidak mau menerima kiriman dari sistem pengirim kami, jadi pesan Anda tidak terkirim. Ini bukan karena isi pesan atau alamatnya; hubungi penerima dengan cara lain atau coba kirim lagi nanti.',
    userRetry:
      'Layanan email penerima untuk sementara menolak kiriman dari sistem pengirim kami. Kami akan mencoba lagi secara otomatis; Anda tidak perlu mengubah pesan Anda.',
  },
  'sender-authentication': {
    description:
      'Pesan tidak lolos pemeriksaan autentikasi pengirim seperti SPF, DKIM, DMARC, atau ARC, sehingga server penerima tidak mempercayainya.',
    fix: 'Periksa catatan SPF, kunci DKIM, dan kebijakan DMARC di DNS domain pengirim, dan pastikan semua server yang mengirim atas nama domain itu sudah tercantum dan menandatangani pesannya. Uji dengan mengirim pesan percobaan sebelum mengirim ulang; laporan DMARC membantu menunjukkan pemeriksaan mana yang gagal.',
    fixRetry:
      'Pemeriksaan SPF, DKIM, atau DMARC gagal untuk sementara, misalnya karena pencarian DNS tidak mendapat jawaban, dan pengiriman akan dicoba ulang secara otomatis. Jika terus gagal, periksa catatan SPF, kunci DKIM, dan keselarasan DMARC domain Anda.',
    user: 'Layanan email penerima tidak dapat memastikan bahwa pesan ini benar-benar berasal dari Anda, sehingga pesannya ditolak. Laporkan hal ini kepada pengelola email atau dukungan teknis Anda; setelah diperbaiki, Anda bisa mengirimnya lagi.',
    userRetry:
      'Layanan email penerima belum dapat memastikan bahwa pesan ini benar-benar berasal dari Anda. Kami akan mencoba lagi secara otomatis; jika tetap gagal, beri tahu pengelola email Anda.',
  },
  'sender-rejected': {
    description: 'Server penerima menolak alamat pengirim pada amplop pesan (MAIL FROM).',
    fix: 'Pastikan alamat pengirim ditulis dengan benar, memakai domain yang ada dan dapat menerima balasan. Jika alamat itu memang ditolak oleh kebijakan penerima, kirim dari alamat atau domain lain yang sah.',
    fixRetry:
      'Alamat pengirim ditolak untuk sementara, misalnya karena domainnya tidak dapat diperiksa saat itu, dan pengiriman akan dicoba ulang secara otomatis. Jika terus terjadi, pastikan domain pengirim ada di DNS dan dapat menerima balasan.',
    user: 'Layanan email penerima menolak alamat email yang Anda pakai untuk mengirim. Periksa alamat pengirim di pengaturan akun Anda atau hubungi pengelola email Anda, lalu kirim lagi.',
    userRetry:
      'Layanan email penerima belum mau menerima pesan dari alamat email Anda. Kami akan mencoba lagi secara otomatis; jika tetap gagal, minta pengelola email Anda memeriksa alamat pengirim.',
  },
  'relay-denied': {
    description:
      'Server menolak meneruskan (relay) pesan ke domain tujuan karena pengirim tidak berhak memakai server itu sebagai relay.',
    fix: 'Kirim lewat server keluar milik Anda sendiri dan login dengan SMTP AUTH terlebih dahulu, atau dari jaringan yang dipercaya server itu. Jika server tersebut milik penerima, pastikan catatan MX domain tujuan memang mengarah ke sana; jika tidak, kesalahannya ada di DNS atau di pengaturan rute Anda.',
    fixRetry:
      'Server menolak meneruskan pesan untuk saat ini, dan pengiriman akan dicoba ulang secara otomatis. Jika terus terjadi, pastikan Anda login dengan SMTP AUTH di server keluar dan catatan MX domain tujuan mengarah ke server yang benar.',
    user: 'Pesan Anda tidak dapat diteruskan ke alamat tujuan karena masalah pada pengaturan pengiriman email Anda. Periksa pengaturan akun email Anda atau minta bantuan pengelola email, lalu kirim lagi.',
    userRetry:
      'Pesan Anda belum dapat diteruskan ke alamat tujuan. Kami akan mencoba lagi secara otomatis; jika tetap gagal, minta pengelola email Anda memeriksa pengaturan pengiriman.',
  },
  policy: {
    description: 'Server penerima menolak pesan berdasarkan aturan lokalnya sendiri, tanpa alasan yang lebih rinci.',
    fix: 'Baca teks balasan untuk mengetahui aturan yang dilanggar; sering kali ada tautan penjelasannya. Jika tidak jelas, hubungi pengelola server penerima (biasanya lewat postmaster@domain tersebut) dan sertakan balasan lengkapnya.',
    fixRetry:
      'Server penerima menunda pesan karena aturan lokalnya, dan pengiriman akan dicoba ulang secara otomatis. Jika terus ditolak, cari aturan yang diterapkan di teks balasan atau hubungi postmaster domain penerima.',
    user: 'Layanan email penerima menolak pesan Anda karena aturan internalnya. Hubungi penerima dengan cara lain, misalnya lewat telepon, agar ia dapat menanyakannya kepada pengelola emailnya.',
    userRetry:
      'Layanan email penerima menahan pesan Anda karena aturan internalnya. Kami akan mencoba lagi secara otomatis; Anda belum perlu melakukan apa pun.',
  },
  'auth-required': {
    description:
      'Server meminta login dengan SMTP AUTH sebelum mau menerima pesan, atau menolak nama pengguna dan kata sandi yang diberikan.',
    fix: 'Aktifkan autentikasi SMTP di program email atau aplikasi Anda dan periksa nama pengguna, kata sandi, serta metode login. Jika penyedia mewajibkan kata sandi aplikasi, OAuth, atau pengaktifan SMTP untuk akun tersebut, penuhi syarat itu.',
    fixRetry:
      'Login ke server keluar gagal untuk sementara, misalnya karena layanan autentikasinya sedang bermasalah, dan pengiriman akan dicoba ulang secara otomatis. Jika terus gagal, periksa nama pengguna, kata sandi, dan metode login di pengaturan pengiriman.',
    user: 'Pesan Anda tidak terkirim karena gagal masuk ke akun email Anda. Periksa nama pengguna dan kata sandi di pengaturan akun, lalu kirim lagi.',
    userRetry:
      'Kami belum berhasil masuk ke akun email Anda untuk mengirim pesan ini. Kami akan mencoba lagi secara otomatis; jika tetap gagal, periksa kata sandi di pengaturan akun Anda.',
  },
  'tls-required': {
    description:
      'Server hanya mau melanjutkan jika koneksi dienkripsi dengan TLS, atau TLS yang diminta tidak dapat dipakai.',
    fix: 'Aktifkan STARTTLS atau TLS di pengaturan pengiriman, atau pakai port yang disediakan penyedia untuk pengiriman terenkripsi (biasanya 587 dengan STARTTLS atau 465 dengan TLS). Jika TLS sudah aktif, pastikan kedua sisi mendukung versi TLS dan sertifikat yang dipakai, lalu kirim ulang.',
    fixRetry:
      'Pengiriman akan dicoba ulang secara otomatis. Jika balasan menyebut TLS tidak tersedia karena masalah lokal, kegagalannya ada di server penerima dan tidak ada yang perlu diubah kecuali berlangsung lama; jika server meminta enkripsi, aktifkan STARTTLS atau TLS di pengaturan pengiriman.',
    user: 'Pesan Anda tidak terkirim karena sambungan ke penerima harus diamankan terlebih dahulu. Minta pengelola email Anda memeriksa pengaturan keamanan pengiriman, lalu kirim lagi.',
    userRetry:
      'Sambungan aman ke layanan email penerima belum berhasil dibuat. Kami akan mencoba lagi secara otomatis; Anda belum perlu melakukan apa pun.',
  },
  'rate-limited': {
    description:
      'Server penerima membatasi jumlah pesan atau koneksi yang diterimanya dari pengirim, dan batas itu terlampaui.',
    fix: 'Kurangi kecepatan kirim dan jumlah koneksi bersamaan, lalu kirim ulang pesan ini setelah beberapa waktu. Untuk kiriman massal, sebarkan pengiriman dalam rentang waktu yang lebih panjang dan perhatikan batas kirim yang diumumkan penyedia.',
    fixRetry:
      'Pesan ditunda dan pengirimannya akan dicoba ulang secara otomatis dengan jeda yang lebih panjang. Jika batas ini sering tercapai, kurangi jumlah pesan per koneksi dan per menit, dan sebarkan kiriman massal dalam rentang waktu yang lebih lama.',
    user: 'Terlalu banyak pesan dikirim dalam waktu singkat, sehingga pesan ini ditolak. Tunggu sebentar, lalu kirim lagi.',
    userRetry:
      'Terlalu banyak pesan dikirim dalam waktu singkat, jadi pesan Anda harus menunggu giliran. Kami akan mengirimnya lagi secara otomatis; Anda tidak perlu melakukan apa pun.',
  },
  'too-many-recipients': {
    description: 'Satu pesan ditujukan ke lebih banyak penerima daripada yang diizinkan server dalam sekali kirim.',
    fix: 'Kirim pesan kepada penerima yang tersisa dalam pesan terpisah. Untuk milis atau kiriman massal, bagi daftar penerima menjadi kelompok-kelompok yang lebih kecil.',
    fixRetry:
      'Server hanya menerima sebagian penerima dalam transaksi ini; sisanya akan dikirim secara otomatis pada transaksi berikutnya. Tidak ada yang perlu diubah, tetapi untuk kiriman besar sebaiknya bagi daftar penerima menjadi kelompok yang lebih kecil.',
    user: 'Pesan Anda ditujukan ke terlalu banyak penerima sekaligus, sehingga sebagian dari mereka tidak menerimanya. Kirim lagi kepada penerima yang tersisa dalam pesan terpisah.',
    userRetry:
      'Pesan Anda ditujukan ke banyak penerima sekaligus, jadi sebagian akan menerimanya sedikit lebih lambat. Kami akan mengirimkannya secara otomatis; Anda tidak perlu melakukan apa pun.',
  },
  greylisted: {
    description:
      'Server penerima sengaja menunda pesan karena belum mengenal pengirimnya (greylisting), sebuah cara umum untuk menangkal spam. Pengirim yang mencoba lagi setelah beberapa menit biasanya diterima.',
    fix: 'Pesan ini sudah dinyatakan gagal, padahal greylisting justru menunggu pengiriman ulang. Kirim ulang pesannya, dan pastikan server pengirim mengantre pesan yang ditunda serta mencoba ulang dari alamat IP atau rentang yang sama.',
    fixRetry:
      'Tidak ada yang perlu dilakukan: pengiriman akan dicoba ulang secara otomatis, dan pesan biasanya diterima setelah beberapa menit. Pastikan saja server pengirim mencoba ulang dari alamat IP atau rentang yang sama.',
    user: 'Layanan email penerima menahan pesan Anda sebagai langkah pencegahan spam, sehingga pesan ini tidak terkirim. Silakan kirim ulang; biasanya percobaan berikutnya berhasil.',
    userRetry:
      'Layanan email penerima meminta pesan Anda dikirim ulang sebagai langkah pencegahan spam. Kami akan melakukannya secara otomatis, biasanya dalam beberapa menit.',
  },
  'service-unavailable': {
    description:
      'Layanan email di server penerima sedang tidak tersedia, misalnya karena sibuk atau dalam perawatan, atau server menutup koneksi.',
    fix: 'Server penerima saat ini menolak menerima email. Kirim ulang nanti setelah layanannya pulih, atau beri tahu penerima lewat saluran lain agar ia menghubungi pengelola servernya.',
    fixRetry:
      'Tidak ada yang perlu diubah di sisi Anda; pengiriman akan dicoba ulang secara otomatis dari antrean. Jika kondisi ini berlangsung berjam-jam, beri tahu penerima lewat saluran lain agar pengelola servernya dapat menanganinya.',
    user: 'Layanan email penerima saat ini tidak menerima pesan, jadi pesan Anda tidak terkirim. Coba kirim lagi nanti, atau hubungi penerima dengan cara lain.',
    userRetry:
      'Layanan email penerima sedang tidak dapat dihubungi. Kami akan terus mencoba mengirim pesan Anda; Anda tidak perlu melakukan apa pun.',
  },
  'server-error': {
    description: 'Terjadi kesalahan internal di server penerima saat memproses pesan.',
    fix: 'Kesalahan ada di sisi penerima, bukan di sisi Anda. Kirim ulang nanti; jika kesalahan berulang, laporkan ke pengelola server penerima beserta teks balasan lengkap dan waktunya.',
    fixRetry:
      'Kesalahan ada di sisi penerima, dan pengiriman akan dicoba ulang secara otomatis. Jika terus berulang, kirim teks balasan lengkap beserta waktunya kepada pengelola server penerima.',
    user: 'Terjadi gangguan pada layanan email penerima, jadi pesan Anda tidak terkirim. Coba kirim lagi nanti, atau hubungi penerima dengan cara lain.',
    userRetry:
      'Terjadi gangguan pada layanan email penerima. Kami akan mencoba lagi secara otomatis; Anda tidak perlu melakukan apa pun.',
  },
  'storage-full': {
    description:
      'Server penerima kehabisan ruang penyimpanan sehingga tidak bisa menerima pesan. Masalahnya ada pada server itu, bukan pada kotak surat penerima.',
    fix: 'Masalahnya ada di server penerima, bukan di sisi Anda. Kirim ulang setelah beberapa waktu; jika masalah berlanjut, beri tahu penerima lewat saluran lain agar pengelola servernya mengosongkan ruang.',
    fixRetry:
      'Tidak ada yang perlu diubah di sisi Anda; pengiriman akan dicoba ulang secara otomatis. Jika berlangsung lama, beri tahu penerima lewat saluran lain agar pengelola servernya menambah ruang penyimpanan.',
    user: 'Layanan email penerima sedang kehabisan ruang penyimpanan, jadi pesan Anda tidak terkirim. Coba kirim lagi nanti, atau hubungi penerima dengan cara lain.',
    userRetry:
      'Layanan email penerima sedang kehabisan ruang penyimpanan. Kami akan mencoba lagi secara otomatis; Anda tidak perlu melakukan apa pun.',
  },
  network: {
    description:
      'Pesan tidak dapat disampaikan karena masalah perutean, DNS, atau koneksi antara server pengirim dan server penerima, misalnya host tujuan tidak menjawab atau koneksi terputus.',
    fix: 'Periksa catatan MX dan DNS domain tujuan serta konektivitas dari server pengirim, termasuk firewall dan port 25 (sebagian jaringan memblokirnya), lalu kirim ulang.',
    fixRetry:
      'Gangguan seperti ini biasanya sementara, dan pengiriman akan dicoba ulang secara otomatis. Jika berlanjut, periksa catatan MX dan DNS domain tujuan serta apakah server Anda dapat menjangkau port 25 server penerima.',
    user: 'Pesan Anda tidak dapat mencapai layanan email penerima karena gangguan sambungan. Coba kirim lagi nanti, atau hubungi penerima dengan cara lain.',
    userRetry:
      'Sambungan ke layanan email penerima sedang terganggu. Kami akan terus mencoba mengirim pesan Anda; Anda tidak perlu melakukan apa pun.',
  },
  expired: {
    description:
      'Server pengirim sudah lama mencoba mengirim pesan tanpa hasil hingga batas waktunya habis, lalu menghentikan pengiriman dan mengembalikan pesan tersebut.',
    fix: 'Cari tahu mengapa percobaan sebelumnya gagal (lihat log atau pemberitahuan bounce), atasi penyebabnya, lalu kirim ulang pesan. Jika server tujuan memang sering tidak bisa dihubungi, hubungi penerima lewat saluran lain.',
    fixRetry:
      'Pesan masih ada di antrean dan pengirimannya akan terus dicoba ulang secara otomatis sampai batas waktunya habis. Sementara itu, periksa kesalahan sementara sebelumnya di log untuk menemukan penyebab penundaan.',
    user: 'Kami sudah mencoba mengirim pesan Anda selama beberapa hari tanpa hasil, dan kini pengiriman dihentikan. Periksa alamat penerima, lalu kirim lagi nanti atau hubungi penerima dengan cara lain.',
    userRetry:
      'Pesan Anda belum terkirim meski sudah dicoba beberapa kali. Kami masih terus mencoba; untuk saat ini Anda tidak perlu melakukan apa pun.',
  },
  protocol: {
    description:
      'Perangkat lunak pengirim mengirim perintah SMTP yang salah sintaks, tidak didukung, atau dalam urutan yang keliru. Masalahnya ada pada perangkat lunak itu, bukan pada pesan atau alamat.',
    fix: 'Periksa program, skrip, atau pustaka yang mengirim email, dan perbarui ke versi terbaru. Gunakan log sesi SMTP untuk membandingkan perintah yang dikirim dengan yang diharapkan server.',
    fixRetry:
      'Server menolak sebuah perintah untuk sementara, dan pengiriman akan dicoba ulang secara otomatis. Jika terus terjadi, cari perintah yang ditolak di log sesi SMTP, lalu perbarui atau atur ulang perangkat lunak pengirim.',
    user: 'Pesan Anda tidak terkirim karena kesalahan teknis pada aplikasi atau perangkat pengirim. Perbarui aplikasi Anda atau hubungi dukungan teknis, lalu kirim lagi.',
    userRetry:
      'Terjadi kesalahan teknis saat mengirim pesan Anda. Kami akan mencoba lagi secara otomatis; jika tetap gagal, hubungi dukungan teknis.',
  },
  unknown: {
    description: 'Balasan server tidak memuat cukup informasi untuk menentukan apa yang salah.',
    fix: 'Baca teks balasan lengkap untuk mencari petunjuk. Jika penyebabnya tetap tidak jelas, hubungi pengelola server penerima (biasanya lewat postmaster@domain tersebut) dengan menyertakan balasan lengkapnya sebelum mengirim ulang.',
    fixRetry:
      'Pengiriman akan dicoba ulang secara otomatis. Jika terus gagal, baca teks balasan lengkap untuk mencari petunjuk dan kirimkan kepada pengelola server penerima.',
    user: 'Pesan Anda tidak terkirim, dan penyebabnya tidak dapat dipastikan. Periksa alamat penerima dan coba kirim lagi, atau hubungi penerima dengan cara lain.',
    userRetry:
      'Pesan Anda belum terkirim karena kendala yang belum diketahui. Kami akan mencoba lagi secara otomatis; Anda belum perlu melakukan apa pun.',
  },
} as const satisfies CategoryTable);
