<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <location filename="../../app/gui/Formatting.cpp" line="+38"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalBackend</name>
    <message numerus="yes">
        <location filename="../../app/core/local/LocalBackend.cpp" line="+1621"/>
        <source>Choose an overlap between none and %n days.</source>
        <translation>
            <numerusform>Choose an overlap between none and %n day.</numerusform>
            <numerusform>Choose an overlap between none and %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wc::cli::Runner</name>
    <message numerus="yes">
        <location filename="../../app/cli/Runner.cpp" line="+167"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+827"/>
        <source>%n of its webhooks were removed before it stopped.</source>
        <translation>
            <numerusform>%n of its webhooks was removed before it stopped.</numerusform>
            <numerusform>%n of its webhooks were removed before it stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Removed environment %1 and its %n webhook(s).
</source>
        <translation>
            <numerusform>Removed environment %1 and its webhook.
</numerusform>
            <numerusform>Removed environment %1 and its %n webhooks.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Removed stack %1 and its %n webhook(s).
</source>
        <translation>
            <numerusform>Removed stack %1 and its webhook.
</numerusform>
            <numerusform>Removed stack %1 and its %n webhooks.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+207"/>
        <source>redelivered %n event(s): %1 succeeded, %2 failed.</source>
        <translation>
            <numerusform>redelivered %n event: %1 succeeded, %2 failed.</numerusform>
            <numerusform>redelivered %n events: %1 succeeded, %2 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+128"/>
        <source>webhookctl: exported %1 of %n delivery(s)…</source>
        <translation>
            <numerusform>webhookctl: exported %1 of %n delivery…</numerusform>
            <numerusform>webhookctl: exported %1 of %n deliveries…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>Exported %n delivery(s) of %1 to %2.
</source>
        <translation>
            <numerusform>Exported %n delivery of %1 to %2.
</numerusform>
            <numerusform>Exported %n deliveries of %1 to %2.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Imported %n delivery(s) into %1.
</source>
        <translation>
            <numerusform>Imported %n delivery into %1.
</numerusform>
            <numerusform>Imported %n deliveries into %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+210"/>
        <source>Stopped after %n request(s).</source>
        <translation>
            <numerusform>Stopped after %n request.</numerusform>
            <numerusform>Stopped after %n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n request(s) could not be kept in the database in time.</source>
        <translation>
            <numerusform>%n request could not be kept in the database in time.</numerusform>
            <numerusform>%n requests could not be kept in the database in time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wc::gui::DeliveryHistoryPage</name>
    <message numerus="yes">
        <location filename="../../app/gui/DeliveryHistoryPage.cpp" line="+664"/>
        <source>Exported %Ln delivery(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln delivery to %1.</numerusform>
            <numerusform>Exported %Ln deliveries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>“%1” holds %Ln delivery(s). Add them to the history of “%2”? They are kept as they were recorded, requests and responses; nothing is sent.</source>
        <translation>
            <numerusform>“%1” holds %Ln delivery. Add it to the history of “%2”? It is kept as it was recorded, request and response; nothing is sent.</numerusform>
            <numerusform>“%1” holds %Ln deliveries. Add them to the history of “%2”? They are kept as they were recorded, requests and responses; nothing is sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Import %Ln delivery(s)</source>
        <translation>
            <numerusform>Import %Ln delivery</numerusform>
            <numerusform>Import %Ln deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Imported %Ln delivery(s) from “%1”.</source>
        <translation>
            <numerusform>Imported %Ln delivery from “%1”.</numerusform>
            <numerusform>Imported %Ln deliveries from “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+256"/>
        <source>%Ln matching delivery(s)</source>
        <translation>
            <numerusform>%Ln matching delivery</numerusform>
            <numerusform>%Ln matching deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln delivery(s)</source>
        <translation>
            <numerusform>%Ln delivery</numerusform>
            <numerusform>%Ln deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+457"/>
        <source>Redeliver %Ln failed event(s) that match the current filter to %1? Each is sent once more, from its original delivery; at most %2 are sent at once.</source>
        <translation>
            <numerusform>Redeliver %Ln failed event that matches the current filter to %1? It is sent once more, from its original delivery; at most %2 are sent at once.</numerusform>
            <numerusform>Redeliver %Ln failed events that match the current filter to %1? Each is sent once more, from its original delivery; at most %2 are sent at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Redeliver %Ln event(s)</source>
        <translation>
            <numerusform>Redeliver %Ln event</numerusform>
            <numerusform>Redeliver %Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Redelivering %1 of %Ln event(s)…</source>
        <translation>
            <numerusform>Redelivering %1 of %Ln event…</numerusform>
            <numerusform>Redelivering %1 of %Ln events…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Redelivered %1 of %Ln event(s)</source>
        <translation>
            <numerusform>Redelivered %1 of %Ln event</numerusform>
            <numerusform>Redelivered %1 of %Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Redelivery cancelled after %Ln event(s): %1 succeeded.</source>
        <translation>
            <numerusform>Redelivery cancelled after %Ln event: %1 succeeded.</numerusform>
            <numerusform>Redelivery cancelled after %Ln events: %1 succeeded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Redelivered %Ln event(s): %1 succeeded, %2 failed.</source>
        <translation>
            <numerusform>Redelivered %Ln event: %1 succeeded, %2 failed.</numerusform>
            <numerusform>Redelivered %Ln events: %1 succeeded, %2 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Removed %Ln delivery(s).</source>
        <translation>
            <numerusform>Removed %Ln delivery.</numerusform>
            <numerusform>Removed %Ln deliveries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wc::gui::EventTree</name>
    <message numerus="yes">
        <location filename="../../app/gui/EventTree.cpp" line="+39"/>
        <source>%1 (%n event(s))</source>
        <translation>
            <numerusform>%1 (%n event)</numerusform>
            <numerusform>%1 (%n events)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wc::gui::HistoryExportDialog</name>
    <message numerus="yes">
        <location filename="../../app/gui/HistoryExportDialog.cpp" line="+387"/>
        <source>Exported %1 of %Ln delivery(s)…</source>
        <translation>
            <numerusform>Exported %1 of %Ln delivery…</numerusform>
            <numerusform>Exported %1 of %Ln deliveries…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wc::gui::IntegrationsPage</name>
    <message numerus="yes">
        <location filename="../../app/gui/IntegrationsPage.cpp" line="+244"/>
        <source>%n configured</source>
        <translation>
            <numerusform>%n configured</numerusform>
            <numerusform>%n configured</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wc::gui::MainWindow</name>
    <message numerus="yes">
        <location filename="../../app/gui/MainWindowCloud.cpp" line="+259"/>
        <source>Wrote %n webhook(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n webhook to %1.</numerusform>
            <numerusform>Wrote %n webhooks to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/MainWindow.cpp" line="+814"/>
        <source>Imported %n stack(s) into %1.</source>
        <translation>
            <numerusform>Imported %n stack into %1.</numerusform>
            <numerusform>Imported %n stacks into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Remove the environment “%1” from %2? Its %n webhook(s) go with it, with their secrets in your keychain and their delivery histories.</source>
        <translation>
            <numerusform>Remove the environment “%1” from %2? Its webhook goes with it, with its secret in your keychain and its delivery history.</numerusform>
            <numerusform>Remove the environment “%1” from %2? Its %n webhooks go with it, with their secrets in your keychain and their delivery histories.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Remove the stack “%1” from %2? Its %n webhook(s) go with it, with their secrets in your keychain and their delivery histories.</source>
        <translation>
            <numerusform>Remove the stack “%1” from %2? Its webhook goes with it, with its secret in your keychain and its delivery history.</numerusform>
            <numerusform>Remove the stack “%1” from %2? Its %n webhooks go with it, with their secrets in your keychain and their delivery histories.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Removed %1 and its %n webhook(s).</source>
        <translation>
            <numerusform>Removed %1 and its webhook.</numerusform>
            <numerusform>Removed %1 and its %n webhooks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+200"/>
        <source>Removed %Ln delivery(s) past the retention period.</source>
        <translation>
            <numerusform>Removed %Ln delivery past the retention period.</numerusform>
            <numerusform>Removed %Ln deliveries past the retention period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wc::gui::PreferencesDialog</name>
    <message numerus="yes">
        <location filename="../../app/gui/PreferencesDialog.cpp" line="+36"/>
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wc::gui::ReceiverPage</name>
    <message numerus="yes">
        <location filename="../../app/gui/ReceiverPage.cpp" line="+999"/>
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wc::gui::RotateSecretDialog</name>
    <message numerus="yes">
        <location filename="../../app/gui/RotateSecretDialog.cpp" line="+128"/>
        <source> hour(s)</source>
        <translation>
            <numerusform> hour</numerusform>
            <numerusform> hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wc::gui::StackImportDialog</name>
    <message numerus="yes">
        <location filename="../../app/gui/StackImportDialog.cpp" line="+160"/>
        <source>%n stack(s) to add in %1.</source>
        <translation>
            <numerusform>%n stack to add in %1.</numerusform>
            <numerusform>%n stacks to add in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n organization(s) (%1)</source>
        <translation>
            <numerusform>%n organization (%1)</numerusform>
            <numerusform>%n organizations (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n stack(s) already here.</source>
        <translation>
            <numerusform>%n stack already here.</numerusform>
            <numerusform>%n stacks already here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&amp;Import %n stack(s)</source>
        <translation>
            <numerusform>&amp;Import %n stack</numerusform>
            <numerusform>&amp;Import %n stacks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wc::gui::VerifySnippetDialog</name>
    <message numerus="yes">
        <location filename="../../app/gui/VerifySnippetDialog.cpp" line="+59"/>
        <source>Deliveries of “%1” are signed with the %2 scheme. Your receiver reads the header(s) %3 and checks them against the raw body, byte for byte as received, with the webhook&apos;s secret.</source>
        <translation>
            <numerusform>Deliveries of “%1” are signed with the %2 scheme. Your receiver reads the header %3 and checks it against the raw body, byte for byte as received, with the webhook&apos;s secret.</numerusform>
            <numerusform>Deliveries of “%1” are signed with the %2 scheme. Your receiver reads the headers %3 and checks them against the raw body, byte for byte as received, with the webhook&apos;s secret.</numerusform>
        </translation>
    </message>
</context>
</TS>
