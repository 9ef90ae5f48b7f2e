<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CloudAccount</name>
    <message>
        <location filename="../../app/core/cloud/CloudAccount.cpp" line="+38"/>
        <source>Give the API URL, e.g. https://api.pulumi.com.</source>
        <translation>Geben Sie die API-URL an, z. B. https://api.pulumi.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a URL. Give the API URL, e.g. https://api.pulumi.com.</source>
        <translation>„%1“ ist keine URL. Geben Sie die API-URL an, z. B. https://api.pulumi.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API URL must begin with https:// (or http:// for a server on this network).</source>
        <translation>Die API-URL muss mit https:// beginnen (oder mit http:// für einen Server in diesem Netzwerk).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API URL takes no user, query or fragment: give only scheme, host and path.</source>
        <translation>Die API-URL darf keinen Benutzer, keine Abfrage und kein Fragment enthalten: Geben Sie nur Schema, Host und Pfad an.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>PULUMI_ACCESS_TOKEN is not set.</source>
        <translation>PULUMI_ACCESS_TOKEN ist nicht gesetzt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 holds no login to use: run “pulumi login” first, or paste a token.</source>
        <translation>%1 enthält keine verwendbare Anmeldung: Führen Sie zuerst „pulumi login“ aus oder fügen Sie ein Token ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Pulumi CLI is logged in to %1, which is not a Pulumi Cloud API.</source>
        <translation>Die Pulumi CLI ist bei %1 angemeldet, was keine Pulumi-Cloud-API ist.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../app/core/local/Database.cpp" line="+92"/>
        <source>The PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Der PostgreSQL-Treiber (QPSQL) ist nicht installiert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The SQLite driver (QSQLITE) is not installed.</source>
        <translation>Der SQLite-Treiber (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the database %1: it is a folder, not a file.</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: Sie ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot open the database %1: “%2” is not a connection parameter this console passes on (it passes %3).</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: „%2“ ist kein Verbindungsparameter, den diese Konsole weitergibt (sie gibt %3 weiter).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the database %1: the value of “%2” cannot contain “;”.</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: Der Wert von „%2“ darf kein „;“ enthalten.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot open the database %1: the file is not an SQLite database.</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: Die Datei ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+10"/>
        <source>Cannot %1: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+19"/>
        <location line="+10"/>
        <source>note the change</source>
        <translation>Vermerken der Änderung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>read the changes</source>
        <translation>Lesen der Änderungen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot read the changes: %1</source>
        <translation>Die Änderungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>forget old changes</source>
        <translation>Verwerfen alter Änderungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+24"/>
        <source>save a step</source>
        <translation>Speichern eines Schritts</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>start a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot start a transaction: %1</source>
        <translation>Es kann keine Transaktion gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>undo a step</source>
        <translation>Rückgängigmachen eines Schritts</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>wait for another console to finish updating the database</source>
        <translation>Warten darauf, dass eine andere Konsole die Aktualisierung der Datenbank abschließt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>release the migration lock</source>
        <translation>Freigeben der Migrationssperre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database %1 was written by a newer version of Webhook Console (schema %2; this version knows %3).</source>
        <translation>Die Datenbank %1 wurde von einer neueren Version von Webhook Console geschrieben (Schema %2; diese Version kennt %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>lock the database</source>
        <translation>Sperren der Datenbank</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unlock the database</source>
        <translation>Entsperren der Datenbank</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>record the schema version</source>
        <translation>Speichern der Schemaversion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>save the updated database</source>
        <translation>Speichern der aktualisierten Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undo the update</source>
        <translation>Rückgängigmachen der Aktualisierung</translation>
    </message>
    <message>
        <location line="+285"/>
        <source>Unknown schema version %1.</source>
        <translation>Unbekannte Schemaversion %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>migrate the database to schema %1</source>
        <translation>Migrieren der Datenbank auf Schema %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+14"/>
        <source>index the delivery history</source>
        <translation>Indizieren des Zustellverlaufs</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <location filename="../../app/core/Delivery.cpp" line="+10"/>
        <location line="+22"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>DeliveryHistoryPage</name>
    <message>
        <location filename="../../ui/DeliveryHistoryPage.ui" line="+19"/>
        <source>← We&amp;bhooks</source>
        <translation>← &amp;Webhooks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the webhooks (Esc, Alt+Left)</source>
        <translation>Zurück zu den Webhooks (Esc, Alt+Left)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+317"/>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>Send test &amp;ping</source>
        <translation>Test-&amp;Ping senden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Redeliver faile&amp;d…</source>
        <translation>&amp;Fehlgeschlagene erneut zustellen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cl&amp;ear history…</source>
        <translation>&amp;Verlauf leeren…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Out&amp;come</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>E&amp;vent</source>
        <translation>E&amp;reignis</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Time</source>
        <translation>&amp;Zeit</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Fro&amp;m</source>
        <translation>V&amp;on</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Words in payloads and responses</source>
        <translation>Wörter in Payloads und Antworten</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Redelivery progress</source>
        <translation>Fortschritt der erneuten Zustellung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Success rate and duration by day</source>
        <translation>Erfolgsquote und Dauer pro Tag</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Clear f&amp;ilters</source>
        <translation>F&amp;ilter zurücksetzen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>‹ Newer</source>
        <translation>‹ Neuere</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Older ›</source>
        <translation>Ältere ›</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Oldest</source>
        <translation>Älteste</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a delivery to see its request and response.</source>
        <translation>Wählen Sie eine Zustellung aus, um ihre Anfrage und Antwort zu sehen.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>&amp;Redeliver</source>
        <translation>Er&amp;neut zustellen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wrap &amp;lines</source>
        <translation>Zeilen &amp;umbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>R&amp;aw</source>
        <translation>Roh&amp;daten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delivery details</source>
        <translation>Zustellungsdetails</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;quest</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+180"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+75"/>
        <location line="+105"/>
        <location line="+75"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+180"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Respo&amp;nse</source>
        <translation>An&amp;twort</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only the first 64 KiB of this response were kept.</source>
        <translation>Von dieser Antwort wurden nur die ersten 64 KiB aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>DeliveryRepository</name>
    <message>
        <location filename="../../app/core/local/DeliveryRepository.cpp" line="+273"/>
        <source>record the delivery</source>
        <translation>Speichern der Zustellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot record the delivery.</source>
        <translation>Die Zustellung kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Interrupted: no answer was recorded for it.</source>
        <translation>Unterbrochen: Für diese Zustellung wurde keine Antwort gespeichert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>import the delivery</source>
        <translation>Importieren der Zustellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot import the delivery.</source>
        <translation>Die Zustellung kann nicht importiert werden.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>record the delivery&apos;s result</source>
        <translation>Speichern des Ergebnisses der Zustellung</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>read the delivery</source>
        <translation>Lesen der Zustellung</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>read deliveries</source>
        <translation>Lesen von Zustellungen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>count deliveries</source>
        <translation>Zählen von Zustellungen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>summarize deliveries</source>
        <translation>Zusammenfassen von Zustellungen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>prune deliveries</source>
        <translation>Bereinigen von Zustellungen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>note the change</source>
        <translation>Vermerken der Änderung</translation>
    </message>
    <message>
        <location line="-319"/>
        <location line="+339"/>
        <source>delete deliveries</source>
        <translation>Löschen von Zustellungen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Interrupted: the console stopped before the receiver answered.</source>
        <translation>Unterbrochen: Die Konsole wurde beendet, bevor der Empfänger antwortete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mark interrupted deliveries</source>
        <translation>Markieren unterbrochener Zustellungen</translation>
    </message>
</context>
<context>
    <name>EventCatalog</name>
    <message>
        <location filename="../../app/core/EventCatalog.cpp" line="+145"/>
        <source>“%1” is not an event of this scope.</source>
        <translation>„%1“ ist kein Ereignis dieses Bereichs.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not sent to this webhook: neither its groups (%2) nor its filters (%3) include it.</source>
        <translation>„%1“ wird nicht an diesen Webhook gesendet: Weder seine Gruppen (%2) noch seine Filter (%3) schließen es ein.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is not an event group for this scope</source>
        <translation>„%1“ ist keine Ereignisgruppe für diesen Bereich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not an event filter for this scope</source>
        <translation>„%1“ ist kein Ereignisfilter für diesen Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is already covered by a chosen group</source>
        <translation>„%1“ ist bereits durch eine gewählte Gruppe abgedeckt</translation>
    </message>
</context>
<context>
    <name>EventLabels</name>
    <message>
        <location filename="../../app/gui/EventLabels.cpp" line="+20"/>
        <source>Test ping</source>
        <translation>Test-Ping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stack created</source>
        <translation>Stack erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stack deleted</source>
        <translation>Stack gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update succeeded</source>
        <translation>Update erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update failed</source>
        <translation>Update fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview succeeded</source>
        <translation>Vorschau erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview failed</source>
        <translation>Vorschau fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroy succeeded</source>
        <translation>Destroy erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroy failed</source>
        <translation>Destroy fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh succeeded</source>
        <translation>Refresh erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh failed</source>
        <translation>Refresh fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import succeeded</source>
        <translation>Import erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment queued</source>
        <translation>Deployment in Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment started</source>
        <translation>Deployment gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment succeeded</source>
        <translation>Deployment erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment failed</source>
        <translation>Deployment fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drift detected</source>
        <translation>Drift erkannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drift detection succeeded</source>
        <translation>Drift-Erkennung erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drift detection failed</source>
        <translation>Drift-Erkennung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drift remediation succeeded</source>
        <translation>Drift-Behebung erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drift remediation failed</source>
        <translation>Drift-Behebung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployment file ingestion failed</source>
        <translation>Einlesen der Deployment-Datei fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandatory policy violated</source>
        <translation>Verbindliche Richtlinie verletzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advisory policy violated</source>
        <translation>Empfohlene Richtlinie verletzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment created</source>
        <translation>Umgebung erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment deleted</source>
        <translation>Umgebung gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision created</source>
        <translation>Revision erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision retracted</source>
        <translation>Revision zurückgezogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision tag created</source>
        <translation>Revisions-Tag erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision tag deleted</source>
        <translation>Revisions-Tag gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision tag updated</source>
        <translation>Revisions-Tag aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment tag created</source>
        <translation>Umgebungs-Tag erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment tag deleted</source>
        <translation>Umgebungs-Tag gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment tag updated</source>
        <translation>Umgebungs-Tag aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported environment changed</source>
        <translation>Importierte Umgebung geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret rotation succeeded</source>
        <translation>Secret-Rotation erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret rotation failed</source>
        <translation>Secret-Rotation fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change request created</source>
        <translation>Änderungsanfrage erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change request updated</source>
        <translation>Änderungsanfrage aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change request approved</source>
        <translation>Änderungsanfrage genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change request unapproved</source>
        <translation>Genehmigung der Änderungsanfrage zurückgezogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change request closed</source>
        <translation>Änderungsanfrage geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change request applied</source>
        <translation>Änderungsanfrage angewendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change request submitted</source>
        <translation>Änderungsanfrage eingereicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stack updates and previews</source>
        <translation>Stack-Updates und -Vorschauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployments and drift</source>
        <translation>Deployments und Drift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy violations</source>
        <translation>Richtlinienverstöße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ESC environment changes</source>
        <translation>Änderungen an ESC-Umgebungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change requests</source>
        <translation>Änderungsanfragen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft Teams</source>
        <translation>Microsoft Teams</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Posts a message to a Slack channel through its incoming webhook.</source>
        <translation>Sendet eine Nachricht über den eingehenden Webhook eines Slack-Kanals.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posts an Adaptive Card to a Teams channel through a Workflows URL.</source>
        <translation>Sendet über eine Workflows-URL eine Adaptive Card an einen Teams-Kanal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Triggers a deployment of another stack when events happen here.</source>
        <translation>Löst ein Deployment eines anderen Stacks aus, wenn hier Ereignisse eintreten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends Pulumi&apos;s JSON to a URL of yours, signed with a secret.</source>
        <translation>Sendet das JSON von Pulumi an eine URL Ihrer Wahl, signiert mit einem Secret.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../app/gui/Formatting.cpp" line="+24"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthChart</name>
    <message>
        <location filename="../../app/gui/HealthChart.cpp" line="+40"/>
        <source>0 s</source>
        <translation>0 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../../app/gui/HealthChartLoader.cpp" line="+69"/>
        <source>The daily chart could not be loaded: %1. Reinstall Webhook Console.</source>
        <translation>Das Tagesdiagramm konnte nicht geladen werden: %1. Installieren Sie Webhook Console neu.</translation>
    </message>
</context>
<context>
    <name>IntegrationsPage</name>
    <message>
        <location filename="../../ui/IntegrationsPage.ui" line="+13"/>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+36"/>
        <location line="+36"/>
        <location line="+36"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Microsoft Teams</source>
        <translation>Microsoft Teams</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Integrations here</source>
        <translation>&amp;Integrationen in diesem Bereich</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pa&amp;use</source>
        <translation>Pa&amp;usieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go to Webhooks</source>
        <translation>&amp;Zu den Webhooks</translation>
    </message>
</context>
<context>
    <name>LocalBackend</name>
    <message>
        <location filename="../../app/core/local/LocalBackend.cpp" line="+51"/>
        <source>Also, %1: %2</source>
        <translation>Außerdem %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A webhook named “%1” already exists in %2.</source>
        <translation>Ein Webhook namens „%1“ existiert bereits in %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The webhook no longer exists.</source>
        <translation>Der Webhook existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no webhook “%1”.</source>
        <translation>Es gibt keinen Webhook „%1“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The secret of “%1” is not in your keychain. Enter it to send deliveries from this computer.</source>
        <translation>Das Secret von „%1“ ist nicht in Ihrem Schlüsselbund. Geben Sie es ein, um von diesem Computer aus Zustellungen zu senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret of “%1” is not in your keychain (%2 set it on %3). Enter it to send deliveries from this computer.</source>
        <translation>Das Secret von „%1“ ist nicht in Ihrem Schlüsselbund (%2 hat es am %3 festgelegt). Geben Sie es ein, um von diesem Computer aus Zustellungen zu senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret of “%1” was changed by %2 on %3; the one in your keychain is out of date. Enter the new one.</source>
        <translation>Das Secret von „%1“ wurde von %2 am %3 geändert; das Secret in Ihrem Schlüsselbund ist veraltet. Geben Sie das neue ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secret of “%1” has changed; the one in your keychain is out of date. Enter the new one.</source>
        <translation>Das Secret von „%1“ wurde geändert; das Secret in Ihrem Schlüsselbund ist veraltet. Geben Sie das neue ein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no delivery %1.</source>
        <translation>Es gibt keine Zustellung %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a delivery ID (a positive whole number).</source>
        <translation>„%1“ ist keine Zustellungs-ID (eine positive ganze Zahl).</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Only a PostgreSQL database has a password.</source>
        <translation>Nur eine PostgreSQL-Datenbank hat ein Passwort.</translation>
    </message>
    <message>
        <location line="+608"/>
        <source>read the archive</source>
        <translation>Lesen des Archivs</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>archive the delivery</source>
        <translation>Archivieren der Zustellung</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Give a project and a stack, or a project and an environment.</source>
        <translation>Geben Sie ein Projekt und einen Stack oder ein Projekt und eine Umgebung an.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A stack stays a stack, an environment an environment, in its organization.</source>
        <translation>Ein Stack bleibt ein Stack und eine Umgebung eine Umgebung, jeweils in ihrer Organisation.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>“%1” was not removed: its webhook %2 could not be deleted. %3</source>
        <translation>„%1“ wurde nicht entfernt: Der zugehörige Webhook %2 konnte nicht gelöscht werden. %3</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>the new secret could not be removed from the keychain</source>
        <translation>konnte das neue Secret nicht aus dem Schlüsselbund entfernt werden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This webhook no longer exists: someone else deleted it; nothing was saved.</source>
        <translation>Dieser Webhook existiert nicht mehr: Jemand anderes hat ihn gelöscht; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The current secret does not suit %1. %2</source>
        <translation>Das aktuelle Secret passt nicht zu %1. %2</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>the webhook could not be marked as signed again</source>
        <translation>konnte der Webhook nicht wieder als signiert markiert werden</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>the previous secret could not be restored</source>
        <translation>konnte das vorherige Secret nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Part of its delivery history may already be gone.</source>
        <translation>Ein Teil seines Zustellverlaufs ist möglicherweise bereits verloren.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the secret could not be put back into the keychain</source>
        <translation>konnte das Secret nicht wieder in den Schlüsselbund gelegt werden</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>current secret</source>
        <translation>aktuelles Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>previous secret</source>
        <translation>vorheriges Secret</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Choose an overlap between none and %n days.</source>
        <translation>
            <numerusform>Wählen Sie eine Überlappung zwischen keiner und %n Tag.</numerusform>
            <numerusform>Wählen Sie eine Überlappung zwischen keiner und %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This is the current secret: a rotation needs a new one.</source>
        <translation>Dies ist das aktuelle Secret: Eine Rotation braucht ein neues.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Enter a secret.</source>
        <translation>Geben Sie ein Secret ein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” has no secret: there is nothing to enter.</source>
        <translation>„%1“ hat kein Secret: Es gibt nichts einzugeben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This is not the secret of “%1”: nothing was kept.</source>
        <translation>Dies ist nicht das Secret von „%1“; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not the secret of “%1” (%2 set it on %3): nothing was kept.</source>
        <translation>Dies ist nicht das Secret von „%1“ (%2 hat es am %3 festgelegt); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No sample of “%1” can be made.</source>
        <translation>Für „%1“ kann kein Beispiel erstellt werden.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The delivery no longer exists.</source>
        <translation>Die Zustellung existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is kept in Pulumi Cloud, which sends its deliveries: connect its organization to Pulumi Cloud on this computer.</source>
        <translation>%1 wird in Pulumi Cloud verwaltet, das auch seine Zustellungen sendet: Verbinden Sie seine Organisation auf diesem Computer mit Pulumi Cloud.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The secret does not suit %1, so nothing was sent: %2</source>
        <translation>Das Secret passt nicht zu %1, daher wurde nichts gesendet: %2</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Pulumi Cloud sends this webhook&apos;s deliveries: edit and send works on the console&apos;s own webhooks.</source>
        <translation>Pulumi Cloud sendet die Zustellungen dieses Webhooks: Bearbeiten und Senden funktioniert nur mit den eigenen Webhooks der Konsole.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The history of a Pulumi Cloud webhook is Pulumi&apos;s: import into one of the console&apos;s own webhooks.</source>
        <translation>Der Verlauf eines Pulumi-Cloud-Webhooks gehört Pulumi: Importieren Sie ihn in einen der eigenen Webhooks der Konsole.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.ui" line="+9"/>
        <source>Webhook Console</source>
        <translation>Webhook Console</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add Organization…</source>
        <translation>Organisation &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read what the page shows again</source>
        <translation>Liest den Inhalt der Seite neu ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Deliveries</source>
        <translation>&amp;Zustellungen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create Webhook…</source>
        <translation>Webhook &amp;erstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Webhook…</source>
        <translation>Webhook &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete Webhook…</source>
        <translation>Webhook &amp;löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Send Test &amp;Ping</source>
        <translation>Test-&amp;Ping senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;Stack…</source>
        <translation>&amp;Stack hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;Environment…</source>
        <translation>&amp;Umgebung hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Stacks…</source>
        <translation>Stacks &amp;importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename…</source>
        <translation>Umbe&amp;nennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pa&amp;use Webhook</source>
        <translation>Webhook pa&amp;usieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose Sample E&amp;vent…</source>
        <translation>Beispielereignis &amp;auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Webhook Console</source>
        <translation>&amp;Über Webhook Console</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../../ui/OrganizationDialog.ui" line="+9"/>
        <source>Welcome to Webhook Console</source>
        <translation>Willkommen bei Webhook Console</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which organization&apos;s webhooks do you manage? Use the organization&apos;s name as it appears in Pulumi Cloud.</source>
        <translation>Die Webhooks welcher Organisation verwalten Sie? Verwenden Sie den Namen der Organisation, wie er in Pulumi Cloud erscheint.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>acme-corp</source>
        <translation>acme-corp</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/PreferencesDialog.ui" line="+5"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Timeout</source>
        <translation>&amp;Zeitüberschreitung nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redeliveries at once</source>
        <translation>&amp;Gleichzeitige erneute Zustellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep &amp;deliveries for</source>
        <translation>Zustellungen &amp;aufbewahren für</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or the &amp;newest</source>
        <translation>Oder die &amp;neuesten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> per webhook</source>
        <translation> pro Webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whichever keeps more. Older deliveries are removed in the background.</source>
        <translation>Es gilt, was mehr aufbewahrt. Ältere Zustellungen werden im Hintergrund entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applies at once; Cancel goes back to what it was.</source>
        <translation>Wird sofort angewendet; „Abbrechen“ stellt den vorherigen Zustand wieder her.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your na&amp;me</source>
        <translation>Ihr Na&amp;me</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown as who created or changed a webhook on a shared database.</source>
        <translation>Wird in einer gemeinsam genutzten Datenbank als Ersteller oder Bearbeiter eines Webhooks angezeigt.</translation>
    </message>
</context>
<context>
    <name>PulumiProgram</name>
    <message>
        <location filename="../../app/core/PulumiProgram.cpp" line="+315"/>
        <source>“%1” is not a Pulumi project name (up to 100 letters, digits, “_”, “.” and “-”, not starting with a digit or “-”): the program is named “%2”.</source>
        <translation>„%1“ ist kein Pulumi-Projektname (bis zu 100 Buchstaben, Ziffern, „_“, „.“ und „-“, nicht mit einer Ziffer oder „-“ am Anfang): Das Programm heißt stattdessen „%2“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was chosen more than once; it is exported once.</source>
        <translation>%1 wurde mehrfach ausgewählt; der Webhook wird nur einmal exportiert.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: the provider’s schema does not list %2; `pulumi up` may refuse this webhook.</source>
        <translation>%1: Das Schema des Providers führt %2 nicht auf; `pulumi up` lehnt diesen Webhook möglicherweise ab.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The provider takes no webhook name: `pulumi up` creates new webhooks, which Pulumi Cloud names itself. To manage a webhook that already exists instead, uncomment the `options: import:` lines under its resource.</source>
        <translation>Der Provider nimmt keinen Webhook-Namen an: `pulumi up` erstellt neue Webhooks, die Pulumi Cloud selbst benennt. Um stattdessen einen bereits vorhandenen Webhook zu verwalten, entfernen Sie die Kommentarzeichen vor den Zeilen `options: import:` unter seiner Ressource.</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../app/gui/Prompt.cpp" line="+44"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>ReceivedRepository</name>
    <message>
        <location filename="../../app/core/local/ReceivedRepository.cpp" line="+74"/>
        <source>keep the received request</source>
        <translation>Speichern der empfangenen Anfrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot keep the received request.</source>
        <translation>Die empfangene Anfrage kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>read the received requests</source>
        <translation>Lesen der empfangenen Anfragen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>clear the received requests</source>
        <translation>Löschen der empfangenen Anfragen</translation>
    </message>
</context>
<context>
    <name>SampleEventDialog</name>
    <message>
        <location filename="../../ui/SampleEventDialog.ui" line="+9"/>
        <source>Send sample event</source>
        <translation>Beispielereignis senden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>update_failed, deployment, drift…</source>
        <translation>update_failed, deployment, drift…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Event</source>
        <translation>&amp;Ereignis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <location filename="../../ui/ScopeDialog.ui" line="+9"/>
        <source>Add stack</source>
        <translation>Stack hinzufügen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Stack</source>
        <translation>&amp;Stack</translation>
    </message>
</context>
<context>
    <name>ScopesPage</name>
    <message>
        <location filename="../../ui/ScopesPage.ui" line="+13"/>
        <source>Stacks</source>
        <translation>Stacks</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add stack…</source>
        <translation>Stack &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import stacks…</source>
        <translation>Stacks &amp;importieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
</context>
<context>
    <name>SignatureScheme</name>
    <message>
        <location filename="../../app/core/delivery/Signer.cpp" line="+118"/>
        <source>Pulumi-Webhook-Signature: the HMAC-SHA256 of the body in hex, as Pulumi Cloud sends.</source>
        <translation>Pulumi-Webhook-Signature: der HMAC-SHA256 des Bodys in Hex, wie Pulumi Cloud ihn sendet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pulumi-Webhook-Signature is not 64 lowercase hex digits.</source>
        <translation>Pulumi-Webhook-Signature besteht nicht aus 64 Hexziffern in Kleinbuchstaben.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>X-Hub-Signature-256: “sha256=” and the HMAC-SHA256 of the body in hex, as GitHub sends.</source>
        <translation>X-Hub-Signature-256: „sha256=“ und der HMAC-SHA256 des Bodys als Hexadezimalzahl, wie GitHub ihn sendet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>X-Hub-Signature-256 is not “sha256=” followed by 64 lowercase hex digits.</source>
        <translation>X-Hub-Signature-256 besteht nicht aus „sha256=“ gefolgt von 64 Hexadezimalziffern in Kleinschreibung.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>webhook-id, webhook-timestamp and webhook-signature (“v1,” and base64), as Svix and GitLab send; the timestamp guards against replays.</source>
        <translation>webhook-id, webhook-timestamp und webhook-signature („v1,“ und Base64), wie Svix und GitLab sie senden; der Zeitstempel schützt vor Replay-Angriffen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A Standard Webhooks secret is “whsec_” followed by the base64 of 24 to 64 random bytes (Generate makes one).</source>
        <translation>Ein Standard-Webhooks-Secret besteht aus „whsec_“, gefolgt vom Base64 von 24 bis 64 Zufallsbytes („Generieren“ erzeugt eines).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>webhook-timestamp is not a number of seconds.</source>
        <translation>webhook-timestamp ist keine Anzahl von Sekunden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>webhook-signature holds no “v1,” signature.</source>
        <translation>webhook-signature enthält keine „v1,“-Signatur.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stripe-style</source>
        <translation>Stripe-Stil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stripe-Signature: “t=” the time and “v1=” the HMAC-SHA256 of time and body in hex, as Stripe sends; the time guards against replays.</source>
        <translation>Stripe-Signature: „t=“ die Zeit und „v1=“ der HMAC-SHA256 von Zeit und Body in Hex, wie Stripe ihn sendet; die Zeit schützt vor Replay-Angriffen.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Stripe-Signature has no “t=” time in seconds.</source>
        <translation>Stripe-Signature enthält keine „t=“-Zeit in Sekunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stripe-Signature has no “v1=” signature of 64 hex digits.</source>
        <translation>Stripe-Signature enthält keine „v1=“-Signatur aus 64 Hexziffern.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Unsigned: no %1 header.</source>
        <translation>Unsigniert: Header %1 fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsigned for %1: the request carries a %2 signature. Is the webhook set to that scheme?</source>
        <translation>Unsigniert für %1: Die Anfrage enthält eine Signatur vom Typ %2. Ist der Webhook auf dieses Verfahren eingestellt?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed, but the webhook has no secret to check the signature with.</source>
        <translation>Signiert, aber der Webhook hat kein Secret, mit dem sich die Signatur prüfen lässt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Invalid: the body is not the one that was signed (it changed on the way).</source>
        <translation>Ungültig: Der Body ist nicht der, der signiert wurde (er wurde unterwegs verändert).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid: the signature was not made with the current secret.</source>
        <translation>Ungültig: Die Signatur wurde nicht mit dem aktuellen Secret erstellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid: the signature was made with none of the webhook&apos;s secrets.</source>
        <translation>Ungültig: Die Signatur wurde mit keinem der Secrets des Webhooks erstellt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid: signed %1 s ago, more than the %2 s receivers accept (a replay?).</source>
        <translation>Ungültig: vor %1 s signiert, mehr als die %2 s, die Empfänger akzeptieren (ein Replay-Angriff?).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid: signed %1 s in the future, more than the %2 s receivers accept (check both clocks).</source>
        <translation>Ungültig: %1 s in der Zukunft signiert, mehr als die %2 s, die Empfänger akzeptieren (prüfen Sie beide Uhren).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Valid: signed with the current secret.</source>
        <translation>Gültig: mit dem aktuellen Secret signiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid: signed with the previous secret.</source>
        <translation>Gültig: mit dem vorherigen Secret signiert.</translation>
    </message>
</context>
<context>
    <name>StackImport</name>
    <message>
        <location filename="../../app/core/StackImport.cpp" line="+41"/>
        <source>This is not JSON: %1 (at byte %2).</source>
        <translation>Das ist kein JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expected the array that “pulumi stack ls --json” prints.</source>
        <translation>Erwartet wurde das Array, das „pulumi stack ls --json“ ausgibt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Entry %1 has no “name”.</source>
        <translation>Eintrag %1 hat kein „name“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” (entry %2) does not say its project: give the project, or list the stacks with “pulumi stack ls --all --json”.</source>
        <translation>„%1“ (Eintrag %2) nennt sein Projekt nicht: Geben Sie das Projekt an oder listen Sie die Stacks mit „pulumi stack ls --all --json“ auf.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” (entry %2): %3</source>
        <translation>„%1“ (Eintrag %2): %3</translation>
    </message>
</context>
<context>
    <name>StackImportDialog</name>
    <message>
        <location filename="../../ui/StackImportDialog.ui" line="+9"/>
        <source>Import stacks</source>
        <translation>Stacks importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste what &lt;code&gt;pulumi stack ls --json&lt;/code&gt; prints, or open a file that holds it. Run it with &lt;code&gt;--all&lt;/code&gt; to list the stacks of every organization and project.</source>
        <translation>Fügen Sie ein, was &lt;code&gt;pulumi stack ls --json&lt;/code&gt; ausgibt, oder öffnen Sie eine Datei, die diese Ausgabe enthält. Führen Sie den Befehl mit &lt;code&gt;--all&lt;/code&gt; aus, um die Stacks aller Organisationen und Projekte aufzulisten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open &amp;file…</source>
        <translation>&amp;Datei öffnen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>[{&quot;name&quot;: &quot;acme/website/prod&quot;, &quot;url&quot;: &quot;https://app.pulumi.com/acme/website/prod&quot;, …}]</source>
        <translation>[{&quot;name&quot;: &quot;acme/website/prod&quot;, &quot;url&quot;: &quot;https://app.pulumi.com/acme/website/prod&quot;, …}]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Default &amp;organization</source>
        <translation>Standard&amp;organisation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Completes names written project/stack (pulumi shortens them so for your default organization)</source>
        <translation>Vervollständigt Namen der Form Projekt/Stack (so kürzt pulumi sie für Ihre Standardorganisation ab)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default &amp;project</source>
        <translation>Standard&amp;projekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For names without a project (run inside the project&apos;s folder)</source>
        <translation>Für Namen ohne Projekt (im Ordner des Projekts ausgeführt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Stacks to add</source>
        <translation>Hinzuzufügende &amp;Stacks</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>StorageThread</name>
    <message>
        <location filename="../../app/core/local/StorageThread.cpp" line="+18"/>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The database cannot notify changes.</source>
        <translation>Die Datenbank kann keine Änderungen melden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot listen for changes: %1</source>
        <translation>Änderungen können nicht überwacht werden: %1</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../app/core/Validation.cpp" line="+49"/>
        <source>Enter a display name.</source>
        <translation>Geben Sie einen Anzeigenamen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <location line="+16"/>
        <location line="+50"/>
        <location line="+32"/>
        <source>Use at most %1 characters.</source>
        <translation>Verwenden Sie höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>The display name cannot contain control characters such as tabs, line breaks or escape sequences (found %1).</source>
        <translation>Der Anzeigename darf keine Steuerzeichen wie Tabulatoren, Zeilenumbrüche oder Escape-Sequenzen enthalten (gefunden: %1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use only letters, digits, “-”, “_” and “.”.</source>
        <translation>Verwenden Sie nur Buchstaben, Ziffern, „-“, „_“ und „.“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” cannot be a name; add a letter or digit.</source>
        <translation>„%1“ ist als Name nicht möglich; fügen Sie einen Buchstaben oder eine Ziffer hinzu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the payload URL.</source>
        <translation>Geben Sie die Payload-URL ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a valid URL.</source>
        <translation>Dies ist keine gültige URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use an absolute http:// or https:// URL.</source>
        <translation>Verwenden Sie eine absolute http://- oder https://-URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL needs a host name.</source>
        <translation>Die URL benötigt einen Hostnamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user name or password in the URL would be stored in plain text, outside the keychain. Remove it, and use the webhook&apos;s secret instead (the receiver checks the signature), or put the credentials in the receiver.</source>
        <translation>Ein Benutzername oder Passwort in der URL würde im Klartext außerhalb des Schlüsselbunds gespeichert. Entfernen Sie ihn und verwenden Sie stattdessen das Secret des Webhooks (der Empfänger prüft die Signatur), oder hinterlegen Sie die Zugangsdaten im Empfänger.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port 0 is not a port a receiver can listen on; use 1–65535, or leave the port out.</source>
        <translation>Port 0 ist kein Port, auf dem ein Empfänger lauschen kann; verwenden Sie 1–65535 oder lassen Sie den Port weg.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the stack to deploy, as project/stack.</source>
        <translation>Wählen Sie den bereitzustellenden Stack als Projekt/Stack.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Deployment webhook&apos;s target is a stack, written project/stack (for example website/production), not a URL.</source>
        <translation>Das Ziel eines Deployment-Webhooks ist ein Stack, geschrieben als Projekt/Stack (zum Beispiel website/production), keine URL.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Slack&apos;s incoming-webhook URLs begin with https://hooks.slack.com/. This one does not: fine for Mattermost and other Slack-compatible servers, a mistake otherwise.</source>
        <translation>Incoming-Webhook-URLs von Slack beginnen mit https://hooks.slack.com/. Diese nicht: Für Mattermost und andere Slack-kompatible Server ist das in Ordnung, ansonsten ein Fehler.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secret cannot contain control characters such as a NUL byte, a tab or a line break (found %1).</source>
        <translation>Das Secret darf keine Steuerzeichen wie ein NUL-Byte, einen Tabulator oder einen Zeilenumbruch enthalten (gefunden: %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a format for this scope; use one of: %2.</source>
        <translation>„%1“ ist kein Format für diesen Bereich; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the organization name.</source>
        <translation>Geben Sie den Namen der Organisation ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the project name.</source>
        <translation>Geben Sie den Namen des Projekts ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the stack name.</source>
        <translation>Geben Sie den Namen des Stacks ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the environment name.</source>
        <translation>Geben Sie den Namen der Umgebung ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use only letters, digits, “-”, “_” and “.” in the organization name.</source>
        <translation>Verwenden Sie im Namen der Organisation nur Buchstaben, Ziffern, „-“, „_“ und „.“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use only letters, digits, “-”, “_” and “.” in the project name.</source>
        <translation>Verwenden Sie im Namen des Projekts nur Buchstaben, Ziffern, „-“, „_“ und „.“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use only letters, digits, “-”, “_” and “.” in the stack name.</source>
        <translation>Verwenden Sie im Namen des Stacks nur Buchstaben, Ziffern, „-“, „_“ und „.“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use only letters, digits, “-”, “_” and “.” in the environment name.</source>
        <translation>Verwenden Sie im Namen der Umgebung nur Buchstaben, Ziffern, „-“, „_“ und „.“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” cannot be the organization name; add a letter or digit.</source>
        <translation>„%1“ ist als Name der Organisation nicht möglich; fügen Sie einen Buchstaben oder eine Ziffer hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” cannot be the project name; add a letter or digit.</source>
        <translation>„%1“ ist als Name des Projekts nicht möglich; fügen Sie einen Buchstaben oder eine Ziffer hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” cannot be the stack name; add a letter or digit.</source>
        <translation>„%1“ ist als Name des Stacks nicht möglich; fügen Sie einen Buchstaben oder eine Ziffer hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” cannot be the environment name; add a letter or digit.</source>
        <translation>„%1“ ist als Name der Umgebung nicht möglich; fügen Sie einen Buchstaben oder eine Ziffer hinzu.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Choose an organization or a stack.</source>
        <translation>Wählen Sie eine Organisation oder einen Stack.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a signature scheme; use one of: %2.</source>
        <translation>„%1“ ist kein Signaturverfahren; verwenden Sie eines der folgenden: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a secret.</source>
        <translation>Geben Sie ein Secret ein.</translation>
    </message>
</context>
<context>
    <name>VerifySnippet</name>
    <message>
        <location filename="../../app/core/VerifySnippet.cpp" line="+529"/>
        <source>Verifies a webhook delivery signed with the %1 signature scheme.</source>
        <translation>Prüft eine Webhook-Zustellung, die mit dem Signaturverfahren %1 signiert wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headers: %1.</source>
        <translation>Header: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass the raw request body, the exact bytes received: JSON parsed and serialized again differs by a byte or more, and its signature no longer matches.</source>
        <translation>Übergeben Sie den unveränderten Anfrage-Body, also genau die empfangenen Bytes: Geparstes und erneut serialisiertes JSON weicht um mindestens ein Byte ab, und die Signatur passt dann nicht mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refuses a timestamp more than %1 seconds away from this machine&apos;s clock (a replay), and accepts any one of several signatures (sent during a secret rotation).</source>
        <translation>Lehnt einen Zeitstempel ab, der mehr als %1 Sekunden von der Uhr dieses Rechners abweicht (ein Replay-Angriff), und akzeptiert jede von mehreren Signaturen (die während einer Secret-Rotation gesendet werden).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Standard library only; signatures are compared in constant time. Made by %1.</source>
        <translation>Nur Standardbibliothek; Signaturen werden in konstanter Zeit verglichen. Erstellt von %1.</translation>
    </message>
</context>
<context>
    <name>WebhookActions</name>
    <message>
        <location filename="../../app/gui/WebhookActions.cpp" line="+30"/>
        <source>Delete the webhook “%1”? Its delivery history and its secret in your keychain are deleted too.</source>
        <translation>Den Webhook „%1“ löschen? Sein Zustellverlauf und sein Secret in Ihrem Schlüsselbund werden ebenfalls gelöscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the webhook “%1”? Its delivery history is deleted too.</source>
        <translation>Den Webhook „%1“ löschen? Sein Zustellverlauf wird ebenfalls gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Delete webhook</source>
        <translation>Webhook löschen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Delete webhook</source>
        <translation>Webhook &amp;löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleting webhook “%1”…</source>
        <translation>Webhook „%1“ wird gelöscht…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” was not deleted. %2</source>
        <translation>„%1“ wurde nicht gelöscht. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted webhook “%1”.</source>
        <translation>Webhook „%1“ gelöscht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resume webhook</source>
        <translation>Webhook fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause webhook</source>
        <translation>Webhook pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was not changed. %2</source>
        <translation>„%1“ wurde nicht geändert. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resumed webhook “%1”: events are delivered again.</source>
        <translation>Webhook „%1“ fortgesetzt: Ereignisse werden wieder zugestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused webhook “%1”: no events are delivered until it is resumed.</source>
        <translation>Webhook „%1“ pausiert: Bis er fortgesetzt wird, werden keine Ereignisse zugestellt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set Sec&amp;ret…</source>
        <translation>Secret &amp;festlegen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Rotate Secret…</source>
        <translation>Secret &amp;rotieren…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set the secret of “%1”: its deliveries are signed from now on.</source>
        <translation>Secret von „%1“ festgelegt: Seine Zustellungen werden ab jetzt signiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotated the secret of “%1”: the previous secret is kept until %2.</source>
        <translation>Secret von „%1“ rotiert: Das vorherige Secret bleibt bis %2 erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replaced the secret of “%1”.</source>
        <translation>Secret von „%1“ ersetzt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+15"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 (not subscribed)</source>
        <translation>%1 (nicht abonniert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send a sample “%1” event (Pulumi-Webhook-Kind: %2).</source>
        <translation>Ein Beispielereignis „%1“ senden (Pulumi-Webhook-Kind: %2).</translation>
    </message>
</context>
<context>
    <name>WebhookDialog</name>
    <message>
        <location filename="../../ui/WebhookDialog.ui" line="+9"/>
        <source>Create webhook</source>
        <translation>Webhook erstellen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Display name</source>
        <translation>&amp;Anzeigename</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deployments to Slack</source>
        <translation>Deployments nach Slack</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Payload &amp;URL</source>
        <translation>Payload-&amp;URL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>https://example.com/hooks/pulumi</source>
        <translation>https://example.com/hooks/pulumi</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Target stack</source>
        <translation>Zie&amp;l-Stack</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Secre&amp;t</source>
        <translation>Secre&amp;t</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;how</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show secret</source>
        <translation>Secret anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate secret</source>
        <translation>Secret generieren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Copy it now: it will not be shown again.</source>
        <translation>Kopieren Sie es jetzt: Es wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cop&amp;y</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy secret</source>
        <translation>Secret kopieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Remove the secret</source>
        <translation>Secret ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Active</source>
        <translation>A&amp;ktiv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deliver events to this webhook</source>
        <translation>Ereignisse an diesen Webhook zustellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E&amp;vents</source>
        <translation>&amp;Ereignisse</translation>
    </message>
</context>
<context>
    <name>WebhookRepository</name>
    <message>
        <location filename="../../app/core/local/WebhookRepository.cpp" line="+74"/>
        <location line="+15"/>
        <location line="+64"/>
        <source>read organizations</source>
        <translation>Lesen der Organisationen</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+242"/>
        <location line="+19"/>
        <location line="+354"/>
        <source>read webhooks</source>
        <translation>Lesen der Webhooks</translation>
    </message>
    <message>
        <location line="-612"/>
        <source>The organization “%1” already holds webhooks of this console&apos;s own (%2). Connect a Pulumi Cloud organization of another name, or delete them first (Publish to Pulumi Cloud copies them there).</source>
        <translation>Die Organisation „%1“ enthält bereits eigene Webhooks dieser Konsole (%2). Verbinden Sie eine Pulumi-Cloud-Organisation mit einem anderen Namen oder löschen Sie diese Webhooks zuerst („In Pulumi Cloud veröffentlichen“ kopiert sie dorthin).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>connect the organization</source>
        <translation>Verbinden der Organisation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>remove the organization</source>
        <translation>Entfernen der Organisation</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>add the organization</source>
        <translation>Hinzufügen der Organisation</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+143"/>
        <source>read stacks</source>
        <translation>Lesen der Stacks</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+34"/>
        <source>read environments</source>
        <translation>Lesen der Umgebungen</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>add the stack</source>
        <translation>Hinzufügen des Stacks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>add the environment</source>
        <translation>Hinzufügen der Umgebung</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+54"/>
        <source>There is no environment “%1”.</source>
        <translation>Es gibt keine Umgebung „%1“.</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+54"/>
        <source>There is no stack “%1”.</source>
        <translation>Es gibt keinen Stack „%1“.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>“%1” already exists.</source>
        <translation>„%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+2"/>
        <source>rename the scope</source>
        <translation>Umbenennen des Bereichs</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>remove the scope</source>
        <translation>Entfernen des Bereichs</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+249"/>
        <source>clear the keychain journal</source>
        <translation>Leeren des Schlüsselbund-Journals</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>record the keychain step</source>
        <translation>Protokollieren des Schlüsselbund-Schritts</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read the keychain journal</source>
        <translation>Lesen des Schlüsselbund-Journals</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+128"/>
        <source>save the webhook</source>
        <translation>Speichern des Webhooks</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Cannot save the webhook.</source>
        <translation>Der Webhook kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>A webhook named “%1” already exists in %2.</source>
        <translation>Ein Webhook namens „%1“ existiert bereits in %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This webhook no longer exists: someone else deleted it.</source>
        <translation>Dieser Webhook existiert nicht mehr: Jemand anderes hat ihn gelöscht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This webhook was changed by someone else since you opened it; nothing was saved. Its current values are shown: make your change again.</source>
        <translation>Dieser Webhook wurde, seit Sie ihn geöffnet haben, von jemand anderem geändert; es wurde nichts gespeichert. Die aktuellen Werte werden angezeigt: Nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This webhook was changed by %1 since you opened it; nothing was saved. Its current values are shown: make your change again.</source>
        <translation>Dieser Webhook wurde, seit Sie ihn geöffnet haben, von %1 geändert; es wurde nichts gespeichert. Die aktuellen Werte werden angezeigt: Nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>delete the webhook</source>
        <translation>Löschen des Webhooks</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>read secret rotations</source>
        <translation>Lesen der Secret-Rotationen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>end the secret rotation</source>
        <translation>Beenden der Secret-Rotation</translation>
    </message>
</context>
<context>
    <name>WebhooksPage</name>
    <message>
        <location filename="../../ui/WebhooksPage.ui" line="+13"/>
        <location line="+62"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Webhooks send an HTTP POST to a URL of yours when events happen in this organization&apos;s stacks.</source>
        <translation>Webhooks senden einen HTTP-POST an eine URL Ihrer Wahl, wenn in den Stacks dieser Organisation Ereignisse eintreten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+78"/>
        <source>&amp;Create webhook</source>
        <translation>Webhook &amp;erstellen</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deli&amp;veries</source>
        <translation>&amp;Zustellungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send test &amp;ping</source>
        <translation>Test-&amp;Ping senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send &amp;sample event</source>
        <translation>Beispielereignis &amp;senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a realistic sample of an event to the selected webhook (Ctrl+Shift+P chooses one)</source>
        <translation>Sendet ein realistisches Beispiel eines Ereignisses an den ausgewählten Webhook (Ctrl+Shift+P wählt eines aus)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No webhooks yet. Choose “Create webhook” to send this organization&apos;s events to a URL of yours.</source>
        <translation>Noch keine Webhooks. Wählen Sie „Webhook erstellen“, um die Ereignisse dieser Organisation an eine URL Ihrer Wahl zu senden.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Last test delivery</source>
        <translation>Letzte Testzustellung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/gui/WebhooksPage.cpp" line="+43"/>
        <source>
… (response truncated)</source>
        <translation>
… (Antwort gekürzt)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="+22"/>
        <source>Manage organization and stack webhooks, send signed test deliveries.</source>
        <translation>Webhooks von Organisationen und Stacks verwalten, signierte Testzustellungen senden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use the database at PATH (an SQLite file, or a postgresql:// URL). Default: $%1, else %2.</source>
        <translation>Die Datenbank unter PATH verwenden (eine SQLite-Datei oder eine postgresql://-URL). Standard: $%1, sonst %2.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Webhook Console</source>
        <translation>Webhook Console</translation>
    </message>
</context>
<context>
    <name>wc::CloudBackend</name>
    <message>
        <location filename="../../app/core/cloud/CloudBackend.cpp" line="+26"/>
        <source>Pulumi Cloud signs deliveries with Pulumi&apos;s scheme only.</source>
        <translation>Pulumi Cloud signiert Zustellungen nur mit dem Verfahren von Pulumi.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No access token for Pulumi Cloud at %1 is kept on this computer. Connect “%2” again with a token.</source>
        <translation>Auf diesem Computer ist kein Zugriffstoken für Pulumi Cloud unter %1 gespeichert. Verbinden Sie „%2“ erneut mit einem Token.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“%1” is not connected to Pulumi Cloud.</source>
        <translation>„%1“ ist nicht mit Pulumi Cloud verbunden.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Pulumi Cloud got no answer from the receiver.</source>
        <translation>Pulumi Cloud hat keine Antwort vom Empfänger erhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulumi Cloud got no answer from the receiver: %1</source>
        <translation>Pulumi Cloud hat keine Antwort vom Empfänger erhalten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The receiver answered %1.</source>
        <translation>Der Empfänger antwortete mit %1.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The stacks and environments of a Pulumi Cloud organization come from Pulumi Cloud: create them there (pulumi stack init, esc env init) and they appear here.</source>
        <translation>Die Stacks und Umgebungen einer Pulumi-Cloud-Organisation stammen aus Pulumi Cloud: Erstellen Sie sie dort (pulumi stack init, esc env init), dann erscheinen sie hier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stacks and environments of a Pulumi Cloud organization are renamed in Pulumi Cloud (pulumi stack rename).</source>
        <translation>Stacks und Umgebungen einer Pulumi-Cloud-Organisation werden in Pulumi Cloud umbenannt (pulumi stack rename).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stacks and environments of a Pulumi Cloud organization are removed in Pulumi Cloud (pulumi stack rm).</source>
        <translation>Stacks und Umgebungen einer Pulumi-Cloud-Organisation werden in Pulumi Cloud entfernt (pulumi stack rm).</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No webhook %1 in Pulumi Cloud.</source>
        <translation>Kein Webhook %1 in Pulumi Cloud.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Pulumi Cloud does not rename webhooks: create one with the new name, then delete this one.</source>
        <translation>Pulumi Cloud benennt keine Webhooks um: Erstellen Sie einen mit dem neuen Namen und löschen Sie dann diesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A webhook stays in its stack or organization.</source>
        <translation>Ein Webhook bleibt in seinem Stack bzw. seiner Organisation.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Pulumi Cloud keeps one secret per webhook and signs with it alone: rotate without an overlap, and update the receiver at the same time.</source>
        <translation>Pulumi Cloud speichert ein Secret pro Webhook und signiert nur damit: Rotieren Sie ohne Überlappung und aktualisieren Sie gleichzeitig den Empfänger.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pulumi Cloud keeps this webhook&apos;s secret and signs its deliveries itself.</source>
        <translation>Pulumi Cloud verwahrt das Secret dieses Webhooks und signiert seine Zustellungen selbst.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Pulumi Cloud sends events only when they happen; it can send a test ping.</source>
        <translation>Pulumi Cloud sendet Ereignisse nur, wenn sie eintreten; es kann einen Test-Ping senden.</translation>
    </message>
</context>
<context>
    <name>wc::CloudClient</name>
    <message>
        <location filename="../../app/core/cloud/CloudClient.cpp" line="+89"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pulumi Cloud at %1 could not be reached (%2). Nothing was changed; check the network and try again.</source>
        <translation>Pulumi Cloud unter %1 war nicht erreichbar (%2). Es wurde nichts geändert; prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Pulumi Cloud at %1 failed (HTTP %2: %3). Nothing was changed; try again in a moment.</source>
        <translation>Bei Pulumi Cloud unter %1 ist ein Fehler aufgetreten (HTTP %2: %3). Es wurde nichts geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pulumi Cloud at %1 refused the access token (HTTP 401). Connect again with a new token.</source>
        <translation>Pulumi Cloud unter %1 hat das Zugriffstoken abgelehnt (HTTP 401). Verbinden Sie sich erneut mit einem neuen Token.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pulumi Cloud does not allow this with your access token (HTTP 403: %1). Ask an organization admin, or connect with a token that may.</source>
        <translation>Pulumi Cloud erlaubt dies mit Ihrem Zugriffstoken nicht (HTTP 403: %1). Wenden Sie sich an einen Administrator der Organisation oder verbinden Sie sich mit einem Token, das dies darf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pulumi Cloud has no such thing (%1).</source>
        <translation>Pulumi Cloud kennt dieses Objekt nicht (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pulumi Cloud already has a webhook of this name here (HTTP 409): choose another name.</source>
        <translation>Pulumi Cloud hat hier bereits einen Webhook mit diesem Namen (HTTP 409): Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pulumi Cloud refused it (HTTP %1): %2</source>
        <translation>Pulumi Cloud hat es abgelehnt (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>wc::ConsoleBackend</name>
    <message>
        <location filename="../../app/core/cloud/ConsoleBackend.cpp" line="+94"/>
        <source>No access token is kept.</source>
        <translation>Es ist kein Zugriffstoken gespeichert.</translation>
    </message>
    <message>
        <location line="+343"/>
        <source>Give an access token for Pulumi Cloud at %1 (none is kept on this computer yet).</source>
        <translation>Geben Sie ein Zugriffstoken für Pulumi Cloud unter %1 an (auf diesem Computer ist noch keines gespeichert).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a member of “%2” in Pulumi Cloud (member of: %3).</source>
        <translation>%1 ist in Pulumi Cloud kein Mitglied von „%2“ (Mitglied von: %3).</translation>
    </message>
</context>
<context>
    <name>wc::Dispatcher</name>
    <message>
        <location filename="../../app/core/delivery/Dispatcher.cpp" line="+280"/>
        <source>… (response headers cut at %1 KiB of %2 KiB)</source>
        <translation>… (Antwort-Header bei %1 KiB von %2 KiB abgeschnitten)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The receiver answered %1, but its response headers were too large to read (more than %2 KiB in all, %3 fields, or %4 KiB in one field).</source>
        <translation>Der Empfänger antwortete mit %1, aber seine Antwort-Header waren zu groß zum Lesen (insgesamt mehr als %2 KiB, %3 Felder oder %4 KiB in einem Feld).</translation>
    </message>
    <message>
        <location filename="../../app/core/Delivery.cpp" line="+11"/>
        <location filename="../../app/core/delivery/Dispatcher.cpp" line="+8"/>
        <source>Timed out: no complete answer within %1 s.</source>
        <translation>Zeitüberschreitung: keine vollständige Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <location filename="../../app/core/delivery/Dispatcher.cpp" line="+3"/>
        <source>Cancelled before the receiver answered.</source>
        <translation>Abgebrochen, bevor der Empfänger antwortete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The receiver closed the connection before its answer (%1) was complete.</source>
        <translation>Der Empfänger hat die Verbindung geschlossen, bevor seine Antwort (%1) vollständig war.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redirect not followed: the receiver answered %1.</source>
        <translation>Weiterleitung nicht gefolgt: Der Empfänger antwortete mit %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirect not followed: the receiver answered %1, pointing to %2.</source>
        <translation>Weiterleitung nicht gefolgt: Der Empfänger antwortete mit %1 und verwies auf %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The receiver answered %1.</source>
        <translation>Der Empfänger antwortete mit %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiver answered %1 %2.</source>
        <translation>Der Empfänger antwortete mit %1 %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection refused by %1: nothing is listening there.</source>
        <translation>Verbindung von %1 abgelehnt: Dort wartet kein Dienst auf Verbindungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host not found: %1 could not be resolved.</source>
        <translation>Host nicht gefunden: %1 konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The receiver closed the connection without answering.</source>
        <translation>Der Empfänger hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS failed: %1</source>
        <translation>TLS fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request failed: %1</source>
        <translation>Die Anfrage ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>wc::HistoryExchange</name>
    <message>
        <location filename="../../app/core/HistoryExchange.cpp" line="+442"/>
        <source>&quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot; ist keine Zeichenkette</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; ist weder true noch false</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <source>no &quot;%1&quot;</source>
        <translation>kein &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>&quot;%1&quot; is not an object</source>
        <translation>&quot;%1&quot; ist kein Objekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a list</source>
        <translation>&quot;%1&quot; ist keine Liste</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not base64</source>
        <translation>&quot;%1&quot; ist kein Base64</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a date and time (ISO 8601): %2</source>
        <translation>&quot;%1&quot; ist kein Datum mit Uhrzeit (ISO 8601): %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; is neither &quot;pending&quot; nor &quot;completed&quot;</source>
        <translation>&quot;%1&quot; ist weder &quot;pending&quot; noch &quot;completed&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a webhook reference (ORG/NAME)</source>
        <translation>&quot;%1&quot; ist keine Webhook-Referenz (ORG/NAME)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no &quot;timestamp&quot;</source>
        <translation>kein &quot;timestamp&quot;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>header %1 has no name</source>
        <translation>Header %1 hat keinen Namen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>%1: not a JSON object.</source>
        <translation>%1: kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>, request</source>
        <translation>, Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, response</source>
        <translation>, Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, response content</source>
        <translation>, Antwortinhalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, request postData</source>
        <translation>, Anfrage-postData</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No answer was recorded.</source>
        <translation>Es wurde keine Antwort gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The receiver answered %1.</source>
        <translation>Der Empfänger antwortete mit %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no list of &quot;entries&quot;</source>
        <translation>keine Liste &quot;entries&quot;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not valid JSON (%2).</source>
        <translation>%1: kein gültiges JSON (%2).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>HAR 1.2 (HTTP Archive)</source>
        <translation>HAR 1.2 (HTTP-Archiv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file will hold the signature headers of every request. Anyone who reads it can send those deliveries again, and receivers that check signatures will accept them until the webhook&apos;s secret changes. Keep the file as safe as the secret.</source>
        <translation>Die Datei wird die Signatur-Header jeder Anfrage enthalten. Wer sie liest, kann diese Zustellungen erneut senden, und Empfänger, die Signaturen prüfen, akzeptieren sie, bis sich das Secret des Webhooks ändert. Bewahren Sie die Datei so sicher auf wie das Secret.</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Line %1: not valid JSON (%2).</source>
        <translation>Zeile %1: kein gültiges JSON (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line 1: neither a HAR file (a JSON object with a &quot;log&quot;) nor JSON Lines (a JSON object on each line).</source>
        <translation>Zeile 1: weder eine HAR-Datei (ein JSON-Objekt mit &quot;log&quot;) noch JSON Lines (ein JSON-Objekt pro Zeile).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>wc::HistoryExport</name>
    <message>
        <location line="+34"/>
        <location line="+8"/>
        <location line="+60"/>
        <location line="+23"/>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>wc::HistoryWriter</name>
    <message>
        <location line="-260"/>
        <source>The file could not be written.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A delivery was added after the end of the file.</source>
        <translation>Nach dem Ende der Datei wurde eine Zustellung hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>wc::KeychainSecretStore</name>
    <message>
        <location filename="../../app/core/secrets/KeychainSecretStore.cpp" line="+50"/>
        <source>Your keychain is locked. Unlock your login keyring (for example in “Passwords and Keys”, or by logging out and in again) and try again.</source>
        <translation>Ihr Schlüsselbund ist gesperrt. Entsperren Sie Ihren Anmelde-Schlüsselring (zum Beispiel in „Passwörter und Verschlüsselung“ oder durch Ab- und erneutes Anmelden) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The secret is not in this computer&apos;s keychain.</source>
        <translation>Das Secret ist nicht im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system keychain refused access (%1).</source>
        <translation>Der Systemschlüsselbund hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No system keychain is available (%1). Start or unlock your keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar (%1). Starten oder entsperren Sie Ihren Schlüsselring (zum Beispiel GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The system keychain cannot be reached (%1). Start or unlock your keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Der Systemschlüsselbund ist nicht erreichbar (%1). Starten oder entsperren Sie Ihren Schlüsselring (zum Beispiel GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain failed: %1</source>
        <translation>Fehler im Systemschlüsselbund: %1</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>The keychain did not remove the secret; nothing was changed. Try again.</source>
        <translation>Der Schlüsselbund hat das Secret nicht entfernt; es wurde nichts geändert. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>wc::MemorySecretStore</name>
    <message>
        <location filename="../../app/core/secrets/MemorySecretStore.cpp" line="+20"/>
        <source>No such secret.</source>
        <translation>Dieses Secret gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>wc::Receiver</name>
    <message>
        <location filename="../../app/core/Receiver.cpp" line="+64"/>
        <source>Port %1 is in use: choose another or let the console pick one.</source>
        <translation>Port %1 wird bereits verwendet: Wählen Sie einen anderen oder lassen Sie die Konsole einen auswählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port %1 needs privileges this account does not have: choose one above 1023 or let the console pick one.</source>
        <translation>Port %1 erfordert Berechtigungen, die dieses Konto nicht hat: Wählen Sie einen Port über 1023 oder lassen Sie die Konsole einen auswählen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot listen on 127.0.0.1:%1: %2.</source>
        <translation>Empfang auf 127.0.0.1:%1 nicht möglich: %2.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Not checked: choose a webhook to verify against. It carries no signature header.</source>
        <translation>Nicht geprüft: Wählen Sie einen Webhook, gegen den geprüft werden soll. Die Anfrage enthält keinen Signatur-Header.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked: choose a webhook to verify against. It carries a %1 signature.</source>
        <translation>Nicht geprüft: Wählen Sie einen Webhook, gegen den geprüft werden soll. Die Anfrage enthält eine Signatur vom Typ %1.</translation>
    </message>
</context>
<context>
    <name>wc::WebhookBackend</name>
    <message>
        <location filename="../../app/core/WebhookBackend.cpp" line="+29"/>
        <source>This database has no password to keep.</source>
        <translation>Diese Datenbank hat kein Passwort, das gespeichert werden könnte.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This backend cannot connect to Pulumi Cloud.</source>
        <translation>Dieses Backend kann keine Verbindung zu Pulumi Cloud herstellen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a Pulumi Cloud organization here.</source>
        <translation>„%1“ ist hier keine Pulumi-Cloud-Organisation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pulumi Cloud sends and keeps this webhook&apos;s deliveries: this works on the console&apos;s own webhooks only.</source>
        <translation>Pulumi Cloud sendet und speichert die Zustellungen dieses Webhooks: Dies funktioniert nur mit den eigenen Webhooks der Konsole.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This backend cannot copy webhooks.</source>
        <translation>Dieses Backend kann keine Webhooks kopieren.</translation>
    </message>
</context>
<context>
    <name>wc::cli::Runner</name>
    <message numerus="yes">
        <location filename="../../app/cli/Runner.cpp" line="+167"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+101"/>
        <source>There is no webhook “%1”.</source>
        <translation>Es gibt keinen Webhook „%1“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no delivery %1.</source>
        <translation>Es gibt keine Zustellung %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ref</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payload URL</source>
        <translation>Payload-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+146"/>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+146"/>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set (in the OS keychain); rotating: the previous secret signs too until %1</source>
        <translation>gesetzt (im Schlüsselbund des Betriebssystems); Rotation: Das vorherige Secret signiert bis %1 ebenfalls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set (in the OS keychain)</source>
        <translation>gesetzt (im Schlüsselbund des Betriebssystems)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+771"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="-770"/>
        <location line="+771"/>
        <location line="+69"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-839"/>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+771"/>
        <location line="+69"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="-839"/>
        <source>Request URL</source>
        <translation>Anfrage-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redelivery of</source>
        <translation>Erneute Zustellung von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited from</source>
        <translation>Bearbeitete Fassung von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request headers:</source>
        <translation>Anfrage-Header:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payload:</source>
        <translation>Payload:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response headers:</source>
        <translation>Antwort-Header:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response body (truncated):</source>
        <translation>Antwort-Body (gekürzt):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Response body:</source>
        <translation>Antwort-Body:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give it on standard input with --secret-stdin.</source>
        <translation>Geben Sie es mit --secret-stdin über die Standardeingabe an.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>delivery %1 failed: %2</source>
        <translation>Zustellung %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No name can be made from the display name; give --name.</source>
        <translation>Aus dem Anzeigenamen lässt sich kein Name bilden; geben Sie --name an.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No webhooks.
</source>
        <translation>Keine Webhooks.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (failed)</source>
        <translation>%1 (fehlgeschlagen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DISPLAY NAME</source>
        <translation>ANZEIGENAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST DELIVERY</source>
        <translation>LETZTE ZUSTELLUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PAYLOAD URL</source>
        <translation>PAYLOAD-URL</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Connected %1 of Pulumi Cloud at %2 as %3; the token is in your keychain.
</source>
        <translation>Organisation %1 von Pulumi Cloud unter %2 als %3 verbunden; das Token liegt in Ihrem Schlüsselbund.
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Disconnected %1.
</source>
        <translation>Verbindung zu %1 getrennt.
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pulumi Cloud</source>
        <translation>Pulumi Cloud</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No organizations.
</source>
        <translation>Keine Organisationen.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+315"/>
        <source>ORG</source>
        <translation>ORG</translation>
    </message>
    <message>
        <location line="-315"/>
        <source>BACKEND</source>
        <translation>BACKEND</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WHERE</source>
        <translation>ORT</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Created %1 with its secret.
</source>
        <translation>%1 samt Secret erstellt.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created %1.
</source>
        <translation>%1 erstellt.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no secret yet: set one with “webhookctl webhook edit %1 --secret-stdin”.</source>
        <translation>%1 hat noch kein Secret: Legen Sie eines mit „webhookctl webhook edit %1 --secret-stdin“ fest.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 already exists; it was left as it is.</source>
        <translation>%1 existiert bereits und wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Then give the program its secrets (Pulumi asks for each):</source>
        <translation>Geben Sie dem Programm anschließend seine Secrets (Pulumi fragt jedes einzeln ab):</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The previous secret keeps signing until %1.</source>
        <translation>Das vorherige Secret signiert weiterhin bis %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The stored payload URL %1 is no longer accepted. %2 Give a new one with --payload-url.</source>
        <translation>Die gespeicherte Payload-URL %1 wird nicht mehr akzeptiert. %2 Geben Sie mit --payload-url eine neue an.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Deleted webhook %1.
</source>
        <translation>Webhook %1 gelöscht.
</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Kept the password of %1 in your keychain.
</source>
        <translation>Passwort von %1 in Ihrem Schlüsselbund gespeichert.
</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Added environment %1.
</source>
        <translation>Umgebung %1 hinzugefügt.
</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+171"/>
        <source>Added stack %1.
</source>
        <translation>Stack %1 hinzugefügt.
</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>No stacks.
</source>
        <translation>Keine Stacks.
</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No environments.
</source>
        <translation>Keine Umgebungen.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>STACK</source>
        <translation>STACK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ENVIRONMENT</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PROJECT</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%n of its webhooks were removed before it stopped.</source>
        <translation>
            <numerusform>%n zugehöriger Webhook wurde entfernt, bevor der Vorgang abbrach.</numerusform>
            <numerusform>%n zugehörige Webhooks wurden entfernt, bevor der Vorgang abbrach.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Removed environment %1; it had no webhooks.
</source>
        <translation>Umgebung %1 entfernt; sie hatte keine Webhooks.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed stack %1; it had no webhooks.
</source>
        <translation>Stack %1 entfernt; er hatte keine Webhooks.
</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Removed environment %1 and its %n webhook(s).
</source>
        <translation>
            <numerusform>Umgebung %1 und %n zugehöriger Webhook wurden entfernt.
</numerusform>
            <numerusform>Umgebung %1 und %n zugehörige Webhooks wurden entfernt.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Removed stack %1 and its %n webhook(s).
</source>
        <translation>
            <numerusform>Stack %1 und %n zugehöriger Webhook wurden entfernt.
</numerusform>
            <numerusform>Stack %1 und %n zugehörige Webhooks wurden entfernt.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+424"/>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="-416"/>
        <location line="+238"/>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>nothing was added: %1</source>
        <translation>es wurde nichts hinzugefügt: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No stacks in %1.
</source>
        <translation>Keine Stacks in %1.
</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+71"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>No deliveries.
</source>
        <translation>Keine Zustellungen.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+59"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>SENT</source>
        <translation>GESENDET</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+59"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+59"/>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>OUTCOME</source>
        <translation>AUSGANG</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+59"/>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+58"/>
        <source>REDELIVERY OF</source>
        <translation>ERNEUTE ZUSTELLUNG VON</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>showing the newest %1; older deliveries match too (raise --limit).</source>
        <translation>die neuesten %1 werden angezeigt; auch ältere Zustellungen passen (erhöhen Sie --limit).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No undelivered events match.
</source>
        <translation>Keine passenden nicht zugestellten Ereignisse.
</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>redelivered %n event(s): %1 succeeded, %2 failed.</source>
        <translation>
            <numerusform>%n Ereignis erneut zugestellt: %1 erfolgreich, %2 fehlgeschlagen.</numerusform>
            <numerusform>%n Ereignisse erneut zugestellt: %1 erfolgreich, %2 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+154"/>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Delivery %1 is not one of %2&apos;s: it was sent to webhook %3. Give a delivery of %2 (“webhookctl delivery list %2”).</source>
        <translation>Zustellung %1 gehört nicht zu %2: Sie wurde an Webhook %3 gesendet. Geben Sie eine Zustellung von %2 an („webhookctl delivery list %2“).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot make a temporary folder to export into: %1</source>
        <translation>Für den Export kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>webhookctl: exported %1 of %n delivery(s)…</source>
        <translation>
            <numerusform>webhookctl: %1 von %n Zustellung exportiert…</numerusform>
            <numerusform>webhookctl: %1 von %n Zustellungen exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+8"/>
        <source>Cannot read the export back: %1</source>
        <translation>Der Export kann nicht zurückgelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Exported %n delivery(s) of %1 to %2.
</source>
        <translation>
            <numerusform>%n Zustellung von %1 nach %2 exportiert.
</numerusform>
            <numerusform>%n Zustellungen von %1 nach %2 exportiert.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Imported %n delivery(s) into %1.
</source>
        <translation>
            <numerusform>%n Zustellung in %1 importiert.
</numerusform>
            <numerusform>%n Zustellungen in %1 importiert.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Ctrl+C will end the receiver abruptly: %1.</source>
        <translation>Ctrl+C beendet den Empfänger abrupt: %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The secret of %1 is not in your keychain: signed requests are shown but cannot be checked.</source>
        <translation>Das Secret von %1 ist nicht in Ihrem Schlüsselbund: Signierte Anfragen werden angezeigt, können aber nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no secret: signed requests are shown but cannot be checked.</source>
        <translation>%1 hat kein Secret: Signierte Anfragen werden angezeigt, können aber nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is rotating its secret: requests signed with the current or the previous one are valid.</source>
        <translation>%1 rotiert gerade sein Secret: Anfragen, die mit dem aktuellen oder dem vorherigen Secret signiert sind, sind gültig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>verifying against %1 with %2</source>
        <translation>Prüfung gegen %1 mit %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not verifying: give --webhook REF to check signatures</source>
        <translation>keine Prüfung: Geben Sie --webhook REF an, um Signaturen zu prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>answering %1 after %2 ms</source>
        <translation>Antwort %1 nach %2 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answering %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening on %1 (%2; %3). Press Ctrl+C to stop.</source>
        <translation>Empfang auf %1 (%2; %3). Zum Beenden Ctrl+C drücken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>valid: previous secret</source>
        <translation>gültig: vorheriges Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid: current secret</source>
        <translation>gültig: aktuelles Secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsigned</source>
        <translation>unsigniert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid: wrong secret</source>
        <translation>ungültig: falsches Secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid: body changed</source>
        <translation>ungültig: Body verändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid: timestamp too old</source>
        <translation>ungültig: Zeitstempel zu alt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid: timestamp too new</source>
        <translation>ungültig: Zeitstempel zu neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid: header missing</source>
        <translation>ungültig: Header fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid: header malformed</source>
        <translation>ungültig: Header fehlerhaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid: no secret to check with</source>
        <translation>ungültig: kein Secret zum Prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>request %1 was not kept in the database: %2</source>
        <translation>Anfrage %1 wurde nicht in der Datenbank gespeichert: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 after %2 ms</source>
        <translation>%1 nach %2 ms</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Stopped; no requests came in.</source>
        <translation>Beendet; es sind keine Anfragen eingegangen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Stopped after %n request(s).</source>
        <translation>
            <numerusform>Beendet nach %n Anfrage.</numerusform>
            <numerusform>Beendet nach %n Anfragen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n request(s) could not be kept in the database in time.</source>
        <translation>
            <numerusform>%n Anfrage konnte nicht rechtzeitig in der Datenbank gespeichert werden.</numerusform>
            <numerusform>%n Anfragen konnten nicht rechtzeitig in der Datenbank gespeichert werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wc::gui::AboutDialog</name>
    <message>
        <location filename="../../app/gui/AboutDialog.cpp" line="+27"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Webhook Console</source>
        <translation>Über Webhook Console</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+64"/>
        <source>Webhook Console %1</source>
        <translation>Webhook Console %1</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Manage the webhooks of your organizations, stacks and environments, send signed test deliveries and read every request and response.</source>
        <translation>Verwalten Sie die Webhooks Ihrer Organisationen, Stacks und Umgebungen, senden Sie signierte Testzustellungen und lesen Sie jede Anfrage und Antwort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QtKeychain</source>
        <translation>QtKeychain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MIT License: free to use, change and share, with no warranty.</source>
        <translation>MIT-Lizenz: frei zu nutzen, zu ändern und weiterzugeben, ohne Gewährleistung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application id</source>
        <translation>Anwendungs-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keychain, service %1</source>
        <translation>Der Schlüsselbund des Systems, Dienst %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Copy Details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>wc::gui::CloudConnectDialog</name>
    <message>
        <location filename="../../app/gui/CloudConnectDialog.cpp" line="+35"/>
        <source>Connect to Pulumi Cloud</source>
        <translation>Mit Pulumi Cloud verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Manage the webhooks of your Pulumi Cloud organizations here, through Pulumi&apos;s API. The access token is kept in your system keychain only.</source>
        <translation>Verwalten Sie hier die Webhooks Ihrer Pulumi-Cloud-Organisationen über die API von Pulumi. Das Zugriffstoken wird nur im Schlüsselbund Ihres Systems gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;API URL:</source>
        <translation>&amp;API-URL:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pul-…</source>
        <translation>pul-…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access &amp;token:</source>
        <translation>&amp;Zugriffstoken:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use $PULUMI_ACCESS_TOKEN</source>
        <translation>$PULUMI_ACCESS_TOKEN verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the Pulumi CLI&apos;s login</source>
        <translation>Anmeldung der Pulumi CLI verwenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+115"/>
        <source>Test the token to see its organizations.</source>
        <translation>Testen Sie das Token, um seine Organisationen zu sehen.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>&amp;Organizations:</source>
        <translation>&amp;Organisationen:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Read the access token in $PULUMI_ACCESS_TOKEN? Webhook Console keeps it in your system keychain only, never in a file.</source>
        <translation>Soll das Zugriffstoken in $PULUMI_ACCESS_TOKEN gelesen werden? Webhook Console speichert es nur im Schlüsselbund Ihres Systems, nie in einer Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the Pulumi CLI&apos;s access token from %1? Webhook Console keeps it in your system keychain only, never in a file.</source>
        <translation>Soll das Zugriffstoken der Pulumi CLI aus %1 gelesen werden? Webhook Console speichert es nur im Schlüsselbund Ihres Systems, nie in einer Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use Your Pulumi Login</source>
        <translation>Ihre Pulumi-Anmeldung verwenden</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Paste an access token (Pulumi Cloud → Personal access tokens).</source>
        <translation>Fügen Sie ein Zugriffstoken ein (Pulumi Cloud → Personal access tokens).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asking %1 who the token belongs to…</source>
        <translation>%1 wird gefragt, wem das Token gehört…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The token belongs to %1 (%2), a member of no organization.</source>
        <translation>Das Token gehört %1 (%2), ohne Mitgliedschaft in einer Organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token belongs to %1 (%2). Choose the organizations to manage here:</source>
        <translation>Das Token gehört %1 (%2). Wählen Sie die Organisationen, die hier verwaltet werden sollen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (admin)</source>
        <translation>%1 (Admin)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only organization admins may change organization webhooks.</source>
        <translation>Nur Organisations-Admins dürfen Organisations-Webhooks ändern.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Test the token, then choose at least one organization.</source>
        <translation>Testen Sie das Token und wählen Sie dann mindestens eine Organisation.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>wc::gui::CopyWebhooksDialog</name>
    <message>
        <location filename="../../app/gui/CopyWebhooksDialog.cpp" line="+28"/>
        <source>Publish to Pulumi Cloud</source>
        <translation>In Pulumi Cloud veröffentlichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy to Local</source>
        <translation>Lokal kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each webhook chosen is created in the Pulumi Cloud organization, in the same stack or environment and with the same name. Their secrets are read from your keychain and sent to Pulumi Cloud.</source>
        <translation>Jeder ausgewählte Webhook wird in der Pulumi-Cloud-Organisation angelegt, im selben Stack bzw. in derselben Umgebung und mit demselben Namen. Die Secrets werden aus Ihrem Schlüsselbund gelesen und an Pulumi Cloud gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each webhook chosen is created in the organization of this console&apos;s own, in the same stack or environment and with the same name. Pulumi Cloud never gives out secrets: you are asked for them afterwards.</source>
        <translation>Jeder ausgewählte Webhook wird in der Organisation dieser Konsole angelegt, im selben Stack bzw. in derselben Umgebung und mit demselben Namen. Pulumi Cloud gibt Secrets nie heraus: Sie werden anschließend danach gefragt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Webhooks:</source>
        <translation>&amp;Webhooks:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;To Pulumi Cloud organization:</source>
        <translation>&amp;Zielorganisation in Pulumi Cloud:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To organization:</source>
        <translation>&amp;Zielorganisation:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose at least one webhook.</source>
        <translation>Wählen Sie mindestens einen Webhook.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the organization to copy to.</source>
        <translation>Wählen Sie die Organisation, in die kopiert werden soll.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>✓ %1: created, with its secret.</source>
        <translation>✓ %1: erstellt, samt Secret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ %1: created, without its secret (asked for below).</source>
        <translation>✓ %1: erstellt, ohne Secret (wird unten abgefragt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ %1: created.</source>
        <translation>✓ %1: erstellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>= %1: already exists; left as it is.</source>
        <translation>= %1: existiert bereits; unverändert gelassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <location line="+12"/>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These had a secret in Pulumi Cloud, which never gives it out. Enter each (it goes to your keychain), or leave it empty to set it later with Edit.</source>
        <translation>Diese Webhooks hatten in Pulumi Cloud ein Secret, das Pulumi Cloud nie herausgibt. Geben Sie jedes ein (es wird in Ihrem Schlüsselbund gespeichert) oder lassen Sie das Feld leer, um es später über „Bearbeiten“ festzulegen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Secret of %1</source>
        <translation>Secret von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save Secrets</source>
        <translation>Secrets &amp;speichern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Secrets saved for %1.</source>
        <translation>Secrets für %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>wc::gui::DeliveryHistoryModel</name>
    <message>
        <location filename="../../app/gui/DeliveryHistoryModel.cpp" line="+176"/>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>… Pending</source>
        <translation>… Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>↻ of #%1</source>
        <translation>↻ von #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✎ from #%1</source>
        <translation>✎ aus #%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delivery #%1</source>
        <translation>Zustellung #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A redelivery of delivery #%1: click to show it</source>
        <translation>Erneute Zustellung von Zustellung #%1: Klicken, um sie anzuzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited from delivery #%1: click to show it</source>
        <translation>Bearbeitete Fassung von Zustellung #%1: Klicken, um sie anzuzeigen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded, %1</source>
        <translation>Erfolgreich, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>wc::gui::DeliveryHistoryPage</name>
    <message>
        <location filename="../../app/gui/DeliveryHistoryPage.cpp" line="+280"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Copy request headers</source>
        <translation>Anfrage-Header kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy request body</source>
        <translation>Anfrage-Body kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy response headers</source>
        <translation>Antwort-Header kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy response body</source>
        <translation>Antwort-Body kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+953"/>
        <source>Copied ✓</source>
        <translation>Kopiert ✓</translation>
    </message>
    <message>
        <location line="-927"/>
        <source>Show bodies exactly as sent and received</source>
        <translation>Bodys genau so anzeigen, wie sie gesendet und empfangen wurden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrap long lines of headers and bodies</source>
        <translation>Lange Zeilen in Headern und Bodys umbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this delivery&apos;s payload again, as it was sent</source>
        <translation>Payload dieser Zustellung erneut senden, so wie sie gesendet wurde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete every recorded delivery of this webhook</source>
        <translation>Alle aufgezeichneten Zustellungen dieses Webhooks löschen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cancelling: waiting for the redeliveries on their way…</source>
        <translation>Wird abgebrochen: Warten auf die laufenden erneuten Zustellungen…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+770"/>
        <source>&amp;Redeliver</source>
        <translation>Er&amp;neut zustellen</translation>
    </message>
    <message>
        <location line="-768"/>
        <source>Edit and Send…</source>
        <translation>Bearbeiten und senden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+789"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="-697"/>
        <source>Sent an edited copy of #%1 as #%2: %3</source>
        <translation>Bearbeitete Kopie von #%1 als #%2 gesendet: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Exported %Ln delivery(s) to %1.</source>
        <translation>
            <numerusform>%Ln Zustellung nach %1 exportiert.</numerusform>
            <numerusform>%Ln Zustellungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import Deliveries into “%1”</source>
        <translation>Zustellungen in „%1“ importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Webhook history (*.har *.jsonl *.ndjson)</source>
        <translation>Webhook-Verlauf (*.har *.jsonl *.ndjson)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import Deliveries</source>
        <translation>Zustellungen importieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” could not be imported. %2</source>
        <translation>„%1“ konnte nicht importiert werden. %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” holds no deliveries: nothing was imported.</source>
        <translation>„%1“ enthält keine Zustellungen: Es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>“%1” holds %Ln delivery(s). Add them to the history of “%2”? They are kept as they were recorded, requests and responses; nothing is sent.</source>
        <translation>
            <numerusform>„%1“ enthält %Ln Zustellung. Soll sie zum Verlauf von „%2“ hinzugefügt werden? Sie wird so übernommen, wie sie aufgezeichnet wurde, mit Anfrage und Antwort; es wird nichts gesendet.</numerusform>
            <numerusform>„%1“ enthält %Ln Zustellungen. Sollen sie zum Verlauf von „%2“ hinzugefügt werden? Sie werden so übernommen, wie sie aufgezeichnet wurden, mit Anfragen und Antworten; es wird nichts gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Import %Ln delivery(s)</source>
        <translation>
            <numerusform>%Ln Zustellung importieren</numerusform>
            <numerusform>%Ln Zustellungen importieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was imported from “%1”. %2</source>
        <translation>Aus „%1“ wurde nichts importiert. %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported %Ln delivery(s) from “%1”.</source>
        <translation>
            <numerusform>%Ln Zustellung aus „%1“ importiert.</numerusform>
            <numerusform>%Ln Zustellungen aus „%1“ importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Deliveries of “%1”</source>
        <translation>Zustellungen von „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+269"/>
        <location line="+397"/>
        <source>Select a delivery to see its request and response.</source>
        <translation>Wählen Sie eine Zustellung aus, um ihre Anfrage und Antwort zu sehen.</translation>
    </message>
    <message>
        <location line="-554"/>
        <source>%1 · %2%3</source>
        <translation>%1 · %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · paused</source>
        <translation> · pausiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · sent by Pulumi Cloud, read at %1</source>
        <translation> · von Pulumi Cloud gesendet, gelesen um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · sent by Pulumi Cloud, not read yet</source>
        <translation> · von Pulumi Cloud gesendet, noch nicht gelesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+26"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <location line="-24"/>
        <source>%Ln matching delivery(s)</source>
        <translation>
            <numerusform>%Ln passende Zustellung</numerusform>
            <numerusform>%Ln passende Zustellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln delivery(s)</source>
        <translation>
            <numerusform>%Ln Zustellung</numerusform>
            <numerusform>%Ln Zustellungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MMM d, HH:mm:ss</source>
        <extracomment>How a time of another day is written in the tooltip of &quot;101–131 of 131&quot; (a QDateTime format, in the user&apos;s language).</extracomment>
        <translation>d. MMM, HH:mm:ss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No deliveries match these filters.</source>
        <translation>Keine Zustellungen entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History cleared. No deliveries have been recorded since.</source>
        <translation>Verlauf geleert. Seitdem wurden keine Zustellungen aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No deliveries recorded.
Send a test ping to check the receiver.</source>
        <translation>Keine Zustellungen aufgezeichnet.
Senden Sie einen Test-Ping, um den Empfänger zu prüfen.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Loading delivery #%1…</source>
        <translation>Zustellung #%1 wird geladen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This delivery was removed.</source>
        <translation>Diese Zustellung wurde entfernt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… Pending: waiting for the receiver</source>
        <translation>… Ausstehend: Warten auf den Empfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Succeeded: %1</source>
        <translation>✔ Erfolgreich: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✘ Failed: %1</source>
        <translation>✘ Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>↻ A redelivery of %1</source>
        <translation>↻ Eine erneute Zustellung von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+62"/>
        <source>Show delivery #%1</source>
        <translation>Zustellung #%1 anzeigen</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>✎ Edited from delivery %1</source>
        <translation>✎ Bearbeitet aus Zustellung %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>POST %1</source>
        <translation>POST %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <location line="+4"/>
        <source>Waiting for the receiver…</source>
        <translation>Warten auf den Empfänger…</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No response: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The receiver sent no headers.</source>
        <translation>Der Empfänger hat keine Header gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>No response: nothing answered.</source>
        <translation>Keine Antwort: Niemand hat geantwortet.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The receiver answered with an empty body.</source>
        <translation>Der Empfänger hat mit einem leeren Body geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was sent in the body.</source>
        <translation>Im Body wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>↻ Redelivering #%1…</source>
        <translation>↻ #%1 wird erneut zugestellt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↻ Redelivered as %1: %2</source>
        <translation>↻ Erneut zugestellt als %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 copied to the clipboard</source>
        <translation>%1 in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 copied to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending test &amp;ping…</source>
        <translation>Test-&amp;Ping wird gesendet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send test &amp;ping</source>
        <translation>Test-&amp;Ping senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redelivering…</source>
        <translation>Wird e&amp;rneut zugestellt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another webhook&apos;s failed events are being redelivered.</source>
        <translation>Die fehlgeschlagenen Ereignisse eines anderen Webhooks werden gerade erneut zugestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send every event of the current filter that no attempt delivered once more</source>
        <translation>Jedes Ereignis des aktuellen Filters, das durch keinen Versuch zugestellt wurde, noch einmal senden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pulumi Cloud sends this webhook&apos;s deliveries: Edit and Send works on the console&apos;s own webhooks.</source>
        <translation>Die Zustellungen dieses Webhooks sendet Pulumi Cloud: „Bearbeiten und senden“ funktioniert nur für die eigenen Webhooks der Konsole.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change this delivery&apos;s payload, headers, target or signing and send it as a new delivery (%1)</source>
        <translation>Payload, Header, Ziel oder Signatur dieser Zustellung ändern und als neue Zustellung senden (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save this webhook&apos;s deliveries to a HAR, JSON Lines or CSV file (%1)</source>
        <translation>Die Zustellungen dieses Webhooks in einer HAR-, JSON Lines- oder CSV-Datei speichern (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history of a Pulumi Cloud webhook is Pulumi&apos;s: import into one of the console&apos;s own webhooks.</source>
        <translation>Der Verlauf eines Pulumi-Cloud-Webhooks gehört Pulumi: Importieren Sie ihn in einen der eigenen Webhooks der Konsole.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add deliveries from a HAR or JSON Lines file to this webhook&apos;s history (%1)</source>
        <translation>Zustellungen aus einer HAR- oder JSON Lines-Datei zum Verlauf dieses Webhooks hinzufügen (%1)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Ping: %1</source>
        <translation>Ping: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Redeliver</source>
        <translation>Erneut zustellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery #%1 was not redelivered. %2</source>
        <translation>Zustellung #%1 wurde nicht erneut zugestellt. %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Redelivered #%1 as #%2: %3</source>
        <translation>#%1 erneut zugestellt als #%2: %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+5"/>
        <location line="+9"/>
        <source>Redeliver failed events</source>
        <translation>Fehlgeschlagene Ereignisse erneut zustellen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>No undelivered events match the current filter: every event in it was delivered by at least one attempt.</source>
        <translation>Keine nicht zugestellten Ereignisse entsprechen dem aktuellen Filter: Jedes Ereignis darin wurde durch mindestens einen Versuch zugestellt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Redeliver the 1 failed event that matches the current filter to %1? It is sent once more, from its original delivery.</source>
        <translation>Das 1 fehlgeschlagene Ereignis, das dem aktuellen Filter entspricht, erneut an %1 zustellen? Es wird noch einmal gesendet, ausgehend von seiner ursprünglichen Zustellung.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Redeliver %Ln failed event(s) that match the current filter to %1? Each is sent once more, from its original delivery; at most %2 are sent at once.</source>
        <translation>
            <numerusform>%Ln fehlgeschlagenes Ereignis, das dem aktuellen Filter entspricht, erneut an %1 zustellen? Es wird noch einmal gesendet, ausgehend von seiner ursprünglichen Zustellung; höchstens %2 werden gleichzeitig gesendet.</numerusform>
            <numerusform>%Ln fehlgeschlagene Ereignisse, die dem aktuellen Filter entsprechen, erneut an %1 zustellen? Jedes wird noch einmal gesendet, ausgehend von seiner ursprünglichen Zustellung; höchstens %2 werden gleichzeitig gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Redeliver %Ln event(s)</source>
        <translation>
            <numerusform>%Ln Ereignis erneut zustellen</numerusform>
            <numerusform>%Ln Ereignisse erneut zustellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Redelivering %1 of %Ln event(s)…</source>
        <translation>
            <numerusform>%1 von %Ln Ereignis wird erneut zugestellt…</numerusform>
            <numerusform>%1 von %Ln Ereignissen werden erneut zugestellt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Redelivered %1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 von %Ln Ereignis erneut zugestellt</numerusform>
            <numerusform>%1 von %Ln Ereignissen erneut zugestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Redelivery cancelled after %Ln event(s): %1 succeeded.</source>
        <translation>
            <numerusform>Erneute Zustellung nach %Ln Ereignis abgebrochen: %1 erfolgreich.</numerusform>
            <numerusform>Erneute Zustellung nach %Ln Ereignissen abgebrochen: %1 erfolgreich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Redelivered %Ln event(s): %1 succeeded, %2 failed.</source>
        <translation>
            <numerusform>%Ln Ereignis erneut zugestellt: %1 erfolgreich, %2 fehlgeschlagen.</numerusform>
            <numerusform>%Ln Ereignisse erneut zugestellt: %1 erfolgreich, %2 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+3"/>
        <source>Clear history</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Delete every recorded delivery of “%1”? This cannot be undone.</source>
        <translation>Alle aufgezeichneten Zustellungen von „%1“ löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clearing…</source>
        <translation>Wird geleert…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Removed %Ln delivery(s).</source>
        <translation>
            <numerusform>%Ln Zustellung entfernt.</numerusform>
            <numerusform>%Ln Zustellungen entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wc::gui::EditAndSendDialog</name>
    <message>
        <location filename="../../app/gui/EditAndSendDialog.cpp" line="+115"/>
        <source>Edit and Send Delivery #%1</source>
        <translation>Zustellung #%1 bearbeiten und senden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A new delivery of “%1”, made from delivery #%2 (%3). It gets a new message ID and is recorded in this webhook&apos;s history; delivery #%2 stays as it was.</source>
        <translation>Eine neue Zustellung von „%1“, erstellt aus Zustellung #%2 (%3). Sie erhält eine neue Nachrichten-ID und wird im Verlauf dieses Webhooks aufgezeichnet; Zustellung #%2 bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The webhook&apos;s payload URL (%1)</source>
        <translation>Die Payload-URL des Webhooks (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another URL sends this copy elsewhere, such as a receiver under development on http://127.0.0.1:PORT/. Empty: the webhook&apos;s URL.</source>
        <translation>Mit einer anderen URL wird diese Kopie an ein anderes Ziel gesendet, etwa an einen Empfänger in Entwicklung unter http://127.0.0.1:PORT/. Leer: die URL des Webhooks.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>U&amp;nsigned</source>
        <translation>&amp;Nicht signiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed with a w&amp;rong secret (to test refusal)</source>
        <translation>Mit einem &amp;falschen Secret signiert (um die Ablehnung zu testen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed with a made-up secret, kept nowhere: a receiver that checks signatures should refuse it.</source>
        <translation>Mit einem erfundenen Secret signiert, das nirgends gespeichert wird: Ein Empfänger, der Signaturen prüft, sollte sie ablehnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed with the &amp;webhook&apos;s secret (%1)</source>
        <translation>Mit dem Secret des &amp;Webhooks signiert (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed with the &amp;webhook&apos;s secret (it has none)</source>
        <translation>Mit dem Secret des &amp;Webhooks signiert (er hat keines)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This webhook has no secret: its deliveries carry no signature.</source>
        <translation>Dieser Webhook hat kein Secret: Seine Zustellungen tragen keine Signatur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Target &amp;URL</source>
        <translation>Ziel-&amp;URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Format JSON</source>
        <translation>&amp;JSON formatieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indent the payload; its content stays the same.</source>
        <translation>Die Payload einrücken; ihr Inhalt bleibt gleich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Payload</source>
        <translation>&amp;Payload</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name: value, one header per line</source>
        <translation>Name: Wert, ein Header pro Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Headers</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+190"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Signature headers are made afresh with the webhook&apos;s current secret.</source>
        <translation>Signatur-Header werden mit dem aktuellen Secret des Webhooks neu erzeugt.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Line %1 is not a header: write it as Name: value.</source>
        <translation>Zeile %1 ist kein Header: Schreiben Sie sie als Name: Wert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: “%2” is not a header name (letters, digits and !#$%&amp;&apos;*+-.^_`|~, no spaces).</source>
        <translation>Zeile %1: „%2“ ist kein Header-Name (Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~, keine Leerzeichen).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The payload is empty: the request is sent with an empty body.</source>
        <translation>Die Payload ist leer: Die Anfrage wird mit leerem Body gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not valid JSON: %1 at line %2, column %3. It can still be sent as it is.</source>
        <translation>Kein gültiges JSON: %1 in Zeile %2, Spalte %3. Es kann trotzdem unverändert gesendet werden.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Grey lines are not sent as they are: this copy carries no signature headers, and its message ID, Content-Length and Host are made afresh when it is sent.</source>
        <translation>Graue Zeilen werden nicht so gesendet, wie sie sind: Diese Kopie trägt keine Signatur-Header, und ihre Nachrichten-ID, Content-Length und Host werden beim Senden neu erzeugt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grey lines are made afresh when sent: the message ID, the %1 signature headers (signed with a made-up secret that is kept nowhere), Content-Length and Host.</source>
        <translation>Graue Zeilen werden beim Senden neu erzeugt: die Nachrichten-ID, die %1-Signatur-Header (signiert mit einem erfundenen Secret, das nirgends gespeichert wird), Content-Length und Host.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grey lines are made afresh when sent: the message ID, the %1 signature headers (signed with the webhook&apos;s secret), Content-Length and Host.</source>
        <translation>Graue Zeilen werden beim Senden neu erzeugt: die Nachrichten-ID, die %1-Signatur-Header (signiert mit dem Secret des Webhooks), Content-Length und Host.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>wc::gui::EventTree</name>
    <message>
        <location filename="../../app/gui/EventTree.cpp" line="+14"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it is</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The group “%1”: all its events, including any Pulumi adds later.</source>
        <translation>Die Gruppe „%1“: alle ihre Ereignisse, einschließlich derer, die Pulumi später hinzufügt.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 (%n event(s))</source>
        <translation>
            <numerusform>%1 (%n Ereignis)</numerusform>
            <numerusform>%1 (%n Ereignisse)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+112"/>
        <source>“%1” is covered by the chosen group “%2”.</source>
        <translation>„%1“ ist durch die gewählte Gruppe „%2“ abgedeckt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The event “%1” on its own.</source>
        <translation>Nur das Ereignis „%1“.</translation>
    </message>
</context>
<context>
    <name>wc::gui::HealthChart</name>
    <message>
        <location filename="../../app/gui/HealthChart.cpp" line="+14"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean duration</source>
        <translation>Mittlere Dauer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>0%</source>
        <translation>0 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>50%</source>
        <translation>50 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+136"/>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>No deliveries in the last %1 days</source>
        <translation>Keine Zustellungen in den letzten %1 Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success rate and mean duration per day, last %1 days</source>
        <translation>Erfolgsquote und mittlere Dauer pro Tag, letzte %1 Tage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Daily success rate between %1% and %2%</source>
        <translation>Tägliche Erfolgsquote zwischen %1 % und %2 %</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>MMM d</source>
        <extracomment>How a day on the chart&apos;s axis is written (a QDate format, in the user&apos;s language).</extracomment>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>wc::gui::HistoryExportDialog</name>
    <message>
        <location filename="../../app/gui/HistoryExportDialog.cpp" line="+50"/>
        <source>Opens in browser developer tools and HTTP tools, and imports back into the console exactly.</source>
        <translation>Lässt sich in den Entwicklerwerkzeugen von Browsern und in HTTP-Tools öffnen und exakt wieder in die Konsole importieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One JSON object per delivery and line, every field: for scripts (jq, pandas). Imports back exactly.</source>
        <translation>Ein JSON-Objekt pro Zustellung und Zeile, mit allen Feldern: für Skripte (jq, pandas). Lässt sich exakt wieder importieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per delivery, for spreadsheets. Cannot be imported back.</source>
        <translation>Eine Zeile pro Zustellung, für Tabellenkalkulationen. Kann nicht wieder importiert werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export Deliveries of “%1”</source>
        <translation>Zustellungen von „%1“ exportieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The recorded deliveries of “%1” in a file, oldest first: each request and response in full. Secrets are never written.</source>
        <translation>Die aufgezeichneten Zustellungen von „%1“ in einer Datei, älteste zuerst: jede Anfrage und Antwort vollständig. Secrets werden nie geschrieben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;All deliveries of this webhook</source>
        <translation>&amp;Alle Zustellungen dieses Webhooks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only those matching the current fi&amp;lter</source>
        <translation>Nur die, die dem aktuellen &amp;Filter entsprechen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No filter is set on the page: every delivery is shown.</source>
        <translation>Auf der Seite ist kein Filter gesetzt: Alle Zustellungen werden angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include &amp;signature headers</source>
        <translation>Signatur-&amp;Header einschließen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+193"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location line="-191"/>
        <location line="+189"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>&amp;All deliveries of this webhook (%1)</source>
        <translation>&amp;Alle Zustellungen dieses Webhooks (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only those matching the current fi&amp;lter (%1)</source>
        <translation>Nur die, die dem aktuellen &amp;Filter entsprechen (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose where to save the file.</source>
        <translation>Wählen Sie, wo die Datei gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a folder: add a file name.</source>
        <translation>Dies ist ein Ordner: Fügen Sie einen Dateinamen hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A file of this name exists: the export replaces it.</source>
        <translation>Eine Datei mit diesem Namen existiert bereits: Der Export ersetzt sie.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export Deliveries</source>
        <translation>Zustellungen exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the export: no file is written.</source>
        <translation>Export abbrechen: Es wird keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Counting deliveries…</source>
        <translation>Zustellungen werden gezählt…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Exported %1 of %Ln delivery(s)…</source>
        <translation>
            <numerusform>%1 von %Ln Zustellung exportiert…</numerusform>
            <numerusform>%1 von %Ln Zustellungen exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Export abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No file was written.</source>
        <translation>Es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>wc::gui::IntegrationsPage</name>
    <message>
        <location filename="../../app/gui/IntegrationsPage.cpp" line="+49"/>
        <source>%1 card</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create %1 integration</source>
        <translation>%1-Integration erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a %1 integration here</source>
        <translation>Hier eine %1-Integration erstellen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Microsoft Teams</source>
        <translation>Microsoft Teams</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Send the events of the organization %1 and its stacks to a URL of yours, a Slack channel or a Microsoft Teams channel.</source>
        <translation>Die Ereignisse der Organisation %1 und ihrer Stacks an eine eigene URL, einen Slack-Kanal oder einen Microsoft Teams-Kanal senden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Integrations of %1</source>
        <translation>&amp;Integrationen von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the events of the stack %1 to a URL of yours, a Slack or Microsoft Teams channel, or deploy another stack when they happen.</source>
        <translation>Die Ereignisse des Stacks %1 an eine eigene URL oder einen Slack- oder Microsoft Teams-Kanal senden oder bei ihrem Eintreten einen anderen Stack bereitstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Integrations of the stack %1</source>
        <translation>&amp;Integrationen des Stacks %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the events of the environment %1 to a URL of yours, a Slack or Microsoft Teams channel, or deploy a stack when they happen.</source>
        <translation>Die Ereignisse der Umgebung %1 an eine eigene URL oder einen Slack- oder Microsoft Teams-Kanal senden oder bei ihrem Eintreten einen Stack bereitstellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Integrations of the environment %1</source>
        <translation>&amp;Integrationen der Umgebung %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n configured</source>
        <translation>
            <numerusform>%n eingerichtet</numerusform>
            <numerusform>%n eingerichtet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pa&amp;use</source>
        <translation>Pa&amp;usieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading integrations…</source>
        <translation>Integrationen werden geladen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No integrations here yet. Choose “Create” on a card above to add one.</source>
        <translation>Hier gibt es noch keine Integrationen. Wählen Sie „Erstellen“ auf einer der Karten oben, um eine hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Created %1 integration “%2”.</source>
        <translation>%1-Integration „%2“ erstellt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved integration “%1”.</source>
        <translation>Integration „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>wc::gui::MainWindow</name>
    <message>
        <location filename="../../app/gui/MainWindow.cpp" line="+69"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings of %1</source>
        <translation>Einstellungen von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+545"/>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <location line="-544"/>
        <source>Integrations of %1</source>
        <translation>Integrationen von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+521"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location line="-520"/>
        <source>Webhooks of %1</source>
        <translation>Webhooks von %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Send S&amp;ample Event</source>
        <translation>&amp;Beispielereignis senden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keep the password in the keychain</source>
        <translation>Passwort im &amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database URL holds its password, where shell histories and process lists can read it. Kept in your keychain, it can be left out of the URL from now on.</source>
        <translation>Die Datenbank-URL enthält ihr Passwort, wo Shell-Verläufe und Prozesslisten es lesen können. Wird es in Ihrem Schlüsselbund gespeichert, kann es künftig in der URL weggelassen werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The password is in your keychain: start the console with %1 from now on.</source>
        <translation>Das Passwort befindet sich in Ihrem Schlüsselbund: Starten Sie die Konsole künftig mit %1.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The database server does not answer: %1 What the window shows may be out of date; it connects again by itself.</source>
        <translation>Der Datenbankserver antwortet nicht: %1 Die Anzeige im Fenster ist möglicherweise veraltet; die Verbindung wird automatisch wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected to the database again.</source>
        <translation>Wieder mit der Datenbank verbunden.</translation>
    </message>
    <message>
        <location line="+132"/>
        <location line="+721"/>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <location line="-666"/>
        <source>Organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+200"/>
        <source>Stacks</source>
        <translation>Stacks</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Stacks of %1</source>
        <translation>Stacks von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+199"/>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Environments of %1</source>
        <translation>Umgebungen von %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Project %1, its environments</source>
        <translation>Projekt %1, seine Umgebungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project %1, its stacks</source>
        <translation>Projekt %1, seine Stacks</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Environment %1</source>
        <translation>Umgebung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stack %1</source>
        <translation>Stack %1</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Added the environment %1.</source>
        <translation>Umgebung %1 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added the stack %1.</source>
        <translation>Stack %1 hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Imported %n stack(s) into %1.</source>
        <translation>
            <numerusform>%n Stack in %1 importiert.</numerusform>
            <numerusform>%n Stacks in %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Remove the environment “%1” from %2? It has no webhooks.</source>
        <translation>Die Umgebung „%1“ aus %2 entfernen? Sie hat keine Webhooks.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the stack “%1” from %2? It has no webhooks.</source>
        <translation>Den Stack „%1“ aus %2 entfernen? Er hat keine Webhooks.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Removed %1 and its %n webhook(s).</source>
        <translation>
            <numerusform>%1 wurde mit %n Webhook entfernt.</numerusform>
            <numerusform>%1 wurde mit %n Webhooks entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+200"/>
        <source>Removed %Ln delivery(s) past the retention period.</source>
        <translation>
            <numerusform>%Ln Zustellung nach Ablauf der Aufbewahrungsfrist entfernt.</numerusform>
            <numerusform>%Ln Zustellungen nach Ablauf der Aufbewahrungsfrist entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Renamed %1 to %2.</source>
        <translation>%1 in %2 umbenannt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+30"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <source>Remove the environment “%1” from %2? Its %n webhook(s) go with it, with their secrets in your keychain and their delivery histories.</source>
        <translation>
            <numerusform>Die Umgebung „%1“ aus %2 entfernen? %n Webhook wird mit entfernt, samt seinem Secret in Ihrem Schlüsselbund und seinem Zustellverlauf.</numerusform>
            <numerusform>Die Umgebung „%1“ aus %2 entfernen? Ihre %n Webhooks werden mit entfernt, samt ihren Secrets in Ihrem Schlüsselbund und ihren Zustellverläufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Remove the stack “%1” from %2? Its %n webhook(s) go with it, with their secrets in your keychain and their delivery histories.</source>
        <translation>
            <numerusform>Den Stack „%1“ aus %2 entfernen? %n Webhook wird mit entfernt, samt seinem Secret in Ihrem Schlüsselbund und seinem Zustellverlauf.</numerusform>
            <numerusform>Den Stack „%1“ aus %2 entfernen? Seine %n Webhooks werden mit entfernt, samt ihren Secrets in Ihrem Schlüsselbund und ihren Zustellverläufen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove environment</source>
        <translation>Umgebung entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove stack</source>
        <translation>Stack entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove environment</source>
        <translation>Umgebung &amp;entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove stack</source>
        <translation>Stack &amp;entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removing %1…</source>
        <translation>%1 wird entfernt…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Add organization</source>
        <translation>Organisation hinzufügen</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Res&amp;ume Webhook</source>
        <translation>Webhook &amp;fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;use Webhook</source>
        <translation>Webhook pa&amp;usieren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Dis&amp;connect %1…</source>
        <translation>%1 &amp;trennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/gui/MainWindowCloud.cpp" line="+35"/>
        <source>Dis&amp;connect…</source>
        <translation>&amp;Trennen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Rename…</source>
        <translation>Umbe&amp;nennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename Environment %1…</source>
        <translation>Umgebung %1 &amp;umbenennen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Rename Stack %1…</source>
        <translation>Stack %1 &amp;umbenennen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move Environment %1…</source>
        <translation>Umgebung %1 &amp;entfernen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move Stack %1…</source>
        <translation>Stack %1 &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindowCloud.cpp" line="-4"/>
        <source>Connect to Pulumi &amp;Cloud…</source>
        <translation>Mit Pulumi &amp;Cloud verbinden…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pu&amp;blish to Pulumi Cloud…</source>
        <translation>In Pulumi Cloud &amp;veröffentlichen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy to &amp;Local…</source>
        <translation>&amp;Lokal kopieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport as Pulumi Program…</source>
        <translation>Als Pulumi-Programm e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;a href=&quot;retry&quot;&gt;Try again&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;retry&quot;&gt;Erneut versuchen&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pulumi Cloud at %1 refused the access token of %2. &lt;a href=&quot;connect&quot;&gt;Connect again…&lt;/a&gt;</source>
        <translation>Pulumi Cloud unter %1 hat das Zugriffstoken von %2 abgelehnt. &lt;a href=&quot;connect&quot;&gt;Erneut verbinden…&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pulumi Cloud answers again.</source>
        <translation>Pulumi Cloud antwortet wieder.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Organization %1, kept in this console&apos;s database</source>
        <translation>Organisation %1, gespeichert in der Datenbank dieser Konsole</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · Pulumi Cloud</source>
        <translation>%1 · Pulumi Cloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization %1 in Pulumi Cloud at %2</source>
        <translation>Organisation %1 in Pulumi Cloud unter %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connected %1 of Pulumi Cloud.</source>
        <translation>%1 von Pulumi Cloud verbunden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Disconnect %1</source>
        <translation>%1 trennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop managing %1 of Pulumi Cloud (%2) here? Its webhooks stay in Pulumi Cloud; the deliveries this console archived go.</source>
        <translation>%1 von Pulumi Cloud (%2) hier nicht mehr verwalten? Die Webhooks bleiben in Pulumi Cloud; die von dieser Konsole archivierten Zustellungen werden entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnected %1.</source>
        <translation>%1 getrennt.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 has no webhooks to export.</source>
        <translation>%1 hat keine Webhooks zum Exportieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+38"/>
        <location line="+8"/>
        <source>Export as Pulumi Program</source>
        <translation>Als Pulumi-Programm exportieren</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The webhooks to manage as code, one pulumiservice:index:Webhook resource each:</source>
        <translation>Die Webhooks, die als Code verwaltet werden sollen, jeweils als eine pulumiservice:index:Webhook-Ressource:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pulumi YAML program (Pulumi.yaml *.yaml)</source>
        <translation>Pulumi-YAML-Programm (Pulumi.yaml *.yaml)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pulumi Program Written</source>
        <translation>Pulumi-Programm geschrieben</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrote %n webhook(s) to %1.</source>
        <translation>
            <numerusform>%n Webhook nach %1 geschrieben.</numerusform>
            <numerusform>%n Webhooks nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Secrets are not in it: in its folder, run these commands and paste each secret when Pulumi asks.</source>
        <translation>Die Secrets sind nicht enthalten: Führen Sie im Ordner des Programms diese Befehle aus und fügen Sie jedes Secret ein, wenn Pulumi danach fragt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/MainWindowReceiver.cpp" line="+23"/>
        <source>Recei&amp;ver</source>
        <translation>&amp;Empfänger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receive requests on 127.0.0.1 and check their signatures.</source>
        <translation>Anfragen auf 127.0.0.1 empfangen und ihre Signaturen prüfen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The request was not kept: %1</source>
        <translation>Die Anfrage wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The received requests were not cleared: %1</source>
        <translation>Die empfangenen Anfragen wurden nicht geleert: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” now delivers to %2 (it delivered to %3).</source>
        <translation>„%1“ stellt jetzt an %2 zu (zuvor an %3).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Rotate Secret…</source>
        <translation>Secret &amp;rotieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;How to Verify…</source>
        <translation>&amp;Anleitung zur Signaturprüfung…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>127.0.0.1</source>
        <translation>127.0.0.1</translation>
    </message>
</context>
<context>
    <name>wc::gui::OrganizationDialog</name>
    <message>
        <location filename="../../app/gui/OrganizationDialog.cpp" line="+18"/>
        <source>Add organization</source>
        <translation>Organisation hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another organization whose webhooks you manage.</source>
        <translation>Fügen Sie eine weitere Organisation hinzu, deren Webhooks Sie verwalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;ntinue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is already in the list.</source>
        <translation>„%1“ ist bereits in der Liste.</translation>
    </message>
</context>
<context>
    <name>wc::gui::PreferencesDialog</name>
    <message numerus="yes">
        <location filename="../../app/gui/PreferencesDialog.cpp" line="+36"/>
        <source> day(s)</source>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;estore Defaults</source>
        <translation>&amp;Standardwerte wiederherstellen</translation>
    </message>
</context>
<context>
    <name>wc::gui::ReceivedRequestModel</name>
    <message>
        <location filename="../../app/gui/ReceiverPage.cpp" line="+214"/>
        <source>– Not checked</source>
        <translation>– Nicht geprüft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ Valid (previous secret)</source>
        <translation>✔ Gültig (vorheriges Secret)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✔ Valid</source>
        <translation>✔ Gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>○ Unsigned</source>
        <translation>○ Nicht signiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✘ Wrong secret</source>
        <translation>✘ Falsches Secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✘ Body changed</source>
        <translation>✘ Body verändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✘ Timestamp too old</source>
        <translation>✘ Zeitstempel zu alt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✘ Timestamp too new</source>
        <translation>✘ Zeitstempel zu neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✘ Header missing</source>
        <translation>✘ Header fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✘ Header malformed</source>
        <translation>✘ Header fehlerhaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✘ No secret to check with</source>
        <translation>✘ Kein Secret zum Prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✘ Invalid</source>
        <translation>✘ Ungültig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>– %1</source>
        <translation>– %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>○ %1</source>
        <translation>○ %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>… %1 in %2</source>
        <translation>… %1 in %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… %1</source>
        <translation>… %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✘ not sent</source>
        <translation>✘ nicht gesendet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not answered: the client had gone (or the receiver stopped) before the delay ended.</source>
        <translation>Nicht beantwortet: Der Client war nicht mehr verbunden (oder der Empfänger wurde gestoppt), bevor die Verzögerung abgelaufen war.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered %1 after %2</source>
        <translation>Mit %1 nach %2 beantwortet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered %1</source>
        <translation>Mit %1 beantwortet</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>wc::gui::ReceiverPage</name>
    <message>
        <location line="+69"/>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listens on this computer only (127.0.0.1) and shows every request sent to it as it arrives. Choose a webhook to check signatures with its scheme and secrets.</source>
        <translation>Lauscht nur auf diesem Computer (127.0.0.1) und zeigt jede an ihn gesendete Anfrage sofort bei ihrem Eintreffen an. Wählen Sie einen Webhook, um Signaturen mit seinem Verfahren und seinen Secrets zu prüfen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Verif&amp;y against:</source>
        <translation>Prüfen &amp;mit:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Poi&amp;nt a webhook here…</source>
        <translation>Webhook hierher &amp;umleiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the chosen webhook&apos;s deliveries to this receiver: starts it if needed and opens the webhook with this URL</source>
        <translation>Die Zustellungen des gewählten Webhooks an diesen Empfänger senden: startet ihn bei Bedarf und öffnet den Webhook mit dieser URL</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The port to listen on; Automatic lets the system pick a free one</source>
        <translation>Der Port, auf dem gelauscht wird; „Automatisch“ lässt das System einen freien wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Answer with:</source>
        <translation>&amp;Antworten mit:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No Content</source>
        <translation>No Content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad Request</source>
        <translation>Bad Request</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unauthorized</source>
        <translation>Unauthorized</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not Found</source>
        <translation>Not Found</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal Server Error</source>
        <translation>Internal Server Error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bad Gateway</source>
        <translation>Bad Gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service Unavailable</source>
        <translation>Service Unavailable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The HTTP status every request is answered with: choose one or type any from 200 to 599</source>
        <translation>Der HTTP-Status, mit dem jede Anfrage beantwortet wird: Wählen Sie einen aus oder geben Sie einen beliebigen von 200 bis 599 ein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>af&amp;ter:</source>
        <translation>&amp;nach:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No delay</source>
        <translation>Keine Verzögerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long to wait before answering, to rehearse a slow receiver (senders time out after 10 s)</source>
        <translation>Wie lange vor dem Antworten gewartet wird, um einen langsamen Empfänger zu simulieren (Absender brechen nach 10 s mit einer Zeitüberschreitung ab)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay before answering</source>
        <translation>Verzögerung vor dem Antworten</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+453"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="-453"/>
        <location line="+453"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <location line="-439"/>
        <source>Type a status from 200 to 599.</source>
        <translation>Geben Sie einen Status von 200 bis 599 ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+544"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="-547"/>
        <source>Copy the receiver&apos;s URL</source>
        <translation>URL des Empfängers kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+550"/>
        <source>Copied ✓</source>
        <translation>Kopiert ✓</translation>
    </message>
    <message>
        <location line="-528"/>
        <source>Search requests</source>
        <translation>Anfragen durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finds requests by method, path, headers, body or verdict, in any case (Ctrl+F)</source>
        <translation>Findet Anfragen nach Methode, Pfad, Headern, Body oder Prüfergebnis, ohne Beachtung der Groß-/Kleinschreibung (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search received requests</source>
        <translation>Empfangene Anfragen durchsuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget every received request</source>
        <translation>Alle empfangenen Anfragen verwerfen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Select a request to see its headers, its body and the verdict on its signature.</source>
        <translation>Wählen Sie eine Anfrage aus, um ihre Header, ihren Body und das Prüfergebnis ihrer Signatur zu sehen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Raw</source>
        <translation>&amp;Roh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the body exactly as received</source>
        <translation>Den Body genau so anzeigen, wie er empfangen wurde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request has no body.</source>
        <translation>Die Anfrage hat keinen Body.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The webhooks could not be read: %1</source>
        <translation>Die Webhooks konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(none: show requests only)</source>
        <translation>(keiner: nur Anfragen anzeigen)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Looking for %1…</source>
        <translation>Suche nach %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests are shown, not checked: choose a webhook to check their signatures.</source>
        <translation>Anfragen werden angezeigt, aber nicht geprüft: Wählen Sie einen Webhook, um ihre Signaturen zu prüfen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the secrets of %1…</source>
        <translation>Die Secrets von %1 werden gelesen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Requests are shown, not checked: the secrets of %1 could not be read. %2</source>
        <translation>Anfragen werden angezeigt, aber nicht geprüft: Die Secrets von %1 konnten nicht gelesen werden. %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Its secret is not on this computer (Pulumi Cloud keeps it): signed requests are shown but cannot be checked.</source>
        <translation>Das Secret dieses Webhooks befindet sich nicht auf diesem Computer (Pulumi Cloud verwahrt es): Signierte Anfragen werden angezeigt, können aber nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It has no secret: signed requests are shown but cannot be checked.</source>
        <translation>Dieser Webhook hat kein Secret: Signierte Anfragen werden angezeigt, können aber nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checks %1 signatures with its current secret.</source>
        <translation>Prüft %1-Signaturen mit dem aktuellen Secret des Webhooks.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks %1 signatures with its current and its previous secret (a rotation is under way).</source>
        <translation>Prüft %1-Signaturen mit dem aktuellen und dem vorherigen Secret des Webhooks (eine Rotation läuft).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Stop listening: requests are refused</source>
        <translation>Lauschen beenden: Anfragen werden abgewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen for requests on 127.0.0.1</source>
        <translation>Auf 127.0.0.1 auf Anfragen lauschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not listening</source>
        <translation>Lauscht nicht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Listening on %1
Requests show here as they arrive.</source>
        <translation>Lauscht auf %1
Anfragen erscheinen hier, sobald sie eintreffen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No requests yet.
Start the receiver and send a webhook to its URL: every request shows here as it arrives.</source>
        <translation>Noch keine Anfragen.
Starten Sie den Empfänger und senden Sie einen Webhook an seine URL: Jede Anfrage erscheint hier, sobald sie eintrifft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No request matches “%1”.</source>
        <translation>Keine Anfrage entspricht „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>answering %1 in %2</source>
        <translation>antwortet mit %1 in %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>answered %1 after %2</source>
        <translation>mit %1 nach %2 beantwortet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>answered %1</source>
        <translation>mit %1 beantwortet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not answered: the client had gone</source>
        <translation>nicht beantwortet: Der Client war nicht mehr verbunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from port %1</source>
        <translation>von Port %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the first %1 of %2</source>
        <translation>die ersten %1 von %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The URL was copied to the clipboard</source>
        <translation>Die URL wurde in die Zwischenablage kopiert</translation>
    </message>
</context>
<context>
    <name>wc::gui::RotateSecretDialog</name>
    <message>
        <location filename="../../app/gui/RotateSecretDialog.cpp" line="+58"/>
        <source>Rotate secret of “%1”</source>
        <translation>Secret von „%1“ rotieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set secret of “%1”</source>
        <translation>Secret von „%1“ festlegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” signs its deliveries with the %2 scheme. Enter or generate the new secret, and give it to your receiver.</source>
        <translation>„%1“ signiert seine Zustellungen mit dem Verfahren %2. Geben Sie das neue Secret ein oder generieren Sie es, und übergeben Sie es Ihrem Empfänger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” has no secret: its deliveries carry no signature. With one, they are signed with the %2 scheme.</source>
        <translation>„%1“ hat kein Secret: Seine Zustellungen tragen keine Signatur. Mit einem Secret werden sie mit dem Verfahren %2 signiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept in your system keychain only.</source>
        <translation>Wird ausschließlich im Schlüsselbund Ihres Systems gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+126"/>
        <source>S&amp;how</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+126"/>
        <source>Show secret</source>
        <translation>Secret anzeigen</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate secret</source>
        <translation>Secret generieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes a new random secret of the %1 scheme&apos;s shape.</source>
        <translation>Erzeugt ein neues zufälliges Secret im Format des Verfahrens %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+110"/>
        <source>Cop&amp;y</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Copy secret</source>
        <translation>Secret kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puts the new secret on the clipboard, for your receiver.</source>
        <translation>Legt das neue Secret für Ihren Empfänger in die Zwischenablage.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source> hour(s)</source>
        <translation>
            <numerusform> Stunde</numerusform>
            <numerusform> Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overlap in hours</source>
        <translation>Überlappung in Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to %1 hours (30 days).</source>
        <translation>Bis zu %1 Stunden (30 Tage).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New s&amp;ecret</source>
        <translation>Neues &amp;Secret</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;ecret</source>
        <translation>&amp;Secret</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Overlap</source>
        <translation>&amp;Überlappung</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+175"/>
        <source>&amp;Rotate secret</source>
        <translation>Secret &amp;rotieren</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+175"/>
        <source>Se&amp;t secret</source>
        <translation>Secret &amp;festlegen</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pulumi Cloud keeps one secret per webhook.</source>
        <translation>Pulumi Cloud speichert ein Secret pro Webhook.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A rotation is under way: the secret before the current one, kept until %1, leaves your keychain when this one starts.</source>
        <translation>Eine Rotation läuft: Das Secret vor dem aktuellen, das bis %1 aufbewahrt wird, wird aus Ihrem Schlüsselbund entfernt, sobald das neue gilt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide secret</source>
        <translation>Secret verbergen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Deliveries are signed with this secret from the moment it is set: give it to your receiver at the same time.</source>
        <translation>Zustellungen werden ab dem Moment, in dem dieses Secret festgelegt wird, damit signiert: Übergeben Sie es gleichzeitig Ihrem Empfänger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pulumi Cloud keeps one secret per webhook, so there is no overlap: the new secret replaces the current one at once. Update your receiver at the same time.</source>
        <translation>Pulumi Cloud speichert ein Secret pro Webhook, daher gibt es keine Überlappung: Das neue Secret ersetzt das aktuelle sofort. Aktualisieren Sie gleichzeitig Ihren Empfänger.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new secret replaces the current one at once, and the current one leaves your keychain: update your receiver at the same time, or it refuses deliveries until you do.</source>
        <translation>Das neue Secret ersetzt das aktuelle sofort, und das aktuelle wird aus Ihrem Schlüsselbund entfernt: Aktualisieren Sie gleichzeitig Ihren Empfänger, sonst lehnt er Zustellungen ab, bis Sie es tun.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>During the overlap every %1 delivery carries two signatures, one made with the new secret and one with the previous: give your receiver the new secret any time before %2. Then the previous secret leaves your keychain.</source>
        <translation>Während der Überlappung trägt jede %1-Zustellung zwei Signaturen, eine mit dem neuen und eine mit dem vorherigen Secret: Übergeben Sie Ihrem Empfänger das neue Secret jederzeit vor %2. Danach wird das vorherige Secret aus Ihrem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 deliveries carry one signature, made with the new secret: until %2 your receiver has to accept both the previous and the new secret. Then the previous secret leaves your keychain.</source>
        <translation>%1-Zustellungen tragen eine Signatur, erstellt mit dem neuen Secret: Bis %2 muss Ihr Empfänger sowohl das vorherige als auch das neue Secret akzeptieren. Danach wird das vorherige Secret aus Ihrem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copy it to your receiver now: it will not be shown again.</source>
        <translation>Kopieren Sie es jetzt in Ihren Empfänger: Es wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied ✓</source>
        <translation>Kopiert ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied to the clipboard. Paste it into your receiver&apos;s settings.</source>
        <translation>In die Zwischenablage kopiert. Fügen Sie es in die Einstellungen Ihres Empfängers ein.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the new secret, or generate one.</source>
        <translation>Geben Sie das neue Secret ein oder generieren Sie eines.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rotating…</source>
        <translation>Wird rotiert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>wc::gui::SampleEventDialog</name>
    <message>
        <location filename="../../app/gui/SampleEventDialog.cpp" line="+28"/>
        <source>Send sample event to “%1”</source>
        <translation>Beispielereignis an „%1“ senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A realistic sample of the event is sent to “%1” in its format, signed and recorded like a test ping.</source>
        <translation>Ein realistisches Beispiel des Ereignisses wird im Format des Webhooks an „%1“ gesendet, signiert und wie ein Test-Ping aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 (not subscribed)</source>
        <translation>%1 (nicht abonniert)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>No event matches “%1”.</source>
        <translation>Kein Ereignis passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing matches the search; change it or clear it.</source>
        <translation>Nichts passt zur Suche; ändern oder leeren Sie sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an event.</source>
        <translation>Wählen Sie ein Ereignis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is sent with Pulumi-Webhook-Kind: %2.</source>
        <translation>„%1“ wird mit Pulumi-Webhook-Kind: %2 gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This webhook does not receive “%1”; sending it will be refused. %2</source>
        <translation>Dieser Webhook empfängt „%1“ nicht; das Senden wird abgelehnt. %2</translation>
    </message>
</context>
<context>
    <name>wc::gui::ScopeDialog</name>
    <message>
        <location filename="../../app/gui/ScopeDialog.cpp" line="+53"/>
        <source>Rename environment “%1”</source>
        <translation>Umgebung „%1“ umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename stack “%1”</source>
        <translation>Stack „%1“ umbenennen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its webhooks, their secrets and delivery histories move with it.</source>
        <translation>Ihre Webhooks, deren Secrets und Zustellverläufe werden mit übernommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its webhooks, their secrets and delivery histories move with it. Rename it here when you rename it in Pulumi (pulumi stack rename).</source>
        <translation>Seine Webhooks, deren Secrets und Zustellverläufe werden mit übernommen. Benennen Sie ihn hier um, wenn Sie ihn in Pulumi umbenennen (pulumi stack rename).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add environment</source>
        <translation>Umgebung hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add stack</source>
        <translation>Stack hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Pulumi ESC environment, written project/environment in Pulumi Cloud. Its webhooks receive environment and change request events.</source>
        <translation>Eine Pulumi-ESC-Umgebung, in Pulumi Cloud als Projekt/Umgebung geschrieben. Ihre Webhooks empfangen Umgebungs- und Änderungsanfrage-Ereignisse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A stack of a Pulumi project, as in Pulumi Cloud. Its webhooks receive the stack&apos;s update, deployment and policy events.</source>
        <translation>Ein Stack eines Pulumi-Projekts, wie in Pulumi Cloud. Seine Webhooks empfangen die Update-, Deployment- und Richtlinienereignisse des Stacks.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Environment</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Stack</source>
        <translation>&amp;Stack</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The environment %1 is already here.</source>
        <translation>Die Umgebung %1 ist bereits vorhanden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stack %1 is already here.</source>
        <translation>Der Stack %1 ist bereits vorhanden.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>wc::gui::ScopesPage</name>
    <message>
        <location filename="../../app/gui/ScopesPage.cpp" line="+57"/>
        <source>the project %1 of %2</source>
        <translation>dem Projekt %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>Stacks</source>
        <translation>Stacks</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The Pulumi ESC environments of %1 whose webhooks this console manages. Each has its own Integrations and Webhooks.</source>
        <translation>Die Pulumi-ESC-Umgebungen in %1, deren Webhooks diese Konsole verwaltet. Jede hat ihre eigenen Integrationen und Webhooks.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stacks of %1 whose webhooks this console manages. Each has its own Integrations and Webhooks; import them from “pulumi stack ls --json”.</source>
        <translation>Die Stacks in %1, deren Webhooks diese Konsole verwaltet. Jeder hat seine eigenen Integrationen und Webhooks; importieren Sie sie aus „pulumi stack ls --json“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add environment…</source>
        <translation>Umgebung &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add stack…</source>
        <translation>Stack &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No environments yet. Choose “Add environment…” to manage the webhooks of a Pulumi ESC environment.</source>
        <translation>Noch keine Umgebungen. Wählen Sie „Umgebung hinzufügen…“, um die Webhooks einer Pulumi-ESC-Umgebung zu verwalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stacks yet. Choose “Add stack…”, or “Import stacks…” to read them from “pulumi stack ls --json”.</source>
        <translation>Noch keine Stacks. Wählen Sie „Stack hinzufügen…“ oder „Stacks importieren…“, um sie aus „pulumi stack ls --json“ einzulesen.</translation>
    </message>
</context>
<context>
    <name>wc::gui::SecretPromptDialog</name>
    <message>
        <location filename="../../app/gui/SecretPromptDialog.cpp" line="+27"/>
        <source>Secret of “%1”</source>
        <translation>Secret von „%1“</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>Show the secret</source>
        <translation>Secret anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the secret</source>
        <translation>Secret verbergen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is checked against the fingerprint the shared database keeps, then kept in your keychain only.</source>
        <translation>Es wird mit dem Fingerabdruck abgeglichen, den die gemeinsame Datenbank speichert, und dann nur in Ihrem Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+39"/>
        <source>&amp;Keep in my keychain</source>
        <translation>In meinem Schlüsselbund &amp;aufbewahren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>wc::gui::StackImportDialog</name>
    <message>
        <location filename="../../app/gui/StackImportDialog.cpp" line="+46"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open the output of pulumi stack ls --json</source>
        <translation>Ausgabe von pulumi stack ls --json öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it is larger than %1 MiB</source>
        <translation>sie ist größer als %1 MiB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” could not be read: %2.</source>
        <translation>„%1“ konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Already here</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New, with its organization</source>
        <translation>Neu, mit seiner Organisation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paste the JSON or open a file.</source>
        <translation>Fügen Sie das JSON ein oder öffnen Sie eine Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stacks found.</source>
        <translation>Keine Stacks gefunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n stack(s) to add in %1.</source>
        <translation>
            <numerusform>%n hinzuzufügender Stack in %1.</numerusform>
            <numerusform>%n hinzuzufügende Stacks in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n organization(s) (%1)</source>
        <translation>
            <numerusform>%n Organisation (%1)</numerusform>
            <numerusform>%n Organisationen (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New organizations: %1.</source>
        <translation>Neue Organisationen: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n stack(s) already here.</source>
        <translation>
            <numerusform>%n Stack ist bereits vorhanden.</numerusform>
            <numerusform>%n Stacks sind bereits vorhanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiteres.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not imported (%1):</source>
        <translation>Nicht importiert (%1):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Import %n stack(s)</source>
        <translation>
            <numerusform>%n Stack &amp;importieren</numerusform>
            <numerusform>%n Stacks &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Adding…</source>
        <translation>Wird hinzugefügt…</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+22"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not everything was added:</source>
        <translation>Nicht alles wurde hinzugefügt:</translation>
    </message>
</context>
<context>
    <name>wc::gui::VerifySnippetDialog</name>
    <message>
        <location filename="../../app/gui/VerifySnippetDialog.cpp" line="+32"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How to verify “%1”</source>
        <translation>So prüfen Sie „%1“</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Deliveries of “%1” are signed with the %2 scheme. Your receiver reads the header(s) %3 and checks them against the raw body, byte for byte as received, with the webhook&apos;s secret.</source>
        <translation>
            <numerusform>Zustellungen von „%1“ werden mit dem Signaturverfahren %2 signiert. Ihr Empfänger liest den Header %3 und prüft ihn mit dem Secret des Webhooks gegen den unveränderten Body, Byte für Byte wie empfangen.</numerusform>
            <numerusform>Zustellungen von „%1“ werden mit dem Signaturverfahren %2 signiert. Ihr Empfänger liest die Header %3 und prüft sie mit dem Secret des Webhooks gegen den unveränderten Body, Byte für Byte wie empfangen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Headers to read: %1</source>
        <translation>Zu lesende Header: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This webhook has no secret yet, so its deliveries carry no signature: set one (Set Secret…) before the receiver checks them.</source>
        <translation>Dieser Webhook hat noch kein Secret, daher tragen seine Zustellungen keine Signatur: Legen Sie eines fest (Secret festlegen…), bevor der Empfänger sie prüft.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 snippet</source>
        <translation>%1-Snippet</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+65"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Save it as %1, or paste it into your receiver.</source>
        <translation>Speichern Sie es als %1 oder fügen Sie es in Ihren Empfänger ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied ✓</source>
        <translation>Kopiert ✓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 snippet is on the clipboard.</source>
        <translation>Das %1-Snippet ist in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>wc::gui::WebhookDialog</name>
    <message>
        <location filename="../../app/gui/WebhookDialog.cpp" line="+101"/>
        <source>S&amp;ignature</source>
        <translation>S&amp;ignatur</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Pulumi Cloud signs with Pulumi&apos;s scheme only.</source>
        <translation>Pulumi Cloud signiert nur mit dem Verfahren von Pulumi.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signs every delivery (%1). Kept in your system keychain.</source>
        <translation>Signiert jede Zustellung (%1). Wird in Ihrem System-Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Makes a new random secret of the %1 scheme&apos;s shape.</source>
        <translation>Erzeugt ein neues zufälliges Secret im Format des Verfahrens %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&quot;color:%4&quot;&gt;(format %2)&lt;/span&gt;&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&quot;color:%4&quot;&gt;(Format %2)&lt;/span&gt;&lt;br&gt;%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slack incoming-webhook &amp;URL</source>
        <translation>Slack-Incoming-Webhook-&amp;URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The channel&apos;s incoming-webhook URL, from Slack&apos;s “Incoming Webhooks” app (or a Slack-compatible server such as Mattermost).</source>
        <translation>Die Incoming-Webhook-URL des Kanals, aus der Slack-App „Incoming Webhooks“ (oder von einem Slack-kompatiblen Server wie Mattermost).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teams incoming-webhook &amp;URL</source>
        <translation>Teams-Incoming-Webhook-&amp;URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The URL of a Teams Workflows flow “When a Teams webhook request is received” (Office 365 connectors are retired).</source>
        <translation>Die URL eines Flows aus Teams Workflows mit dem Auslöser „When a Teams webhook request is received“ (Office-365-Connectors wurden eingestellt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where every delivery is POSTed as JSON.</source>
        <translation>Wohin jede Zustellung als JSON per POST gesendet wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stack to deploy when this webhook fires, written project/stack. It is stored as the webhook&apos;s payload URL, as Pulumi does.</source>
        <translation>Der Stack, der bereitgestellt wird, wenn dieser Webhook auslöst, geschrieben als Projekt/Stack. Er wird wie bei Pulumi als Payload-URL des Webhooks gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>project/stack</source>
        <translation>Projekt/Stack</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Identifies the webhook in %1 and in webhookctl: 1–32 letters, digits, “-”, “_” or “.”.</source>
        <translation>Identifiziert den Webhook in %1 und in webhookctl: 1–32 Buchstaben, Ziffern, „-“, „_“ oder „.“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check a group to receive all its events, or single events.</source>
        <translation>Markieren Sie eine Gruppe, um alle ihre Ereignisse zu empfangen, oder einzelne Ereignisse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit webhook “%1”</source>
        <translation>Webhook „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create webhook in %1</source>
        <translation>Webhook in %1 erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create %1 integration in %2</source>
        <translation>%1-Integration in %2 erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: left empty, a short random one is made (like %1)</source>
        <translation>Optional: Bleibt das Feld leer, wird ein kurzer zufälliger Name erzeugt (z. B. %1)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;how</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide secret</source>
        <translation>Secret verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show secret</source>
        <translation>Secret anzeigen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied to the clipboard. Paste it into your receiver&apos;s settings.</source>
        <translation>In die Zwischenablage kopiert. Fügen Sie es in die Einstellungen Ihres Empfängers ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied ✓</source>
        <translation>Kopiert ✓</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The secret will be removed</source>
        <translation>Das Secret wird entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged (a secret is set)</source>
        <translation>Unverändert (ein Secret ist festgelegt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy it now: it will not be shown again.</source>
        <translation>Kopieren Sie es jetzt: Es wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Nothing checked: every event is sent, including any Pulumi adds later.</source>
        <translation>Nichts markiert: Jedes Ereignis wird gesendet, auch alle, die Pulumi später hinzufügt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing checked: Pulumi&apos;s defaults apply, the groups %1.</source>
        <translation>Nichts markiert: Es gelten die Standardwerte von Pulumi, die Gruppen %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups: %1. Single events: %2.</source>
        <translation>Gruppen: %1. Einzelne Ereignisse: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not offered here, dropped on save: %1.</source>
        <translation>Hier nicht angeboten, wird beim Speichern verworfen: %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A webhook named “%1” already exists in %2.</source>
        <translation>Ein Webhook namens „%1“ existiert bereits in %2.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This is the stack whose events trigger the webhook: each deployment would trigger another.</source>
        <translation>Dies ist der Stack, dessen Ereignisse den Webhook auslösen: Jedes Deployment würde ein weiteres auslösen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a stack this console knows in %2; it is saved as written.</source>
        <translation>„%1“ ist kein Stack, den diese Konsole in %2 kennt; er wird wie eingegeben gespeichert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Created by %1 %2</source>
        <translation>Erstellt von %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>changed by %1 %2</source>
        <translation>geändert von %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>secret set by %1 %2</source>
        <translation>Secret festgelegt von %1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created %1, changed %2</source>
        <translation>Erstellt: %1, geändert: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>wc::gui::WebhookListModel</name>
    <message>
        <location filename="../../app/gui/WebhookListModel.cpp" line="+53"/>
        <source>Secret rotating: the previous secret signs until %1.</source>
        <translation>Secret wird rotiert: Das vorherige Secret signiert bis %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret rotating: the previous secret is kept until %1; deliveries carry the new secret&apos;s signature.</source>
        <translation>Secret wird rotiert: Das vorherige Secret bleibt bis %1 erhalten; Zustellungen tragen die Signatur des neuen Secrets.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No secret: deliveries are not signed.</source>
        <translation>Kein Secret: Zustellungen werden nicht signiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed with the %1 scheme (%2).</source>
        <translation>Signiert mit dem Signaturverfahren %1 (%2).</translation>
    </message>
    <message>
        <location line="+269"/>
        <location line="+116"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rotating</source>
        <translation>In Rotation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 — reference %2</source>
        <translation>%1 — Referenz %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing has been sent to this webhook yet.</source>
        <translation>An diesen Webhook wurde noch nichts gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending since %1</source>
        <translation>Wird seit %1 gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A test delivery is on its way.</source>
        <translation>Eine Testzustellung ist unterwegs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2
%3</source>
        <translation>%1 in %2
%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered %1</source>
        <translation>Mit %1 beantwortet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (format %2)</source>
        <translation>%1 (Format %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded, %1, %2</source>
        <translation>Erfolgreich, %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1, %2</source>
        <translation>Fehlgeschlagen: %1, %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never delivered</source>
        <translation>Nie zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payload URL</source>
        <translation>Payload-URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last delivery</source>
        <translation>Letzte Zustellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
</context>
<context>
    <name>wc::gui::WebhooksPage</name>
    <message>
        <location filename="../../app/gui/WebhooksPage.cpp" line="+11"/>
        <source>Send &amp;Sample Event</source>
        <translation>&amp;Beispielereignis senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rotate Secret…</source>
        <translation>Secret &amp;rotieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How to Verify…</source>
        <translation>&amp;Anleitung zur Signaturprüfung…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Microsoft Teams</source>
        <translation>Microsoft Teams</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Code that checks the selected webhook&apos;s signatures in your receiver</source>
        <translation>Code, der die Signaturen des ausgewählten Webhooks in Ihrem Empfänger prüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gning</source>
        <translation>Si&amp;gnierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotate the selected webhook&apos;s secret, or see how a receiver verifies its deliveries</source>
        <translation>Das Secret des ausgewählten Webhooks rotieren oder ansehen, wie ein Empfänger seine Zustellungen prüft</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Webhooks send an HTTP POST to a URL of yours when events happen in the stack %1 of %2.</source>
        <translation>Webhooks senden einen HTTP-POST an eine URL Ihrer Wahl, wenn im Stack %1 von %2 Ereignisse eintreten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No webhooks on this stack yet. Choose “Create webhook” to send its events to a URL of yours, or open Integrations for Slack, Microsoft Teams and Deployment.</source>
        <translation>Noch keine Webhooks für diesen Stack. Wählen Sie „Webhook erstellen“, um seine Ereignisse an eine URL Ihrer Wahl zu senden, oder öffnen Sie Integrationen für Slack, Microsoft Teams und Deployment.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Webhooks send an HTTP POST to a URL of yours when events happen in the environment %1 of %2.</source>
        <translation>Webhooks senden einen HTTP-POST an eine URL Ihrer Wahl, wenn in der Umgebung %1 von %2 Ereignisse eintreten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No webhooks on this environment yet. Choose “Create webhook” to send its events to a URL of yours, or open Integrations for Slack, Microsoft Teams and Deployment.</source>
        <translation>Noch keine Webhooks für diese Umgebung. Wählen Sie „Webhook erstellen“, um ihre Ereignisse an eine URL Ihrer Wahl zu senden, oder öffnen Sie Integrationen für Slack, Microsoft Teams und Deployment.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Webhooks send an HTTP POST to a URL of yours when events happen in the organization %1 and its stacks.</source>
        <translation>Webhooks senden einen HTTP-POST an eine URL Ihrer Wahl, wenn in der Organisation %1 und ihren Stacks Ereignisse eintreten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No webhooks yet. Choose “Create webhook” to send this organization&apos;s events to a URL of yours.</source>
        <translation>Noch keine Webhooks. Wählen Sie „Webhook erstellen“, um die Ereignisse dieser Organisation an eine URL Ihrer Wahl zu senden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>They are kept and sent by Pulumi Cloud at %1.</source>
        <translation>Sie werden von Pulumi Cloud unter %1 gespeichert und gesendet.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Pulumi Cloud sends events when they happen; it can send a test ping.</source>
        <translation>Pulumi Cloud sendet Ereignisse, wenn sie eintreten; es kann einen Test-Ping senden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a realistic sample of an event to the selected webhook (Ctrl+Shift+P chooses one)</source>
        <translation>Sendet ein realistisches Beispiel eines Ereignisses an den ausgewählten Webhook (Ctrl+Shift+P wählt eines aus)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only generic webhooks are signed; this one is a %1 integration.</source>
        <translation>Nur generische Webhooks werden signiert; dieser ist eine %1-Integration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the secret, keeping the previous one for an overlap</source>
        <translation>Das Secret ersetzen und das vorherige für eine Überlappung behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the webhook a secret, so that its deliveries are signed</source>
        <translation>Dem Webhook ein Secret geben, damit seine Zustellungen signiert werden</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Loading webhooks…</source>
        <translation>Webhooks werden geladen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>Last test delivery to “%1”</source>
        <translation>Letzte Testzustellung an „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for the answer…</source>
        <translation>Warten auf die Antwort…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer had no body.</source>
        <translation>Die Antwort hatte keinen Body.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Created webhook “%1”.</source>
        <translation>Webhook „%1“ erstellt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved webhook “%1”.</source>
        <translation>Webhook „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Sending a test ping to %1…</source>
        <translation>Test-Ping wird an %1 gesendet…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ping to “%1” was not sent. %2</source>
        <translation>Der Ping an „%1“ wurde nicht gesendet. %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sending a sample “%1” event (%2) to %3…</source>
        <translation>Beispielereignis „%1“ (%2) wird an %3 gesendet…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sample “%1” event was not sent to “%2”. %3</source>
        <translation>Das Beispielereignis „%1“ wurde nicht an „%2“ gesendet. %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>✔ “%1” answered %2 in %3.</source>
        <translation>✔ „%1“ hat in %3 mit %2 geantwortet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✘ “%1” failed after %2: %3</source>
        <translation>✘ „%1“ ist nach %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ “%1” answered %2 in %3 to the sample “%4” event (Pulumi-Webhook-Kind: %5).</source>
        <translation>✔ „%1“ hat in %3 mit %2 auf das Beispielereignis „%4“ geantwortet (Pulumi-Webhook-Kind: %5).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✘ The sample “%1” event to “%2” failed after %3: %4</source>
        <translation>✘ Das Beispielereignis „%1“ an „%2“ ist nach %3 fehlgeschlagen: %4</translation>
    </message>
</context>
<context>
    <name>webhookctl</name>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="+42"/>
        <source>Use the database at PATH (an SQLite file or a postgresql:// URL). Default: $WEBHOOK_CONSOLE_DATABASE, else the window&apos;s default database.</source>
        <translation>Die Datenbank unter PATH verwenden (eine SQLite-Datei oder eine postgresql://-URL). Standard: $WEBHOOK_CONSOLE_DATABASE, sonst die Standarddatenbank der grafischen Anwendung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print exactly one JSON document on standard output, with Pulumi&apos;s REST field names (receive: one JSON object per line, per request).</source>
        <translation>Genau ein JSON-Dokument auf der Standardausgabe ausgeben, mit den REST-Feldnamen von Pulumi (receive: ein JSON-Objekt pro Zeile, je Anfrage).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the version and exit.</source>
        <translation>Die Version ausgeben und beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print this help and exit.</source>
        <translation>Diese Hilfe ausgeben und beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organization (added when new).</source>
        <translation>Die Organisation (wird hinzugefügt, falls neu).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project of the stack (with --stack) or of the environment (with --env).</source>
        <translation>Das Projekt des Stacks (mit --stack) oder der Umgebung (mit --env).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stack (with --project): a stack webhook.</source>
        <translation>Der Stack (mit --project): ein Stack-Webhook.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Pulumi ESC environment (with --project): an environment webhook.</source>
        <translation>Die Pulumi-ESC-Umgebung (mit --project): ein Umgebungs-Webhook.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One of Pulumi&apos;s event names (update_failed, deployment_succeeded, …; “webhookctl webhook send --help” lists them).</source>
        <translation>Einer der Ereignisnamen von Pulumi (update_failed, deployment_succeeded, …; „webhookctl webhook send --help“ listet sie auf).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name people read.</source>
        <translation>Der für Menschen lesbare Name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where deliveries are POSTed (http:// or https://).</source>
        <translation>Wohin Zustellungen per POST gesendet werden (http:// oder https://).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifier unique in its scope: 1–32 letters, digits, “-”, “_”, “.”. Default: derived from the display name.</source>
        <translation>Im Bereich eindeutiger Bezeichner: 1–32 Buchstaben, Ziffern, „-“, „_“, „.“. Standard: aus dem Anzeigenamen abgeleitet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>raw (default), slack, ms_teams, or pulumi_deployments (stacks and environments; --payload-url is then the target stack, project/stack).</source>
        <translation>raw (Standard), slack, ms_teams oder pulumi_deployments (Stacks und Umgebungen; --payload-url ist dann der Ziel-Stack, Projekt/Stack).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How deliveries are signed: pulumi (default: Pulumi-Webhook-Signature), github (X-Hub-Signature-256), standard-webhooks (webhook-id, webhook-timestamp, webhook-signature; the secret is whsec_ and base64) or stripe (Stripe-Signature: t=…,v1=…).</source>
        <translation>Wie Zustellungen signiert werden: pulumi (Standard: Pulumi-Webhook-Signature), github (X-Hub-Signature-256), standard-webhooks (webhook-id, webhook-timestamp, webhook-signature; das Secret ist whsec_ plus Base64) oder stripe (Stripe-Signature: t=…,v1=…).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How long the previous secret keeps signing beside the new one: 24h (default), 90m, 7d, 1h30m, or 0 to replace it at once. At most 30d.</source>
        <translation>Wie lange das vorherige Secret neben dem neuen weiter signiert: 24h (Standard), 90m, 7d, 1h30m oder 0, um es sofort zu ersetzen. Höchstens 30d.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event names, comma-separated (&quot;&quot; for none).</source>
        <translation>Ereignisnamen, durch Kommas getrennt (&quot;&quot; für keine).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event groups, comma-separated (&quot;&quot; for none). Without --filters and --groups a new webhook gets Pulumi&apos;s default groups.</source>
        <translation>Ereignisgruppen, durch Kommas getrennt (&quot;&quot; für keine). Ohne --filters und --groups erhält ein neuer Webhook die Standardgruppen von Pulumi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deliver events (the default).</source>
        <translation>Ereignisse zustellen (Standard).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliver no events.</source>
        <translation>Keine Ereignisse zustellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the signing secret from standard input (one trailing newline is dropped) and keep it in the OS keychain.</source>
        <translation>Das Signatur-Secret von der Standardeingabe lesen (ein abschließender Zeilenumbruch wird entfernt) und im Schlüsselbund des Betriebssystems aufbewahren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop signing: delete the secret from the keychain.</source>
        <translation>Signieren beenden: das Secret aus dem Schlüsselbund löschen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show at most N deliveries, newest first (default 50).</source>
        <translation>Höchstens N Zustellungen anzeigen, neueste zuerst (Standard: 50).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only deliveries that failed (non-2xx or no response).</source>
        <translation>Nur fehlgeschlagene Zustellungen (kein 2xx oder keine Antwort).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only deliveries that succeeded.</source>
        <translation>Nur erfolgreiche Zustellungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this event kind (ping, stack_update, …).</source>
        <translation>Nur diese Ereignisart (ping, stack_update, …).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only deliveries sent at or after TIME (ISO 8601, e.g. 2026-11-01T00:00:00Z; without Z or an offset: local time).</source>
        <translation>Nur Zustellungen, die zum Zeitpunkt TIME oder danach gesendet wurden (ISO 8601, z. B. 2026-11-01T00:00:00Z; ohne Z oder Offset: Ortszeit).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only deliveries sent at or before TIME (ISO 8601).</source>
        <translation>Nur Zustellungen, die zum Zeitpunkt TIME oder davor gesendet wurden (ISO 8601).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pulumi Cloud&apos;s API, or a self-hosted one&apos;s. Default: $PULUMI_BACKEND_URL, else https://api.pulumi.com.</source>
        <translation>Die API von Pulumi Cloud oder einer selbst gehosteten Instanz. Standard: $PULUMI_BACKEND_URL, sonst https://api.pulumi.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the Pulumi access token from standard input and keep it in the OS keychain. Without it: $PULUMI_ACCESS_TOKEN, else the token already kept for the API URL.</source>
        <translation>Das Pulumi-Zugriffstoken von der Standardeingabe lesen und im Schlüsselbund des Betriebssystems aufbewahren. Ohne diese Option: $PULUMI_ACCESS_TOKEN, sonst das bereits für die API-URL aufbewahrte Token.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The organization to copy to.</source>
        <translation>Die Organisation, in die kopiert wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the secrets behind (they stay in your keychain).</source>
        <translation>Die Secrets nicht mitnehmen (sie bleiben in Ihrem Schlüsselbund).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to FILE (kept whole or not at all) instead of standard output.</source>
        <translation>In FILE schreiben (vollständig oder gar nicht) statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Pulumi project name of the program (default: webhooks).</source>
        <translation>Der Pulumi-Projektname des Programms (Standard: webhooks).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redeliver every event of webhook REF that no attempt delivered and that matches --kind, --since, --until and --search: each once, from its original delivery, a few at a time (Preferences: redeliveries at once).</source>
        <translation>Jedes Ereignis des Webhooks REF erneut zustellen, das kein Versuch zugestellt hat und das zu --kind, --since, --until und --search passt: jedes einmal, ausgehend von seiner ursprünglichen Zustellung, einige gleichzeitig (Einstellungen: Gleichzeitige erneute Zustellungen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only deliveries whose payload or response body holds these words, each as the start of a word (&quot;deploy fail&quot; finds &quot;deployment failed&quot;).</source>
        <translation>Nur Zustellungen, deren Payload oder Antwort-Body diese Wörter enthält, jeweils als Wortanfang (&quot;deploy fail&quot; findet &quot;deployment failed&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listen on 127.0.0.1:N (never another interface). Default: 0, a free port the system picks.</source>
        <translation>Auf 127.0.0.1:N lauschen (nie auf einer anderen Schnittstelle). Standard: 0, ein freier Port, den das System wählt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check each request&apos;s signature with this webhook&apos;s scheme and secrets (its current one, and the previous one during a rotation), read from your keychain. Without it requests are shown, not checked.</source>
        <translation>Die Signatur jeder Anfrage mit dem Verfahren und den Secrets dieses Webhooks prüfen (dem aktuellen und während einer Rotation dem vorherigen), gelesen aus Ihrem Schlüsselbund. Ohne diese Option werden Anfragen angezeigt, aber nicht geprüft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer every request with this HTTP status, 200 to 599 (default 200): 500 or 429 rehearse a failing receiver.</source>
        <translation>Jede Anfrage mit diesem HTTP-Status beantworten, 200 bis 599 (Standard: 200): 500 oder 429 simulieren einen fehlerhaften Empfänger.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait this many milliseconds before answering, 0 to 120000 (default 0): longer than the sender&apos;s timeout rehearses a timeout.</source>
        <translation>So viele Millisekunden vor dem Antworten warten, 0 bis 120000 (Standard: 0): Länger als die Zeitüberschreitung des Senders simuliert eine Zeitüberschreitung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The delivery of REF to start from: its payload and request headers, as recorded.</source>
        <translation>Die Zustellung von REF, von der ausgegangen wird: ihre Payload und Anfrage-Header, wie aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the bytes of F as the payload, exactly as they are (- for standard input).</source>
        <translation>Die Bytes von F unverändert als Payload senden (- für die Standardeingabe).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set request header K to V: it replaces the header of that name (in any case) or is added. &apos;K:&apos; with no value removes it. Give it once per header. Signature headers, Content-Length and Host are made when sending.</source>
        <translation>Den Anfrage-Header K auf V setzen: Er ersetzt den Header dieses Namens (unabhängig von Groß-/Kleinschreibung) oder wird hinzugefügt. &apos;K:&apos; ohne Wert entfernt ihn. Einmal pro Header angeben. Signatur-Header, Content-Length und Host werden beim Senden erzeugt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send it without signature headers (to see the receiver refuse it).</source>
        <translation>Ohne Signatur-Header senden (um zu sehen, dass der Empfänger die Anfrage ablehnt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign it with a made-up secret, kept nowhere (to see the receiver refuse it).</source>
        <translation>Mit einem ausgedachten, nirgends aufbewahrten Secret signieren (um zu sehen, dass der Empfänger die Anfrage ablehnt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the signature headers in the file. Left out by default: with them, whoever reads the file can replay the deliveries to receivers that check signatures.</source>
        <translation>Die Signatur-Header in der Datei behalten. Standardmäßig weggelassen: Mit ihnen kann jeder, der die Datei liest, die Zustellungen erneut an Empfänger senden, die Signaturen prüfen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>python (default), node or go.</source>
        <translation>python (Standard), node oder go.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>pulumi-yaml: a Pulumi YAML program.</source>
        <translation>pulumi-yaml: ein Pulumi-YAML-Programm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>har (HTTP Archive 1.2: browser dev tools and HTTP tools read it), jsonl (JSON Lines: one delivery per line, every field) or csv (one row per delivery, for spreadsheets; it cannot be imported).</source>
        <translation>har (HTTP Archive 1.2: lesbar für Browser-Entwicklerwerkzeuge und HTTP-Tools), jsonl (JSON Lines: eine Zustellung pro Zeile, alle Felder) oder csv (eine Zeile pro Zustellung, für Tabellenkalkulationen; nicht importierbar).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send it to URL (http:// or https://) instead of the webhook&apos;s payload URL.</source>
        <translation>An URL (http:// oder https://) statt an die Payload-URL des Webhooks senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the webhook&apos;s secret from standard input, when a teammate set it and your keychain lacks it (checked, then kept in your keychain).</source>
        <translation>Das Secret des Webhooks von der Standardeingabe lesen, wenn ein Teammitglied es festgelegt hat und es in Ihrem Schlüsselbund fehlt (wird geprüft und dann in Ihrem Schlüsselbund aufbewahrt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to FILE (it appears whole when the export succeeds, and not at all when it fails) instead of standard output.</source>
        <translation>In FILE schreiben (die Datei erscheint vollständig, wenn der Export gelingt, und gar nicht, wenn er fehlschlägt) statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Create a webhook.</source>
        <translation>Einen Webhook erstellen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>List webhooks: every one, an organization&apos;s (its stacks&apos; and environments&apos; too), or one stack&apos;s or environment&apos;s.</source>
        <translation>Webhooks auflisten: alle, die einer Organisation (auch die ihrer Stacks und Umgebungen) oder die eines Stacks bzw. einer Umgebung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show one webhook.</source>
        <translation>Einen Webhook anzeigen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change a webhook; what is not given stays.</source>
        <translation>Einen Webhook ändern; was nicht angegeben wird, bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replace the signing secret with the one read from standard input. For the overlap the previous secret stays in your keychain and deliveries carry a signature for each (Standard Webhooks and Stripe-style; Pulumi and GitHub carry one, made with the new secret); then the previous secret leaves the keychain.</source>
        <translation>Das Signatur-Secret durch das von der Standardeingabe gelesene ersetzen. Während der Überlappung bleibt das vorherige Secret in Ihrem Schlüsselbund, und Zustellungen tragen für jedes eine Signatur (Standard Webhooks und Stripe-Stil; Pulumi und GitHub tragen eine, erstellt mit dem neuen Secret); danach wird das vorherige Secret aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print a function that checks the webhook&apos;s signatures on the receiver&apos;s side, for its signature scheme, using only the language&apos;s standard library and a constant-time comparison: verify_webhook (Python), verifyWebhook (Node.js) or VerifyWebhook (Go).</source>
        <translation>Eine Funktion ausgeben, die die Signaturen des Webhooks auf der Empfängerseite für sein Signaturverfahren prüft, nur mit der Standardbibliothek der Sprache und einem Vergleich in konstanter Zeit: verify_webhook (Python), verifyWebhook (Node.js) oder VerifyWebhook (Go).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete a webhook, its secret and its delivery history.</source>
        <translation>Einen Webhook, sein Secret und seinen Zustellverlauf löschen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send Pulumi&apos;s signed ping and print the delivery; exit 1 when it failed. A secret a teammate set, not yet in your keychain: exit 5, or give it with --secret-stdin (checked, then kept in your keychain).</source>
        <translation>Den signierten Ping von Pulumi senden und die Zustellung ausgeben; Exit-Code 1, wenn sie fehlgeschlagen ist. Ein Secret, das ein Teammitglied festgelegt hat und das noch nicht in Ihrem Schlüsselbund ist: Exit-Code 5, oder geben Sie es mit --secret-stdin an (wird geprüft und dann in Ihrem Schlüsselbund aufbewahrt).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send a realistic sample of EVENT in the webhook&apos;s format, signed and recorded like a ping, with its Pulumi-Webhook-Kind; exit 1 when it failed. An event the webhook&apos;s groups and filters exclude is refused (exit 2).</source>
        <translation>Ein realistisches Beispiel von EVENT im Format des Webhooks senden, signiert und wie ein Ping aufgezeichnet, mit seinem Pulumi-Webhook-Kind; Exit-Code 1, wenn es fehlgeschlagen ist. Ein Ereignis, das die Gruppen und Filter des Webhooks ausschließen, wird abgelehnt (Exit-Code 2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy a webhook to another organization, to the same stack or environment and name: one of this console&apos;s to a Pulumi Cloud organization (its secret goes along, read from your keychain, unless --without-secrets), or one of Pulumi Cloud&apos;s to a local organization (without its secret: Pulumi never gives it out). A webhook of that name already there is left as it is (exit 4).</source>
        <translation>Einen Webhook in eine andere Organisation kopieren, zum gleichen Stack bzw. zur gleichen Umgebung und unter gleichem Namen: einen dieser Konsole in eine Organisation von Pulumi Cloud (sein Secret wird mitgenommen, gelesen aus Ihrem Schlüsselbund, außer mit --without-secrets) oder einen von Pulumi Cloud in eine lokale Organisation (ohne sein Secret: Pulumi gibt es nie heraus). Ein dort bereits vorhandener Webhook dieses Namens bleibt unverändert (Exit-Code 4).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write the webhooks (every one, an organization&apos;s, or one stack&apos;s or environment&apos;s) as a Pulumi YAML program, one pulumiservice:Webhook each. Secrets are never written: the program reads them from secret config, and the “pulumi config set --secret” commands to run are printed on standard error.</source>
        <translation>Die Webhooks (alle, die einer Organisation oder die eines Stacks bzw. einer Umgebung) als Pulumi-YAML-Programm schreiben, je ein pulumiservice:Webhook. Secrets werden nie geschrieben: Das Programm liest sie aus der Secret-Konfiguration, und die auszuführenden „pulumi config set --secret“-Befehle werden auf der Standardfehlerausgabe ausgegeben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Manage the webhooks of ORG in Pulumi Cloud: checks the token (who it belongs to, membership of ORG) and keeps it in the OS keychain only. Every webhook and delivery command then works on ORG through Pulumi&apos;s REST API. A refused token: exit 5.</source>
        <translation>Die Webhooks von ORG in Pulumi Cloud verwalten: prüft das Token (wem es gehört, Mitgliedschaft in ORG) und bewahrt es nur im Schlüsselbund des Betriebssystems auf. Jeder Webhook- und Zustellungsbefehl arbeitet dann über die REST-API von Pulumi mit ORG. Ein abgelehntes Token: Exit-Code 5.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stop managing ORG of Pulumi Cloud here: forgets its archived deliveries and, when no other organization uses it, the token. Nothing changes in Pulumi Cloud.</source>
        <translation>ORG von Pulumi Cloud hier nicht mehr verwalten: vergisst die archivierten Zustellungen und, wenn keine andere Organisation es verwendet, das Token. In Pulumi Cloud ändert sich nichts.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>List the organizations: this console&apos;s own, and Pulumi Cloud&apos;s with their API URL.</source>
        <translation>Die Organisationen auflisten: die eigenen dieser Konsole und die von Pulumi Cloud mit ihrer API-URL.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a stack (and its organization).</source>
        <translation>Einen Stack (und seine Organisation) hinzufügen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List the stacks: every organization&apos;s, or one&apos;s.</source>
        <translation>Die Stacks auflisten: die aller Organisationen oder die einer einzelnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove a stack with its webhooks, their secrets and their history.</source>
        <translation>Einen Stack mit seinen Webhooks, deren Secrets und deren Verlauf entfernen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the stacks “pulumi stack ls --json” printed to FILE (- for standard input). Names of the form project/stack belong to --org; bare stack names need --project. All or nothing.</source>
        <translation>Die Stacks hinzufügen, die „pulumi stack ls --json“ in FILE ausgegeben hat (- für die Standardeingabe). Namen der Form Projekt/Stack gehören zu --org; bloße Stack-Namen erfordern --project. Alles oder nichts.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a Pulumi ESC environment (and its organization).</source>
        <translation>Eine Pulumi-ESC-Umgebung (und ihre Organisation) hinzufügen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List the environments: every organization&apos;s, or one&apos;s.</source>
        <translation>Die Umgebungen auflisten: die aller Organisationen oder die einer einzelnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove an environment with its webhooks, their secrets and their history.</source>
        <translation>Eine Umgebung mit ihren Webhooks, deren Secrets und deren Verlauf entfernen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>List a webhook&apos;s deliveries, newest first.</source>
        <translation>Die Zustellungen eines Webhooks auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show one delivery: request and response in full.</source>
        <translation>Eine Zustellung anzeigen: Anfrage und Antwort vollständig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resend a delivery&apos;s payload unchanged, signed with the webhook&apos;s current secret, as a new delivery linked to it; or do so for every failed delivery of a webhook that matches the filters. Exit 1 when a redelivery failed.</source>
        <translation>Die Payload einer Zustellung unverändert erneut senden, signiert mit dem aktuellen Secret des Webhooks, als neue, mit ihr verknüpfte Zustellung; oder dies für jede fehlgeschlagene Zustellung eines Webhooks tun, die zu den Filtern passt. Exit-Code 1, wenn eine erneute Zustellung fehlgeschlagen ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit and send: send a copy of delivery ID of webhook REF, with the changes given, as a new delivery (a new message id) linked to it, signed afresh with the webhook&apos;s scheme and current secret unless --unsigned or --wrong-secret; print it like “delivery get”. Exit 1 when it failed. It is no redelivery of the original&apos;s event.</source>
        <translation>Bearbeiten und senden: eine Kopie der Zustellung ID des Webhooks REF mit den angegebenen Änderungen als neue, mit ihr verknüpfte Zustellung (mit neuer Nachrichten-ID) senden, neu signiert mit dem Verfahren und dem aktuellen Secret des Webhooks, außer mit --unsigned oder --wrong-secret; sie wie „delivery get“ ausgeben. Exit-Code 1, wenn sie fehlgeschlagen ist. Dies ist keine erneute Zustellung des ursprünglichen Ereignisses.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Write a webhook&apos;s deliveries that match the filters, oldest first, request and response in full, to standard output or FILE. Without --include-signatures the signature headers are left out. Progress goes to standard error when it is a terminal.</source>
        <translation>Die Zustellungen eines Webhooks, die zu den Filtern passen, älteste zuerst, mit vollständiger Anfrage und Antwort auf die Standardausgabe oder in FILE schreiben. Ohne --include-signatures werden die Signatur-Header weggelassen. Der Fortschritt wird auf der Standardfehlerausgabe angezeigt, wenn diese ein Terminal ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add the deliveries of FILE (- for standard input) to the history of webhook REF, all or none: a HAR file (this console&apos;s export, exactly, or another tool&apos;s) or JSON Lines (“delivery export --format jsonl”). A file with a mistake imports nothing (exit 2; the message names the line or entry). Pulumi Cloud&apos;s webhooks refuse: their history is Pulumi&apos;s.</source>
        <translation>Die Zustellungen aus FILE (- für die Standardeingabe) dem Verlauf des Webhooks REF hinzufügen, alle oder keine: eine HAR-Datei (der unveränderte Export dieser Konsole oder der eines anderen Tools) oder JSON Lines („delivery export --format jsonl“). Aus einer Datei mit einem Fehler wird nichts importiert (Exit-Code 2; die Meldung nennt die Zeile oder den Eintrag). Webhooks von Pulumi Cloud lehnen ab: Ihr Verlauf gehört Pulumi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Receive webhooks in the terminal, as the window&apos;s Receiver page does: listen on 127.0.0.1, take in any request, check its signature against --webhook REF and answer as told, until interrupted (Ctrl+C or SIGTERM: exit 0). One line per request on standard output: time, method, path, body size, verdict (valid, with which secret; invalid, and why; unsigned; not checked) and the status answered. With --json, one JSON object per request and line (JSON Lines). Each request is also kept in the database, for the window&apos;s Receiver page. A port in use: exit 2.</source>
        <translation>Webhooks im Terminal empfangen, wie es die Seite „Empfänger“ der grafischen Anwendung tut: auf 127.0.0.1 lauschen, jede Anfrage annehmen, ihre Signatur anhand von --webhook REF prüfen und wie angegeben antworten, bis zur Unterbrechung (Ctrl+C oder SIGTERM: Exit-Code 0). Eine Zeile pro Anfrage auf der Standardausgabe: Zeit, Methode, Pfad, Body-Größe, Ergebnis (gültig, mit welchem Secret; ungültig, und warum; unsigniert; nicht geprüft) und der geantwortete Status. Mit --json ein JSON-Objekt pro Anfrage und Zeile (JSON Lines). Jede Anfrage wird außerdem in der Datenbank gespeichert, für die Seite „Empfänger“ der grafischen Anwendung. Ein belegter Port: Exit-Code 2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keep the password of the PostgreSQL database (--database or $WEBHOOK_CONSOLE_DATABASE, a URL without a password) in your keychain, after checking that it connects; the URL then works without it.</source>
        <translation>Das Passwort der PostgreSQL-Datenbank (--database oder $WEBHOOK_CONSOLE_DATABASE, eine URL ohne Passwort) in Ihrem Schlüsselbund aufbewahren, nachdem geprüft wurde, dass die Verbindung funktioniert; die URL funktioniert dann ohne Passwort.</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>“%1” is not a webhook reference; use ORG/NAME, ORG/PROJECT/STACK/NAME or ORG/PROJECT/env:ENV/NAME.</source>
        <translation>„%1“ ist keine Webhook-Referenz; verwenden Sie ORG/NAME, ORG/PROJECT/STACK/NAME oder ORG/PROJECT/env:ENV/NAME.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” is not an environment; use ORG/PROJECT/ENV.</source>
        <translation>„%1“ ist keine Umgebung; verwenden Sie ORG/PROJECT/ENV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a stack; use ORG/PROJECT/STACK.</source>
        <translation>„%1“ ist kein Stack; verwenden Sie ORG/PROJECT/STACK.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--project, --stack and --env need --org: give the organization.</source>
        <translation>--project, --stack und --env erfordern --org: Geben Sie die Organisation an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required: give --org ORG.</source>
        <translation>Erforderlich: Geben Sie --org ORG an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A webhook belongs to a stack or to an environment: give --stack or --env, not both.</source>
        <translation>Ein Webhook gehört zu einem Stack oder zu einer Umgebung: Geben Sie --stack oder --env an, nicht beides.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--project needs --stack (a stack webhook) or --env (an environment webhook).</source>
        <translation>--project erfordert --stack (ein Stack-Webhook) oder --env (ein Umgebungs-Webhook).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An environment webhook needs both --project and --env.</source>
        <translation>Ein Umgebungs-Webhook erfordert sowohl --project als auch --env.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stack webhook needs both --project and --stack.</source>
        <translation>Ein Stack-Webhook erfordert sowohl --project als auch --stack.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>“%1” is not an ISO 8601 date-time; write for example 2026-11-01T00:00:00Z.</source>
        <translation>„%1“ ist keine Datums- und Zeitangabe nach ISO 8601; schreiben Sie zum Beispiel 2026-11-01T00:00:00Z.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a positive whole number.</source>
        <translation>„%1“ ist keine positive ganze Zahl.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give --failed or --succeeded, not both.</source>
        <translation>Geben Sie --failed oder --succeeded an, nicht beides.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not an event kind; use one of: %2.</source>
        <translation>„%1“ ist keine Ereignisart; verwenden Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The time range is empty: --since is later than --until.</source>
        <translation>Der Zeitraum ist leer: --since liegt nach --until.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the text to search for.</source>
        <translation>Geben Sie den Suchtext an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give a %1 command: %2.</source>
        <translation>Geben Sie einen Befehl für %1 an: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1 %2” is not a command; %1 commands are: %3.</source>
        <translation>„%1 %2“ ist kein Befehl; die Befehle für %1 sind: %3.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“%1” is not a port: give a number from 1 to 65535, or 0 to let the system pick a free one.</source>
        <translation>„%1“ ist kein Port: Geben Sie eine Zahl von 1 bis 65535 an oder 0, damit das System einen freien Port wählt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a status to answer: give a number from 200 to 599.</source>
        <translation>„%1“ ist kein Status für die Antwort: Geben Sie eine Zahl von 200 bis 599 an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a delay: give milliseconds, from 0 to %2.</source>
        <translation>„%1“ ist keine Verzögerung: Geben Sie Millisekunden an, von 0 bis %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Required: give --from ID, the delivery to start from (“webhookctl delivery list REF” shows them).</source>
        <translation>Erforderlich: Geben Sie mit --from ID die Zustellung an, von der ausgegangen wird („webhookctl delivery list REF“ zeigt sie an).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the delivery&apos;s ID.</source>
        <translation>Geben Sie die ID der Zustellung an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the file to read the payload from (- for standard input).</source>
        <translation>Geben Sie die Datei an, aus der die Payload gelesen wird (- für die Standardeingabe).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a header: write &apos;Name: value&apos; (or &apos;Name:&apos; to remove it).</source>
        <translation>„%1“ ist kein Header: Schreiben Sie &apos;Name: value&apos; (oder &apos;Name:&apos;, um ihn zu entfernen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The value of %1 holds a control character (a line break?): a header is one line.</source>
        <translation>Der Wert von %1 enthält ein Steuerzeichen (einen Zeilenumbruch?): Ein Header besteht aus genau einer Zeile.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is made when sending: signature headers as --unsigned and --wrong-secret say, Content-Length and Host from the request.</source>
        <translation>%1 wird beim Senden erzeugt: Signatur-Header gemäß --unsigned und --wrong-secret, Content-Length und Host aus der Anfrage.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give --unsigned or --wrong-secret, not both.</source>
        <translation>Geben Sie --unsigned oder --wrong-secret an, nicht beides.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Standard input can hold the secret or the payload, not both: give the payload in a file.</source>
        <translation>Die Standardeingabe kann das Secret oder die Payload enthalten, nicht beides: Geben Sie die Payload in einer Datei an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1 sends no signature made with the webhook&apos;s secret: leave out --secret-stdin.</source>
        <translation>--%1 sendet keine mit dem Secret des Webhooks erstellte Signatur: Lassen Sie --secret-stdin weg.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Required: give --format har, jsonl or csv.</source>
        <translation>Erforderlich: Geben Sie --format har, jsonl oder csv an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not an export format; use har (HTTP Archive), jsonl (JSON Lines) or csv.</source>
        <translation>„%1“ ist kein Exportformat; verwenden Sie har (HTTP Archive), jsonl (JSON Lines) oder csv.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+559"/>
        <source>Enter the file to write.</source>
        <translation>Geben Sie die zu schreibende Datei an.</translation>
    </message>
    <message>
        <location line="-541"/>
        <source>“%1” is not a signature scheme; use one of: %2.</source>
        <translation>„%1“ ist kein Signaturverfahren; verwenden Sie eines der folgenden: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give --active or --inactive, not both.</source>
        <translation>Geben Sie --active oder --inactive an, nicht beides.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give --secret-stdin or --remove-secret, not both.</source>
        <translation>Geben Sie --secret-stdin oder --remove-secret an, nicht beides.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Usage: %1 %2 </source>
        <translation>Aufruf: %1 %2 </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[--database PATH] [--json]</source>
        <translation>[--database PATH] [--json]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>REF is ORG/NAME for an organization webhook, ORG/PROJECT/STACK/NAME for a stack webhook and ORG/PROJECT/env:ENV/NAME for an environment webhook.</source>
        <translation>REF ist ORG/NAME für einen Organisations-Webhook, ORG/PROJECT/STACK/NAME für einen Stack-Webhook und ORG/PROJECT/env:ENV/NAME für einen Umgebungs-Webhook.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ID is a delivery&apos;s number, as `delivery list` shows it.
</source>
        <translation>ID ist die Nummer einer Zustellung, wie `delivery list` sie anzeigt.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request starts as delivery ID was sent: its payload and its request headers as recorded. --payload-file replaces the payload; each --header replaces, adds or removes one header. For example:</source>
        <translation>Die Anfrage beginnt so, wie Zustellung ID gesendet wurde: mit ihrer Payload und ihren Anfrage-Headern, wie aufgezeichnet. --payload-file ersetzt die Payload; jedes --header ersetzt, ergänzt oder entfernt einen Header. Zum Beispiel:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A line per request, for example:</source>
        <translation>Eine Zeile pro Anfrage, zum Beispiel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  2026-11-29T21:03:04.120Z  POST /  312 bytes  valid: current secret  200
</source>
        <extracomment>An example of the lines `receive` prints: its words as those lines say them (&quot;%n byte(s)&quot;, &quot;valid: current secret&quot;).</extracomment>
        <translation>  2026-11-29T21:03:04.120Z  POST /  312 Bytes  gültig: aktuelles Secret  200
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Point a webhook&apos;s payload URL at the address printed on standard error (“webhookctl webhook edit REF --payload-url URL”) and ping it.</source>
        <translation>Richten Sie die Payload-URL eines Webhooks auf die Adresse, die in der Standardfehlerausgabe erscheint („webhookctl webhook edit REF --payload-url URL“), und senden Sie einen Test-Ping.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>EVENT, by scope (a stack has no stack_created or stack_deleted; an environment has only the environments and change_requests groups):
</source>
        <translation>EVENT, nach Bereich (ein Stack hat kein stack_created oder stack_deleted; eine Umgebung hat nur die Gruppen environments und change_requests):
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Options:
</source>
        <translation>Optionen:
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global options:
</source>
        <translation>Globale Optionen:
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage: %1 [--database PATH] [--json] COMMAND …

Manage Webhook Console&apos;s organization, stack and environment webhooks from a shell: the
same database and OS keychain as the window.

Commands:
</source>
        <translation>Aufruf: %1 [--database PATH] [--json] COMMAND …

Verwaltet die Organisations-, Stack- und Umgebungs-Webhooks von Webhook Console
in einer Shell: dieselbe Datenbank und derselbe Schlüsselbund des Systems wie
im Fenster.

Befehle:
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Global options (before or after the command):
</source>
        <translation>Globale Optionen (vor oder nach dem Befehl):
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  The window&apos;s default database here: %1
</source>
        <translation>  Standarddatenbank des Fensters hier: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REF is ORG/NAME for an organization webhook, ORG/PROJECT/STACK/NAME for a stack webhook and
ORG/PROJECT/env:ENV/NAME for an environment webhook.
A secret is read from standard input only (--secret-stdin), never from an argument.

Exit status:
  0  success
  1  a delivery failed (non-2xx status or no response; it is printed and stored)
  2  invalid usage or input (standard error names the field and why)
  3  not found
  4  already exists (the name is taken in that scope)
  5  keychain unavailable, or it lacks a secret a teammate set (--secret-stdin), or Pulumi Cloud refused the access token
  6  storage error, or Pulumi Cloud unreachable or failing (5xx)
  7  changed by someone else meanwhile; nothing was saved

Run “%1 COMMAND --help” for a command&apos;s options.
</source>
        <translation>REF ist ORG/NAME für einen Organisations-Webhook, ORG/PROJECT/STACK/NAME für
einen Stack-Webhook und ORG/PROJECT/env:ENV/NAME für einen Umgebungs-Webhook.
Ein Secret wird nur aus der Standardeingabe gelesen (--secret-stdin), nie aus
einem Argument.

Exit-Status:
  0  Erfolg
  1  eine Zustellung ist fehlgeschlagen (Status außerhalb von 2xx oder keine
     Antwort; sie wird ausgegeben und gespeichert)
  2  ungültige Verwendung oder Eingabe (die Standardfehlerausgabe nennt das Feld
     und den Grund)
  3  nicht gefunden
  4  existiert bereits (der Name ist in diesem Bereich vergeben)
  5  Schlüsselbund nicht verfügbar, oder ihm fehlt ein Secret, das ein
     Teammitglied gesetzt hat (--secret-stdin), oder Pulumi Cloud hat das
     Zugriffstoken abgelehnt
  6  Speicherfehler, oder Pulumi Cloud nicht erreichbar oder fehlerhaft (5xx)
  7  zwischenzeitlich von jemand anderem geändert; es wurde nichts gespeichert

Die Optionen eines Befehls zeigt „%1 COMMAND --help“.
</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Enter the database path.</source>
        <translation>Geben Sie den Pfad der Datenbank an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give a command; “webhookctl --help” lists them.</source>
        <translation>Geben Sie einen Befehl an; „webhookctl --help“ listet sie auf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1 …”</source>
        <translation>„%1 …“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a command; use %2 or %3.</source>
        <translation>„%1“ ist kein Befehl; verwenden Sie %2 oder %3.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--%1 is not an option of “%2”; see “webhookctl %2 --help”.</source>
        <translation>--%1 ist keine Option von „%2“; siehe „webhookctl %2 --help“.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Required: give the %1.</source>
        <translation>Erforderlich: Geben Sie %1 an.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter the file to read (- for standard input).</source>
        <translation>Geben Sie die zu lesende Datei an (- für die Standardeingabe).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unexpected argument “%1” after “%2”.</source>
        <translation>Unerwartetes Argument „%1“ nach „%2“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Required: give --display-name TEXT.</source>
        <translation>Erforderlich: Geben Sie --display-name TEXT an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required: give --payload-url URL.</source>
        <translation>Erforderlich: Geben Sie --payload-url URL an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to change: give at least one option; see “webhookctl webhook edit --help”.</source>
        <translation>Nichts zu ändern: Geben Sie mindestens eine Option an; siehe „webhookctl webhook edit --help“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--%1 filters --all-failed; it does not apply to one delivery ID.</source>
        <translation>--%1 filtert --all-failed; es gilt nicht für eine einzelne Zustellungs-ID.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Required: give the new secret on standard input with --secret-stdin.</source>
        <translation>Erforderlich: Geben Sie das neue Secret mit --secret-stdin über die Standardeingabe an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a duration: write 24h, 90m, 7d, 1h30m or 0.</source>
        <translation>„%1“ ist keine Dauer: Schreiben Sie 24h, 90m, 7d, 1h30m oder 0.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Required: give the password on standard input with --secret-stdin.</source>
        <translation>Erforderlich: Geben Sie das Passwort mit --secret-stdin über die Standardeingabe an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Required: give --event EVENT.</source>
        <translation>Erforderlich: Geben Sie --event EVENT an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not one of Pulumi&apos;s event names (update_failed, deployment_succeeded, …: see “webhookctl webhook send --help”); for a ping, use “webhook ping”.</source>
        <translation>„%1“ ist keiner der Ereignisnamen von Pulumi (update_failed, deployment_succeeded, …: siehe „webhookctl webhook send --help“); für einen Ping verwenden Sie „webhook ping“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not an event of organization webhooks; they have: %2.</source>
        <translation>„%1“ ist kein Ereignis von Organisations-Webhooks; diese haben: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not an event of stack webhooks; they have: %2.</source>
        <translation>„%1“ ist kein Ereignis von Stack-Webhooks; diese haben: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not an event of environment webhooks; they have: %2.</source>
        <translation>„%1“ ist kein Ereignis von Umgebungs-Webhooks; diese haben: %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Required: give --org ORG, the organization “pulumi stack ls” shows project/stack names for.</source>
        <translation>Erforderlich: Geben Sie --org ORG an, die Organisation, für die „pulumi stack ls“ Projekt-/Stack-Namen anzeigt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Required: give --to ORG.</source>
        <translation>Erforderlich: Geben Sie --to ORG an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The webhook is in %1 already: give another organization.</source>
        <translation>Der Webhook ist bereits in %1: Geben Sie eine andere Organisation an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give --format pulumi-yaml (a Pulumi YAML program).</source>
        <translation>Geben Sie --format pulumi-yaml an (ein Pulumi-YAML-Programm).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“%1” is not a language of the snippets; use one of: %2.</source>
        <translation>„%1“ ist keine Sprache der Snippets; verwenden Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.cpp" line="+68"/>
        <source>Only a PostgreSQL database (a postgresql:// URL) has a password to keep.</source>
        <translation>Nur eine PostgreSQL-Datenbank (eine postgresql://-URL) hat ein Passwort, das aufbewahrt werden kann.</translation>
    </message>
    <message>
        <location filename="../../app/cli/SecretInput.cpp" line="+37"/>
        <source>Secret (not shown): </source>
        <translation>Secret (wird nicht angezeigt): </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot read standard input: %1</source>
        <translation>Die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Standard input is longer than any secret (at most %1 characters).</source>
        <translation>Die Standardeingabe ist länger als jedes Secret (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Standard input held no secret; pipe it in, for example `printf %s &quot;$SECRET&quot; | webhookctl … --secret-stdin`.</source>
        <translation>Die Standardeingabe enthielt kein Secret; leiten Sie es per Pipe weiter, zum Beispiel `printf %s &quot;$SECRET&quot; | webhookctl … --secret-stdin`.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secret on standard input is not UTF-8 text.</source>
        <translation>Das Secret in der Standardeingabe ist kein UTF-8-Text.</translation>
    </message>
</context>
</TS>
