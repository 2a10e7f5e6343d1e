// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiclient.h"

#include "settings/defaults.h"
#include "tls/tlscredentials.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QSslConfiguration>
#include <QSslError>

#include <memory>

namespace uptrack::remote {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(remote)
};

QString settingsKey(const QString &origin, const char *what = "fingerprint")
{
    return QStringLiteral("servers/") + QString::fromLatin1(QUrl::toPercentEncoding(origin))
            + QLatin1Char('/') + QLatin1String(what);
}

const QString kRecentKey = QStringLiteral("console/recentServers");
constexpr int kMostRecent = 8;

/// The TLS errors a pinned fingerprint answers for: who vouches for the certificate and
/// which names it covers. Anything else (expiry, a broken chain) it does not.
bool pinCovers(QSslError::SslError e)
{
    switch (e) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::HostNameMismatch:
    case QSslError::InvalidCaCertificate:
    case QSslError::PathLengthExceeded:
    case QSslError::InvalidPurpose:
    case QSslError::CertificateRejected:
        return true;
    default:
        return false;
    }
}
QString changedSentence(const QString &origin, const QString &presented, const QString &expected)
{
    return Tr::tr("The certificate of %1 has changed: it is now %2, but %3 is the one trusted "
                  "here. If the server's certificate was renewed or replaced, compare the new one "
                  "with \"uptrack tls fingerprint\" on the server and give it with "
                  "--fingerprint; if not, something else answers at that address: do not go on.")
            .arg(origin, presented, expected);
}
} // namespace

QUrl serverUrl(const QString &text, QString *error)
{
    QString t = text.trimmed();
    if (!t.contains(QLatin1String("://")))
        t.prepend(QStringLiteral("https://"));
    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        if (error)
            *error = Tr::tr("\"%1\" is not a server address: give https://HOST:8471 (the "
                            "address of the machine whose Uptrack you want).")
                             .arg(text);
        return QUrl();
    }
    if (url.port() < 0)
        url.setPort(url.scheme() == QLatin1String("https") ? defaults::kTlsPort : defaults::kPort);
    url.setPath(QString());
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    return url;
}

QString originOf(const QUrl &server)
{
    return server.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                           | QUrl::RemoveUserInfo);
}

QString normalizeFingerprint(const QString &text)
{
    QString t = text.trimmed();
    const qsizetype equals = t.lastIndexOf(QLatin1Char('='));
    if (equals >= 0)
        t = t.mid(equals + 1); // openssl's "SHA256 Fingerprint=AB:CD:..."
    if (t.startsWith(QLatin1String("sha256:"), Qt::CaseInsensitive))
        t = t.mid(7);
    t.remove(QLatin1Char(':'));
    t.remove(QLatin1Char(' '));
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!hex.match(t).hasMatch())
        return QString();
    t = t.toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < t.size(); i += 2)
        pairs.append(t.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

namespace pins {
QString pinned(const QString &origin)
{
    return normalizeFingerprint(QSettings().value(settingsKey(origin)).toString());
}

void pin(const QString &origin, const QString &fingerprint)
{
    QSettings settings;
    settings.setValue(settingsKey(origin), fingerprint);
    settings.sync();
}
} // namespace pins

namespace servers {
QStringList recent()
{
    return QSettings().value(kRecentKey).toStringList();
}

void remember(const QString &origin)
{
    QStringList list = recent();
    list.removeAll(origin);
    list.prepend(origin);
    QSettings settings;
    settings.setValue(kRecentKey, list.mid(0, kMostRecent));
    settings.sync();
}

qint64 lastSeen(const QString &origin)
{
    return QSettings().value(settingsKey(origin, "lastSeen"), qint64(-1)).toLongLong();
}

void setLastSeen(const QString &origin, qint64 ms)
{
    QSettings().setValue(settingsKey(origin, "lastSeen"), ms);
}
} // namespace servers

QString apiKeyStoreKey(const QString &origin)
{
    return QStringLiteral("server/") + origin;
}

ApiClient::ApiClient(QUrl server, QString apiKey, QString expectedFingerprint, QObject *parent)
    : QObject(parent)
    , m_server(std::move(server))
    , m_key(std::move(apiKey))
    , m_expected(std::move(expectedFingerprint))
{ }

QNetworkReply *ApiClient::open(const QByteArray &method, const QString &path,
                               const QJsonObject &body, int timeoutMs,
                               const QList<QPair<QByteArray, QByteArray>> &headers,
                               std::shared_ptr<Answer> verdict)
{
    QUrl url = m_server;
    // A query may follow the path, encoded (QUrlQuery::toString(QUrl::FullyEncoded)).
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("uptrack/%1").arg(QCoreApplication::applicationVersion()));
    if (!m_key.isEmpty())
        request.setRawHeader("X-Api-Key", m_key.toUtf8());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QByteArray payload;
    if (!body.isEmpty()) {
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
    // What the TLS layer saw, decided while the handshake is on (the only moment errors
    // can be ignored): the failure stays here until the reply ends.
    const QString expected = m_expected;
    const QString origin = originOf(m_server);
    connect(reply, &QNetworkReply::sslErrors, reply,
            [reply, verdict, expected, origin](const QList<QSslError> &errors) {
                const QSslCertificate cert = reply->sslConfiguration().peerCertificate();
                verdict->presented = tls::fingerprintOf(cert);
                for (const QSslError &e : errors) {
                    if (e.error() == QSslError::CertificateExpired
                        || e.error() == QSslError::CertificateNotYetValid) {
                        verdict->failure = Answer::Failure::Expired;
                        verdict->error
                                = Tr::tr("The certificate of %1 is not valid now (it runs from "
                                         "%2 to %3). On the server, restart Uptrack with --tls "
                                         "auto to renew it, or replace the --tls-cert file.")
                                          .arg(origin, cert.effectiveDate().toString(Qt::ISODate),
                                               cert.expiryDate().toString(Qt::ISODate));
                        return;
                    }
                    if (!pinCovers(e.error())) {
                        verdict->failure = Answer::Failure::Changed;
                        verdict->error = Tr::tr("The certificate of %1 cannot be trusted: %2.")
                                                 .arg(origin, e.errorString());
                        return;
                    }
                }
                if (expected.isEmpty()) {
                    verdict->failure = Answer::Failure::Unpinned;
                    verdict->error = Tr::tr("The certificate of %1 is not known here yet (no CA "
                                            "vouches for it). Its SHA-256 fingerprint is %2: "
                                            "compare it with what \"uptrack tls fingerprint\" "
                                            "prints on the server, then give it with "
                                            "--fingerprint or UPTRACK_FINGERPRINT (or run the "
                                            "command once on a terminal to accept it).")
                                             .arg(origin, verdict->presented);
                    return;
                }
                if (verdict->presented != expected) {
                    verdict->failure = Answer::Failure::Changed;
                    verdict->error = changedSentence(origin, verdict->presented, expected);
                    return;
                }
                reply->ignoreSslErrors(errors);
            });
    connect(reply, &QNetworkReply::encrypted, reply, [reply, verdict, expected, origin] {
        // A certificate a CA vouches for is still held to a fingerprint given or pinned.
        const QString presented = tls::fingerprintOf(reply->sslConfiguration().peerCertificate());
        verdict->presented = presented;
        if (!expected.isEmpty() && presented != expected
            && verdict->failure == Answer::Failure::None) {
            verdict->failure = Answer::Failure::Changed;
            verdict->error = changedSentence(origin, presented, expected);
            reply->abort();
        }
    });
    return reply;
}

void ApiClient::request(const QByteArray &method, const QString &path, const QJsonObject &body,
                        int timeoutMs, Done done)
{
    auto verdict = std::make_shared<Answer>();
    QNetworkReply *reply = open(method, path, body, timeoutMs, {}, verdict);
    const QString origin = originOf(m_server);
    connect(reply, &QNetworkReply::finished, this, [reply, verdict, origin, timeoutMs, done] {
        reply->deleteLater();
        done(describe(reply, *verdict, origin, timeoutMs));
    });
}

Answer ApiClient::describe(QNetworkReply *reply, const Answer &verdict, const QString &origin,
                           int timeoutMs)
{
    Answer a = verdict;
    if (a.failure != Answer::Failure::None)
        return a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        a.body = reply->readAll();
    a.json = QJsonDocument::fromJson(a.body).object();
    const QNetworkReply::NetworkError e = reply->error();
    if (a.status > 0)
        return a; // an HTTP answer, whatever its status: the caller reads it
    a.status = 0;
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        a.failure = Answer::Failure::Unreachable;
        a.error = e == QNetworkReply::OperationCanceledError
                ? Tr::tr("Could not reach the Uptrack server at %1: no answer in %2 s. Is "
                         "the address right, and the machine on?")
                          .arg(origin)
                          .arg(timeoutMs / 1000)
                : Tr::tr("Could not reach the Uptrack server at %1: %2. Is it running there "
                         "(systemctl status uptrack) and is this its address and HTTPS "
                         "port?")
                          .arg(origin, reply->errorString());
        break;
    case QNetworkReply::SslHandshakeFailedError:
        a.failure = Answer::Failure::NotHttps;
        a.error = Tr::tr("%1 does not speak HTTPS (the TLS handshake failed: %2). Is it the "
                         "plain-HTTP ping port? The API's HTTPS port is 8471 by default "
                         "(uptrack --tls auto).")
                          .arg(origin, reply->errorString());
        break;
    default:
        a.failure = Answer::Failure::Protocol;
        a.error = Tr::tr("%1 did not answer as an Uptrack server does: %2.")
                          .arg(origin, reply->errorString());
        break;
    }
    return a;
}

Answer ApiClient::requestAndWait(const QByteArray &method, const QString &path,
                                 const QJsonObject &body, int timeoutMs)
{
    Answer answer;
    bool finished = false;
    QEventLoop loop;
    request(method, path, body, timeoutMs, [&](const Answer &a) {
        answer = a;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return answer;
}

} // namespace uptrack::remote
