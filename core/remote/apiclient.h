// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

namespace uptrack::remote {

/// `https://host:8471` from what a person types: "host", "host:8471", a full URL; no
/// scheme means HTTPS, no port the API's HTTPS port (8471) or 8470 for http. An invalid
/// URL (with *error) when it names no host.
QUrl serverUrl(const QString &text, QString *error);
/// The scheme, host and port: what a pinned certificate and a stored key belong to.
QString originOf(const QUrl &server);

/// A fingerprint as people paste it (lower case, no colons, a "sha256:" or
/// "SHA256 Fingerprint=" prefix) in the form `uptrack tls fingerprint` prints
/// (tls::fingerprintOf); "" when it is not 32 bytes of hex.
QString normalizeFingerprint(const QString &text);

/// Pinned server certificates, by origin, in the console's settings (a fingerprint is
/// not a secret; the API key is, and lives in the secret store).
namespace pins {
QString pinned(const QString &origin);
void pin(const QString &origin, const QString &fingerprint);
} // namespace pins

/// The servers a console attached to, newest first, and when it last saw each (what it
/// shows as "while you were away"), in the console's settings.
namespace servers {
QStringList recent();
void remember(const QString &origin);
/// UTC ms; -1 when never.
qint64 lastSeen(const QString &origin);
void setLastSeen(const QString &origin, qint64 ms);
} // namespace servers

/// The secret store's key for the API key of a server.
QString apiKeyStoreKey(const QString &origin);

/// What an exchange with a core gave: an HTTP answer, or why there was none.
struct Answer
{
    enum class Failure {
        None,
        Unreachable, ///< refused, no such host, no route, timed out
        NotHttps,    ///< the TLS handshake failed: plain HTTP there, or not TLS at all
        Unpinned,    ///< a certificate no CA vouches for and nobody pinned: ask
        Changed,     ///< not the pinned (or given) certificate
        Expired,     ///< the certificate is past its end (or not yet valid)
        Protocol,    ///< something answered, but not HTTP that makes sense
    };
    Failure failure = Failure::None;
    /// The HTTP status (0 on a failure) and body.
    int status = 0;
    QByteArray body;
    /// The body as an object ({} when it is not JSON).
    QJsonObject json;
    /// The certificate the server presented, when it did.
    QString presented;
    /// A sentence for people when failure != None.
    QString error;
};

/// Requests to one core's management API over HTTPS (or plain HTTP when the URL says so),
/// with an API key, trusting a certificate a CA vouches for or the one whose SHA-256
/// fingerprint is expected — never anything else, and never silently.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    ApiClient(QUrl server, QString apiKey, QString expectedFingerprint, QObject *parent = nullptr);

    void setExpectedFingerprint(const QString &fingerprint) { m_expected = fingerprint; }
    void setApiKey(const QString &key) { m_key = key; }
    const QUrl &server() const { return m_server; }

    using Done = std::function<void(const Answer &)>;
    /// `path` below the server (/api/uptrack/v1/..., with ?query encoded when it has one);
    /// `body` sent as JSON when not empty.
    /// `timeoutMs`: how long the exchange may go without progress.
    void request(const QByteArray &method, const QString &path, const QJsonObject &body,
                 int timeoutMs, Done done);
    /// The same, waiting in a local event loop: for the command line only.
    Answer requestAndWait(const QByteArray &method, const QString &path, const QJsonObject &body,
                          int timeoutMs);

    /// A request whose answer the caller reads as it comes (an event stream), with the
    /// same certificate checks: *verdict says why it ended when the TLS layer refused it.
    /// `headers` are sent as they are. The reply is the caller's to delete.
    QNetworkReply *open(const QByteArray &method, const QString &path, const QJsonObject &body,
                        int timeoutMs, const QList<QPair<QByteArray, QByteArray>> &headers,
                        std::shared_ptr<Answer> verdict);
    /// An ended reply's failure as an Answer (status 0 and a sentence when it had none).
    static Answer describe(QNetworkReply *reply, const Answer &verdict, const QString &origin,
                           int timeoutMs);

private:
    QNetworkAccessManager m_network;
    QUrl m_server;
    QString m_key;
    QString m_expected;
};

} // namespace uptrack::remote
