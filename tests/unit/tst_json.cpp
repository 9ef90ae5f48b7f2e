#include "Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace wc;

namespace {
Webhook sampleWebhook(const Scope &scope)
{
    Webhook w;
    w.scope = scope;
    w.name = QStringLiteral("deploys");
    w.displayName = QStringLiteral("Deploys to Slack");
    w.payloadUrl = QStringLiteral("https://hooks.slack.com/services/T/B/x");
    w.format = QStringLiteral("slack");
    w.filters = {QStringLiteral("update_failed"), QStringLiteral("destroy_failed")};
    w.groups = {QStringLiteral("deployments")};
    w.active = false;
    w.hasSecret = true;
    w.createdAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    w.updatedAt = w.createdAt;
    return w;
}

/// How a script reading the JSON sees the value.
QByteArray asText(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}
} // namespace

// wc::toJson and wc::deliveryIdToJson: Pulumi's REST field names, as webhookctl prints them.
class TestJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void webhookWithRestFieldNames_data()
    {
        QTest::addColumn<bool>("stack");
        QTest::newRow("organization webhook") << false;
        QTest::newRow("stack webhook") << true;
    }
    void webhookWithRestFieldNames()
    {
        QFETCH(bool, stack);
        const Scope scope = stack ? Scope::stackScope(QStringLiteral("acme"), QStringLiteral("web"),
                                                      QStringLiteral("prod"))
                                  : Scope::organizationScope(QStringLiteral("acme"));
        const QJsonObject json = toJson(sampleWebhook(scope));

        QJsonObject expected{
            {QStringLiteral("organizationName"), QStringLiteral("acme")},
            {QStringLiteral("name"), QStringLiteral("deploys")},
            {QStringLiteral("displayName"), QStringLiteral("Deploys to Slack")},
            {QStringLiteral("payloadUrl"),
             QStringLiteral("https://hooks.slack.com/services/T/B/x")},
            {QStringLiteral("format"), QStringLiteral("slack")},
            {QStringLiteral("filters"),
             QJsonArray{QStringLiteral("update_failed"), QStringLiteral("destroy_failed")}},
            {QStringLiteral("groups"), QJsonArray{QStringLiteral("deployments")}},
            {QStringLiteral("active"), false},
            {QStringLiteral("hasSecret"), true},
            // The console's own: how deliveries are signed (Pulumi's scheme by default).
            {QStringLiteral("signature"), QStringLiteral("pulumi")},
            // Times in ISO 8601 UTC; who and the version only where the backend records them.
            {QStringLiteral("createdAt"), QStringLiteral("2023-11-14T22:13:20.000Z")},
            {QStringLiteral("updatedAt"), QStringLiteral("2023-11-14T22:13:20.000Z")},
        };
        if (stack) {
            expected.insert(QStringLiteral("projectName"), QStringLiteral("web"));
            expected.insert(QStringLiteral("stackName"), QStringLiteral("prod"));
        }
        QCOMPARE(json.keys(), expected.keys());
        for (const QString &key : expected.keys())
            QVERIFY2(json.value(key) == expected.value(key),
                     qPrintable(key + QStringLiteral(": ") + asText(json.value(key)) +
                                QStringLiteral(" instead of ") + asText(expected.value(key))));

        // A backend that records who did what, and versions: they are there too.
        Webhook recorded = sampleWebhook(scope);
        recorded.version = 3;
        recorded.createdBy = QStringLiteral("ana");
        recorded.updatedBy = QStringLiteral("bea@build-01");
        recorded.secretChangedBy = QStringLiteral("ana");
        recorded.secretChangedAt = recorded.createdAt;
        const QJsonObject who = toJson(recorded);
        QCOMPARE(who.value(u"version").toInteger(), 3);
        QCOMPARE(who.value(u"createdBy").toString(), QStringLiteral("ana"));
        QCOMPARE(who.value(u"updatedBy").toString(), QStringLiteral("bea@build-01"));
        QCOMPARE(who.value(u"secretChangedBy").toString(), QStringLiteral("ana"));
        QCOMPARE(who.value(u"secretChangedAt").toString(),
                 QStringLiteral("2023-11-14T22:13:20.000Z"));
        QVERIFY(json.value(QStringLiteral("active")).isBool());
        QVERIFY(json.value(QStringLiteral("hasSecret")).isBool());
        // Write-only in Pulumi's API: never a secret field of any kind.
        QVERIFY(!json.contains(QStringLiteral("secret")));
        for (const QString &key : json.keys())
            QVERIFY2(key == QStringLiteral("hasSecret") || !key.contains(u"ecret"),
                     qPrintable(key));
    }

    void emptyFiltersAndGroupsAreEmptyArrays()
    {
        Webhook w = sampleWebhook(Scope::organizationScope(QStringLiteral("acme")));
        w.filters.clear();
        w.groups.clear();
        w.hasSecret = false;
        const QJsonObject json = toJson(w);
        QVERIFY(json.value(QStringLiteral("filters")).isArray());
        QVERIFY(json.value(QStringLiteral("filters")).toArray().isEmpty());
        QVERIFY(json.value(QStringLiteral("groups")).isArray());
        QVERIFY(json.value(QStringLiteral("groups")).toArray().isEmpty());
        QCOMPARE(json.value(QStringLiteral("hasSecret")), QJsonValue(false));
    }

    void deliveryWithRestFieldNames()
    {
        Delivery d;
        d.id = QStringLiteral("12");
        d.webhook = WebhookRef{Scope::stackScope(QStringLiteral("acme"), QStringLiteral("web"),
                                                 QStringLiteral("prod")),
                               QStringLiteral("deploys")};
        d.uid = QStringLiteral("8f14e45f-ceea-467f-a8f0-3c6f5e2a0d11");
        d.kind = QStringLiteral("ping");
        d.payload = "{\"message\":\"\xf0\x9f\x8d\xb9 Just a friendly ping from Pulumi "
                    "\xf0\x9f\x8d\xb9\"}";
        // 1632735487.750 in UTC+02:00: Unix seconds do not depend on the zone.
        d.timestamp = QDateTime::fromMSecsSinceEpoch(1632735487750LL, QTimeZone(7200));
        d.durationMs = 87;
        d.requestUrl = QStringLiteral("https://example.com/hook");
        d.requestHeaders = QStringLiteral("Content-Type: application/json\r\nPulumi-Webhook-Kind: "
                                          "ping");
        d.responseCode = 502;
        d.responseHeaders = QStringLiteral("Content-Type: text/plain");
        d.responseBody = "mauvaise passerelle \xe2\x80\x94 r\xc3\xa9"
                         "essayez";
        d.responseTruncated = true;
        d.error = QStringLiteral("The receiver answered 502 Bad Gateway.");
        d.state = Delivery::State::Completed;

        const QJsonObject json = toJson(d);
        const QJsonObject expected{
            {QStringLiteral("id"), 12},
            {QStringLiteral("webhook"), QStringLiteral("acme/web/prod/deploys")},
            {QStringLiteral("kind"), QStringLiteral("ping")},
            {QStringLiteral("payload"),
             QStringLiteral("{\"message\":\"🍹 Just a friendly ping from Pulumi 🍹\"}")},
            {QStringLiteral("timestamp"), 1632735487},
            {QStringLiteral("duration"), 87},
            {QStringLiteral("requestUrl"), QStringLiteral("https://example.com/hook")},
            {QStringLiteral("requestHeaders"),
             QStringLiteral("Content-Type: application/json\r\nPulumi-Webhook-Kind: ping")},
            {QStringLiteral("responseCode"), 502},
            {QStringLiteral("responseHeaders"), QStringLiteral("Content-Type: text/plain")},
            {QStringLiteral("responseBody"), QStringLiteral("mauvaise passerelle — réessayez")},
            {QStringLiteral("responseTruncated"), true},
            {QStringLiteral("error"), QStringLiteral("The receiver answered 502 Bad Gateway.")},
            {QStringLiteral("redeliveryOf"), QJsonValue(QJsonValue::Null)},
        };
        QCOMPARE(json.keys(), expected.keys());
        for (const QString &key : expected.keys())
            QVERIFY2(json.value(key) == expected.value(key),
                     qPrintable(key + QStringLiteral(": ") + asText(json.value(key)) +
                                QStringLiteral(" instead of ") + asText(expected.value(key))));
        QVERIFY(json.value(QStringLiteral("id")).isDouble());
        QVERIFY(json.value(QStringLiteral("timestamp")).isDouble());
        // Present, and null: "not a redelivery".
        QVERIFY(json.contains(QStringLiteral("redeliveryOf")));
        QVERIFY(json.value(QStringLiteral("redeliveryOf")).isNull());
    }

    void redeliveryNamesItsOriginal()
    {
        Delivery d;
        d.id = QStringLiteral("13");
        d.redeliveryOf = QStringLiteral("12");
        QCOMPARE(asText(toJson(d).value(QStringLiteral("redeliveryOf"))), QByteArray("[12]"));

        d.id = QStringLiteral("b2c1f0e4-0000-4000-8000-000000000002");
        d.redeliveryOf = QStringLiteral("b2c1f0e4-0000-4000-8000-000000000001");
        const QJsonObject json = toJson(d);
        QCOMPARE(json.value(QStringLiteral("id")),
                 QJsonValue(QStringLiteral("b2c1f0e4-0000-4000-8000-000000000002")));
        QCOMPARE(json.value(QStringLiteral("redeliveryOf")),
                 QJsonValue(QStringLiteral("b2c1f0e4-0000-4000-8000-000000000001")));
    }

    void deliveryIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("12") << "12" << QByteArray("[12]");
        QTest::newRow("1") << "1" << QByteArray("[1]");
        QTest::newRow("largest exact double")
            << "9007199254740991" << QByteArray("[9007199254740991]");
        QTest::newRow("beyond a double")
            << "9007199254740993" << QByteArray(R"(["9007199254740993"])");
        QTest::newRow("leading zero") << "012" << QByteArray(R"(["012"])");
        QTest::newRow("plus sign") << "+12" << QByteArray(R"(["+12"])");
        QTest::newRow("spaces") << " 12" << QByteArray(R"([" 12"])");
        QTest::newRow("decimal point") << "12.0" << QByteArray(R"(["12.0"])");
        QTest::newRow("exponent") << "1e3" << QByteArray(R"(["1e3"])");
        QTest::newRow("short name") << "4b0d0671" << QByteArray(R"(["4b0d0671"])");
        QTest::newRow("uuid") << "4b0d0671-7c3e-4a5f-9d1e-2f8a6b0c9e12"
                              << QByteArray(R"(["4b0d0671-7c3e-4a5f-9d1e-2f8a6b0c9e12"])");
        QTest::newRow("empty") << "" << QByteArray("[null]");
    }
    void deliveryIds()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, json);
        QCOMPARE(asText(deliveryIdToJson(id)), json);
        Delivery d;
        d.id = id;
        QCOMPARE(asText(toJson(d).value(QStringLiteral("id"))), json);
    }
};

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
