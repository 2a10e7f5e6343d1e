// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline for the ping benchmark: a bare Qt 6.4 QHttpServer route that answers
// /ping/<token> with 200 and stores nothing. bench/run-benchmarks floods it with the same
// wrk command as Uptrack, in the same run, so Uptrack's figures read against it. This is
// the only target that links QtHttpServer: the product's receiver is its own.
//
// usage: uptrack_httpbaseline PORT
#include <QCoreApplication>
#include <QHttpServer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool ok = false;
    const quint16 port = args.size() == 2 ? quint16(args[1].toUInt(&ok)) : 0;
    if (!ok || port == 0) {
        std::fprintf(stderr, "usage: uptrack_httpbaseline PORT\n");
        return 2;
    }
    QHttpServer server;
    server.route(QStringLiteral("/ping/<arg>"),
                 [](const QString &) { return QStringLiteral("OK"); });
    if (server.listen(QHostAddress::LocalHost, port) != port) {
        std::fprintf(stderr, "uptrack_httpbaseline: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    std::fprintf(stderr, "httpbaseline: listening on 127.0.0.1:%u\n", port);
    return app.exec();
}
