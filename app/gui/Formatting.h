#pragma once

#include <QDateTime>
#include <QLabel>
#include <QString>

/// How times, durations and long texts are shown, the same on every page.
namespace wc::gui::formatting {

/// "0 ms", "950 ms", "9.7 s", "1 min 5 s", in the user's locale.
[[nodiscard]] QString duration(qint64 milliseconds);

/// "just now", "3 min ago", "2 h ago", "yesterday", "4 days ago", then the short date; a time
/// in the future (a skewed clock) reads "just now".
[[nodiscard]] QString relativeTime(const QDateTime &when,
                                   const QDateTime &now = QDateTime::currentDateTime());

/// The exact local date and time, for tooltips next to a relative time.
[[nodiscard]] QString exactTime(const QDateTime &when);

/// A whole number with the locale's thousands separators: "1,000,000".
[[nodiscard]] QString count(qint64 n);

/// `n` for tr()'s plural forms (`tr("%Ln delivery(s)", nullptr, pluralCount(n))`), which take
/// an int: a count beyond its range is shown as the largest int.
[[nodiscard]] int pluralCount(qint64 n);

} // namespace wc::gui::formatting

namespace wc::gui {

/// A one-line label that never asks for more width than it is given: a text that does not fit
/// is elided (in the middle by default, so a URL keeps its host and its end) and shown whole in
/// the tooltip. Its minimum width is small; its size hint is the whole text.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    [[nodiscard]] QString fullText() const { return m_fullText; }
    void setElideMode(Qt::TextElideMode mode);
    /// Whether the text is shown shortened right now.
    [[nodiscard]] bool isElided() const { return text() != m_fullText; }

    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString m_fullText;
    Qt::TextElideMode m_mode = Qt::ElideMiddle;

    void elide();
};

} // namespace wc::gui
