// The start-up benchmark's baseline command (bench_startup): a bare QCoreApplication that opens
// the SQLite database given, runs the SELECT the console's webhook list runs, and prints the
// rows as a JSON array.

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    QJsonArray rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
        db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
        if (!db.open())
            return 1;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // WebhookRepository's list: each webhook with its scope and its newest delivery.
        if (!q.exec(QStringLiteral(
                "SELECT w.id, w.uid, o.name, COALESCE(s.project, e.project, ''),"
                " COALESCE(s.stack, ''), w.name, w.display_name, w.payload_url, w.format,"
                " w.event_filters, w.event_groups, w.active, w.has_secret, w.created_at,"
                " w.updated_at, d.id, d.response_code, d.error, d.status, d.started_at,"
                " COALESCE(e.environment, ''), w.version, w.created_by, w.updated_by,"
                " w.secret_fingerprint, w.secret_changed_by, w.secret_changed_at, w.signature,"
                " w.previous_secret_until FROM webhooks w"
                " JOIN organizations o ON o.id = w.organization_id"
                " LEFT JOIN stacks s ON s.id = w.stack_id"
                " LEFT JOIN environments e ON e.id = w.environment_id"
                " LEFT JOIN deliveries d ON d.id ="
                " (SELECT MAX(id) FROM deliveries WHERE webhook_id = w.id)"
                " ORDER BY o.name, w.name")))
            return 1;
        const QSqlRecord record = q.record();
        while (q.next()) {
            QJsonObject row;
            for (int i = 0; i < record.count(); ++i)
                row.insert(record.fieldName(i), QJsonValue::fromVariant(q.value(i)));
            rows.append(row);
        }
    }
    const QByteArray out = QJsonDocument(rows).toJson();
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return 0;
}
