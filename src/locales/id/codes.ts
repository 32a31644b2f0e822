import type { CatalogueTexts } from '../types.js';
import { deepFreeze } from '../../freeze.js';

/**
 * Indonesian catalogue texts, keyed by catalogue key (`'550'`, `'5xx'`, `'X.1.1'`, `'5.X.X'`).
 * Translated by meaning from the English tables in `src/catalogue/` (what lookup() shows).
 */
export const codes: CatalogueTexts = /* @__PURE__ */ deepFreeze({
  // ------------------------------------------------------------------ kode dasar 2yz
  '211': {
    name: 'Status sistem atau balasan bantuan sistem',
    description:
      'Balasan positif yang berisi informasi status server atau, di sebagian server, teks bantuan singkat. Balasan ini hanya memberi informasi dan tidak mengonfirmasi tindakan apa pun terhadap surat.',
    whenSeen:
      'Jarang muncul, biasanya sebagai jawaban atas HELP atau perintah status khusus vendor yang diketik dalam sesi manual. Pengiriman biasa tidak bergantung padanya.',
    fix: 'Tidak perlu tindakan apa pun. Jika Anda justru menunggu konfirmasi perintah surat, periksa apakah klien benar-benar mengirim perintah yang Anda maksud.',
  },
  '214': {
    name: 'Pesan bantuan',
    description:
      'Server menjawab permintaan bantuan. Teksnya menjelaskan perintah atau server untuk dibaca manusia dan tidak berarti apa-apa bagi perangkat lunak.',
    whenSeen:
      'Setelah perintah HELP, biasanya dalam sesi uji manual memakai telnet, openssl s_client, atau alat serupa.',
    fix: 'Tidak ada yang perlu diperbaiki. Baca teksnya jika Anda sedang menguji secara manual; pengirim otomatis boleh mengabaikannya.',
  },
  '220': {
    name: 'Layanan siap',
    description:
      'Server siap berkomunikasi dengan SMTP. Sebagai salam pembuka, teksnya diawali nama host atau literal alamat server; sebagai jawaban STARTTLS, artinya server siap memulai jabat tangan TLS.',
    whenSeen:
      'Sebagai baris pertama setelah koneksi TCP terbuka (di port 465 baru setelah jabat tangan TLS), dan sekali lagi sebagai jawaban STARTTLS tepat sebelum enkripsi dimulai.',
    fix: 'Tidak ada yang perlu diperbaiki. Jika salam pembuka tidak pernah datang atau menyebut host yang tidak Anda duga, periksa nama host, port, firewall, serta proxy atau antivirus yang mencegat lalu lintas SMTP.',
  },
  '221': {
    name: 'Layanan menutup saluran transmisi',
    description: 'Server mengakui akhir sesi dan akan menutup koneksi dengan rapi.',
    whenSeen: 'Sebagai jawaban atas QUIT di akhir sesi yang normal.',
    fix: 'Tidak perlu tindakan apa pun. Nasib pesan ditentukan oleh balasan sebelumnya, biasanya 250 setelah data pesan selesai dikirim.',
  },
  '235': {
    name: 'Autentikasi berhasil',
    description:
      'Pertukaran AUTH selesai dan server menerima kredensial yang diberikan; sisa sesi berjalan atas nama pengguna yang sudah login.',
    whenSeen: 'Di akhir pertukaran AUTH, umumnya di port submission, biasanya disertai kode lanjutan 2.7.0.',
    fix: 'Tidak ada yang perlu diperbaiki. Jika perintah berikutnya tetap ditolak, mungkin akun tersebut tidak diizinkan mengirim dengan alamat pengirim yang dipilih.',
  },
  '250': {
    name: 'Tindakan surat yang diminta selesai dengan baik',
    description:
      'Perintah berhasil. Jika balasan ini datang setelah titik penutup data pesan, server penerima telah mengambil alih tanggung jawab untuk mengirimkan pesan tersebut.',
    whenSeen:
      'Sebagai jawaban atas HELO dan EHLO (baris tambahannya berisi daftar ekstensi server), MAIL FROM, RCPT TO, RSET, NOOP, dan akhir data pesan.',
    fix: 'Tidak ada yang perlu diperbaiki. Simpan teks balasan untuk data pesan karena sering memuat ID antrean yang bisa dipakai pihak penerima untuk melacak pesan.',
  },
  '251': {
    name: 'Pengguna bukan lokal; pesan akan diteruskan',
    description:
      'Penerima diterima, tetapi kotak suratnya berada di tempat lain dan server ini akan meneruskan pesan ke forward-path yang disebutkan dalam teks balasan.',
    whenSeen:
      'Sebagai jawaban RCPT TO untuk alamat yang sudah pindah. Teks balasannya menyebut alamat baru dalam bentuk yang boleh dibaca oleh perangkat lunak.',
    fix: 'Tidak ada yang mendesak karena pesan tetap akan terkirim. Sebaiknya perbarui alamat yang Anda simpan ke alamat dalam balasan agar surat berikutnya langsung ke sana.',
  },
  '252': {
    name: 'Tidak dapat memverifikasi pengguna (VRFY), tetapi pesan akan diterima dan dicoba dikirim',
    description:
      'Server tidak mau atau tidak bisa memastikan bahwa alamat tersebut ada, tetapi tetap akan menerima surat untuknya dan mencoba mengirimkannya.',
    whenSeen:
      'Sebagai jawaban VRFY, umumnya di server yang mematikan verifikasi alamat supaya daftar penggunanya tidak bisa dipanen.',
    fix: 'Jangan menganggapnya sebagai bukti bahwa alamat itu valid atau tidak valid. Untuk menguji alamat, kirim pesan sungguhan dan perhatikan apakah ada bounce.',
  },
  '253': {
    name: 'ETRN: pengosongan antrean dimulai, dengan jumlah pesan tertunda',
    description:
      'Bagian dari ekstensi ETRN: server mulai mengirim surat yang disimpannya untuk node yang disebut dan melaporkan berapa banyak pesan yang sedang menunggu.',
    whenSeen:
      'Sebagai jawaban ETRN dari situs yang hanya sesekali online dan meminta relay-nya mengosongkan antrean yang disimpan untuk domainnya.',
    fix: 'Tidak ada yang perlu diperbaiki. Pastikan server surat Anda sendiri dapat dijangkau, karena relay sekarang membuka koneksi terpisah untuk mengirim pesan-pesan yang tertahan.',
  },
  // ------------------------------------------------------------------ kode dasar 3yz
  '334': {
    name: 'Tantangan server (lanjutan AUTH)',
    description:
      'Langkah antara dalam AUTH: teksnya adalah tantangan base64 (bisa kosong), dan server menunggu jawaban base64 dari klien.',
    whenSeen:
      'Setelah perintah AUTH untuk mekanisme seperti LOGIN atau CRAM-MD5, atau AUTH PLAIN yang dikirim tanpa respons awal; bisa muncul beberapa kali berturut-turut.',
    fix: 'Tidak ada yang perlu diperbaiki karena pustaka klien menjawab di baris berikutnya. Jika sesi macet di sini, periksa mekanisme yang dipilih dan pastikan klien mengenkode jawabannya dengan base64.',
  },
  '354': {
    name: 'Mulai kirim isi surat; akhiri dengan <CRLF>.<CRLF>',
    description:
      'Server menerima DATA dan siap menerima pesannya sendiri: header dan isi, ditutup dengan baris yang hanya berisi satu titik.',
    whenSeen: 'Langsung setelah DATA, asalkan sedikitnya satu penerima sudah diterima.',
    fix: 'Tidak ada yang perlu diperbaiki; klien berikutnya mengirim pesan. Keputusan sebenarnya atas pesan adalah balasan yang datang setelah titik penutup.',
  },
  // ------------------------------------------------------------------ kode dasar 4yz
  '421': {
    name: 'Layanan tidak tersedia, saluran transmisi ditutup',
    description:
      'Penolakan sementara, setelah itu server menutup koneksi. Balasan ini bisa menjawab perintah apa saja, bahkan datang tanpa diminta, ketika server harus menghentikan sesi ini.',
    whenSeen:
      'Saat koneksi dibuka ketika server kelebihan beban atau membatasi koneksi dari alamat Anda, di tengah sesi karena batas waktu atau server dimatikan, dan sering sebagai pembatasan laju atau reputasi dari penyedia kotak surat besar.',
    fix: 'Biarkan pesan tetap di antrean dan coba lagi nanti dengan jeda yang makin panjang; ini bukan bounce. Jika terus terjadi, kurangi jumlah koneksi paralel dan kecepatan kirim, lalu cari petunjuk soal batas laju atau reputasi di teks balasan.',
  },
  '432': {
    name: 'Diperlukan transisi kata sandi',
    description:
      'Balasan AUTH yang menyatakan pengguna harus beralih ke mekanisme yang baru diminta, biasanya dengan login sekali memakai PLAIN; setelah itu mekanisme yang diminta seharusnya berfungsi.',
    whenSeen:
      'Sebagai jawaban AUTH dengan kode lanjutan 4.7.12, misalnya setelah server mengubah cara penyimpanan kredensial.',
    fix: 'Login sekali dengan mekanisme PLAIN melalui koneksi terenkripsi (atau ganti kata sandi jika penyedia memintanya), lalu coba lagi dengan mekanisme yang Anda inginkan.',
  },
  '450': {
    name: 'Tindakan surat tidak dilakukan: kotak surat tidak tersedia',
    description:
      'Kegagalan sementara pada kotak surat: sedang sibuk, terkunci, atau ditahan oleh kebijakan jangka pendek, sehingga tindakan tidak dilakukan kali ini.',
    whenSeen:
      'Biasanya sebagai jawaban RCPT TO; server yang memakai greylisting dan pemblokiran sementara terhadap penerima atau pengirim sering menggunakannya.',
    fix: 'Biarkan pengirim menyimpan pesan di antrean dan mencoba lagi setelah beberapa menit; greylisting biasanya lolos pada percobaan berikutnya dari server yang sama. Jika berlangsung berhari-hari, baca teksnya untuk mencari alasan kebijakan atau reputasi.',
  },
  '451': {
    name: 'Tindakan dibatalkan: kesalahan lokal saat pemrosesan',
    description:
      'Server mengalami masalah di sisinya sendiri saat menangani permintaan dan menyerah untuk sementara; permintaan yang sama mungkin berhasil nanti.',
    whenSeen:
      'Pada RCPT TO atau setelah data pesan, karena kegagalan sementara DNS, SPF, atau pemindai konten, greylisting, atau masalah penyimpanan. Klien yang koneksinya terputus diharapkan bersikap seolah menerima kode ini.',
    fix: 'Coba lagi nanti, seperti yang dilakukan antrean biasa. Jika semua percobaan gagal dengan cara yang sama, beri tahu postmaster situs penerima; jika teksnya menyebut DNS atau SPF, pastikan catatan DNS Anda sendiri bisa di-resolve.',
  },
  '452': {
    name: 'Tindakan tidak dilakukan: ruang penyimpanan sistem tidak cukup',
    description:
      'Kegagalan sementara karena server kekurangan ruang atau sumber daya untuk permintaan ini. Kode ini juga kode yang tepat untuk terlalu banyak penerima dalam satu transaksi.',
    whenSeen:
      'Pada RCPT TO setelah batas penerima per pesan tercapai, pada MAIL FROM ketika SIZE yang diumumkan belum bisa ditangani saat ini, atau ketika sistem penerima kekurangan ruang disk.',
    fix: 'Coba lagi nanti. Jika mulai muncul setelah jumlah penerima tertentu, kirim sisa penerima dalam transaksi baru atau turunkan pengaturan jumlah penerima per pesan.',
  },
  '453': {
    name: 'ATRN/ODMR: Tidak ada surat untuk Anda',
    description:
      'Bagian dari On-Demand Mail Relay: server tidak menyimpan surat dalam antrean untuk domain yang disebut di ATRN, jadi tidak ada yang perlu diserahkan.',
    whenSeen:
      'Sebagai jawaban ATRN dari klien yang hanya sesekali terhubung, sudah login, dan meminta surat yang tertahan untuknya.',
    fix: 'Tidak ada yang salah; minta lagi nanti. Jika seharusnya ada surat yang menunggu, periksa apakah domain yang diberikan ke ATRN sama dengan domain yang disimpan penyedia untuk akun Anda.',
  },
  '454': {
    name: 'TLS tidak tersedia (STARTTLS) atau kegagalan autentikasi sementara (AUTH)',
    description:
      'Kegagalan keamanan sementara: TLS tidak bisa dimulai saat ini, atau autentikasi gagal karena sebab yang diperkirakan akan pulih, misalnya penyimpanan kredensial tidak dapat dijangkau.',
    whenSeen:
      'Sebagai jawaban STARTTLS ketika server bermasalah dengan sertifikat atau pustaka TLS-nya, atau sebagai jawaban AUTH dengan kode lanjutan 4.7.0.',
    fix: 'Coba lagi nanti. Jika STARTTLS terus gagal, situs penerima harus memperbaiki konfigurasi TLS-nya; jika AUTH terus gagal, hubungi penyedia karena kemungkinan besar kesalahannya ada di pihak mereka.',
  },
  '455': {
    name: 'Server tidak dapat memenuhi parameter',
    description:
      'Server memahami parameter ekstensi pada MAIL FROM atau RCPT TO, tetapi saat ini tidak bisa memenuhinya.',
    whenSeen:
      'Setelah MAIL FROM atau RCPT TO yang membawa parameter seperti SIZE, BODY, atau opsi notifikasi pengiriman yang untuk sementara tidak bisa dipenuhi server.',
    fix: 'Coba lagi nanti. Jika terus terjadi, coba kirim tanpa parameter opsional tersebut atau dengan nilai yang berbeda.',
  },
  '458': {
    name: 'ETRN: tidak dapat mengantrekan pesan untuk node',
    description:
      'Bagian dari ekstensi ETRN: saat ini server tidak bisa memulai pengosongan antrean untuk node yang diminta.',
    whenSeen: 'Sebagai jawaban ETRN ketika relay belum bisa memproses antrean untuk domain tersebut.',
    fix: 'Kirim ETRN lagi nanti. Jika terus gagal, tanyakan kepada pengelola relay apakah domain Anda masih diatur untuk penahanan antrean.',
  },
  '459': {
    name: 'ETRN: node tidak diizinkan',
    description:
      'Bagian dari ekstensi ETRN: server menolak menjalankan antrean untuk node yang disebut dan menuliskan alasannya di teks balasan.',
    whenSeen:
      'Sebagai jawaban ETRN untuk domain yang suratnya tidak disimpan oleh relay, atau domain yang tidak boleh diminta oleh klien tersebut.',
    fix: 'Periksa domain yang diberikan ke ETRN dan konfigurasi relay untuk akun Anda, lalu baca alasan di teks balasan.',
  },
  // ------------------------------------------------------------------ kode dasar 5yz
  '500': {
    name: 'Kesalahan sintaks, perintah tidak dikenali',
    description:
      'Server sama sekali tidak mengenali perintah tersebut, atau baris perintahnya terlalu panjang untuk diterima.',
    whenSeen:
      'Setelah perintah yang salah ketik atau tidak dikenal, atau baris yang terlalu panjang. Selama AUTH, kode ini juga menandakan baris pertukaran yang terlalu panjang (kode lanjutan 5.5.6).',
    fix: 'Periksa perangkat lunak klien dan pengaturannya: mungkin klien memakai ekstensi yang tidak diumumkan server di EHLO. Dalam sesi manual, periksa ejaan dan panjang baris.',
  },
  '501': {
    name: 'Kesalahan sintaks pada parameter atau argumen',
    description: 'Perintahnya dikenali, tetapi argumennya tidak berbentuk benar.',
    whenSeen:
      "Untuk nama host HELO atau EHLO yang salah, alamat yang cacat di MAIL FROM atau RCPT TO, STARTTLS yang diberi parameter, atau pertukaran AUTH yang dibatalkan dengan '*' atau berisi base64 tidak valid.",
    fix: 'Perbaiki argumennya: tulis alamat sebagai <user@example.com>, pastikan klien mengumumkan nama host lengkap (FQDN) yang valid, dan pastikan data AUTH dienkode dengan benar.',
  },
  '502': {
    name: 'Perintah tidak diimplementasikan',
    description: 'Server mengenali perintah tersebut tetapi tidak mendukungnya.',
    whenSeen:
      'Setelah perintah yang dimatikan di banyak server, seperti VRFY, EXPN, TURN, atau ETRN, atau setelah AUTH atau STARTTLS di server yang tidak punya fitur tersebut.',
    fix: 'Jangan pakai perintah itu lagi dengan server ini, dan andalkan hanya ekstensi yang tercantum dalam balasan EHLO server.',
  },
  '503': {
    name: 'Urutan perintah salah',
    description: 'Perintahnya sendiri valid, tetapi datang pada tahap sesi yang keliru.',
    whenSeen:
      'Untuk MAIL FROM sebelum EHLO, RCPT TO sebelum MAIL FROM, DATA tanpa penerima yang diterima atau setelah batas penerima situs terlewati, AUTH yang diulang atau dikirim di dalam transaksi, dan semua perintah setelah salam pembuka 554. Sebagian server juga memakainya untuk meminta autentikasi terlebih dahulu.',
    fix: 'Periksa urutan perintah yang dikirim klien. Jika kode ini menjawab DATA, cari tahu mengapa penerimanya ditolak; jika teksnya meminta autentikasi, atur SMTP AUTH untuk pengirim.',
  },
  '504': {
    name: 'Parameter perintah tidak diimplementasikan',
    description:
      'Perintahnya didukung, tetapi salah satu parameternya tidak, misalnya mekanisme autentikasi yang tidak ditawarkan server.',
    whenSeen:
      'Biasanya setelah AUTH dengan mekanisme yang tidak ada di daftar EHLO server (kode lanjutan 5.5.4), atau parameter perintah yang tidak dikenal server.',
    fix: 'Gunakan parameter yang ditawarkan server; untuk AUTH, pilih salah satu mekanisme yang tercantum dalam balasan EHLO.',
  },
  '521': {
    name: 'Server tidak menerima surat',
    description:
      'Host ini sama sekali tidak pernah menerima surat; ini bukan penolakan sementara atau penolakan untuk satu pesan saja.',
    whenSeen:
      'Menggantikan salam pembuka 220 saat menghubungi host yang tidak menjalankan layanan surat. Server bisa terus menjawab dengan kode ini atau langsung menutup koneksi.',
    fix: 'Jangan coba ulang ke host ini. Periksa catatan MX domain penerima: mungkin Anda menghubungi mesin yang salah, atau domain tersebut memang tidak menerima surat.',
  },
  '530': {
    name: 'Autentikasi diperlukan',
    description:
      'Server menolak perintah sampai klien login atau, di sebagian server, sampai sesi dialihkan ke TLS dengan STARTTLS.',
    whenSeen:
      "Pada MAIL FROM atau perintah lain di server submission ketika klien belum login, biasanya dengan kode lanjutan 5.7.0. Teks 'Must issue a STARTTLS command first' berarti enkripsi harus dipasang sebelum langkah lain.",
    fix: 'Aktifkan autentikasi SMTP dengan kredensial yang benar di klien pengirim, dan aktifkan STARTTLS (atau TLS langsung di port 465) jika teksnya memintanya.',
  },
  '534': {
    name: 'Mekanisme autentikasi terlalu lemah',
    description: 'Server menolak mekanisme autentikasi yang dipilih karena tidak cukup aman menurut kebijakan server.',
    whenSeen:
      'Sebagai jawaban AUTH dengan kode lanjutan 5.7.9, misalnya dengan PLAIN atau LOGIN ketika server menginginkan yang lebih kuat. Sebagian penyedia juga memakainya untuk mewajibkan sandi aplikasi atau OAuth.',
    fix: 'Pilih mekanisme yang lebih kuat yang diumumkan server, atau ikuti petunjuk penyedia di teks balasan (sandi aplikasi, OAuth 2.0).',
  },
  '535': {
    name: 'Kredensial autentikasi tidak valid',
    description: 'Autentikasi gagal karena nama pengguna, kata sandi, atau token tidak diterima.',
    whenSeen: 'Di akhir pertukaran AUTH, dengan kode lanjutan 5.7.8.',
    fix: 'Periksa nama pengguna, kata sandi atau token, serta status akunnya; banyak penyedia meminta sandi khusus aplikasi atau OAuth, bukan kata sandi login biasa. Kegagalan berulang bisa membuat IP klien diblokir.',
  },
  '538': {
    name: 'Enkripsi diperlukan untuk mekanisme autentikasi yang diminta',
    description:
      'Mekanisme yang dipilih hanya boleh dipakai melalui koneksi terenkripsi. RFC 4954 mempertahankan kode ini hanya sebagai catatan sejarah.',
    whenSeen:
      'Sebagai jawaban AUTH pada koneksi tanpa enkripsi, dengan kode lanjutan 5.7.11; jarang ditemui di server masa kini.',
    fix: 'Jalankan STARTTLS sebelum AUTH, atau sambungkan ke port TLS langsung (implicit TLS).',
  },
  '550': {
    name: 'Tindakan tidak dilakukan: kotak surat tidak tersedia',
    description:
      'Penolakan permanen atas tindakan yang diminta. Arti klasiknya adalah kotak surat tidak ada atau tidak dapat dijangkau, tetapi server juga memakainya untuk penolakan karena kebijakan.',
    whenSeen:
      'Paling sering pada RCPT TO untuk pengguna yang tidak dikenal, dan pada MAIL FROM, RCPT TO, atau setelah data untuk pemblokiran, filter spam, relay yang ditolak, atau kegagalan SPF dan DMARC; kode lanjutan dan teksnya yang membedakan. Kode ini juga menjawab MAIL FROM ketika alamat internasional sampai ke server yang hanya menerima ASCII (X.6.7).',
    fix: 'Baca kode lanjutan dan teksnya. Untuk pengguna yang tidak dikenal, periksa alamatnya dan hapus dari daftar Anda; untuk pemblokiran atau alasan kebijakan, atasi penyebabnya (catatan autentikasi DNS, reputasi, konten) atau hubungi postmaster penerima. Jangan kirim ulang tanpa perubahan.',
  },
  '551': {
    name: 'Pengguna bukan lokal; silakan coba forward-path',
    description:
      'Server tidak mau menerima surat untuk penerima ini dan menunjuk alamat lain, berupa forward-path di teks balasan, tempat kotak surat itu bisa dijangkau.',
    whenSeen:
      'Pada RCPT TO untuk pengguna yang sudah pindah, atau di server yang menolak me-relay surat untuk alamat yang bukan lokal.',
    fix: 'Kirim ke alamat yang disebut dalam balasan jika ada dan perbarui catatan Anda; jika tidak ada, pastikan alamat yang benar langsung kepada penerima.',
  },
  '552': {
    name: 'Tindakan surat dibatalkan: melebihi alokasi penyimpanan',
    description:
      'Tindakan ditolak karena batas penyimpanan terlampaui: kuota penerima atau ukuran pesan maksimum server.',
    whenSeen:
      'Setelah MAIL FROM dengan SIZE di atas batas tetap server, setelah data pesan untuk pesan yang terlalu besar atau kotak surat yang penuh, dan di sebagian server lama pada RCPT TO ketika penerimanya terlalu banyak.',
    fix: 'Perkecil pesan (bagikan lampiran besar lewat tautan) atau minta penerima mengosongkan ruang. Jika kode ini menjawab RCPT TO karena terlalu banyak penerima, anggap sementara dan kirim sisa penerima di transaksi berikutnya, sesuai saran RFC 5321.',
  },
  '553': {
    name: 'Tindakan tidak dilakukan: nama kotak surat tidak diizinkan',
    description: 'Alamat tidak dapat diterima sebagaimana ditulis: nama kotak suratnya cacat atau tidak diperbolehkan.',
    whenSeen:
      'Pada RCPT TO atau MAIL FROM untuk alamat dengan sintaks salah atau karakter terlarang, untuk alamat pengirim yang tidak boleh dipakai akun tersebut, dan pada RCPT TO untuk alamat internasional yang dikirim ke server yang hanya menerima ASCII (X.6.7).',
    fix: 'Perbaiki sintaks alamatnya. Jika masalahnya ada di alamat pengirim, gunakan alamat yang memang boleh dipakai akun Anda untuk mengirim.',
  },
  '554': {
    name: 'Transaksi gagal (saat koneksi: tidak ada layanan SMTP di sini)',
    description:
      'Kegagalan permanen yang artinya bergantung pada waktunya. Sebagai balasan pertama di sebuah koneksi, artinya server tidak memberi Anda layanan SMTP; setelah data pesan, artinya pesan itu sendiri ditolak.',
    whenSeen:
      'Saat koneksi dibuka ketika alamat Anda masuk blocklist atau tidak diizinkan (server lalu menunggu QUIT dan menjawab perintah lain dengan 503), dan setelah titik penutup untuk penolakan karena spam, malware, kebijakan, atau header internasional (X.6.9).',
    fix: 'Jika terjadi saat koneksi, periksa reputasi dan status blocklist IP pengirim Anda lalu ajukan penghapusan dari daftar. Jika terjadi setelah data, baca teksnya dan ubah konten atau perbaiki SPF, DKIM, dan DMARC sebelum mengirim lagi.',
  },
  '555': {
    name: 'Parameter MAIL FROM/RCPT TO tidak dikenali atau tidak diimplementasikan',
    description:
      'Server tidak mengenal atau tidak mendukung salah satu parameter ekstensi pada MAIL FROM atau RCPT TO.',
    whenSeen:
      'Ketika klien menambahkan parameter seperti SIZE, BODY=8BITMIME, SMTPUTF8, atau opsi notifikasi pengiriman yang tidak diumumkan server dalam balasan EHLO-nya.',
    fix: 'Kirim hanya parameter untuk ekstensi yang dicantumkan server setelah EHLO; perbarui atau atur klien agar memeriksa daftar itu sebelum memakainya.',
  },
  '556': {
    name: 'Domain tidak menerima surat',
    description: 'Domain penerima sama sekali tidak menerima surat, misalnya karena memasang catatan null MX.',
    whenSeen:
      'Dilaporkan oleh relay atau server keluar Anda sendiri, pada RCPT TO atau dalam bounce, dengan kode lanjutan 5.1.10 ketika domain penerima menyatakan tidak menerima surat.',
    fix: 'Hapus atau perbaiki alamatnya: surat ke domain ini tidak akan pernah bisa terkirim, jadi mencoba ulang percuma.',
  },
  // ------------------------------------------------------------------ kode hanya-registri dan tidak standar
  '422': {
    name: 'Diperlukan transisi kata sandi (tercantum di registri)',
    description:
      'Tidak ada RFC yang mendefinisikan kode ini; registri kode status lanjutan IANA mencantumkannya di samping 432 untuk X.7.12, yaitu transisi kata sandi yang wajib. Dari digit pertamanya, ini kegagalan sementara.',
    whenSeen:
      'Jarang, sebagai jawaban AUTH dari server yang ingin pengguna beralih ke mekanisme autentikasi atau kata sandi baru.',
    fix: 'Tangani seperti 432: login sekali dengan PLAIN melalui TLS, atau ganti kata sandi sesuai permintaan penyedia, lalu coba lagi.',
  },
  '430': {
    name: 'Perintah tidak valid (tercantum di registri)',
    description:
      'Tidak ada RFC yang mendefinisikan kode ini; registri kode status lanjutan hanya menyebutnya di antara kode dasar yang boleh menyertai X.5.1 (perintah tidak valid). Dari digit pertamanya, ini kegagalan sementara.',
    whenSeen: 'Jarang ditemui; server bisa mengirimnya untuk perintah yang dianggapnya tidak valid pada saat itu.',
    fix: 'Coba lagi nanti seperti balasan 4xx lainnya dan baca kode lanjutan serta teksnya untuk detail; jika terus berulang, cari tahu perintah mana yang memicunya.',
  },
  '523': {
    name: 'Enkripsi diperlukan (tercantum di registri)',
    description:
      'Tidak ada isi RFC yang mendefinisikan kode ini; registri mencantumkannya bersama X.7.10, artinya server meminta sesi dienkripsi sebelum melanjutkan. Dari digit pertamanya, ini kegagalan permanen.',
    whenSeen: 'Setelah perintah yang dikirim melalui koneksi biasa ke server yang mewajibkan TLS.',
    fix: 'Aktifkan STARTTLS atau TLS langsung (implicit TLS) di klien pengirim, lalu kirim lagi.',
  },
  '524': {
    name: 'Enkripsi diperlukan untuk mekanisme autentikasi (tercantum di registri, usang)',
    description:
      'Alternatif untuk 538 yang tercantum di registri untuk X.7.11: mekanisme autentikasi yang dipilih hanya boleh dipakai melalui koneksi terenkripsi. Kode ini sudah usang dan tidak didefinisikan oleh isi RFC mana pun.',
    whenSeen: 'Sebagai jawaban AUTH melalui koneksi tanpa enkripsi, di beberapa server lama.',
    fix: 'Mulai TLS terlebih dahulu, lalu ulangi autentikasi dengan mekanisme yang sama.',
  },
  '525': {
    name: 'Akun pengguna dinonaktifkan (tercantum di registri)',
    description:
      'Registri kode status lanjutan mencantumkan kode ini bersama X.7.13: akun yang bersangkutan telah dinonaktifkan. Tidak ada isi RFC yang mendefinisikannya.',
    whenSeen:
      "Setelah login ke akun yang dimatikan oleh administrator, dan di sebagian server pada RCPT TO untuk kotak surat penerima yang dinonaktifkan (teks seperti 'Disabled recipient address').",
    fix: 'Untuk akun Anda sendiri, minta penyedia mengaktifkannya kembali. Untuk penerima, berhenti mengirim ke alamat itu dan hubungi orangnya dengan cara lain.',
  },
  '533': {
    name: 'Pengiriman tidak diizinkan (tercantum di registri)',
    description:
      'Tidak ada isi RFC yang mendefinisikan kode ini; registri mencantumkannya di antara kode dasar untuk X.7.1, artinya pengiriman tidak diizinkan dan pesan ditolak. Dari digit pertamanya, ini kegagalan permanen.',
    whenSeen:
      'Jarang; server yang menerapkan penolakan keamanan atau kebijakan bisa mengirimnya pada MAIL FROM, RCPT TO, atau setelah data.',
    fix: 'Cari alasan kebijakan di teks balasan dan perbaiki (autentikasi, izin pengirim, reputasi) sebelum mengirim lagi, atau tanyakan kepada postmaster penerima.',
  },
  '200': {
    name: 'Berhasil (tidak standar)',
    description:
      'Balasan sukses tidak standar yang tidak didefinisikan spesifikasi SMTP saat ini; tabel balasan lama menyebutnya dikirim oleh implementasi awal. Klien bertindak berdasarkan digit pertama, jadi kode ini dihitung sebagai sukses.',
    whenSeen: 'Sangat jarang, dari server lama atau buatan sendiri sebagai pengganti 250.',
    fix: 'Anggap sebagai sukses. Jika servernya milik Anda, ubah agar mengirim kode standar 250.',
  },
  '426': {
    name: 'Koneksi habis waktu (tidak standar)',
    description:
      'Kode tidak standar yang dilaporkan sebagian sistem ketika koneksi ke server penerima habis waktu (timeout). Klien bertindak berdasarkan digit pertama, jadi ini kegagalan sementara.',
    whenSeen:
      'Dalam laporan penundaan atau bounce yang ditulis pihak pengirim atau gateway setelah server tujuan berhenti merespons.',
    fix: 'Biarkan antrean mencoba ulang. Jika terus berlanjut, periksa keterjangkauan jaringan dan firewall ke arah tujuan, serta apakah server tujuan kelebihan beban.',
  },
  '522': {
    name: 'Melebihi kuota (tidak standar)',
    description:
      'Kode tidak standar yang dipakai sebagian server untuk menyatakan kotak surat penerima melebihi kuota. Klien bertindak berdasarkan digit pertama, jadi kode ini ditangani sebagai kegagalan permanen.',
    whenSeen:
      "Pada RCPT TO atau setelah data pesan, sering dengan kode lanjutan seperti 5.2.0 dan teks semacam 'Over quota'.",
    fix: 'Beri tahu penerima lewat saluran lain bahwa kotak suratnya penuh, lalu kirim ulang setelah ia mengosongkan ruang. Bounce kuota yang berulang selama berminggu-minggu biasanya berarti kotak surat sudah ditinggalkan.',
  },
  '542': {
    name: 'Ditolak (tidak standar)',
    description:
      'Kode penolakan tidak standar yang dikirim oleh sebagian layanan penyaringan. Klien bertindak berdasarkan digit pertama, jadi ini kegagalan permanen.',
    whenSeen: "Biasanya pada RCPT TO atau setelah data, dari gateway keamanan, dengan teks pendek seperti 'Rejected'.",
    fix: 'Lihat teks dan kode lanjutan (jika ada) untuk alasannya, atasi penyebab yang paling mungkin (konten, reputasi, atau alamat), dan hubungi administrator penerima jika tetap tidak jelas.',
  },
  // ------------------------------------------------------------------ kelas kode dasar
  '2xx': {
    name: 'Selesai dengan sukses (2xx)',
    description:
      'Balasan berawalan 2 yang tidak tercantum di katalog ini. Apa pun kode persisnya, digit pertama menyatakan tindakan yang diminta sudah selesai.',
    whenSeen: 'Sebagai jawaban perintah apa saja, dari server yang memakai kode sukses di luar yang umum.',
    fix: 'Tidak ada yang perlu diperbaiki; anggap perintahnya berhasil.',
  },
  '3xx': {
    name: 'Lanjutan positif (3xx)',
    description:
      'Balasan berawalan 3 yang tidak tercantum di katalog ini. Digit pertama menyatakan server menerima perintah sejauh ini dan menunggu masukan berikutnya dari klien.',
    whenSeen: 'Di tengah pertukaran beberapa langkah, seperti saat mengirim data pesan atau saat autentikasi.',
    fix: 'Tidak ada yang perlu diperbaiki selama klien melanjutkan pertukaran. Jika sesi macet di sini, kemungkinan klien tidak mendukung langkah yang diharapkan server.',
  },
  '4xx': {
    name: 'Gagal sementara (4xx)',
    description:
      'Balasan berawalan 4 yang tidak tercantum di katalog ini. Digit pertama menyatakan tindakan gagal kali ini, tetapi kondisinya diperkirakan hanya sementara.',
    whenSeen: 'Di titik mana pun dalam sesi, dari server yang memakai kode sendiri atau kode di luar daftar standar.',
    fix: 'Simpan pesan di antrean dan coba lagi nanti; baca teks dan kode lanjutan (jika ada) untuk mengetahui alasannya.',
  },
  '5xx': {
    name: 'Gagal permanen (5xx)',
    description:
      'Balasan berawalan 5 yang tidak tercantum di katalog ini. Digit pertama menyatakan tindakan gagal dan mengulang permintaan yang sama tanpa perubahan akan gagal lagi.',
    whenSeen: 'Di titik mana pun dalam sesi, ketika server menolak sesuatu dengan kode di luar daftar standar.',
    fix: 'Jangan kirim ulang tanpa perubahan. Baca teks dan kode lanjutan (jika ada) untuk mengetahui apa yang harus diubah, atau hubungi situs penerima.',
  },
  // ------------------------------------------------------------------ kode status lanjutan X.0.X dan X.1.X
  'X.0.0': {
    name: 'Status lain yang tidak terdefinisi',
    description:
      'Server melaporkan hasil tanpa rincian penyebabnya; X.0.0 adalah kode umum untuk kasus yang tidak tercakup kode lain yang lebih spesifik. Hanya digit kelasnya yang bermakna: 2 berhasil, 4 mungkin berhasil nanti, 5 gagal untuk seterusnya.',
    whenSeen:
      'Sering muncul pada penolakan umum dari server yang tidak memetakan kesalahannya ke kode terperinci, seperti `550 5.0.0` untuk penerima yang ditolak atau `451 4.0.0` untuk gangguan internal. Alasan sebenarnya biasanya ada di teks balasan.',
    fix: 'Baca teks balasannya, karena kode ini sendiri tidak menjelaskan apa-apa. Coba ulang 4.0.0 sesuai jadwal biasa; untuk 5.0.0, cari penyebabnya di teks atau tanyakan kepada situs penerima sebelum mengirim lagi.',
  },
  'X.1.0': {
    name: 'Status alamat lainnya',
    description:
      'Ada masalah pada salah satu alamat di amplop pesan, entah pengirim atau penerima, tetapi server tidak menjelaskan apa persisnya.',
    whenSeen:
      'Muncul ketika server menolak alamat MAIL FROM atau RCPT TO tanpa membedakan pengguna tidak dikenal, sintaks salah, atau domain yang diblokir, misalnya `550 5.1.0 Address rejected` saja.',
    fix: 'Periksa alamat pengirim di amplop dan alamat penerima dari salah ketik, dan pastikan kedua domainnya ada. Teks balasan biasanya menyebut alamat mana yang bermasalah.',
  },
  'X.1.1': {
    name: 'Alamat kotak surat tujuan salah',
    description:
      'Kotak surat penerima tidak ada: server memang bertanggung jawab atas domain itu, tetapi tidak mengenal bagian lokalnya (teks di sebelah kiri @). RFC 3463 menganggapnya kegagalan permanen.',
    whenSeen:
      'Bounce klasik "user unknown", biasanya `550 5.1.1` sebagai jawaban RCPT TO untuk alamat yang salah ketik, sudah dihapus, atau memang tidak pernah ada. Sebagian server mengirim `450`/`451 4.1.1` selama tidak bisa memeriksa direktori penggunanya.',
    fix: 'Perlakukan 5.1.1 sebagai hard bounce: berhenti mengirim ke alamat itu dan hapus dari daftar Anda, atau tanyakan alamat yang benar kepada penerima. 4.1.1 boleh dicoba ulang, tetapi jika terus kembali, tangani sebagai kegagalan permanen.',
  },
  'X.1.2': {
    name: 'Alamat sistem tujuan salah',
    description:
      'Bagian domain dari alamat penerima (di sebelah kanan @) salah: host-nya tidak ada atau tidak dapat menerima surat. Ini kegagalan permanen.',
    whenSeen:
      'Muncul ketika domain penerima salah eja, sudah kedaluwarsa, atau tidak punya catatan DNS yang bisa dipakai, misalnya `550 5.1.2 Host unknown` dari sendmail, yang sering dibuat oleh pihak pengirim sendiri.',
    fix: 'Periksa ejaan domain dan apakah domain itu masih memasang catatan MX atau catatan alamat (misalnya dengan `dig MX example.com`). Jika domainnya sudah tidak ada, hapus alamat tersebut.',
  },
  'X.1.3': {
    name: 'Sintaks alamat kotak surat tujuan salah',
    description:
      'Alamat penerima tidak mengikuti sintaks alamat yang sah, sehingga tidak bisa dipakai apa pun domainnya.',
    whenSeen:
      'Biasanya `501 5.1.3` atau `553 5.1.3` sebagai jawaban RCPT TO ketika alamat berisi spasi atau karakter terlarang, memiliki dua tanda @, atau tidak diapit tanda kurung sudut.',
    fix: 'Perbaiki alamat di sumbernya (formulir, impor daftar, atau klien yang menyusun RCPT TO) dan validasi alamat sebelum mengirim. Teks alamat yang sama akan selalu gagal.',
  },
  'X.1.4': {
    name: 'Alamat kotak surat tujuan ambigu',
    description:
      'Alamat penerima cocok dengan lebih dari satu kotak surat di tujuan, sehingga server tidak tahu mana yang dimaksud.',
    whenSeen:
      'Jarang; muncul dari server yang mencocokkan nama pendek atau alamat sebagian dengan direktori, ketika nama yang diberikan cocok untuk beberapa orang.',
    fix: 'Gunakan alamat lengkap dan persis milik penerima, bukan nama pendek atau alias. Penerima atau administratornya bisa memberi tahu bentuk alamat yang unik.',
  },
  'X.1.5': {
    name: 'Alamat tujuan valid',
    description: 'Kode sukses: alamat penerima sudah diperiksa dan diterima.',
    whenSeen:
      'Dalam balasan `250 2.1.5` untuk RCPT TO dari server yang mengumumkan kode status lanjutan, seperti Postfix, Exchange, dan Gmail.',
    fix: 'Tidak perlu tindakan apa pun; penerima sudah diterima dan klien bisa melanjutkan ke penerima berikutnya atau DATA.',
  },
  'X.1.6': {
    name: 'Kotak surat tujuan sudah pindah, tanpa alamat penerusan',
    description:
      'Penerima dulu bisa dihubungi di alamat ini tetapi sudah pindah, dan server tidak mengetahui alamat baru untuk meneruskan pesan. Ini kegagalan permanen.',
    whenSeen:
      'Muncul untuk orang yang sudah keluar dari suatu organisasi atau akun yang sudah ditutup, ketika situs tersebut masih mencatat bahwa pemiliknya sudah pergi; biasanya dengan `550` atau `551`.',
    fix: 'Berhenti mengirim ke alamat ini dan hapus dari daftar Anda. Tanyakan alamat barunya kepada orang tersebut lewat saluran lain.',
  },
  'X.1.7': {
    name: 'Sintaks alamat kotak surat pengirim salah',
    description: 'Alamat pengirim di amplop yang diberikan pada MAIL FROM tidak mengikuti sintaks alamat yang sah.',
    whenSeen:
      'Biasanya sebagai jawaban MAIL FROM, misalnya `501 5.1.7 Bad sender address syntax` dari Postfix, ketika aplikasi mengirim return path yang cacat, tanpa kurung sudut, atau bagian lokalnya tidak valid.',
    fix: 'Perbaiki alamat pengirim di pengaturan aplikasi atau MTA agar MAIL FROM berisi alamat yang benar di dalam kurung sudut. Semua pesan dari pengirim itu akan gagal sampai hal ini diperbaiki.',
  },
  'X.1.8': {
    name: 'Alamat sistem pengirim salah',
    description:
      'Domain pengirim di amplop tidak dapat diterima: domain itu tidak ada, tidak bisa di-resolve, atau tidak akan bisa menerima balasan.',
    whenSeen:
      'Sering muncul sebagai `450 4.1.8` atau `550 5.1.8` "Sender address rejected: Domain not found" dari server yang memeriksa apakah domain pengirim punya catatan DNS; bentuk 4xx berarti pencarian DNS hanya gagal untuk sementara.',
    fix: 'Kirim dari domain yang ada di DNS publik dengan catatan MX atau catatan alamat, dan jangan pernah memakai nama internal seperti `localhost` atau `.local` di return path. Coba ulang 4.1.8 setelah masalah DNS teratasi.',
  },
  'X.1.9': {
    name: 'Pesan diteruskan ke sistem surat yang tidak patuh',
    description:
      'Alamatnya valid dan pesan sudah diserahkan ke sistem yang tidak ikut melaporkan status, jadi tidak akan ada informasi status lanjutan. Didaftarkan oleh RFC 3886.',
    whenSeen:
      'Terutama dalam jawaban pelacakan pesan dan notifikasi status pengiriman, bukan dalam balasan SMTP langsung; biasanya sebagai 2.1.9 setelah gateway menyerahkan pesan ke sistem lama atau sistem non-SMTP.',
    fix: 'Biasanya tidak perlu apa-apa; pesan hanya sudah keluar dari bagian jalur yang melaporkan status. Jika Anda butuh bukti pesan sampai, tanyakan langsung kepada penerima.',
  },
  'X.1.10': {
    name: 'Alamat penerima memiliki null MX',
    description:
      'Domain penerima memasang catatan null MX (RFC 7505), yang menyatakan bahwa domain itu sama sekali tidak menerima email.',
    whenSeen:
      'Dikembalikan sebagai `556 5.1.10` ketika satu-satunya MX sebuah domain adalah null MX `.`; Microsoft 365 juga memakai 5.1.10 dengan `RESOLVER.ADR.RecipientNotFound` untuk penerima yang tidak dikenal direktorinya.',
    fix: 'Berhenti mengirim ke alamat di domain itu: null MX adalah pernyataan sengaja bahwa domain tersebut tidak menerima surat. Untuk kasus RecipientNotFound dari Microsoft, tangani seperti pengguna tidak dikenal dan perbaiki atau hapus alamatnya.',
  },
  // ------------------------------------------------------------------ X.2.X kotak surat
  'X.2.0': {
    name: 'Status kotak surat lain atau tidak terdefinisi',
    description: 'Kotak surat penerima ada, tetapi mengalami masalah yang tidak dirinci lebih jauh oleh server.',
    whenSeen:
      'Muncul sebagai `450 4.2.0` atau `550 5.2.0` dari server yang mengelompokkan berbagai masalah di sisi kotak surat, misalnya kotak surat terkunci atau tidak tersedia; sebagian konfigurasi greylisting juga menjawab `450 4.2.0`.',
    fix: 'Baca teks balasan untuk mengetahui penyebab sebenarnya. Coba ulang 4.2.0 nanti; untuk 5.2.0, penerima atau administratornya harus membereskan kotak surat sebelum surat bisa masuk.',
  },
  'X.2.1': {
    name: 'Kotak surat dinonaktifkan, tidak menerima pesan',
    description:
      'Kotak suratnya ada tetapi dimatikan atau ditangguhkan dan tidak menerima surat. RFC 3463 mengizinkannya sebagai kegagalan permanen maupun sementara, tergantung apakah kotak surat diperkirakan akan aktif lagi.',
    whenSeen:
      'Muncul untuk akun yang ditangguhkan, dikunci, atau tidak aktif, seperti `550 5.2.1` dari Gmail untuk akun yang dinonaktifkan; Gmail juga mengirim `450 4.2.1` ketika satu penerima menerima surat terlalu cepat.',
    fix: 'Untuk 5.2.1, berhenti mengirim dan anggap alamat itu tidak aktif; hubungi orangnya dengan cara lain. Untuk 4.2.1, coba lagi nanti dan kirim ke penerima itu dengan lebih lambat.',
  },
  'X.2.2': {
    name: 'Kotak surat penuh',
    description:
      'Kotak surat penerima sudah mencapai kuota penyimpanannya dan tidak bisa menampung pesan ini. RFC 3463 memaksudkannya sebagai kondisi sementara yang bisa berlangsung agak lama, karena pemiliknya dapat mengosongkan ruang.',
    whenSeen:
      'Sering muncul sebagai `452 4.2.2` atau `552 5.2.2` "over quota"; banyak penyedia besar mengirim bentuk permanen walaupun kotak suratnya mungkin dikosongkan nanti.',
    fix: 'Coba ulang 4.2.2 sesuai jadwal biasa. Tangani 5.2.2 sebagai soft bounce: jangan langsung kirim ulang, dan hapus alamatnya hanya jika kotak surat tetap penuh selama beberapa hari atau minggu.',
  },
  'X.2.3': {
    name: 'Panjang pesan melebihi batas administratif',
    description:
      'Pesan lebih besar daripada yang diizinkan untuk satu pesan oleh kotak surat penerima atau kebijakan situs. Ini batas administratif, bukan karena kapasitas sistem kurang.',
    whenSeen:
      'Biasanya `552 5.2.3` pada DATA atau setelah data pesan, ketika lampiran membuat ukuran pesan melewati batas yang ditetapkan untuk penerima atau domain tersebut.',
    fix: 'Kirim pesan yang lebih kecil: kompres atau buang lampiran, atau bagikan file besar lewat tautan. Pesan yang sama akan ditolak lagi jika dikirim tanpa perubahan.',
  },
  'X.2.4': {
    name: 'Masalah ekspansi milis',
    description:
      'Penerimanya adalah milis (mailing list) atau alias, dan server tidak berhasil menjabarkannya menjadi alamat-alamat anggotanya.',
    whenSeen:
      'Muncul dengan `450` atau `452` ketika server milis atau ekspansi alias gagal, misalnya karena definisi milisnya rusak atau sumber data anggotanya tidak bisa dibaca.',
    fix: 'Coba ulang 4.2.4 nanti. Untuk 5.2.4, hubungi pemilik milis atau postmaster domain milis tersebut, karena kesalahannya ada di pengaturan milis, bukan di pesan Anda.',
  },
  // ------------------------------------------------------------------ X.3.X sistem surat
  'X.3.0': {
    name: 'Status sistem surat lain atau tidak terdefinisi',
    description:
      'Status mengenai sistem surat penerima secara keseluruhan, bukan kotak surat atau alamatnya, tanpa kode yang lebih tepat; dalam bentuk 2.3.0 kode ini melaporkan keberhasilan umum.',
    whenSeen:
      'Dipakai bersama banyak kode dasar: `250 2.3.0` setelah data diterima di sebagian server, `421` atau `451 4.3.0` untuk kesalahan internal dan gangguan sementara, serta `550` atau `554 5.3.0` untuk penolakan umum di tingkat sistem.',
    fix: 'Untuk 4.3.0, coba lagi nanti; biasanya kesalahannya ada di sisi penerima. Untuk 5.3.0, baca teks balasan dan, jika tetap tidak jelas, hubungi postmaster situs penerima.',
  },
  'X.3.1': {
    name: 'Sistem surat penuh',
    description:
      'Sistem penerima kehabisan ruang penyimpanan untuk surat secara umum (ruang disk atau antrean), bukan hanya untuk satu kotak surat. Ini kondisi sementara yang bisa berlangsung agak lama.',
    whenSeen:
      'Biasanya `452 4.3.1 Insufficient system storage` dari Postfix atau sendmail ketika file system antrean hampir penuh.',
    fix: 'Biarkan pesan di antrean dan dicoba ulang; administrator penerima harus mengosongkan ruang disk. Jika servernya milik Anda, kosongkan ruang di file system antrean atau kurangi cadangan ruang yang disyaratkannya.',
  },
  'X.3.2': {
    name: 'Sistem tidak menerima pesan dari jaringan',
    description:
      'Host ini tidak menerima surat dari jaringan, entah untuk sementara (perawatan, sedang dimatikan) atau untuk seterusnya. RFC 7504 memasangkan bentuk permanennya dengan 521 untuk host yang tidak menerima surat.',
    whenSeen:
      'Muncul sebagai `421 4.3.2` atau `453 4.3.2` saat server dimatikan atau sedang dalam perawatan (Exchange memakai `421 4.3.2 Service not available`), dan sebagai `521 5.3.2` dari host yang tidak pernah menerima surat.',
    fix: 'Untuk bentuk 4xx, biarkan pesan di antrean dan coba lagi nanti. Untuk `521 5.3.2`, berhenti mencoba host itu dan pastikan Anda mengirim ke MX yang benar untuk domain tersebut.',
  },
  'X.3.3': {
    name: 'Sistem tidak mampu menjalankan fitur yang dipilih',
    description:
      'Pesan atau perintah meminta fitur, misalnya opsi pengiriman atau ekstensi, yang tidak didukung oleh sistem penerima.',
    whenSeen:
      'Muncul ketika klien meminta opsi yang tidak ditawarkan server, atau ketika gateway tidak bisa membawa fitur pesan tersebut ke sistem berikutnya.',
    fix: 'Kirim tanpa fitur yang tidak didukung, atau periksa balasan EHLO server untuk melihat apa yang ditawarkan lalu sesuaikan klien. Jika fitur itu wajib, situs penerima harus menambahkan dukungannya.',
  },
  'X.3.4': {
    name: 'Pesan terlalu besar untuk sistem',
    description:
      'Pesan lebih besar daripada yang mampu ditangani sistem penerima sama sekali, berbeda dengan batas kebijakan per penerima. Ini kegagalan permanen.',
    whenSeen:
      'Biasanya `552 5.3.4 Message size exceeds fixed limit`, yang dikirim Postfix ketika pesan melewati ukuran maksimum yang dikonfigurasi, atau penolakan nilai SIZE= pada MAIL FROM yang melebihi SIZE yang diumumkan.',
    fix: 'Periksa nilai SIZE dalam balasan EHLO server dan jaga ukuran pesan di bawahnya; pindahkan lampiran besar ke tautan berbagi file. Mencoba ulang pesan yang sama tidak akan membantu.',
  },
  'X.3.5': {
    name: 'Konfigurasi sistem salah',
    description: 'Sistem penerima memiliki kesalahan konfigurasi yang membuatnya tidak bisa menangani pesan.',
    whenSeen:
      'Muncul ketika pengaturan server itu sendiri rusak, misalnya transport yang hilang, domain virtual atau tabel lookup yang salah atur; Postfix melaporkan gangguan semacam ini sebagai `451 4.3.5 Server configuration error` dan tetap menyimpan suratnya.',
    fix: 'Kesalahannya ada di sisi penerima: coba ulang 4.3.5 nanti dan beri tahu postmaster penerima jika berlangsung lama. Jika servernya milik Anda, log server akan menyebut pengaturan mana yang salah.',
  },
  'X.3.6': {
    name: 'Prioritas yang diminta diubah',
    description:
      'Pemberitahuan sukses dari ekstensi prioritas SMTP (RFC 6710): pesan diterima, tetapi dengan prioritas yang berbeda dari yang diminta.',
    whenSeen:
      'Dalam balasan `250` atau `251` dari server yang mendukung MT-PRIORITY, ketika kebijakan situs menaikkan atau menurunkan prioritas yang diminta klien.',
    fix: 'Tidak perlu tindakan apa pun untuk pengirimannya. Jika prioritas penting bagi Anda, tanyakan kepada situs penerima tingkat prioritas mana yang diizinkan untuk pengirim Anda.',
  },
  // ------------------------------------------------------------------ X.4.X jaringan dan perutean
  'X.4.0': {
    name: 'Status jaringan atau perutean lain atau tidak terdefinisi',
    description: 'Terjadi masalah di jaringan atau dalam perutean pesan, tanpa kode yang lebih spesifik.',
    whenSeen:
      'Terutama dalam laporan bounce dan penundaan yang ditulis pihak pengirim ketika pengiriman gagal karena alasan jaringan, dan lebih jarang dalam balasan langsung dari server penerima.',
    fix: 'Coba ulang 4.4.0 nanti dan periksa DNS, firewall, serta konektivitas ke tujuan jika terus berulang. Untuk 5.4.0, baca teks diagnostiknya untuk mengetahui masalah peruteannya sebelum mengirim lagi.',
  },
  'X.4.1': {
    name: 'Tidak ada jawaban dari host',
    description:
      'Pihak pengirim tidak berhasil tersambung ke host tujuan: percobaan koneksi habis waktu atau ditolak. Ini kondisi sementara yang bisa berlangsung agak lama.',
    whenSeen:
      'Biasanya dibuat oleh MTA pengirim sendiri, misalnya Postfix yang menunda pesan dengan 4.4.1 setelah "Connection timed out" atau "Connection refused", ketika MX tujuan mati atau port 25 diblokir.',
    fix: 'Biarkan antrean terus mencoba ulang. Jika tidak kunjung berhasil, pastikan port 25 keluar terbuka dari jaringan Anda dan host MX penerima hidup serta dapat dijangkau.',
  },
  'X.4.2': {
    name: 'Koneksi buruk',
    description:
      'Koneksi sempat terbentuk, tetapi kemudian putus atau diputus di tengah transaksi. Ini kondisi sementara yang bisa berlangsung agak lama.',
    whenSeen:
      'Sering muncul sebagai `421 4.4.2` ketika server menutup sesi yang menganggur atau terlalu lambat, dan di log pengirim sendiri ketika koneksi hilang di tengah transaksi.',
    fix: 'Coba ulang; pesan biasanya lolos pada percobaan berikutnya. Jika terus terjadi, cari klien yang lambat, jalur jaringan yang tidak stabil, atau firewall yang memutus sesi SMTP yang panjang.',
  },
  'X.4.3': {
    name: 'Kegagalan server direktori',
    description:
      'Server tidak dapat menghubungi layanan direktori yang dibutuhkannya untuk perutean, paling sering DNS. RFC 3463 membatasinya untuk kegagalan sementara yang bisa berlangsung agak lama.',
    whenSeen:
      'Muncul sebagai `451 4.4.3` ketika pencarian DNS untuk domain penerima habis waktu atau gagal, dan dalam penundaan yang ditulis MTA pengirim karena kesalahan DNS; registri juga mencantumkan `550` bersamanya.',
    fix: 'Coba lagi nanti. Jika berlangsung lama, periksa resolver yang dipakai server pengirim dan name server otoritatif milik domain penerima.',
  },
  'X.4.4': {
    name: 'Tidak dapat merutekan',
    description:
      'Sistem surat tidak bisa menentukan ke mana pesan harus dikirim berikutnya, biasanya karena domainnya tidak memiliki informasi perutean yang bisa dipakai.',
    whenSeen:
      'Sering berupa 5.4.4 dalam bounce dari Postfix ketika domain penerima tidak ada atau tidak punya catatan MX maupun catatan alamat, dan 4.4.4 ketika informasi perutean hanya hilang untuk sementara.',
    fix: 'Pastikan domain penerima ada dan memasang catatan MX yang benar. Coba ulang 4.4.4; untuk 5.4.4, perbaiki atau hapus alamatnya.',
  },
  'X.4.5': {
    name: 'Sistem surat padat',
    description:
      'Sistem surat penerima kelebihan beban dan tidak dapat menangani pesan saat ini. Ini kondisi sementara yang bisa berlangsung agak lama.',
    whenSeen:
      'Biasanya `451 4.4.5` atau `421 4.4.5` ketika server sedang menanggung beban berat atau terlalu banyak koneksi terbuka, kadang juga sebagai pembatasan terhadap pengirim yang terlalu sibuk.',
    fix: 'Kurangi laju pengiriman, lalu coba lagi nanti dengan koneksi paralel yang lebih sedikit; antrean biasanya berhasil mengirim setelah bebannya turun.',
  },
  'X.4.6': {
    name: 'Perulangan perutean terdeteksi',
    description:
      'Pesan terdeteksi berputar-putar di antara sistem atau melewati terlalu banyak hop. RFC 3463 mencantumkannya sebagai sementara, tetapi perulangan jarang hilang tanpa diperbaiki manusia.',
    whenSeen:
      'Muncul ketika catatan MX, aturan penerusan, atau pengaturan relay mengirim surat kembali ke host yang sudah dilaluinya, seperti `mail for ... loops back to myself` dari Postfix atau bounce `554 5.4.6 Too many hops`.',
    fix: 'Periksa catatan MX, aturan penerusan, dan pengaturan relay pada domain-domain yang terlibat untuk menemukan siklusnya, lalu kirim ulang. Jika perulangannya ada di sisi penerima, beri tahu postmaster mereka.',
  },
  'X.4.7': {
    name: 'Waktu pengiriman habis',
    description:
      'Pesan tertahan di antrean lebih lama dari umur yang diizinkan, atau melewati batas waktu pengirimannya, lalu dilepaskan tanpa terkirim.',
    whenSeen:
      'Ditemukan dalam bounce sebagai 5.4.7 setelah MTA pengirim mencoba ulang kegagalan sementara sampai umur antreannya (sering beberapa hari) habis, dan sebagai 4.4.7 dalam pemberitahuan penundaan seperti milik Exchange; Microsoft juga mengirim `550 4.4.7 QUEUE.Expired` yang kelasnya tidak cocok.',
    fix: 'Lihat kesalahan sementara sebelumnya di laporan, yang menunjukkan mengapa pesan tidak bisa terkirim tepat waktu. Atasi penyebabnya, misalnya pemblokiran, pembatasan laju, atau host yang tidak dapat dijangkau, lalu kirim pesannya lagi.',
  },
  // ------------------------------------------------------------------ X.5.X protokol
  'X.5.0': {
    name: 'Status protokol lain atau tidak terdefinisi',
    description:
      'Status mengenai dialog SMTP itu sendiri (perintah, urutannya, ekstensi) tanpa kode yang lebih spesifik; bentuk 2.5.0 berarti sukses secara umum.',
    whenSeen:
      'Muncul bersama banyak kode dasar; registri mencantumkan empat belas, mulai dari balasan sukses seperti `250` sampai kesalahan protokol seperti `503` atau `554 5.5.0`.',
    fix: 'Baca teksnya untuk melihat perintah atau langkah mana yang dipermasalahkan server. Coba ulang 4.5.0 nanti; untuk 5.5.0, periksa urutan perintah klien dan ekstensi yang dipakainya.',
  },
  'X.5.1': {
    name: 'Perintah tidak valid',
    description:
      'Server tidak mengenali perintah tersebut, atau perintah datang pada tahap sesi yang tidak mengizinkannya. RFC 3463 menganggapnya kesalahan permanen.',
    whenSeen:
      'Sering muncul sebagai `500 5.5.1` untuk perintah yang tidak dikenal, `503 5.5.1` untuk perintah yang salah urutan (RCPT sebelum MAIL, MAIL sebelum EHLO), dan `530 5.5.1 Authentication Required` ketika langkah seperti AUTH harus dilakukan lebih dulu.',
    fix: 'Periksa dialog SMTP klien di log protokol: EHLO dulu, lalu STARTTLS dan AUTH jika diwajibkan, kemudian MAIL, RCPT, dan DATA secara berurutan. Penyebab yang biasa adalah pustaka klien yang usang atau salah konfigurasi.',
  },
  'X.5.2': {
    name: 'Kesalahan sintaks',
    description:
      'Baris perintah tidak dapat diurai karena ada kesalahan sintaks, walaupun server mungkin mengenal perintahnya.',
    whenSeen:
      'Biasanya `500 5.5.2` atau `501 5.5.2` untuk baris perintah yang cacat, byte yang tidak semestinya, atau LF tanpa CR; Postfix juga menjawab `501 5.5.2` untuk nama HELO yang tidak valid.',
    fix: 'Rekam perintah persis yang dikirim klien dan perbaiki formatnya, termasuk akhir baris CRLF, kurung sudut di sekitar alamat, dan nama HELO yang valid. Mengirim ulang tanpa perubahan akan gagal lagi.',
  },
  'X.5.3': {
    name: 'Terlalu banyak penerima',
    description:
      'Pesan memiliki lebih banyak penerima daripada yang diterima server dalam satu transaksi. RFC 3463 mendefinisikannya sebagai sementara: sisa penerima bisa dikirim dalam transaksi lain.',
    whenSeen:
      'Biasanya `452 4.5.3 Error: too many recipients` sebagai jawaban RCPT TO yang melebihi batas per pesan di server; sebagian server memakai bentuk 5.5.3 untuk batas kebijakan.',
    fix: 'Bagi daftar penerima: kirim ke penerima yang sudah diterima dan kirim sisanya dalam transaksi berikutnya. MTA yang baik melakukannya sendiri; pengirim massal sebaiknya membatasi jumlah penerima per pesan.',
  },
  'X.5.4': {
    name: 'Argumen perintah tidak valid',
    description:
      'Perintahnya valid, tetapi salah satu argumen atau parameternya tidak dapat diterima, misalnya parameter MAIL FROM yang tidak dikenal atau nilai yang salah.',
    whenSeen:
      'Muncul sebagai `501 5.5.4` atau `555 5.5.4` ketika klien memberikan parameter yang tidak diumumkan server (misalnya nilai SMTPUTF8, SIZE, atau BODY) atau argumen yang salah untuk AUTH atau HELO.',
    fix: 'Kirim hanya parameter yang dicantumkan server dalam balasan EHLO-nya, dengan nilai yang valid. Perbarui atau atur ulang klien jika ia memakai ekstensi tanpa memeriksanya dulu.',
  },
  'X.5.5': {
    name: 'Versi protokol salah',
    description: 'Kedua pihak memakai versi protokol surat yang tidak saling cocok.',
    whenSeen:
      'Jarang di SMTP; bisa muncul ketika klien berbicara dengan dialek yang berbeda dari yang diharapkan server di port tersebut, misalnya LMTP ke server SMTP, atau varian lama yang tidak lagi diterima server.',
    fix: 'Pastikan klien memakai protokol dan versi yang diharapkan port tersebut: SMTP di port 25, submission di port 587 atau 465, dan LMTP hanya di tempat yang dikonfigurasi untuknya.',
  },
  'X.5.6': {
    name: 'Baris pertukaran autentikasi terlalu panjang',
    description:
      'Satu baris dalam pertukaran SMTP AUTH lebih panjang daripada yang diizinkan server. Didaftarkan oleh RFC 4954.',
    whenSeen:
      'Muncul sebagai `500 5.5.6` ketika klien menaruh token yang sangat panjang, seperti kredensial OAuth atau Kerberos yang besar, dalam satu baris AUTH.',
    fix: 'Biarkan klien mengirim kredensial setelah prompt 334 dari server, bukan sebagai respons awal, atau naikkan batas panjang baris jika servernya milik Anda.',
  },
  // ------------------------------------------------------------------ X.6.X media dan konten
  'X.6.0': {
    name: 'Kesalahan media lain atau tidak terdefinisi',
    description:
      'Ada bagian dari isi pesan atau formatnya yang tidak bisa ditangani, tanpa kode media yang lebih spesifik.',
    whenSeen:
      'Muncul untuk penolakan di tingkat konten seperti MIME yang cacat, jenis lampiran yang diblokir, atau filter konten, misalnya `554 5.6.0` atau `550 5.6.0`.',
    fix: 'Periksa struktur pesan (MIME yang valid, encoding dan header yang benar) dan hapus lampiran yang mungkin diblokir pihak penerima, lalu kirim ulang.',
  },
  'X.6.1': {
    name: 'Media tidak didukung',
    description: 'Pesan berisi jenis media yang tidak didukung oleh tujuan. Ini kegagalan permanen.',
    whenSeen:
      'Muncul ketika gateway atau kotak surat tidak bisa menerima suatu jenis konten, atau ketika filter memblokir jenis lampiran seperti file executable atau arsip.',
    fix: 'Kirim konten dalam format yang didukung, misalnya teks biasa atau PDF sebagai ganti jenis yang ditolak, atau taruh file di tempat yang bisa diunduh penerima.',
  },
  'X.6.2': {
    name: 'Konversi diperlukan tetapi dilarang',
    description: 'Pesan harus dikonversi agar bisa terkirim, tetapi konversi tidak diizinkan untuk pesan tersebut.',
    whenSeen:
      'Muncul ketika pesan harus diubah agar bisa melewati suatu hop, misalnya dari 8-bit ke 7-bit atau ke jenis media lain, tetapi pesannya ditandatangani atau ditandai agar tidak boleh diubah.',
    fix: 'Kirim pesan dalam bentuk yang bisa dibawa jalurnya tanpa perubahan, seperti MIME 7-bit dengan encoding quoted-printable atau base64, atau izinkan konversi.',
  },
  'X.6.3': {
    name: 'Konversi diperlukan tetapi tidak didukung',
    description:
      'Pengiriman mengharuskan pesan dikonversi, dan sistem di jalurnya tidak punya cara untuk melakukannya.',
    whenSeen:
      'Biasanya `554 5.6.3` ketika konten 8-bit bertemu hop yang hanya menerima data 7-bit dan tidak bisa menurunkannya, atau ketika gateway tidak bisa menerjemahkan konten ke format tujuannya.',
    fix: 'Enkode pesan agar tidak perlu dikonversi, misalnya base64 atau quoted-printable untuk bagian 8-bit, lalu kirim ulang.',
  },
  'X.6.4': {
    name: 'Konversi dilakukan dengan kehilangan data',
    description:
      'Pesan dikonversi dalam perjalanan dan sebagian informasinya hilang. Sebagai kode sukses, ini peringatan; sebagai kegagalan, artinya konversi yang menghilangkan data sebenarnya diperlukan tetapi dilarang.',
    whenSeen:
      'Terutama dalam notifikasi status pengiriman dari gateway, misalnya 2.6.4 ketika format atau lampiran terbuang saat pesan dialihkan ke sistem surat lain.',
    fix: 'Tanyakan kepada penerima apakah isinya sampai dengan utuh, dan kirim bagian pentingnya dalam format yang lebih sederhana jika tidak.',
  },
  'X.6.5': {
    name: 'Konversi gagal',
    description: 'Konversi isi pesan sudah dicoba, tetapi gagal.',
    whenSeen:
      'Muncul dari gateway dan sistem penulis ulang konten yang tidak bisa mengonversi pesan, misalnya karena encoding rusak atau set karakter yang tidak bisa dipetakan; bentuk 4xx berarti percobaan ulang mungkin berhasil.',
    fix: 'Periksa struktur MIME dan deklarasi set karakter pesan dari kesalahan. Coba ulang 4.6.5; untuk 5.6.5, kirim versi yang sudah diperbaiki atau lebih sederhana.',
  },
  'X.6.6': {
    name: 'Isi pesan tidak tersedia',
    description:
      'Isi pesan yang ditunjuk klien tidak dapat diambil. Didaftarkan oleh RFC 4468 untuk BURL, di mana server submission mengambil pesan dari URL IMAP.',
    whenSeen:
      'Muncul sebagai `554 5.6.6` atau bentuk 4xx ketika submission BURL merujuk ke pesan IMAP yang tidak bisa diambil server, misalnya karena otorisasi URL sudah kedaluwarsa atau akses ditolak.',
    fix: 'Periksa otorisasi URL IMAP dan pastikan pesannya masih ada, lalu kirim lagi; untuk bentuk 4xx, coba lagi nanti. Jika terus gagal, kirim isinya dengan DATA saja.',
  },
  'X.6.7': {
    name: 'Alamat non-ASCII tidak diizinkan untuk pengirim/penerima tersebut',
    description:
      'Alamat yang berisi karakter non-ASCII dipakai di tempat yang tidak mengizinkannya, karena jalurnya tidak mendukung email internasional (SMTPUTF8, RFC 6531).',
    whenSeen:
      'Biasanya `553 5.6.7` sebagai jawaban RCPT TO atau `550 5.6.7` sebagai jawaban MAIL FROM ketika alamat internasional dikirim tanpa kesepakatan SMTPUTF8.',
    fix: 'Gunakan alamat alternatif berhuruf ASCII jika orangnya punya, atau kirim hanya melalui server yang mengumumkan SMTPUTF8 dan mintalah dengan parameter SMTPUTF8.',
  },
  'X.6.8': {
    name: 'Balasan berupa string UTF-8 diperlukan, tetapi tidak diizinkan oleh klien SMTP',
    description:
      'Jawaban server harus memuat teks UTF-8, misalnya alamat internasional, tetapi klien tidak meminta SMTPUTF8, sehingga jawaban itu tidak bisa diberikan.',
    whenSeen:
      'Muncul dengan `252`, `553`, atau `550`, misalnya sebagai jawaban VRFY atau EXPN, ketika balasannya menyangkut alamat non-ASCII dan klien tidak menegosiasikan SMTPUTF8.',
    fix: 'Aktifkan SMTPUTF8 di klien agar meminta balasan UTF-8, atau hindari perintah yang jawabannya memerlukan teks UTF-8.',
  },
  'X.6.9': {
    name: 'Pesan dengan header UTF-8 tidak dapat dikirim ke satu atau lebih penerima, sehingga pesan harus ditolak',
    description:
      'Pesan memiliki field header UTF-8 dan sedikitnya satu penerima tidak bisa menerimanya melalui SMTPUTF8, sehingga seluruh pesan ditolak.',
    whenSeen:
      'Muncul sebagai `550 5.6.9` (pasangan menurut registri) atau `554 5.6.9` setelah DATA (bentuk yang ditunjukkan RFC 6531) ketika pesan dengan header internasional sampai ke server yang tidak bisa menerimanya.',
    fix: 'Kirim kepada penerima tersebut versi pesan yang field header-nya hanya ASCII, dengan MIME encoded words, atau rutekan surat melalui server yang mendukung SMTPUTF8.',
  },
  'X.6.10': {
    name: '(usang: duplikat dari X.6.8)',
    description:
      'Kode usang yang didaftarkan RFC 6531 dengan arti yang sama dengan X.6.8; kode ini tidak boleh dikirim lagi, dan pembaca sebaiknya memperlakukannya sebagai X.6.8.',
    whenSeen:
      'Hampir tidak pernah ditemui; hanya dari perangkat lunak yang ditulis berdasarkan pendaftaran awal kode-kode SMTPUTF8.',
    fix: 'Tangani seperti X.6.8: aktifkan SMTPUTF8 di klien atau hindari permintaan yang jawabannya memerlukan UTF-8. Jika Anda menulis perangkat lunak server, kirim X.6.8 sebagai gantinya.',
  },
  // ------------------------------------------------------------------ X.7.X keamanan dan kebijakan
  'X.7.0': {
    name: 'Status keamanan lain atau tidak terdefinisi',
    description:
      'Status keamanan atau kebijakan tanpa kode yang lebih spesifik; bentuk 2.7.0 melaporkan bahwa langkah keamanan seperti autentikasi berhasil.',
    whenSeen:
      'Dipakai sangat luas: `235 2.7.0` setelah AUTH berhasil, `530 5.7.0 Must issue a STARTTLS command first` ketika enkripsi atau login harus dilakukan lebih dulu, dan `550` atau `554 5.7.0` untuk penolakan kebijakan yang umum.',
    fix: 'Untuk bentuk kegagalannya, baca teksnya: biasanya disebutkan apakah TLS, autentikasi, atau aturan kebijakan yang kurang. Aktifkan STARTTLS dan SMTP AUTH di klien jika diminta; untuk penolakan kebijakan, hubungi situs penerima.',
  },
  'X.7.1': {
    name: 'Pengiriman tidak diizinkan, pesan ditolak',
    description:
      'Pengirim tidak diizinkan mengirim pesan ini ke penerima ini, sehingga pesan ditolak. RFC 3463 memaksudkannya sebagai permanen, tetapi banyak server juga mengirim 4.7.1 untuk penolakan kebijakan sementara.',
    whenSeen:
      'Salah satu kode penolakan paling umum: penolakan oleh filter spam dan konten, terkena blocklist, relay ditolak untuk klien yang belum login (`554 5.7.1 Relay access denied`), dan pembatasan pengirim; `450`/`451 4.7.1` banyak dipakai untuk greylisting dan pemblokiran sementara.',
    fix: 'Baca teksnya untuk mengetahui kebijakan mana yang berlaku. Untuk relay ditolak, login dengan SMTP AUTH atau kirim lewat penyedia Anda sendiri; untuk penolakan spam atau blocklist, periksa reputasi IP dan domain, SPF, DKIM, DMARC, dan isi pesan, lalu ajukan penghapusan dari daftar. Coba ulang 4.7.1 nanti.',
  },
  'X.7.2': {
    name: 'Ekspansi milis dilarang',
    description:
      'Pengirim tidak diizinkan mengirim ke milis ini, sehingga pesan tidak akan dijabarkan ke para anggotanya. Ini kegagalan permanen.',
    whenSeen:
      'Muncul sebagai `550 5.7.2` saat mengirim ke milis atau grup distribusi terbatas yang hanya menerima anggota atau pengirim tertentu.',
    fix: 'Minta pemilik milis mengizinkan alamat Anda, atau kirim dari alamat yang terdaftar atau diizinkan.',
  },
  'X.7.3': {
    name: 'Konversi keamanan diperlukan tetapi tidak mungkin dilakukan',
    description:
      'Pesan memerlukan konversi yang berkaitan dengan keamanan, misalnya antar-format keamanan, dan konversi itu tidak mungkin dilakukan.',
    whenSeen:
      'Jarang; muncul di gateway antara sistem surat dengan format keamanan atau enkripsi yang berbeda, yang tidak bisa menerjemahkan pesan yang dilindungi.',
    fix: 'Kirim pesan dalam format keamanan yang didukung pihak penerima, atau tanpa perlindungan yang tidak bisa diterjemahkan gateway jika hal itu dapat diterima.',
  },
  'X.7.4': {
    name: 'Fitur keamanan tidak didukung',
    description:
      'Pesan atau perintah meminta fitur keamanan yang tidak didukung sistem penerima. Ini kegagalan permanen.',
    whenSeen:
      'Muncul sebagai `504 5.7.4` ketika klien meminta mekanisme AUTH atau opsi keamanan lain yang tidak ditawarkan server.',
    fix: 'Gunakan salah satu mekanisme dan opsi yang diumumkan server dalam balasan EHLO-nya, atau minta administratornya mengaktifkan yang Anda perlukan.',
  },
  'X.7.5': {
    name: 'Kegagalan kriptografi',
    description:
      'Operasi kriptografi pada pesan, seperti dekripsi atau pemeriksaan tanda tangan, gagal di sistem yang sebenarnya mampu mencobanya.',
    whenSeen:
      'Jarang dalam balasan SMTP; bisa muncul dari gateway yang mendekripsi atau memverifikasi pesan, dan dalam laporan pengiriman tentang surat terenkripsi.',
    fix: 'Periksa sertifikat dan kunci yang dipakai untuk menandatangani atau mengenkripsi pesan (masa berlaku, rantai kepercayaan, kunci penerima yang benar), lalu kirim ulang.',
  },
  'X.7.6': {
    name: 'Algoritma kriptografi tidak didukung',
    description: 'Pesan memakai algoritma kriptografi yang tidak didukung sistem penerima.',
    whenSeen:
      'Muncul dari gateway keamanan ketika pesan ditandatangani atau dienkripsi dengan algoritma yang tidak mereka implementasikan atau tidak lagi mereka terima.',
    fix: 'Tandatangani atau enkripsi dengan algoritma yang didukung luas dan diterima oleh sistem penerima.',
  },
  'X.7.7': {
    name: 'Kegagalan integritas pesan',
    description:
      'Pesan gagal dalam pemeriksaan integritas: rusak atau diubah dalam perjalanan. RFC 3463 mengizinkan rincian ini untuk kelas apa pun.',
    whenSeen:
      'Muncul dari sistem yang memverifikasi integritas pesan, misalnya ketika tanda tangan tidak lagi cocok karena isinya berubah selama pengiriman.',
    fix: 'Kirim ulang pesannya, dan cari sistem di jalur pengiriman yang mengubah isi setelah ditandatangani, seperti penambah footer, penulisan ulang, atau encoding ulang.',
  },
  'X.7.8': {
    name: 'Kredensial autentikasi tidak valid',
    description:
      'SMTP AUTH gagal karena nama pengguna, kata sandi, atau token tidak diterima. Didaftarkan oleh RFC 4954.',
    whenSeen:
      'Biasanya `535 5.7.8` di port submission ketika klien login dengan kata sandi yang salah, kedaluwarsa, atau dibatasi untuk aplikasi; Gmail menuliskannya "Username and Password not accepted".',
    fix: 'Periksa nama pengguna dan kata sandi yang diatur di klien; jika penyedia mewajibkannya, gunakan sandi aplikasi atau OAuth, bukan kata sandi akun. Jangan mencoba ulang terus-menerus, karena kegagalan berulang bisa mengunci akun.',
  },
  'X.7.9': {
    name: 'Mekanisme autentikasi terlalu lemah',
    description:
      'Mekanisme AUTH yang dipilih klien lebih lemah daripada yang diizinkan kebijakan server untuk pengguna ini.',
    whenSeen:
      'Muncul sebagai `534 5.7.9` ketika klien mencoba mekanisme teks biasa padahal yang lebih kuat diwajibkan; Gmail memakainya untuk meminta sandi khusus aplikasi.',
    fix: 'Atur klien agar memakai mekanisme yang lebih kuat yang ditawarkan server (atau OAuth), atau buat sandi khusus aplikasi jika penyedia memintanya.',
  },
  'X.7.10': {
    name: 'Enkripsi diperlukan',
    description: 'Server mewajibkan koneksi terenkripsi sebelum mengizinkan tindakan ini.',
    whenSeen:
      'Muncul sebagai `523 5.7.10` ketika klien mencoba mengirim atau login tanpa TLS ke server yang mewajibkannya.',
    fix: 'Aktifkan STARTTLS, atau TLS langsung di port 465, di klien dan pastikan pengaturan TLS-nya cocok dengan server.',
  },
  'X.7.11': {
    name: 'Enkripsi diperlukan untuk mekanisme autentikasi yang diminta',
    description:
      'Mekanisme AUTH yang dipilih hanya boleh dipakai melalui koneksi terenkripsi, biasanya karena kata sandi akan terbuka jika tidak.',
    whenSeen:
      'Biasanya `538 5.7.11` ketika klien mencoba PLAIN atau LOGIN sebelum STARTTLS; registri juga mencantumkan `524`.',
    fix: 'Kirim STARTTLS sebelum AUTH, atau sambungkan dengan TLS langsung, lalu login lagi.',
  },
  'X.7.12': {
    name: 'Diperlukan transisi kata sandi',
    description:
      'Pengguna harus mengganti atau mengatur kata sandi sebelum mekanisme AUTH ini bisa dipakai, misalnya pada login pertama. Kegagalannya sementara: hilang setelah kata sandi diatur.',
    whenSeen:
      'Muncul sebagai `432 4.7.12` sebagai jawaban AUTH ketika kata sandi akun harus diganti atau dikonversi untuk mekanisme yang dipilih; registri juga mencantumkan `422`.',
    fix: 'Login melalui antarmuka biasa milik penyedia, selesaikan penggantian kata sandi, lalu coba AUTH lagi.',
  },
  'X.7.13': {
    name: 'Akun pengguna dinonaktifkan',
    description: 'Akun yang dipakai untuk login dinonaktifkan, sehingga tidak boleh mengirim surat.',
    whenSeen:
      'Muncul sebagai `525 5.7.13` ketika akun pengirim ditangguhkan, dikunci, atau dinonaktifkan oleh penyedia atau administrator.',
    fix: 'Hubungi penyedia email atau administrator Anda untuk mengaktifkan kembali akun tersebut; semua percobaan akan gagal sampai saat itu.',
  },
  'X.7.14': {
    name: 'Hubungan kepercayaan diperlukan',
    description:
      'Server memerlukan hubungan kepercayaan dengan klien, seperti sertifikat yang dikenal atau suatu perjanjian, sebelum mengizinkan tindakan ini.',
    whenSeen:
      'Muncul sebagai `535` atau `554 5.7.14` ketika klien yang tidak dipercaya server mencoba login atau relay, misalnya tanpa sertifikat yang dikenali.',
    fix: 'Bangun kepercayaan yang diperlukan bersama administrator server, misalnya dengan mendaftarkan sertifikat atau alamat IP klien, atau gunakan jalur submission yang mereka sediakan.',
  },
  'X.7.15': {
    name: 'Tingkat prioritas terlalu rendah',
    description:
      'Prioritas yang diminta lewat ekstensi prioritas SMTP (RFC 6710) terlalu rendah sehingga server tidak mau menerima pesan, untuk sementara atau seterusnya.',
    whenSeen:
      'Muncul sebagai `450 4.7.15` atau `550 5.7.15` dari server yang mendukung MT-PRIORITY dan hanya menerima surat berprioritas lebih tinggi, misalnya saat bebannya berat.',
    fix: 'Coba ulang 4.7.15 nanti, atau dengan prioritas lebih tinggi jika Anda berhak; untuk 5.7.15, periksa kebijakan prioritas situs penerima.',
  },
  'X.7.16': {
    name: 'Pesan terlalu besar untuk prioritas yang ditentukan',
    description:
      'Dalam ekstensi prioritas SMTP, ukuran pesan melebihi batas yang diizinkan untuk tingkat prioritas yang diminta.',
    whenSeen:
      'Muncul sebagai `552 5.7.16` atau bentuk 4xx dari server MT-PRIORITY yang membatasi ukuran pesan per tingkat prioritas.',
    fix: 'Kirim pesan dengan prioritas lebih rendah, atau perkecil ukurannya.',
  },
  'X.7.17': {
    name: 'Pemilik kotak surat telah berganti',
    description:
      'Kotak surat penerima kini dimiliki orang lain dibandingkan pada tanggal yang diberikan pengirim melalui ekstensi RRVS (RFC 7293).',
    whenSeen:
      'Muncul dengan balasan 5xx ketika pengirim memakai parameter RRVS dan alamat tersebut sudah diberikan kepada orang lain setelah tanggal itu.',
    fix: 'Jangan kirim ke alamat ini sampai orang yang dimaksud memastikannya kembali; anggap sebagai alamat yang sudah hilang.',
  },
  'X.7.18': {
    name: 'Pemilik domain telah berganti',
    description:
      'Domain penerima berganti pemilik sejak tanggal yang diberikan melalui ekstensi RRVS, sehingga alamatnya kini mungkin sampai ke orang lain.',
    whenSeen:
      'Muncul dengan balasan 5xx untuk pesan RRVS ketika domainnya dipindahtangankan atau didaftarkan ulang oleh pemilik baru.',
    fix: 'Pastikan alamatnya kepada penerima lewat saluran lain sebelum mengirim lagi, terutama untuk surat yang sensitif.',
  },
  'X.7.19': {
    name: 'Pengujian RRVS tidak dapat diselesaikan',
    description:
      'Server tidak bisa melakukan pemeriksaan RRVS, misalnya karena tidak menyimpan riwayat kepemilikan kotak surat, dan pengirim meminta agar pengiriman gagal dalam kasus seperti itu.',
    whenSeen:
      'Muncul dengan balasan 5xx ketika permintaan RRVS menyuruh server menolak pesan jika riwayat kepemilikan tidak bisa diverifikasi.',
    fix: 'Kirim ulang dengan opsi RRVS yang membiarkan pengiriman berlanjut bila pemeriksaan tidak bisa dilakukan, atau pastikan alamatnya langsung kepada penerima.',
  },
  'X.7.20': {
    name: 'Tidak ditemukan tanda tangan DKIM yang lolos',
    description:
      'Server penerima mewajibkan tanda tangan DKIM yang valid, dan pesan ini tidak punya satu pun yang lolos verifikasi.',
    whenSeen:
      'Muncul sebagai `550 5.7.20` ketika pesan tidak ditandatangani atau tanda tangannya rusak di perjalanan, misalnya karena relay atau milis mengubah isi pesan.',
    fix: 'Aktifkan penandatanganan DKIM untuk domain Anda dan pasang kunci publik yang sesuai di DNS; pastikan tidak ada yang mengubah pesan setelah ditandatangani.',
  },
  'X.7.21': {
    name: 'Tidak ditemukan tanda tangan DKIM yang dapat diterima',
    description:
      'Pesan memiliki tanda tangan DKIM yang lolos verifikasi, tetapi tidak ada yang memenuhi syarat penerima, misalnya soal panjang kunci, algoritma, atau domain penanda tangan.',
    whenSeen:
      'Muncul sebagai `550 5.7.21` ketika, misalnya, pesan hanya ditandatangani dengan kunci pendek atau oleh domain yang tidak diterima penerima.',
    fix: 'Tandatangani dengan algoritma masa kini (rsa-sha256 dengan kunci 2048-bit, atau ed25519) dan dengan domain yang diterima oleh penerima.',
  },
  'X.7.22': {
    name: 'Tidak ditemukan tanda tangan DKIM valid yang cocok dengan penulis',
    description:
      'Tidak ada tanda tangan DKIM yang lolos verifikasi dari domain di header From (domain penulis), padahal penerima mewajibkannya.',
    whenSeen:
      'Muncul sebagai `550 5.7.22` ketika surat hanya ditandatangani oleh domain penyedia layanan email, bukan oleh domain milik pengirim sendiri.',
    fix: 'Atur penandatanganan DKIM dengan domain From Anda sendiri (kebanyakan penyedia mendukung domain penanda tangan kustom) dan pasang kuncinya di DNS.',
  },
  'X.7.23': {
    name: 'Validasi SPF gagal',
    description:
      'Pemeriksaan SPF atas IP pengirim terhadap domain pengirim di amplop menghasilkan fail, dan penerima menolak surat seperti itu.',
    whenSeen:
      'Muncul sebagai `550 5.7.23` ketika surat datang dari IP yang tidak tercantum dalam catatan SPF domain pengirim; sering terjadi setelah berganti penyedia atau ketika surat diteruskan.',
    fix: 'Tambahkan server atau layanan pengirim ke catatan SPF domain (dengan include:, ip4:, atau ip6:) dan jaga agar catatan itu tidak melebihi batas sepuluh pencarian DNS.',
  },
  'X.7.24': {
    name: 'Kesalahan validasi SPF',
    description:
      'Pemeriksaan SPF tidak bisa diselesaikan karena terjadi kesalahan, baik sementara (DNS timeout) maupun permanen (catatan SPF yang rusak).',
    whenSeen:
      'Muncul sebagai `451 4.7.24` ketika pencarian DNS untuk SPF habis waktu, dan sebagai `550 5.7.24` ketika catatannya salah sintaks, dipasang dua kali, atau membutuhkan terlalu banyak pencarian.',
    fix: 'Uji catatan SPF domain dengan alat pemeriksa dan perbaiki kesalahan sintaks, catatan ganda, atau pencarian yang berlebihan. Coba ulang 4.7.24 setelah masalah DNS teratasi.',
  },
  'X.7.25': {
    name: 'Validasi reverse DNS gagal',
    description:
      'IP pengirim gagal dalam pemeriksaan reverse DNS penerima: tidak punya catatan PTR, atau nama yang ditunjuknya tidak mengarah kembali ke alamat yang sama.',
    whenSeen:
      'Muncul sebagai `550 5.7.25` dari penyedia besar, termasuk Gmail, ketika IP pengirim tidak memiliki catatan PTR dengan catatan A atau AAAA yang cocok.',
    fix: 'Minta pihak yang mengelola IP tersebut (penyedia hosting atau jaringan Anda) memasang catatan PTR yang menyebut nama server surat Anda, dan pastikan nama itu mengarah kembali ke IP yang sama.',
  },
  'X.7.26': {
    name: 'Beberapa pemeriksaan autentikasi gagal',
    description:
      'Lebih dari satu pemeriksaan autentikasi pengirim gagal, misalnya SPF sekaligus DKIM, sehingga pesan ditolak.',
    whenSeen:
      'Muncul sebagai `550 5.7.26` di penyedia besar ketika pesan gagal DMARC atau tidak terautentikasi karena SPF maupun DKIM tidak ada yang lolos, seperti penolakan Gmail terhadap surat tanpa autentikasi.',
    fix: 'Pastikan SPF dan DKIM lolos dan selaras (aligned) dengan domain From, lalu pasang catatan DMARC. Jika Anda meneruskan surat, gunakan SRS atau ARC agar hasil autentikasi tetap berlaku setelah hop tambahan.',
  },
  'X.7.27': {
    name: 'Alamat pengirim memiliki null MX',
    description:
      'Domain pengirim di amplop memasang catatan null MX, sehingga tidak bisa menerima bounce, dan penerima menolak surat darinya.',
    whenSeen:
      'Muncul sebagai `550 5.7.27` sebagai jawaban MAIL FROM ketika domain pengirim memiliki null MX (RFC 7505), sering dari aplikasi yang memakai domain no-reply yang diatur untuk tidak menerima apa pun.',
    fix: 'Gunakan return path di domain yang bisa menerima surat, atau hapus null MX dari domain pengirim.',
  },
  'X.7.28': {
    name: 'Banjir surat terdeteksi',
    description:
      'Server melihat lonjakan surat yang tidak wajar ke arah penerima, khas serangan mail bombing, dan menolak pesan berikutnya untuk sementara atau seterusnya.',
    whenSeen:
      'Muncul saat ada banjir pesan mendadak ke satu kotak surat, misalnya dari formulir pendaftaran yang disalahgunakan atau pendaftaran massal ke milis; bentuk 4xx adalah pembatasan yang biasa.',
    fix: 'Perlambat atau hentikan pengiriman ke penerima ini. Jika sumbernya formulir atau milis Anda, tambahkan konfirmasi (double opt-in) dan perlindungan dari bot agar tidak bisa disalahgunakan.',
  },
  'X.7.29': {
    name: 'Kegagalan validasi ARC',
    description:
      'Pesan membawa set ARC (Authenticated Received Chain, RFC 8617) yang gagal divalidasi, dan penerima menolaknya.',
    whenSeen:
      'Muncul sebagai `550 5.7.29` ketika perantara seperti milis atau layanan penerusan menambahkan header ARC yang rusak atau tidak konsisten.',
    fix: 'Jika Anda mengelola perantaranya, perbaiki penandatanganan ARC-nya (kunci, catatan DNS, penanganan header). Sebagai pengirim asli, minta pengelola penerusan atau milis memeriksa pengaturan ARC mereka.',
  },
  'X.7.30': {
    name: 'Dukungan REQUIRETLS diperlukan',
    description:
      'Pesan menuntut penanganan REQUIRETLS (RFC 8689), tetapi hop berikutnya tidak mendukungnya, sehingga pesan tidak bisa diteruskan.',
    whenSeen:
      'Muncul sebagai `550 5.7.30` dalam bounce ketika pesan yang dikirim dengan opsi REQUIRETLS sampai ke server yang tidak mengumumkan REQUIRETLS.',
    fix: 'Kirim tanpa REQUIRETLS jika isi pesan memungkinkan, atau gunakan rute lain ke penerima tersebut; jika tidak, penyedia penerima harus menambahkan dukungan REQUIRETLS.',
  },
  // ------------------------------------------------------------------ kelas kode lanjutan
  '2.X.X': {
    name: 'Berhasil',
    description:
      'Permintaan berhasil; digit subjek dan rincian memberi informasi tambahan tentang apa yang telah dilakukan.',
    whenSeen:
      'Dalam balasan positif 2yz dari server yang mengirim kode lanjutan, termasuk pasangan subjek dan rincian yang tidak terdaftar atau tidak dikenal pustaka ini.',
    fix: 'Tidak perlu tindakan apa pun; catat pesan atau perintah tersebut sebagai diterima.',
  },
  '4.X.X': {
    name: 'Kegagalan sementara yang persisten',
    description:
      'Kegagalan sementara: permintaan tidak dijalankan sekarang, tetapi permintaan yang sama mungkin berhasil nanti setelah kondisinya pulih.',
    whenSeen:
      'Bersama balasan 4yz yang subjek atau rinciannya tidak dikenal, tidak terdaftar, atau khusus vendor, misalnya kode 4.7.x buatan server sendiri untuk pembatasan laju.',
    fix: 'Simpan pesan di antrean dan coba ulang dengan jeda yang makin panjang; jika masih gagal saat umur antrean habis, tangani sebagai bounce.',
  },
  '5.X.X': {
    name: 'Kegagalan permanen',
    description: 'Kegagalan permanen: mengirim ulang pesan yang sama tanpa perubahan tidak akan berhasil.',
    whenSeen:
      'Bersama balasan 5yz yang subjek atau rinciannya tidak dikenal, tidak terdaftar, atau khusus vendor, seperti rentang 5.7.606 sampai 5.7.649 dari Microsoft untuk alamat IP yang diblokir.',
    fix: 'Jangan coba ulang pesan apa adanya; baca teks balasan, atasi penyebab yang disebutkannya, dan baru kirim lagi setelah itu.',
  },
} as const satisfies CatalogueTexts);
