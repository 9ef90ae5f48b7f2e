#include "SecretInput.h"

#include "Validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace wc::cli {

namespace {
/// The context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(webhookctl)
};

Error invalid(const QString &message)
{
    return Error::invalid(QStringLiteral("secret"), message);
}

// Enough for any valid secret (at most MaxSecretLength characters of up to 4 UTF-8 bytes);
// more is refused without reading it all.
constexpr qint64 MaxInputBytes = qint64(validation::MaxSecretLength) * 4 + 2;

#ifdef Q_OS_UNIX
/// Reads one line from the terminal with echo off, so the secret is not shown.
QByteArray readHiddenLine()
{
    std::fputs(qPrintable(Tr::tr("Secret (not shown): ")), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool haveTerminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    for (int c = std::getchar(); c != EOF && c != '\n' && line.size() < MaxInputBytes;
         c = std::getchar())
        line += char(c);
    if (haveTerminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    return line;
}
#endif
} // namespace

Error readSecretFromStdin(QString *secret)
{
    QByteArray bytes;
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO)) {
        bytes = readHiddenLine();
    } else
#endif
    {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return invalid(Tr::tr("Cannot read standard input: %1").arg(in.errorString()));
        while (bytes.size() <= MaxInputBytes) {
            const QByteArray chunk = in.read(MaxInputBytes + 1 - bytes.size());
            if (chunk.isEmpty())
                break;
            bytes += chunk;
        }
    }
    if (bytes.size() > MaxInputBytes)
        return invalid(Tr::tr("Standard input is longer than any secret (at most %1 characters).")
                           .arg(validation::MaxSecretLength));
    if (bytes.endsWith('\n')) {
        bytes.chop(1);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
    }
    if (bytes.isEmpty())
        return invalid(Tr::tr("Standard input held no secret; pipe it in, for example "
                              "`printf %s \"$SECRET\" | webhookctl … --secret-stdin`."));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return invalid(Tr::tr("The secret on standard input is not UTF-8 text."));
    // The window's form and the backend apply the same rule; checked here too, so that a NUL
    // (which the keychain would cut the secret at) is refused before anything is opened.
    if (const QString why = validation::secret(text); !why.isEmpty())
        return invalid(why);
    *secret = text;
    return {};
}

} // namespace wc::cli
