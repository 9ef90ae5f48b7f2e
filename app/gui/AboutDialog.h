#pragma once

#include <QDialog>

class QLabel;

namespace wc::gui {

/// Help → About: the version, the Qt and QtKeychain it runs on, the licence, and where the
/// database, the preferences and the secrets are kept; Copy Details puts it all on the
/// clipboard as plain text, for a bug report.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    /// `databaseLocation` as the backend shows it (a file path, or a URL without password).
    explicit AboutDialog(const QString &databaseLocation, QWidget *parent = nullptr);

    /// The details as plain text, "Name: value" per line.
    [[nodiscard]] QString details() const;

private:
    QList<std::pair<QString, QString>> m_rows;
};

} // namespace wc::gui
