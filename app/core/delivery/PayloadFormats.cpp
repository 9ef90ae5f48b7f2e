#include "delivery/PayloadFormats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// The words in Slack and Teams messages are English on purpose: the message goes to a shared
// channel, is protocol rather than this program's user interface, and must be the same bytes
// whoever sends it (no tr()).

namespace wc::payload {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString timeText(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

/// The facts every chat message shows, in order: operation, result, who, resource counts,
/// then what the kind adds.
QList<Fact> factsOf(const Event &e)
{
    QList<Fact> facts;
    if (!e.operation.isEmpty())
        facts << Fact{QStringLiteral("Operation"), e.operation};
    facts << Fact{QStringLiteral("Result"), e.result};
    facts << Fact{e.whoTitle, e.who.name + QStringLiteral(" (") + e.who.githubLogin + u')'};
    const QString changes = describeChanges(e);
    if (!changes.isEmpty())
        facts << Fact{QStringLiteral("Resources"), changes};
    facts << e.details;
    return facts;
}

// --- Slack -----------------------------------------------------------------------------------

/// Slack's three control characters in text it parses (mrkdwn and the message's `text`).
QString slackEscape(QString text)
{
    return text.replace(u'&', QStringLiteral("&amp;"))
        .replace(u'<', QStringLiteral("&lt;"))
        .replace(u'>', QStringLiteral("&gt;"));
}

QString slackEmoji(Tone tone)
{
    switch (tone) {
    case Tone::Success:
        return QStringLiteral(":white_check_mark:");
    case Tone::Failure:
        return QStringLiteral(":x:");
    case Tone::Warning:
        return QStringLiteral(":warning:");
    case Tone::Progress:
        return QStringLiteral(":hourglass_flowing_sand:");
    case Tone::Info:
        break;
    }
    return QStringLiteral(":information_source:");
}

QJsonObject mrkdwn(const QString &text)
{
    return {{QStringLiteral("type"), QStringLiteral("mrkdwn")}, {QStringLiteral("text"), text}};
}

QJsonObject plainText(const QString &text)
{
    return {{QStringLiteral("type"), QStringLiteral("plain_text")},
            {QStringLiteral("text"), text},
            {QStringLiteral("emoji"), true}};
}

/// "View update" → "view_update": unique within one message, as Slack asks of action ids.
QString actionId(const QString &label)
{
    return label.toLower().replace(u' ', u'_');
}

QByteArray slackPing(const Event &e)
{
    const QString emoji = QStringLiteral(":wave:");
    return compact(
        {{QStringLiteral("text"),
          emoji + u' ' + slackEscape(e.headline + QStringLiteral(": ") + e.message)},
         {QStringLiteral("blocks"),
          QJsonArray{QJsonObject{
              {QStringLiteral("type"), QStringLiteral("section")},
              {QStringLiteral("text"), mrkdwn(emoji + QStringLiteral(" *") + e.headline +
                                              QStringLiteral("*\n") + slackEscape(e.message))}}}}});
}

// --- Microsoft Teams ---------------------------------------------------------------------------

QString teamsEmoji(Tone tone)
{
    switch (tone) {
    case Tone::Success:
        return QStringLiteral("✅");
    case Tone::Failure:
        return QStringLiteral("❌");
    case Tone::Warning:
        return QStringLiteral("⚠️");
    case Tone::Progress:
        return QStringLiteral("⏳");
    case Tone::Info:
        break;
    }
    return QStringLiteral("ℹ️");
}

QString teamsColor(Tone tone)
{
    switch (tone) {
    case Tone::Success:
        return QStringLiteral("Good");
    case Tone::Failure:
        return QStringLiteral("Attention");
    case Tone::Warning:
        return QStringLiteral("Warning");
    case Tone::Progress:
        return QStringLiteral("Accent");
    case Tone::Info:
        break;
    }
    return QStringLiteral("Default");
}

QJsonObject textBlock(const QString &text)
{
    return {{QStringLiteral("type"), QStringLiteral("TextBlock")},
            {QStringLiteral("text"), text},
            {QStringLiteral("wrap"), true}};
}

QJsonObject titleBlock(const QString &text, Tone tone)
{
    QJsonObject block = textBlock(text);
    block.insert(QStringLiteral("weight"), QStringLiteral("Bolder"));
    block.insert(QStringLiteral("size"), QStringLiteral("Medium"));
    block.insert(QStringLiteral("color"), teamsColor(tone));
    return block;
}

QJsonObject factSet(const QList<Fact> &facts)
{
    QJsonArray items;
    for (const Fact &f : facts)
        items << QJsonObject{{QStringLiteral("title"), f.title},
                             {QStringLiteral("value"), f.value}};
    return {{QStringLiteral("type"), QStringLiteral("FactSet")}, {QStringLiteral("facts"), items}};
}

/// The envelope a Teams Workflows URL's "post card" step accepts: a message with one
/// Adaptive Card attachment.
QByteArray teamsMessage(const QJsonArray &body, const QJsonArray &actions)
{
    const QJsonObject card{{QStringLiteral("type"), QStringLiteral("AdaptiveCard")},
                           {QStringLiteral("$schema"),
                            QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json")},
                           {QStringLiteral("version"), QStringLiteral("1.4")},
                           {QStringLiteral("body"), body},
                           {QStringLiteral("actions"), actions}};
    return compact(
        {{QStringLiteral("type"), QStringLiteral("message")},
         {QStringLiteral("attachments"),
          QJsonArray{QJsonObject{{QStringLiteral("contentType"),
                                  QStringLiteral("application/vnd.microsoft.card.adaptive")},
                                 {QStringLiteral("content"), card}}}}});
}

} // namespace

QByteArray rawBody(const Event &event)
{
    return compact(event.raw);
}

QByteArray slackBody(const Event &e)
{
    if (e.kind == u"ping")
        return slackPing(e);
    const QString emoji = slackEmoji(e.tone);
    const QString path = e.subject.path();

    QJsonArray fields;
    const QList<Fact> facts = factsOf(e);
    for (const Fact &f : facts.mid(0, 10)) // Slack takes at most 10 fields
        fields << mrkdwn(u'*' + slackEscape(f.title) + QStringLiteral("*\n") +
                         slackEscape(f.value));
    const QJsonObject section{
        {QStringLiteral("type"), QStringLiteral("section")},
        {QStringLiteral("text"),
         mrkdwn(emoji + QStringLiteral(" *") + slackEscape(e.headline) + QStringLiteral("*\n") +
                capitalized(e.subject.noun()) + QStringLiteral(" <") + e.subject.url() + u'|' +
                slackEscape(path) + u'>')},
        {QStringLiteral("fields"), fields}};

    // Slack shows the time in the reader's own time zone; the text after '|' is the fallback.
    const QString date = QStringLiteral("<!date^%1^{date_short_pretty} at {time}|%2>")
                             .arg(e.when.toSecsSinceEpoch())
                             .arg(timeText(e.when));
    const QJsonObject context{{QStringLiteral("type"), QStringLiteral("context")},
                              {QStringLiteral("elements"),
                               QJsonArray{mrkdwn(u'`' + e.name + QStringLiteral("` · kind `") +
                                                 e.kind + QStringLiteral("` · ") + date)}}};

    QJsonArray buttons;
    for (const Link &link : e.links) {
        buttons << QJsonObject{{QStringLiteral("type"), QStringLiteral("button")},
                               {QStringLiteral("text"), plainText(link.label)},
                               {QStringLiteral("url"), link.url},
                               {QStringLiteral("action_id"), actionId(link.label)}};
    }
    QJsonArray blocks{section, context};
    if (!buttons.isEmpty())
        blocks << QJsonObject{{QStringLiteral("type"), QStringLiteral("actions")},
                              {QStringLiteral("elements"), buttons}};

    const QString text = emoji + u' ' + e.headline + QStringLiteral(": ") + path +
                         QStringLiteral(" (") + e.whoTitle.toLower() + u' ' + e.who.name + u')';
    return compact(
        {{QStringLiteral("text"), slackEscape(text)}, {QStringLiteral("blocks"), blocks}});
}

QByteArray teamsBody(const Event &e)
{
    const QString when = timeText(e.when);
    if (e.kind == u"ping") {
        QList<Fact> facts = e.details;
        facts << Fact{QStringLiteral("Sent"), when};
        return teamsMessage({titleBlock(QStringLiteral("👋 ") + e.headline, e.tone),
                             textBlock(e.message), factSet(facts)},
                            {});
    }
    QList<Fact> facts{{capitalized(e.subject.noun()), e.subject.path()}};
    facts << factsOf(e);
    facts << Fact{QStringLiteral("When"), when};
    QJsonArray actions;
    for (const Link &link : e.links) {
        actions << QJsonObject{{QStringLiteral("type"), QStringLiteral("Action.OpenUrl")},
                               {QStringLiteral("title"), link.label},
                               {QStringLiteral("url"), link.url}};
    }
    return teamsMessage(
        {titleBlock(teamsEmoji(e.tone) + u' ' + e.headline, e.tone), factSet(facts)}, actions);
}

QByteArray deploymentsBody(const Event &e, const QString &target)
{
    QJsonObject source{{QStringLiteral("organization"), e.subject.organization}};
    if (!e.subject.project.isEmpty())
        source.insert(QStringLiteral("project"), e.subject.project);
    if (e.subject.isEnvironment())
        source.insert(QStringLiteral("environment"), e.subject.environment);
    else if (e.subject.isStack())
        source.insert(QStringLiteral("stack"), e.subject.stack);

    QJsonObject body{{QStringLiteral("event"), e.name},
                     {QStringLiteral("kind"), e.kind},
                     {QStringLiteral("source"), source},
                     {QStringLiteral("target"), target},
                     {QStringLiteral("timestamp"), e.when.toSecsSinceEpoch()}};
    if (e.kind == u"ping") {
        body.insert(QStringLiteral("message"), e.raw.value(QStringLiteral("message")));
    } else {
        // Pulumi's deployment webhooks run an update of the target stack.
        body.insert(QStringLiteral("operation"), QStringLiteral("update"));
        if (!e.links.isEmpty())
            body.insert(QStringLiteral("url"), e.links.first().url);
    }
    return compact(body);
}

} // namespace wc::payload
