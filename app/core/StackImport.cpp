#include "StackImport.h"

#include "Validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace wc {

namespace {
/// The context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StackImport)
};

/// `org/project/stack` from a stack's console URL (`https://app.pulumi.com/org/project/stack`,
/// or a self-hosted console's), if it is one.
QStringList fromUrl(const QString &text)
{
    const QUrl url(text);
    if (!url.isValid() || url.scheme().isEmpty())
        return {};
    QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts);
    if (parts.size() != 3)
        return {};
    return parts;
}
} // namespace

StackImport StackImport::parse(const QByteArray &json, const QString &defaultOrganization,
                               const QString &defaultProject)
{
    StackImport out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        out.problems << Tr::tr("This is not JSON: %1 (at byte %2).")
                            .arg(error.errorString())
                            .arg(error.offset);
        return out;
    }
    if (!doc.isArray()) {
        out.problems << Tr::tr("Expected the array that “pulumi stack ls --json” prints.");
        return out;
    }
    int index = 0;
    for (const QJsonValue &value : doc.array()) {
        ++index;
        const QJsonObject entry = value.toObject();
        const QString name = entry.value(u"name").toString().trimmed();
        QStringList parts = fromUrl(entry.value(u"url").toString());
        if (parts.isEmpty()) {
            parts = name.split(u'/');
            if (parts.size() == 2)
                parts.prepend(defaultOrganization);
            else if (parts.size() == 1 && !defaultProject.isEmpty())
                parts = QStringList{defaultOrganization, defaultProject, parts.first()};
        }
        if (name.isEmpty() && parts.size() != 3) {
            out.problems << Tr::tr("Entry %1 has no “name”.").arg(index);
            continue;
        }
        if (parts.size() != 3 || parts.contains(QString())) {
            out.problems << Tr::tr("“%1” (entry %2) does not say its project: give the project, or "
                                   "list the stacks with “pulumi stack ls --all --json”.")
                                .arg(name)
                                .arg(index);
            continue;
        }
        const Scope scope = Scope::stackScope(parts[0], parts[1], parts[2]);
        QString why;
        for (const auto &[segment, what] :
             {std::pair{parts[0], validation::ScopePart::Organization},
              {parts[1], validation::ScopePart::Project},
              {parts[2], validation::ScopePart::Stack}}) {
            if (why.isEmpty())
                why = validation::scopeSegment(segment, what);
        }
        if (!why.isEmpty()) {
            out.problems << Tr::tr("“%1” (entry %2): %3").arg(name).arg(index).arg(why);
            continue;
        }
        if (!out.stacks.contains(scope))
            out.stacks << scope;
    }
    return out;
}

} // namespace wc
