import type { Locale } from './types.js';
import { deepFreeze } from '../freeze.js';

/** German texts. */
export const de = /* @__PURE__ */ deepFreeze({
  code: 'de',
  direction: 'ltr',
  classes: {
    success: 'Erfolg',
    intermediate: 'Zwischenantwort',
    transient: 'Vorübergehender Fehler',
    permanent: 'Dauerhafter Fehler',
    unknown: 'Unbekannt',
  },
  labels: {
    description: 'Beschreibung',
    whenSeen: 'Wann es auftritt',
    fix: 'Lösung',
    keyDifferences: 'Wichtigste Unterschiede',
    whenToUse: 'Wann was verwenden',
    class: 'Klasse',
    category: 'Kategorie',
    retryable: 'Erneuter Versuch möglich',
    bounce: 'Bounce-Typ',
    hardBounce: 'Hardbounce',
    softBounce: 'Softbounce',
    yes: 'Ja',
    no: 'Nein',
  },
  categories: {
    success: {
      description:
        'Der empfangende Server hat die Nachricht oder den Befehl angenommen. Bei einer Nachricht ist nun dieser Server für die Zustellung verantwortlich.',
      fix: 'Es ist nichts zu tun. Findet der Empfänger die Nachricht nicht, bitten Sie ihn, im Spam- oder Junk-Ordner und in seinen Filterregeln nachzusehen.',
    },
    intermediate: {
      description:
        'Der Server hat den Befehl bisher angenommen und wartet auf weitere Daten, etwa den Nachrichteninhalt nach DATA (354) oder den nächsten Schritt einer Authentifizierung (334).',
      fix: 'Das ist kein Fehler; die sendende Software muss den Dialog fortsetzen. Bricht die Sitzung an dieser Stelle ab, prüfen Sie die Protokolle der sendenden Software auf eine Zeitüberschreitung oder eine abgebrochene Verbindung.',
    },
    'user-unknown': {
      description:
        'Der empfangende Server meldet, dass es dieses Postfach in der Domain nicht gibt. Die Nachricht wurde nicht zugestellt.',
      fix: 'Prüfen Sie die Adresse auf Tippfehler und bestätigen Sie sie auf anderem Weg beim Empfänger. Ist sie falsch, entfernen Sie sie aus Ihren Verteilern: Weitere Sendungen an sie scheitern genauso und können Ihrer Absenderreputation schaden.',
    },
    'domain-unknown': {
      description:
        'Die Domain der Empfängeradresse existiert nicht oder kann keine E-Mails empfangen, deshalb ließ sich die Nachricht nicht zustellen.',
      fix: 'Prüfen Sie den Teil der Adresse nach dem @ auf Tippfehler (zum Beispiel gmial.com). Ist die Domain richtig, muss ihr Inhaber die DNS-Einträge korrigieren; andernfalls entfernen Sie die Adresse aus Ihren Verteilern.',
    },
    'mailbox-moved': {
      description:
        'Der Empfänger nutzt diese Adresse nicht mehr, und der Server leitet E-Mails nicht an eine neue Adresse weiter.',
      fix: 'Nennt die Antwort eine neue Adresse, bestätigen Sie diese beim Empfänger, bevor Sie sie verwenden; sonst fragen Sie ihn auf anderem Weg nach der neuen Adresse. Entfernen Sie die alte Adresse aus Ihren Verteilern.',
    },
    'no-mail-accepted': {
      description:
        'Die Domain oder der Server des Empfängers gibt an, überhaupt keine E-Mails anzunehmen (zum Beispiel mit einem Null-MX-Eintrag).',
      fix: 'Senden Sie nicht an Adressen dieser Domain und entfernen Sie sie aus Ihren Verteilern. Sollte die Domain Ihrer Meinung nach E-Mails empfangen, wenden Sie sich auf anderem Weg an ihren Inhaber.',
    },
    'mailbox-disabled': {
      description:
        'Das Postfach existiert, ist aber deaktiviert, gesperrt oder inaktiv und nimmt derzeit keine E-Mails an.',
      fix: 'Versuchen Sie es später erneut oder erreichen Sie den Empfänger auf anderem Weg. Wird die Adresse über Tage oder Wochen weiter abgelehnt, entfernen Sie sie aus Ihren Verteilern.',
    },
    'mailbox-full': {
      description:
        'Das Postfach des Empfängers hat sein Speicherkontingent überschritten und kann im Moment keine neuen Nachrichten aufnehmen.',
      fix: 'Versuchen Sie es später erneut; der Empfänger muss E-Mails löschen oder mehr Speicherplatz bekommen. Bleibt das Postfach lange voll, wird es möglicherweise nicht mehr genutzt, und Sie sollten die Adresse aus Ihren Verteilern entfernen.',
    },
    'message-too-large': {
      description: 'Die Nachricht ist größer, als der empfangende Server zulässt.',
      fix: 'Verkleinern Sie die Nachricht: Komprimieren oder entfernen Sie Anhänge oder teilen Sie große Dateien per Link. Beachten Sie, dass Anhänge durch die Kodierung für den E-Mail-Versand etwa ein Drittel größer werden.',
    },
    'content-rejected': {
      description:
        'Der empfangende Server hat die Nachricht wegen ihres Inhalts abgelehnt, etwa wegen des Textes, eines Headers, eines Anhangtyps oder eines gefundenen Virus.',
      fix: 'Entnehmen Sie den Grund dem Antworttext und ändern Sie die Nachricht: Entfernen oder ersetzen Sie den beanstandeten Anhang, prüfen Sie ihn mit einem Virenscanner und kontrollieren Sie die Header, die die sendende Software hinzufügt. Halten Sie die Ablehnung für einen Irrtum, wenden Sie sich an den Postmaster des Empfängers.',
    },
    spam: {
      description: 'Die Filter des empfangenden Servers haben die Nachricht als Spam eingestuft und abgelehnt.',
      fix: 'Überprüfen Sie Inhalt und Links, stellen Sie sicher, dass die Empfänger Ihre E-Mails angefordert haben, und prüfen Sie, ob SPF, DKIM und DMARC bestanden werden. Ist die Nachricht legitim, wenden Sie sich an den Mail-Administrator des Empfängers oder, falls vorhanden, an den Absender-Support des Anbieters.',
    },
    blocked: {
      description:
        'Der empfangende Server hat die Verbindung oder Nachricht wegen der sendenden IP-Adresse, des Hosts oder der Domain abgelehnt, etwa wegen eines Eintrags auf einer Sperrliste (Blocklist), schlechter Reputation oder fehlendem Reverse DNS.',
      fix: 'Prüfen Sie die sendende IP-Adresse und Domain auf den in der Antwort genannten Sperrlisten und stellen Sie sicher, dass die IP einen Reverse-DNS-Eintrag (PTR) hat, der zum Hostnamen passt. Beheben Sie die Ursache, etwa ein kompromittiertes Konto oder einen falsch konfigurierten Server, und beantragen Sie dann die Austragung; betreiben Sie den Server nicht selbst, kann Ihr E-Mail-Anbieter helfen.',
    },
    'sender-authentication': {
      description:
        'Die Nachricht hat die Absenderprüfung des empfangenden Servers nicht bestanden: SPF, DKIM, DMARC oder ARC.',
      fix: 'Prüfen Sie, ob der SPF-Eintrag Ihrer Domain alle Server enthält, die für sie senden, ob die Nachrichten mit einem gültigen, im DNS veröffentlichten DKIM-Schlüssel signiert sind und ob die From-Domain so übereinstimmt, wie es Ihre DMARC-Richtlinie verlangt (Alignment). Online-Prüfwerkzeuge und DMARC-Berichte zeigen, welche Prüfung fehlgeschlagen ist.',
    },
    'sender-rejected': {
      description: 'Der empfangende Server hat die Absenderadresse im Umschlag (MAIL FROM) der Nachricht abgelehnt.',
      fix: 'Prüfen Sie, ob die Absenderadresse vollständig und richtig ist, ob ihre Domain existiert und E-Mails empfangen kann (viele Server testen das) und ob Sie mit dieser Adresse senden dürfen. Der Antworttext nennt meist den Grund.',
    },
    'relay-denied': {
      description:
        'Der Server leitet die Nachricht nicht für Sie an eine andere Domain weiter (kein Relaying). Er nimmt nur E-Mails für seine eigenen Domains oder von berechtigten Absendern an.',
      fix: 'Ist es Ihr eigener Postausgangsserver, melden Sie sich per SMTP AUTH an oder senden Sie aus einem Netz, dem er vertraut. Ist es der Server des Empfängers, prüfen Sie, ob die MX-Einträge der Empfängerdomain auf ihn zeigen; wenn nicht, liegt der Fehler im DNS oder in Ihren Routing-Einstellungen.',
    },
    policy: {
      description: 'Der empfangende Server hat die Nachricht aufgrund einer seiner lokalen Regeln abgelehnt.',
      fix: 'Suchen Sie im Antworttext nach der angewendeten Regel; oft steht dort ein Link. Ist sie unklar, wenden Sie sich mit der vollständigen Antwort an den Mail-Administrator des Empfängers (oft postmaster@ und dessen Domain).',
    },
    'auth-required': {
      description:
        'Der Server verlangt vor dem Senden eine Anmeldung per SMTP AUTH oder hat die angegebenen Zugangsdaten nicht akzeptiert.',
      fix: 'Prüfen Sie Benutzername, Passwort und Authentifizierungsverfahren in den Einstellungen der sendenden Software. Manche Anbieter verlangen ein App-Passwort oder OAuth statt des normalen Passworts oder dass SMTP für das Konto erst freigeschaltet wird.',
    },
    'tls-required': {
      description:
        'Der Server verlangt eine verschlüsselte Verbindung (TLS), bevor er diesen Befehl oder diese Nachricht annimmt.',
      fix: 'Aktivieren Sie STARTTLS oder TLS in der sendenden Software oder nutzen Sie den Port, den der Anbieter für verschlüsselten Versand angibt (meist 587 mit STARTTLS oder 465 mit TLS). Ist TLS bereits aktiv, prüfen Sie, ob beide Seiten die verwendeten TLS-Versionen und Zertifikate akzeptieren.',
    },
    'rate-limited': {
      description:
        'Der empfangende Server begrenzt, wie viele Nachrichten oder Verbindungen er von Ihnen annimmt, und diese Grenze wurde überschritten.',
      fix: 'Senden Sie langsamer: weniger Nachrichten pro Verbindung und pro Minute, und verteilen Sie große Aussendungen über einen längeren Zeitraum. Der sendende Server stellt zurückgestellte Nachrichten normalerweise später erneut zu; wird die Grenze oft erreicht, prüfen Sie die veröffentlichten Versandlimits des Anbieters.',
    },
    'too-many-recipients': {
      description: 'Die Nachricht hatte mehr Empfänger, als der Server in einer Nachricht oder Transaktion annimmt.',
      fix: 'Senden Sie an die übrigen Empfänger in einer weiteren Nachricht oder später. Die meisten sendenden Programme erledigen das automatisch; bei Verteilerlisten teilen Sie die Empfänger in kleinere Gruppen auf.',
    },
    greylisted: {
      description:
        'Der empfangende Server hat die Nachricht absichtlich zurückgestellt, weil er diesen Absender noch nicht kannte. Das ist eine übliche Maßnahme gegen Spam (Greylisting).',
      fix: 'Es ist nichts zu tun: Der sendende Server versucht es automatisch erneut, und die Nachricht wird meist nach einigen Minuten angenommen. Prüfen Sie nur, ob der sendende Server den neuen Versuch von derselben IP-Adresse oder demselben Adressbereich aus unternimmt.',
    },
    'service-unavailable': {
      description:
        'Der empfangende Server ist gerade nicht verfügbar und beendet die Verbindung, zum Beispiel wegen Wartung oder Überlastung.',
      fix: 'Auf Ihrer Seite ist nichts zu ändern; der sendende Server versucht es später erneut. Dauert das Problem Stunden, informieren Sie den Empfänger auf anderem Weg, damit er seinen Mail-Administrator verständigt.',
    },
    'server-error': {
      description:
        'Beim empfangenden Server ist während der Verarbeitung der Nachricht ein interner Fehler aufgetreten.',
      fix: 'Das Problem liegt auf der Empfängerseite. Lassen Sie den sendenden Server es später erneut versuchen; tritt der Fehler weiter auf, schicken Sie die vollständige Antwort an den Mail-Administrator des Empfängers.',
    },
    'storage-full': {
      description:
        'Dem empfangenden Server ist der Speicherplatz ausgegangen, sodass er vorerst keine Nachrichten annehmen kann.',
      fix: 'Lassen Sie den sendenden Server es später erneut versuchen. Hält der Zustand an, informieren Sie den Empfänger auf anderem Weg, damit sein Administrator Speicherplatz freigibt.',
    },
    network: {
      description:
        'Die Nachricht konnte wegen Routing-, DNS- oder Verbindungsproblemen zwischen sendendem und empfangendem Server nicht zugestellt werden.',
      fix: 'Meist ist das vorübergehend, und der sendende Server versucht es erneut. Hält es an, prüfen Sie die MX-Einträge und das DNS der Empfängerdomain und ob Ihr Server Port 25 des empfangenden Servers erreicht (manche Netze sperren ihn).',
    },
    expired: {
      description:
        'Der sendende Server hat lange vergeblich versucht, die Nachricht zuzustellen, und schließlich aufgegeben.',
      fix: 'Sehen Sie sich die vorherigen vorübergehenden Fehler dieser Nachricht an, um die eigentliche Ursache zu finden. Ist sie behoben oder mit dem Empfänger geklärt, senden Sie die Nachricht erneut.',
    },
    protocol: {
      description:
        'Der empfangende Server hat einen Befehl nicht verstanden oder Befehle in falscher Reihenfolge erhalten. Das deutet auf ein Problem der sendenden Software hin, nicht auf die Nachricht oder die Adresse.',
      fix: 'Aktualisieren Sie die sendende Software oder das Gerät oder konfigurieren Sie sie neu. Wenn Sie sie selbst betreiben, vergleichen Sie das Protokoll der SMTP-Sitzung mit der Antwort, um den abgelehnten Befehl zu finden.',
    },
    unknown: {
      description: 'Die Antwort enthielt nicht genug Informationen, um festzustellen, was schiefgelaufen ist.',
      fix: 'Suchen Sie im vollständigen Antworttext nach Hinweisen. Ist der Fehler vorübergehend, lassen Sie den sendenden Server es erneut versuchen; ist er dauerhaft und unklar, wenden Sie sich mit der vollständigen Antwort an den Mail-Administrator des Empfängers.',
    },
  },
} as const satisfies Locale);
