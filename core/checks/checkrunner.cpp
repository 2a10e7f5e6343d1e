// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkrunner.h"

#include "checkslog.h"
#include "dnsprobe.h"
#include "icmpprobe.h"

#include "format/humanformat.h"
#include "secrets/secretstore.h"
#include "time/clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QUrl>

#include <limits>

Q_LOGGING_CATEGORY(lcChecks, "uptrack.checks")

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Check)
};

/// Latencies: milliseconds below ten seconds ("87 ms"), then as durations.
QString latency(qint64 ms)
{
    return human::responseTime(ms);
}

QString networkReason(QNetworkReply::NetworkError error, const QString &text)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return Tr::tr("DNS: host not found");
    case QNetworkReply::ConnectionRefusedError:
        return Tr::tr("connection refused");
    case QNetworkReply::RemoteHostClosedError:
        return Tr::tr("the server closed the connection");
    case QNetworkReply::TooManyRedirectsError:
        return Tr::tr("too many redirects");
    case QNetworkReply::InsecureRedirectError:
        return Tr::tr("a redirect from HTTPS to HTTP (not followed)");
    default:
        return text;
    }
}

QString socketReason(QAbstractSocket::SocketError error, const QString &text)
{
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        return Tr::tr("DNS: host not found");
    case QAbstractSocket::ConnectionRefusedError:
        return Tr::tr("connection refused");
    case QAbstractSocket::NetworkError:
        return Tr::tr("network unreachable");
    default:
        return text;
    }
}
} // namespace

/// One run in flight.
struct CheckRunner::Run
{
    QElapsedTimer clock; ///< monotonic: the latency
    qint64 startWallMs = 0;
    qint64 dueMono = 0;
    QByteArray body;
    bool timedOut = false;
    bool done = false;
    qint64 certExpiryMs = -1;
    QString tlsProblem;
};

CheckRunner::CheckRunner(const Clock &clock, CheckRunnerOptions options, const SecretStore *secrets,
                         QObject *parent)
    : QObject(parent), m_clock(clock), m_options(options), m_secrets(secrets)
{
    m_mono.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &CheckRunner::pump);
    // Never reuse a cached answer or a cookie: every run asks the server.
    m_nam.setCookieJar(nullptr);
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

CheckRunner::~CheckRunner() = default;

void CheckRunner::update(const QList<Monitor> &monitors, bool spread)
{
    const qint64 now = nowMono();
    for (const Monitor &m : monitors) {
        if (!m.isCheck() || m.status == Status::Paused || m.status == Status::Maintenance) {
            remove(m.id);
            continue;
        }
        const QJsonObject json = m.check.toJson();
        auto it = m_entries.find(m.id);
        if (it != m_entries.end() && it->specJson == json && it->kind == m.kind)
            continue; // unchanged (a state change, a new result)
        Entry e;
        e.kind = m.kind;
        e.spec = m.check;
        e.specJson = json;
        e.generation = m_nextGeneration++;
        // Spread first runs over the interval by id; a new or edited check runs now.
        e.dueMono = spread
                ? now + qint64((quint64(m.id) * 2654435761ULL) % quint64(m.check.intervalMs))
                : now;
        if (it != m_entries.end() && it->running) {
            // The run in flight belongs to the old settings: its result is dropped.
            --m_inFlight;
        }
        if (!e.spec.secretRef.isEmpty())
            e.secretsReady = false;
        const quint64 generation = e.generation;
        m_entries.insert(m.id, e);
        if (!m_entries[m.id].secretsReady)
            loadSecrets(m.id, generation, m.check.secretRef);
    }
    pump();
}

void CheckRunner::loadSecrets(qint64 id, quint64 generation, const QString &ref)
{
    auto settle = [this, id, generation](const QString &error,
                                         const QList<QPair<QByteArray, QByteArray>> &values) {
        const auto it = m_entries.find(id);
        if (it == m_entries.end() || it->generation != generation)
            return;
        it->secretsReady = true;
        it->secretsError = error;
        it->secretHeaders = values;
        pump();
    };
    if (!m_secrets) {
        qCWarning(lcChecks) << "no secret store for the secret headers of monitor" << id;
        settle(Tr::tr("no keychain for the secret header values"), {});
        return;
    }
    m_secrets->read(
            SecretStore::checkKey(ref),
            [settle](bool ok, const QString &value, const QString &error) {
                QList<QPair<QByteArray, QByteArray>> values;
                const QJsonObject o = QJsonDocument::fromJson(value.toUtf8()).object();
                for (auto h = o.begin(); h != o.end(); ++h)
                    values.append({h.key().toUtf8(), h.value().toString().toUtf8()});
                settle(ok ? QString()
                          : Tr::tr("the secret header values could not be read: %1").arg(error),
                       values);
            });
}

void CheckRunner::remove(qint64 monitorId)
{
    const auto it = m_entries.find(monitorId);
    if (it == m_entries.end())
        return;
    if (it->running)
        --m_inFlight;
    m_entries.erase(it);
}

QList<qint64> CheckRunner::takeStartDelays()
{
    return std::exchange(m_startDelays, {});
}

void CheckRunner::pump()
{
    const qint64 now = nowMono();
    qint64 next = std::numeric_limits<qint64>::max();
    // Earliest due first, so a backlog is worked off in order.
    QList<std::pair<qint64, qint64>> due; // (dueMono, id)
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->running || !it->secretsReady)
            continue; // waiting for the keychain: pumped again when it answers
        if (it->dueMono <= now)
            due.append({it->dueMono, it.key()});
        else
            next = std::min(next, it->dueMono);
    }
    std::sort(due.begin(), due.end());
    for (const auto &[when, id] : due) {
        if (m_inFlight >= m_options.maxInFlight) {
            next = now; // the cap is reached: finish() pumps again
            break;
        }
        launch(id, m_entries[id]);
    }
    if (next != std::numeric_limits<qint64>::max() && m_inFlight < m_options.maxInFlight)
        m_timer.start(int(std::clamp<qint64>(next - now, 0, 60'000)));
}

void CheckRunner::launch(qint64 id, Entry &e)
{
    e.running = true;
    ++m_inFlight;
    auto run = std::make_shared<Run>();
    run->clock.start();
    run->dueMono = e.dueMono;
    run->startWallMs = m_clock.nowMs();
    m_startDelays.append(nowMono() - e.dueMono);
    if (m_startDelays.size() > 100'000)
        m_startDelays.remove(0, 50'000);
    if (!e.secretsError.isEmpty()) {
        CheckResult r;
        r.timeMs = run->startWallMs;
        r.latencyMs = 0;
        r.address = QUrl(e.spec.target).host();
        r.reason = e.secretsError;
        const quint64 generation = e.generation;
        QTimer::singleShot(0, this, [this, id, generation, r] { finish(id, generation, r); });
        return;
    }
    switch (e.kind) {
    case MonitorKind::Tcp:
        runTcp(id, e, run);
        break;
    case MonitorKind::Icmp:
        runIcmp(id, e, run);
        break;
    case MonitorKind::Dns:
        runDns(id, e, run);
        break;
    default:
        runHttp(id, e, run);
        break;
    }
}

void CheckRunner::runHttp(qint64 id, const Entry &e, const std::shared_ptr<Run> &run)
{
    const quint64 generation = e.generation;
    const CheckSpec spec = e.spec;
    const QUrl url(spec.target);
    QNetworkRequest request(url);
    // Only the address the user entered, unless they allowed redirects.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         spec.followRedirects ? QNetworkRequest::NoLessSafeRedirectPolicy
                                              : QNetworkRequest::ManualRedirectPolicy);
    request.setMaximumRedirectsAllowed(10);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Uptrack/%1 (uptime check)")
                              .arg(QCoreApplication::applicationVersion()));
    for (const QString &h : spec.headers) {
        const qsizetype colon = h.indexOf(QLatin1Char(':'));
        if (colon > 0)
            request.setRawHeader(h.left(colon).trimmed().toUtf8(),
                                 h.mid(colon + 1).trimmed().toUtf8());
    }
    for (const auto &[name, value] : e.secretHeaders)
        request.setRawHeader(name, value);
    QNetworkReply *reply
            = spec.method == QLatin1String("HEAD") ? m_nam.head(request) : m_nam.get(request);
    const qint64 maxBody = m_options.maxBodyBytes;
    connect(reply, &QNetworkReply::readyRead, reply, [reply, run, maxBody] {
        const QByteArray chunk = reply->readAll();
        if (run->body.size() < maxBody)
            run->body.append(chunk.left(maxBody - run->body.size()));
    });
    connect(reply, &QNetworkReply::sslErrors, reply,
            [reply, run, spec](const QList<QSslError> &errors) {
                if (!errors.isEmpty())
                    run->tlsProblem = errors.first().errorString();
                if (spec.insecureTls)
                    reply->ignoreSslErrors(); // the user's explicit choice for this check
            });
    connect(reply, &QNetworkReply::encrypted, reply, [reply, run] {
        const QSslCertificate cert = reply->sslConfiguration().peerCertificate();
        if (!cert.isNull())
            run->certExpiryMs = cert.expiryDate().toMSecsSinceEpoch();
    });
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    deadline->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
    connect(deadline, &QTimer::timeout, reply, [reply, run] {
        run->timedOut = true;
        reply->abort();
    });
    deadline->start(int(spec.timeoutMs));
    connect(reply, &QNetworkReply::finished, this, [this, reply, run, id, generation, spec, url] {
        reply->deleteLater();
        CheckResult r;
        r.timeMs = run->startWallMs;
        r.latencyMs = run->clock.elapsed();
        r.address = url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port())
                                   : url.host();
        r.certExpiryMs = run->certExpiryMs;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.httpStatus = status;
        QStringList seen;
        if (status > 0)
            seen << QStringLiteral("HTTP %1").arg(status);
        if (spec.followRedirects && reply->url() != url)
            seen << Tr::tr("redirected to %1").arg(reply->url().toDisplayString());
        else if (status >= 300 && status < 400)
            seen << Tr::tr("redirects to %1 (not followed)")
                            .arg(QString::fromUtf8(reply->rawHeader("Location")).left(300));
        seen << latency(r.latencyMs);
        r.detail = seen.join(QStringLiteral(" · "));
        if (run->timedOut) {
            r.reason = Tr::tr("no answer within %1").arg(human::duration(spec.timeoutMs));
        } else if (status <= 0) {
            r.reason = reply->error() == QNetworkReply::SslHandshakeFailedError
                    ? Tr::tr("TLS: %1").arg(run->tlsProblem.isEmpty() ? reply->errorString()
                                                                      : run->tlsProblem)
                    : networkReason(reply->error(), reply->errorString());
        } else if (!CheckRules::statusExpected(spec.expectStatus, status)) {
            r.reason = Tr::tr("status %1 (expected %2)").arg(status).arg(spec.expectStatus);
        } else if (!spec.keyword.isEmpty()
                   && run->body.contains(spec.keyword.toUtf8()) == spec.keywordAbsent) {
            r.reason = spec.keywordAbsent
                    ? Tr::tr("the keyword \"%1\" is in the page").arg(spec.keyword)
                    : Tr::tr("the keyword \"%1\" is missing").arg(spec.keyword);
        } else if (spec.maxResponseMs > 0 && r.latencyMs > spec.maxResponseMs) {
            r.reason = Tr::tr("too slow: %1 (limit %2)")
                               .arg(latency(r.latencyMs), latency(spec.maxResponseMs));
        } else {
            r.ok = true;
        }
        finish(id, generation, r);
    });
}

void CheckRunner::runTcp(qint64 id, const Entry &e, const std::shared_ptr<Run> &run)
{
    const quint64 generation = e.generation;
    QString host;
    quint16 port = 0;
    e.spec.tcpTarget(&host, &port);
    auto *socket = new QTcpSocket(this);
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    deadline->setTimerType(Qt::PreciseTimer);
    const qint64 timeoutMs = e.spec.timeoutMs;
    auto done = [this, socket, run, id, generation, host, port](bool ok, const QString &why) {
        if (run->done)
            return;
        run->done = true;
        CheckResult r;
        r.timeMs = run->startWallMs;
        r.latencyMs = run->clock.elapsed();
        r.address = QStringLiteral("%1:%2").arg(host).arg(port);
        r.ok = ok;
        r.reason = why;
        r.detail = ok ? Tr::tr("connected in %1").arg(latency(r.latencyMs)) : latency(r.latencyMs);
        socket->abort();
        socket->deleteLater();
        finish(id, generation, r);
    };
    connect(socket, &QTcpSocket::connected, socket, [done] { done(true, QString()); });
    connect(socket, &QTcpSocket::errorOccurred, socket,
            [done, socket](QAbstractSocket::SocketError err) {
                done(false, socketReason(err, socket->errorString()));
            });
    connect(deadline, &QTimer::timeout, socket, [done, timeoutMs] {
        done(false, Tr::tr("no connection within %1").arg(human::duration(timeoutMs)));
    });
    deadline->start(int(timeoutMs));
    socket->connectToHost(host, port);
}

void CheckRunner::runIcmp(qint64 id, const Entry &e, const std::shared_ptr<Run> &run)
{
    const quint64 generation = e.generation;
    const CheckSpec spec = e.spec;
    auto *probe = new IcmpProbe(spec.target, spec.count, spec.timeoutMs, this);
    connect(probe, &IcmpProbe::finished, this,
            [this, probe, run, id, generation, spec](const IcmpOutcome &outcome) {
                probe->deleteLater();
                CheckResult r = IcmpProbe::judge(spec, outcome);
                r.timeMs = run->startWallMs;
                if (r.latencyMs < 0)
                    r.latencyMs = run->clock.elapsed();
                finish(id, generation, r);
            });
    probe->start();
}

void CheckRunner::runDns(qint64 id, const Entry &e, const std::shared_ptr<Run> &run)
{
    const quint64 generation = e.generation;
    const CheckSpec spec = e.spec;
    auto *probe = new DnsProbe(spec, this);
    connect(probe, &DnsProbe::finished, this,
            [this, probe, run, id, generation, spec](const DnsOutcome &outcome) {
                probe->deleteLater();
                CheckResult r = DnsProbe::judge(spec, outcome);
                r.timeMs = run->startWallMs;
                r.latencyMs = run->clock.elapsed();
                r.detail += QStringLiteral(" · ") + latency(r.latencyMs);
                finish(id, generation, r);
            });
    probe->start();
}

void CheckRunner::finish(qint64 id, quint64 generation, CheckResult result)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || it->generation != generation)
        return; // removed or changed meanwhile (its in-flight count was given back then)
    it->running = false;
    --m_inFlight;
    // The next run one interval after this one was due; after a long stall, from now.
    const qint64 now = nowMono();
    it->dueMono += it->spec.intervalMs;
    if (it->dueMono < now) {
        qCInfo(lcChecks) << "check of monitor" << id << "is behind its interval; next run in"
                         << it->spec.intervalMs / 10 << "ms";
        it->dueMono = now + it->spec.intervalMs / 10;
    }
    if (!result.ok)
        qCDebug(lcChecks).noquote() << "check of monitor" << id << "failed:" << result.reason;
    emit resultReady(id, result);
    pump();
}

} // namespace uptrack
