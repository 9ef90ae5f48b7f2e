#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace wc {

/// Languages of the receiver-side verification snippets.
enum class SnippetLanguage {
    Python, ///< Python 3.8+: hmac, hashlib, base64; hmac.compare_digest
    Node,   ///< Node.js 16+: node:crypto; crypto.timingSafeEqual
    Go,     ///< Go 1.18+: crypto/hmac; hmac.Equal
};

/// Every language, in the order to offer them.
[[nodiscard]] QList<SnippetLanguage> snippetLanguages();
/// "Python", "Node.js", "Go": for tabs and menus.
[[nodiscard]] QString snippetLanguageName(SnippetLanguage language);
/// "python", "node", "go": for command lines (webhookctl) and settings.
[[nodiscard]] QString snippetLanguageKey(SnippetLanguage language);
/// The language `key` names (snippetLanguageKey, any case), or nothing.
[[nodiscard]] std::optional<SnippetLanguage> snippetLanguageFromKey(const QString &key);

/// A copyable, self-contained function that verifies a delivery signed with the scheme `schemeId`
/// (SignatureSchemeId; Pulumi's for an unknown or empty id, as SignatureScheme::get), in
/// `language`, using only its standard library and a constant-time comparison:
///
/// | language | function                                                                 |
/// | -------- | ------------------------------------------------------------------------ |
/// | Python   | `verify_webhook(body: bytes, headers: Mapping[str, str], secret: str)`   |
/// | Node.js  | `verifyWebhook(body: Buffer, headers: object, secret: string)` (exported) |
/// | Go       | `func VerifyWebhook(body []byte, header http.Header, secret string) bool` |
///
/// Each returns true for a valid signature. The header names are the scheme's own
/// (SignatureScheme::headerNames), looked up in any case (Python), lowercase as Node gives
/// them, or through http.Header.Get (Go). The Standard Webhooks and Stripe-style ones also
/// refuse a timestamp more than SignatureScheme::ToleranceSeconds away from the receiver's
/// clock (Python and Node take it as a `tolerance` argument) and accept any one of the
/// signatures a delivery carries during a secret rotation.
///
/// A comment at the top says which scheme and headers, and to pass the raw body bytes. The
/// code itself is not translated; the comment is. `fileName`, when given, is set to a file
/// name for the snippet ("verify_webhook.py", "verifyWebhook.js", "verify_webhook.go").
[[nodiscard]] QString verifySnippet(const QString &schemeId, SnippetLanguage language,
                                    QString *fileName = nullptr);

} // namespace wc
