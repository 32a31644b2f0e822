import type { CategoryTable } from '../types.js';
import { deepFreeze } from '../../freeze.js';

/**
 * German category texts. For the operator of the sending system: `description` (what
 * happened), `fix` (what to do when nothing will retry) and `fixRetry` (when the message will be
 * retried). For the person who sent the message: `user` and `userRetry`. Success and
 * intermediate have `description`, `fix` and `user` only.
 */
export const categories: CategoryTable = /* @__PURE__ */ deepFreeze({
  success: {
    description:
      'Der empfangende Server hat die Nachricht oder den Befehl angenommen. Bei einer Nachricht ist nun dieser Server für die Zustellung verantwortlich.',
    fix: 'Es ist nichts zu tun. Findet der Empfänger die Nachricht nicht, bitten Sie ihn, im Spam- oder Junk-Ordner und in seinen Filterregeln nachzusehen.',
    user: 'Ihre Nachricht wurde vom E-Mail-Anbieter des Empfängers angenommen. Findet der Empfänger sie nicht, sollte er in seinem Spam-Ordner nachsehen.',
  },
  intermediate: {
    description:
      'Der Server hat den Befehl angenommen und wartet auf weitere Daten, etwa den Nachrichteninhalt nach DATA (354) oder den nächsten Schritt einer Authentifizierung (334).',
    fix: 'Das ist kein Fehler; die sendende Software muss den Dialog fortsetzen. Bricht die Sitzung an dieser Stelle ab, prüfen Sie die Logs der sendenden Software auf eine Zeitüberschreitung oder eine abgebrochene Verbindung.',
    user: 'Ihre Nachricht wird gerade versendet. Sie müssen nichts tun.',
  },
  'user-unknown': {
    description:
      'Der empfangende Server meldet, dass es unter dieser Adresse kein Postfach gibt. Die Nachricht wurde nicht zugestellt.',
    fix: 'Prüfen Sie die Adresse auf Tippfehler und lassen Sie sie sich auf anderem Weg vom Empfänger bestätigen. Korrigieren Sie sie oder entfernen Sie sie aus Ihren Verteilern: Weitere Nachrichten an diese Adresse scheitern ebenso und können Ihrer Absenderreputation schaden.',
    fixRetry:
      'Der empfangende Server konnte das Postfach vorübergehend nicht prüfen, etwa weil sein Verzeichnisdienst ausgefallen ist; der sendende Server versucht es erneut. Wird die Adresse später endgültig abgelehnt, klären Sie sie mit dem Empfänger, bevor Sie sie aus Ihren Verteilern entfernen.',
    user: 'Diese E-Mail-Adresse gibt es beim E-Mail-Anbieter des Empfängers nicht. Prüfen Sie sie auf Tippfehler oder fragen Sie den Empfänger nach der richtigen Adresse, korrigieren Sie sie und senden Sie die Nachricht erneut.',
    userRetry:
      'Der E-Mail-Anbieter des Empfängers konnte die Adresse gerade nicht prüfen. Wir versuchen es automatisch erneut; in der Zwischenzeit können Sie nachsehen, ob die Adresse richtig geschrieben ist.',
    fixSoft:
      'Der empfangende Server hat die Adresse abgelehnt, aber nichts in der Antwort belegt, dass es das Postfach nicht mehr gibt (die Ablehnung kam, bevor der Empfänger überhaupt genannt wurde, oder eine Regel hat die Hinweise als schwach eingestuft). Entfernen Sie die Adresse nicht allein aufgrund dieser Antwort aus Ihren Verteilern: Prüfen Sie sie und beobachten Sie, ob weitere Nachrichten an diese Adresse ebenso scheitern.',
    userSoft:
      'Ihre Nachricht an diese Adresse wurde nicht zugestellt, die Adresse kann aber trotzdem stimmen. Prüfen Sie sie auf Tippfehler; sieht sie richtig aus, versuchen Sie es später erneut oder erreichen Sie den Empfänger auf anderem Weg.',
  },
  'domain-unknown': {
    description:
      'Die Domain der Empfängeradresse ist nicht auffindbar oder kann keine E-Mails empfangen, deshalb ließ sich die Nachricht nicht zustellen.',
    fix: 'Prüfen Sie den Teil der Adresse nach dem @ auf Tippfehler (zum Beispiel gmial.com statt gmail.com) und korrigieren Sie ihn. Ist die Domain richtig geschrieben, kann die Adresse keine E-Mails empfangen, solange der Inhaber seine DNS-Einträge nicht korrigiert: Entfernen Sie sie aus Ihren Verteilern, es sei denn, der Empfänger bestätigt, dass das Problem behoben wird.',
    fixRetry:
      'Die Domain ließ sich gerade nicht auflösen, oft wegen einer vorübergehenden DNS-Störung; der sendende Server versucht es erneut. Hält der Fehler an, prüfen Sie die Schreibweise der Domain und ihre MX-Einträge (etwa mit dig MX).',
    user: 'Die Domain dieser Adresse (der Teil nach dem @) existiert nicht oder kann keine E-Mails empfangen. Suchen Sie nach einem Tippfehler, etwa „gmial.com“ statt „gmail.com“, korrigieren Sie die Adresse und senden Sie die Nachricht erneut.',
    userRetry:
      'Die Domain dieser Adresse (der Teil nach dem @) ist im Moment nicht auffindbar. Wir versuchen es automatisch erneut; hält das an, prüfen Sie, ob die Adresse richtig geschrieben ist.',
    fixSoft:
      'Die Zustellung an diese Domain ist gescheitert, die Antwort kam aber, bevor überhaupt ein Empfänger genannt wurde; sie belegt also nicht, dass die Adressen dieser Domain ungültig sind. Prüfen Sie die Schreibweise der Domain und ihre MX-Einträge. Entfernen Sie Adressen nicht allein aufgrund dieser Antwort aus Ihren Verteilern.',
    userSoft:
      'Ihre Nachricht konnte nicht an den E-Mail-Anbieter dieser Adresse zugestellt werden. Prüfen Sie den Teil der Adresse nach dem @ auf Tippfehler; sieht er richtig aus, versuchen Sie es später erneut oder erreichen Sie den Empfänger auf anderem Weg.',
  },
  'mailbox-moved': {
    description:
      'Der Empfänger nutzt diese Adresse nicht mehr, und der Server leitet E-Mails nicht an eine neue Adresse weiter.',
    fix: 'Nennt die Antwort eine neue Adresse, lassen Sie sie sich vom Empfänger bestätigen, bevor Sie sie verwenden; sonst fragen Sie ihn auf anderem Weg nach der neuen Adresse. Entfernen Sie die alte Adresse aus Ihren Verteilern.',
    fixRetry:
      'Der Server meldet eine geänderte Adresse, hat die Nachricht aber nicht endgültig abgelehnt; der sendende Server versucht es erneut. Klären Sie in der Zwischenzeit die neue Adresse mit dem Empfänger und passen Sie Ihre Verteiler an.',
    user: 'Der Empfänger nutzt diese Adresse nicht mehr, und E-Mails werden nicht weitergeleitet. Fragen Sie ihn nach seiner neuen Adresse und ersetzen Sie die alte in Ihren Kontakten.',
    userRetry:
      'Der Empfänger nutzt diese Adresse möglicherweise nicht mehr. Wir versuchen es automatisch erneut; fragen Sie ihn in der Zwischenzeit am besten, ob er eine neue Adresse hat.',
    fixSoft:
      'Laut der Antwort hat der Empfänger eine neue Adresse; das belegt aber nicht, dass die alte endgültig aufgegeben wurde. Suchen Sie in der Antwort nach einer neuen Adresse und lassen Sie sie sich vom Empfänger bestätigen. Entfernen Sie die alte Adresse nicht allein aufgrund dieser Antwort aus Ihren Verteilern.',
    userSoft:
      'Der Empfänger hat möglicherweise eine neue E-Mail-Adresse. Fragen Sie ihn, welche Adresse Sie verwenden sollen, und senden Sie die Nachricht dann erneut.',
  },
  'no-mail-accepted': {
    description:
      'Die Domain oder der Server des Empfängers gibt an, überhaupt keine E-Mails anzunehmen (zum Beispiel mit einem Null-MX-Eintrag).',
    fix: 'Senden Sie keine Nachrichten mehr an Adressen dieser Domain und entfernen Sie sie aus Ihren Verteilern. Sind Sie der Meinung, dass die Domain E-Mails empfangen müsste, wenden Sie sich auf anderem Weg an ihren Inhaber.',
    fixRetry:
      'Die Domain lehnt E-Mails ab, meldet das aber als vorübergehend; der sendende Server versucht es erneut. Wird die Ablehnung endgültig, entfernen Sie die Adressen dieser Domain aus Ihren Verteilern.',
    user: 'Diese Adresse gehört zu einer Domain, die überhaupt keine E-Mails empfängt. Fragen Sie den Empfänger auf anderem Weg nach einer gültigen Adresse und ersetzen Sie die alte in Ihren Kontakten.',
    userRetry:
      'Die Domain dieser Adresse nimmt im Moment keine E-Mails an. Wir versuchen es automatisch erneut; dauert das an, fragen Sie den Empfänger nach einer anderen Adresse.',
    fixSoft:
      'Der empfangende Server hat sämtliche E-Mails abgelehnt, bevor überhaupt ein Empfänger genannt wurde. Das betrifft den Server als Ganzes und belegt nicht, dass die Adresse ungültig ist: Prüfen Sie die MX-Einträge der Domain und ob Sie den richtigen Server erreicht haben. Entfernen Sie Adressen nicht allein aufgrund dieser Antwort aus Ihren Verteilern.',
    userSoft:
      'Der E-Mail-Anbieter des Empfängers hat überhaupt keine E-Mails angenommen, auch Ihre Nachricht nicht. Prüfen Sie die Adresse; sieht sie richtig aus, versuchen Sie es später erneut oder erreichen Sie den Empfänger auf anderem Weg.',
  },
  'mailbox-disabled': {
    description: 'Das Postfach existiert, ist aber deaktiviert, gesperrt oder stillgelegt und nimmt keine E-Mails an.',
    fix: 'Das Konto wurde stillgelegt. Solche Konten werden selten wieder aktiviert, manche dienen später sogar als Spamfalle: Schreiben Sie nicht mehr an diese Adresse, entfernen Sie sie aus Ihren Verteilern und fragen Sie den Empfänger auf anderem Weg nach einer gültigen Adresse.',
    fixRetry:
      'Das Postfach ist vorübergehend gesperrt; der sendende Server versucht es erneut. Bis dahin ist nichts zu ändern; lehnt der Server die Adresse später endgültig ab, entfernen Sie sie aus Ihren Verteilern.',
    user: 'Das E-Mail-Konto des Empfängers wurde stillgelegt und empfängt keine Nachrichten mehr. Schreiben Sie nicht mehr an diese Adresse und fragen Sie den Empfänger nach einer anderen.',
    userRetry:
      'Das Postfach des Empfängers ist vorübergehend gesperrt. Wir versuchen es automatisch erneut; Sie müssen im Moment nichts tun.',
    fixSoft:
      'Das Konto ist gesperrt, blockiert oder deaktiviert, die Antwort sagt aber nicht, dass das endgültig ist (es fehlt ein permanenter Fehlercode, oder die Sperre kann wieder aufgehoben werden). Die Nachricht wird nicht automatisch erneut gesendet. Behalten Sie die Adresse vorerst in Ihren Verteilern und entfernen Sie sie erst, wenn spätere Nachrichten endgültig abgelehnt werden.',
    userSoft:
      'Das E-Mail-Konto des Empfängers ist im Moment gesperrt oder deaktiviert, deshalb wurde Ihre Nachricht nicht zugestellt. Versuchen Sie es später erneut oder erreichen Sie den Empfänger auf anderem Weg und geben Sie ihm Bescheid.',
  },
  'mailbox-full': {
    description:
      'Das Postfach des Empfängers hat sein Speicherkontingent überschritten und nimmt keine neuen Nachrichten an.',
    fix: 'Die Adresse ist in Ordnung, nur das Postfach ist voll. Die Nachricht wird nicht automatisch erneut gesendet: Senden Sie sie später selbst noch einmal oder bitten Sie den Empfänger auf anderem Weg, Platz zu schaffen.',
    fixRetry:
      'Auf Ihrer Seite ist nichts zu ändern. Der sendende Server versucht es später erneut; bis dahin muss der Empfänger Platz schaffen. Ist die Nachricht dringend, informieren Sie ihn auf anderem Weg.',
    user: 'Das Postfach des Empfängers ist voll und hat Ihre Nachricht nicht angenommen. Sie können sie später noch einmal senden oder den Empfänger auf anderem Weg, etwa telefonisch, darauf hinweisen.',
    userRetry:
      'Das Postfach des Empfängers ist im Moment voll. Wir versuchen es automatisch erneut; ist es dringend, bitten Sie den Empfänger auf anderem Weg, Platz zu schaffen.',
  },
  'message-too-large': {
    description: 'Die Nachricht ist größer, als der empfangende Server zulässt.',
    fix: 'Verkleinern Sie die Nachricht: Komprimieren oder entfernen Sie Anhänge oder teilen Sie große Dateien per Link, und senden Sie die Nachricht dann erneut. Beachten Sie, dass Anhänge durch die Kodierung für den E-Mail-Versand etwa ein Drittel größer werden.',
    fixRetry:
      'Der empfangende Server hat die Nachricht wegen ihrer Größe zurückgestellt, möglicherweise wegen einer vorübergehenden Grenze; der sendende Server versucht es erneut. Tritt der Fehler weiter auf, verkleinern Sie die Nachricht oder ersetzen Sie Anhänge durch Links.',
    user: 'Ihre Nachricht ist für den E-Mail-Anbieter des Empfängers zu groß. Verkleinern oder entfernen Sie Anhänge oder teilen Sie die Dateien per Link, und senden Sie die Nachricht dann erneut.',
    userRetry:
      'Ihre Nachricht ist im Moment zu groß, um angenommen zu werden. Wir versuchen es automatisch erneut; klappt es nicht, können Sie sie später mit kleineren Anhängen senden.',
  },
  'content-rejected': {
    description:
      'Der empfangende Server hat die Nachricht wegen ihres Inhalts abgelehnt, etwa wegen des Textes, eines Headers, eines Anhangtyps oder eines erkannten Virus.',
    fix: 'Entnehmen Sie den Grund dem Antworttext und ändern Sie die Nachricht: Entfernen oder ersetzen Sie den beanstandeten Anhang, prüfen Sie ihn mit einem Virenscanner und kontrollieren Sie die Header, die die sendende Software hinzufügt. Halten Sie die Ablehnung für einen Irrtum, wenden Sie sich an den Postmaster des Empfängers.',
    fixRetry:
      'Der empfangende Server hat die Nachricht wegen ihres Inhalts zurückgestellt, manchmal weil sein Viren- oder Inhaltsscanner nicht verfügbar war; der sendende Server versucht es erneut. Wiederholt sich die Ablehnung, entnehmen Sie den Grund dem Antworttext und ändern Sie den beanstandeten Anhang oder die Header.',
    user: 'Der E-Mail-Anbieter des Empfängers hat Ihre Nachricht wegen ihres Inhalts abgelehnt, meist wegen eines Anhangs (manche Dateitypen sind nicht erlaubt). Entfernen oder ersetzen Sie den Anhang, zum Beispiel durch einen Link, und senden Sie die Nachricht erneut.',
    userRetry:
      'Der Inhalt Ihrer Nachricht wurde vom E-Mail-Anbieter des Empfängers noch nicht angenommen. Wir versuchen es automatisch erneut; Sie müssen im Moment nichts tun.',
  },
  spam: {
    description: 'Die Filter des empfangenden Servers haben die Nachricht als Spam eingestuft und abgelehnt.',
    fix: 'Überprüfen Sie Inhalt und Links, stellen Sie sicher, dass die Empfänger Ihre E-Mails angefordert haben, und prüfen Sie, ob SPF, DKIM und DMARC bestanden werden. Ist die Nachricht legitim, wenden Sie sich an den Mail-Administrator des Empfängers oder, falls vorhanden, an den Absender-Support des Anbieters.',
    fixRetry:
      'Die Spamfilter des Empfängers haben die Nachricht zurückgestellt; der sendende Server versucht es erneut, und sie wird dann möglicherweise angenommen. Wiederholt sich das, überprüfen Sie Inhalt und Links sowie SPF, DKIM und DMARC.',
    user: 'Der E-Mail-Anbieter des Empfängers hat Ihre Nachricht für Spam gehalten und abgelehnt. Sie können sie umformulieren, weniger Links und Anhänge verwenden und sie erneut senden oder den Empfänger auf anderem Weg erreichen.',
    userRetry:
      'Der E-Mail-Anbieter des Empfängers hat Ihre Nachricht als möglichen Spam zurückgehalten. Wir versuchen es automatisch erneut; Sie müssen im Moment nichts tun.',
  },
  blocked: {
    description:
      'Der empfangende Server hat die Verbindung oder Nachricht wegen der sendenden IP-Adresse, des Hosts oder der Domain abgelehnt, etwa wegen eines Eintrags auf einer Sperrliste, einer schlechten Reputation oder eines fehlenden Reverse-DNS-Eintrags.',
    fix: 'Prüfen Sie die sendende IP-Adresse und Domain auf den in der Antwort genannten Sperrlisten und stellen Sie sicher, dass die IP-Adresse einen Reverse-DNS-Eintrag (PTR) hat, der zum Hostnamen passt. Beheben Sie die Ursache, etwa ein kompromittiertes Konto oder einen falsch konfigurierten Server, und beantragen Sie dann die Entfernung von der Sperrliste; betreiben Sie den Server nicht selbst, kann Ihr E-Mail-Anbieter helfen.',
    fixRetry:
      'Der sendende Server versucht es erneut, doch solange die Ursache besteht, scheitern weitere Versuche wahrscheinlich. Prüfen Sie schon jetzt die in der Antwort genannten Sperrlisten und den PTR-Eintrag der sendenden IP-Adresse; am Inhalt der Nachricht liegt es nicht.',
    user: 'Der E-Mail-Anbieter des Empfängers lehnt Nachrichten aus unserem Versandsystem ab. Es liegt weder an Ihrer Nachricht noch an der Adresse: Versuchen Sie es später erneut oder erreichen Sie den Empfänger auf anderem Weg.',
    userRetry:
      'Der E-Mail-Anbieter des Empfängers lehnt Nachrichten aus unserem Versandsystem derzeit ab; Ihre Nachricht und die Adresse sind in Ordnung. Wir versuchen es automatisch erneut.',
  },
  'sender-authentication': {
    description:
      'Die Nachricht hat die Absenderprüfung des empfangenden Servers nicht bestanden: SPF, DKIM, DMARC oder ARC.',
    fix: 'Prüfen Sie, ob der SPF-Eintrag Ihrer Domain alle Server enthält, die für sie senden, ob die Nachrichten mit einem gültigen, im DNS veröffentlichten DKIM-Schlüssel signiert sind und ob die From-Domain so übereinstimmt, wie es Ihre DMARC-Richtlinie verlangt (Alignment). Online-Prüfwerkzeuge und DMARC-Berichte zeigen, welche Prüfung fehlgeschlagen ist.',
    fixRetry:
      'Die Prüfung ist möglicherweise nur vorübergehend gescheitert, etwa weil das DNS Ihrer Domain nicht antwortete; der sendende Server versucht es erneut. Prüfen Sie trotzdem Ihre SPF-, DKIM- und DMARC-Einträge, denn wenn sie fehlerhaft sind, scheitern auch die weiteren Versuche.',
    user: 'Der E-Mail-Anbieter des Empfängers konnte nicht bestätigen, dass Ihre Nachricht wirklich vom angegebenen Absender stammt, und hat sie abgelehnt. Das liegt an einer Versandeinstellung, nicht an Ihrer Nachricht oder der Adresse: Melden Sie es dem Support oder Ihrem E-Mail-Administrator.',
    userRetry:
      'Der E-Mail-Anbieter des Empfängers konnte die Herkunft Ihrer Nachricht noch nicht bestätigen. Wir versuchen es automatisch erneut; Sie müssen im Moment nichts tun.',
  },
  'sender-rejected': {
    description: 'Der empfangende Server hat die Absenderadresse im Umschlag (MAIL FROM) der Nachricht abgelehnt.',
    fix: 'Prüfen Sie, ob die Absenderadresse vollständig und richtig ist, ob ihre Domain existiert und E-Mails empfangen kann (viele Server testen das) und ob Sie mit dieser Adresse senden dürfen. Der Antworttext nennt meist den Grund.',
    fixRetry:
      'Die Absenderadresse wurde vorübergehend abgelehnt, oft weil der empfangende Server ihre Domain nicht prüfen konnte; der sendende Server versucht es erneut. Wiederholt sich das, prüfen Sie, ob die Absenderdomain existiert und gültige MX- oder A-Einträge hat.',
    user: 'Der E-Mail-Anbieter des Empfängers hat die Absenderadresse Ihrer Nachricht abgelehnt. Prüfen Sie die Absenderadresse in Ihren Einstellungen oder wenden Sie sich an den Support, wenn Sie sie nicht ändern können.',
    userRetry:
      'Der E-Mail-Anbieter des Empfängers hat die Absenderadresse Ihrer Nachricht noch nicht angenommen. Wir versuchen es automatisch erneut; Sie müssen im Moment nichts tun.',
  },
  'relay-denied': {
    description:
      'Der Server leitet die Nachricht nicht für Sie an eine andere Domain weiter (kein Relaying). Er nimmt nur E-Mails für seine eigenen Domains oder von berechtigten Absendern an.',
    fix: 'Ist es Ihr eigener Postausgangsserver, melden Sie sich per SMTP AUTH an oder senden Sie aus einem Netz, dem er vertraut. Ist es der Server des Empfängers, prüfen Sie, ob die MX-Einträge der Empfängerdomain auf ihn zeigen; wenn nicht, liegt der Fehler im DNS oder in Ihren Routing-Einstellungen.',
    fixRetry:
      'Der Server verweigert die Weiterleitung vorübergehend; der sendende Server versucht es erneut. Hält das an, prüfen Sie die Anmeldung am Postausgangsserver und ob die MX-Einträge der Empfängerdomain auf den richtigen Server zeigen.',
    user: 'Ihre Nachricht konnte wegen einer Versandeinstellung nicht an den E-Mail-Anbieter des Empfängers weitergeleitet werden; es liegt weder an der Nachricht noch an der Adresse. Tritt das erneut auf, wenden Sie sich an den Support.',
    userRetry:
      'Ihre Nachricht konnte noch nicht an den E-Mail-Anbieter des Empfängers weitergeleitet werden. Wir versuchen es automatisch erneut; Sie müssen im Moment nichts tun.',
  },
  policy: {
    description: 'Der empfangende Server hat die Nachricht aufgrund einer seiner lokalen Regeln abgelehnt.',
    fix: 'Suchen Sie im Antworttext nach der angewendeten Regel; oft steht dort ein Link. Ist sie unklar, wenden Sie sich mit der vollständigen Antwort an den Mail-Administrator des Empfängers (oft postmaster@ gefolgt von der Domain des Empfängers).',
    fixRetry:
      'Eine lokale Regel des empfangenden Servers hat die Nachricht zurückgestellt; der sendende Server versucht es erneut. Wiederholt sich das, suchen Sie die Regel im Antworttext oder schreiben Sie an den Postmaster der Empfängerdomain.',
    user: 'Der E-Mail-Anbieter des Empfängers hat Ihre Nachricht aufgrund eigener Regeln abgelehnt, ohne diese zu nennen. Erreichen Sie den Empfänger auf anderem Weg und weisen Sie ihn auf das Problem hin.',
    userRetry:
      'Der E-Mail-Anbieter des Empfängers hat Ihre Nachricht aufgrund eigener Regeln zurückgestellt. Wir versuchen es automatisch erneut; Sie müssen im Moment nichts tun.',
  },
  'auth-required': {
    description:
      'Der Server verlangt vor dem Senden eine Anmeldung per SMTP AUTH oder hat die angegebenen Zugangsdaten nicht akzeptiert.',
    fix: 'Prüfen Sie Benutzername, Passwort und Authentifizierungsverfahren in den Einstellungen der sendenden Software. Manche Anbieter verlangen ein App-Passwort oder OAuth statt des normalen Passworts oder dass SMTP für das Konto erst freigeschaltet wird.',
    fixRetry:
      'Die Anmeldung ist vorübergehend gescheitert, etwa weil der Authentifizierungsdienst nicht antwortete; der sendende Server versucht es erneut. Hält der Fehler an, prüfen Sie Benutzername, Passwort und Authentifizierungsverfahren.',
    user: 'Ihre Nachricht konnte nicht versendet werden, weil die Anmeldung beim Versanddienst abgelehnt wurde. Haben Sie ein eigenes E-Mail-Konto eingerichtet, prüfen Sie Benutzername und Passwort; andernfalls wenden Sie sich an den Support.',
    userRetry:
      'Die Anmeldung beim Versanddienst hat gerade nicht geklappt. Wir versuchen es automatisch erneut; passiert das wieder, prüfen Sie Benutzername und Passwort Ihres Kontos.',
  },
  'tls-required': {
    description:
      'Der Server verlangt eine verschlüsselte Verbindung (TLS), bevor er diesen Befehl oder diese Nachricht annimmt, oder der Aufbau der Verschlüsselung ist fehlgeschlagen.',
    fix: 'Aktivieren Sie STARTTLS oder TLS in der sendenden Software oder nutzen Sie den Port, den der Anbieter für verschlüsselten Versand angibt (meist 587 mit STARTTLS oder 465 mit TLS). Ist TLS bereits aktiv, prüfen Sie, ob beide Seiten die verwendeten TLS-Versionen und Zertifikate akzeptieren.',
    fixRetry:
      'Der sendende Server versucht es erneut. Meldet die Antwort, TLS sei wegen eines lokalen Problems nicht verfügbar (454), liegt der Fehler beim empfangenden Server: Auf Ihrer Seite ist nichts zu ändern; hält der Fehler an, informieren Sie den Postmaster des Empfängers. Andernfalls aktivieren Sie STARTTLS oder TLS in der sendenden Software, bevor die nächsten Versuche laufen.',
    user: 'Ihre Nachricht konnte nicht übermittelt werden, weil die Verbindung nicht wie verlangt gesichert war. Haben Sie ein eigenes E-Mail-Konto eingerichtet, aktivieren Sie dort die sichere Verbindung; andernfalls wenden Sie sich an den Support.',
    userRetry:
      'Eine sichere Verbindung zum E-Mail-Anbieter des Empfängers kam gerade nicht zustande. Wir versuchen es automatisch erneut; Sie müssen nichts tun.',
  },
  'rate-limited': {
    description:
      'Der empfangende Server begrenzt, wie viele Nachrichten oder Verbindungen er von Ihnen annimmt, und diese Grenze wurde überschritten.',
    fix: 'Senden Sie langsamer: weniger Nachrichten pro Verbindung und pro Minute, und verteilen Sie große Aussendungen über einen längeren Zeitraum. Senden Sie die abgelehnten Nachrichten danach erneut; wird die Grenze oft erreicht, prüfen Sie die veröffentlichten Versandlimits des Anbieters.',
    fixRetry:
      'Der sendende Server versucht es in größeren Abständen erneut. Wird die Grenze oft erreicht, senden Sie weniger Nachrichten pro Verbindung und pro Minute, verteilen Sie große Aussendungen und prüfen Sie die veröffentlichten Versandlimits des Anbieters.',
    user: 'Der E-Mail-Anbieter des Empfängers hat in kurzer Zeit zu viele Nachrichten von uns erhalten und deshalb Ihre Nachricht abgelehnt. Sie können sie etwas später erneut senden; an Nachricht und Adresse müssen Sie nichts ändern.',
    userRetry:
      'Der E-Mail-Anbieter des Empfängers erhält gerade zu viele Nachrichten von uns und bremst die Annahme. Wir versuchen es etwas später automatisch erneut; Sie müssen nichts tun.',
  },
  'too-many-recipients': {
    description: 'Die Nachricht hatte mehr Empfänger, als der Server in einer Nachricht oder Transaktion annimmt.',
    fix: 'Die Empfänger über dem Limit haben die Nachricht nicht erhalten: Senden Sie sie ihnen in einer separaten Nachricht. Bei Verteilerlisten teilen Sie die Empfänger in kleinere Gruppen auf.',
    fixRetry:
      'Es ist nichts zu tun: Der sendende Server stellt die Nachricht den übrigen Empfängern in einem weiteren Durchgang zu. Teilen Sie große Verteiler in kleinere Gruppen auf, um diese Verzögerung zu vermeiden.',
    user: 'Ihre Nachricht hatte zu viele Empfänger, um alle auf einmal zu erreichen; einige haben sie nicht erhalten. Senden Sie sie diesen Empfängern noch einmal in einer separaten Nachricht.',
    userRetry:
      'Ihre Nachricht hat sehr viele Empfänger; einige erhalten sie erst etwas später, weil wir sie ihnen automatisch in einem weiteren Versuch zustellen. Sie müssen nichts tun.',
  },
  greylisted: {
    description:
      'Der empfangende Server hat die Nachricht absichtlich zurückgestellt, weil er diesen Absender noch nicht kannte. Das ist eine übliche Maßnahme gegen Spam (Greylisting).',
    fix: 'Die Nachricht wurde nicht noch einmal gesendet, obwohl dieser Server sie beim nächsten Versuch angenommen hätte. Stellen Sie die sendende Software so ein, dass sie die Zustellung nach einer 4xx-Antwort einige Minuten später von derselben IP-Adresse oder demselben Adressbereich aus erneut versucht, und senden Sie die Nachricht erneut.',
    fixRetry:
      'Es ist nichts zu tun: Der sendende Server versucht es automatisch erneut, und die Nachricht wird meist nach einigen Minuten angenommen. Prüfen Sie nur, ob der sendende Server den neuen Versuch von derselben IP-Adresse oder demselben Adressbereich aus unternimmt.',
    user: 'Der E-Mail-Anbieter des Empfängers hat Ihre Nachricht zum Schutz vor Spam zunächst zurückgewiesen, und sie wurde nicht erneut gesendet. Senden Sie sie in einigen Minuten noch einmal.',
    userRetry:
      'Der E-Mail-Anbieter des Empfängers hält Nachrichten neuer Absender zum Schutz vor Spam kurz zurück. Wir versuchen es in einigen Minuten automatisch erneut; Sie müssen nichts tun.',
  },
  'service-unavailable': {
    description:
      'Der empfangende Server nimmt keine E-Mails an und lehnt die Verbindung ab oder beendet sie, zum Beispiel wegen Wartung, Überlastung oder weil der Dienst abgeschaltet ist.',
    fix: 'Das Problem liegt auf der Empfängerseite, und die Nachricht wird nicht automatisch erneut gesendet. Senden Sie sie später erneut oder informieren Sie den Empfänger auf anderem Weg; hält die Ablehnung an, leiten Sie die Antwort an seinen Mail-Administrator weiter.',
    fixRetry:
      'Auf Ihrer Seite ist nichts zu ändern; der sendende Server versucht es später erneut. Dauert das Problem Stunden, informieren Sie den Empfänger auf anderem Weg, damit er seinen Mail-Administrator verständigt.',
    user: 'Der E-Mail-Anbieter des Empfängers nimmt derzeit keine Nachrichten an; Ihre Nachricht wurde nicht zugestellt. Sie können sie später erneut senden oder den Empfänger auf anderem Weg erreichen, etwa telefonisch.',
    userRetry:
      'Der E-Mail-Anbieter des Empfängers ist gerade nicht erreichbar. Wir versuchen es automatisch erneut; Sie müssen nichts tun.',
  },
  'server-error': {
    description: 'Beim empfangenden Server ist während der Verarbeitung der Nachricht ein interner Fehler aufgetreten.',
    fix: 'Das Problem liegt auf der Empfängerseite, und es folgt kein automatischer neuer Versuch. Senden Sie die Nachricht später erneut; tritt der Fehler weiter auf, schicken Sie die vollständige Antwort an den Mail-Administrator des Empfängers.',
    fixRetry:
      'Das Problem liegt auf der Empfängerseite; der sendende Server versucht es erneut. Tritt der Fehler weiter auf, schicken Sie die vollständige Antwort an den Mail-Administrator des Empfängers.',
    user: 'Eine Störung beim E-Mail-Anbieter des Empfängers hat die Zustellung verhindert. Sie können die Nachricht später erneut senden oder den Empfänger auf anderem Weg erreichen.',
    userRetry:
      'Beim E-Mail-Anbieter des Empfängers gibt es gerade eine Störung. Wir versuchen es automatisch erneut; Sie müssen nichts tun.',
  },
  'storage-full': {
    description:
      'Dem empfangenden Server (nicht dem einzelnen Postfach) ist der Speicherplatz ausgegangen, sodass er keine Nachrichten annimmt.',
    fix: 'Das Problem liegt auf der Empfängerseite, und die Nachricht wird nicht automatisch erneut gesendet. Senden Sie sie später erneut; hält der Zustand an, informieren Sie den Empfänger auf anderem Weg, damit sein Administrator Speicherplatz freigibt.',
    fixRetry:
      'Auf Ihrer Seite ist nichts zu ändern; der sendende Server versucht es erneut. Hält der Zustand an, informieren Sie den Empfänger auf anderem Weg, damit sein Administrator Speicherplatz freigibt.',
    user: 'Beim E-Mail-Anbieter des Empfängers ist kein Speicherplatz mehr frei, deshalb wurde Ihre Nachricht nicht angenommen. Sie können sie später erneut senden oder den Empfänger auf anderem Weg erreichen.',
    userRetry:
      'Beim E-Mail-Anbieter des Empfängers ist gerade kein Speicherplatz frei. Wir versuchen es automatisch erneut; Sie müssen nichts tun.',
  },
  network: {
    description:
      'Die Nachricht konnte wegen Routing-, DNS- oder Verbindungsproblemen zwischen sendendem und empfangendem Server nicht zugestellt werden.',
    fix: 'Es folgt kein automatischer neuer Versuch. Prüfen Sie die MX-Einträge und das DNS der Empfängerdomain und ob Ihr Server Port 25 des empfangenden Servers erreicht (manche Netze sperren ihn), und senden Sie die Nachricht dann erneut.',
    fixRetry:
      'Meist ist das vorübergehend, und der sendende Server versucht es erneut. Hält es an, prüfen Sie die MX-Einträge und das DNS der Empfängerdomain und ob Ihr Server Port 25 des empfangenden Servers erreicht (manche Netze sperren ihn).',
    user: 'Wegen eines Verbindungsproblems war der E-Mail-Anbieter des Empfängers nicht erreichbar. Sie können die Nachricht später erneut senden oder den Empfänger auf anderem Weg erreichen.',
    userRetry:
      'Der E-Mail-Anbieter des Empfängers ist im Moment nicht erreichbar. Wir versuchen es automatisch erneut; Sie müssen nichts tun.',
  },
  expired: {
    description:
      'Der sendende Server hat lange vergeblich versucht, die Nachricht zuzustellen, und schließlich aufgegeben.',
    fix: 'Sehen Sie sich die vorherigen vorübergehenden Fehler dieser Nachricht an, um die eigentliche Ursache zu finden. Ist sie behoben oder mit dem Empfänger geklärt, senden Sie die Nachricht erneut.',
    fixRetry:
      'Der sendende Server versucht es weiter, bis die maximale Zustellzeit abgelaufen ist. Suchen Sie in den bisherigen vorübergehenden Fehlern dieser Nachricht nach der Ursache und beheben Sie sie, bevor die Frist endet.',
    user: 'Wir haben lange vergeblich versucht, Ihre Nachricht zuzustellen, und es nun aufgegeben. Sie können sie später erneut senden oder den Empfänger auf anderem Weg erreichen.',
    userRetry:
      'Ihre Nachricht konnte auch nach vielen Versuchen noch nicht zugestellt werden. Wir versuchen es noch eine Weile weiter; ist es dringend, erreichen Sie den Empfänger auf anderem Weg.',
  },
  protocol: {
    description:
      'Der empfangende Server hat einen Befehl nicht verstanden oder Befehle in falscher Reihenfolge erhalten. Das deutet auf ein Problem der sendenden Software hin, nicht auf die Nachricht oder die Adresse.',
    fix: 'Aktualisieren Sie die sendende Software oder das Gerät oder passen Sie die Konfiguration an. Wenn Sie die Software selbst betreiben, vergleichen Sie das Log der SMTP-Sitzung mit der Antwort, um den abgelehnten Befehl zu finden.',
    fixRetry:
      'Der sendende Server versucht es erneut, doch der Fehler tritt wieder auf, solange die sendende Software nicht korrigiert ist. Vergleichen Sie das Log der SMTP-Sitzung mit der Antwort, um den abgelehnten Befehl zu finden, und aktualisieren Sie die Software oder passen Sie ihre Konfiguration an.',
    user: 'Ein technisches Problem in unserem Versandsystem hat die Zustellung verhindert; Ihre Nachricht und die Adresse sind in Ordnung. Versuchen Sie es später erneut und wenden Sie sich an den Support, falls das wieder passiert.',
    userRetry:
      'Ein technisches Problem hat den Versand Ihrer Nachricht unterbrochen. Wir versuchen es automatisch erneut; Sie müssen nichts tun.',
  },
  unknown: {
    description: 'Die Antwort enthielt nicht genug Informationen, um festzustellen, was schiefgelaufen ist.',
    fix: 'Suchen Sie im vollständigen Antworttext nach Hinweisen. Es folgt kein automatischer neuer Versuch: Ist die Ursache unklar, wenden Sie sich mit der vollständigen Antwort an den Mail-Administrator des Empfängers, bevor Sie die Nachricht erneut senden.',
    fixRetry:
      'Der sendende Server versucht es erneut. Wiederholt sich der Fehler, suchen Sie im vollständigen Antworttext nach Hinweisen und wenden Sie sich damit bei Bedarf an den Mail-Administrator des Empfängers.',
    user: 'Ihre Nachricht konnte nicht zugestellt werden, und der E-Mail-Anbieter des Empfängers hat keinen Grund genannt. Sie können sie später erneut senden oder den Empfänger auf anderem Weg erreichen.',
    userRetry:
      'Ihre Nachricht konnte noch nicht zugestellt werden. Wir versuchen es automatisch erneut; Sie müssen im Moment nichts tun.',
  },
} as const satisfies CategoryTable);
