#pragma once

#include "VerifySnippet.h"
#include "Webhook.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace wc::gui {

/// "How to verify…": the receiver-side code that checks a delivery of one webhook, for its
/// signature scheme (Webhook::signature), in each language of snippetLanguages(), one tab
/// each: monospace, read-only, selectable. A line above names the headers the receiver reads;
/// Copy puts the shown snippet on the clipboard (and nothing else: the snippet holds no
/// secret). The language last chosen is remembered.
class VerifySnippetDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VerifySnippetDialog(const Webhook &webhook, QWidget *parent = nullptr);

    /// The language of the tab shown.
    [[nodiscard]] SnippetLanguage language() const;
    void setLanguage(SnippetLanguage language);
    /// The snippet of the tab shown, as Copy copies it.
    [[nodiscard]] QString snippet() const;

private:
    void copy();
    void languageShown();

    Webhook m_webhook;
    QList<SnippetLanguage> m_languages;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_fileLabel = nullptr;
    QPushButton *m_copyButton = nullptr;
};

} // namespace wc::gui
