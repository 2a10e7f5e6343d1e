// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fuzz target for what a stranger on the LAN controls: the bytes of a connection, as
// the HTTP request parser sees them, and every request target, as the ping router sees
// it. Built as a libFuzzer binary with -DUPTRACK_FUZZ=ON (clang), and as a replay
// program that the test suite runs over the seed corpus and the regressions.
#include "http/httprequestparser.h"
#include "receiver/pingroute.h"

#include <QUuid>

#include <cstdint>
#include <cstdlib>

using namespace uptrack;

namespace {

// A broken promise is a finding: abort so libFuzzer (and the replay test) report it.
#define FUZZ_CHECK(cond) \
    do { \
        if (!(cond)) { \
            fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
            std::abort(); \
        } \
    } while (0)

void checkRoute(const QByteArray &target)
{
    const PingRoute r = parsePingTarget(target);
    switch (r.route) {
    case PingRoute::Kind::Ping:
        // Either a token (a UUID, lower case) or a ping key and a slug.
        FUZZ_CHECK(r.token.isEmpty() || (r.pingKey.isEmpty() && r.slug.isEmpty()));
        if (!r.token.isEmpty()) {
            FUZZ_CHECK(r.token.size() == 36 && r.token == r.token.toLower());
            FUZZ_CHECK(!QUuid::fromString(r.token).isNull());
        }
        FUZZ_CHECK(r.exitStatus >= -1 && r.exitStatus <= 255);
        FUZZ_CHECK(r.rid.isEmpty() || !QUuid::fromString(r.rid).isNull());
        break;
    case PingRoute::Kind::BadRequest:
        FUZZ_CHECK(!r.error.isEmpty());
        break;
    case PingRoute::Kind::Index:
    case PingRoute::Kind::NotFound:
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte chooses how the stream is cut into reads (1..64 bytes, or whole),
    // so requests split at every awkward place are tried.
    const size_t step = data[0] == 0 ? size : size_t(data[0] % 64) + 1;
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const qsizetype total = qsizetype(size - 1);

    // The route parser on its own, on the raw input as a target.
    checkRoute(QByteArray(bytes, qMin<qsizetype>(total, 16 * 1024)));

    HttpRequestParser::Limits limits;
    limits.bodyCap = 512; // small, so capping is exercised
    HttpRequestParser parser(limits);
    qsizetype pos = 0;
    int requests = 0;
    while (pos < total) {
        const qsizetype chunk = qMin<qsizetype>(qsizetype(step), total - pos);
        const qsizetype used = parser.feed(bytes + pos, chunk);
        FUZZ_CHECK(used >= 0 && used <= chunk);
        pos += used;
        FUZZ_CHECK(parser.body().size() <= limits.bodyCap);
        FUZZ_CHECK(parser.bodyBytesSeen() >= parser.body().size());
        if (parser.hasError()) {
            FUZZ_CHECK(parser.errorStatus() >= 400 && parser.errorStatus() < 600);
            FUZZ_CHECK(!parser.errorMessage().isEmpty());
            break; // the connection is answered and closed here
        }
        if (parser.isComplete()) {
            const HttpRequestHead &head = parser.head();
            FUZZ_CHECK(!head.method.isEmpty() && !head.target.isEmpty());
            FUZZ_CHECK(head.contentLength >= -1);
            checkRoute(head.target);
            const qint64 sentAt = parseSentAt(head.header("x-uptrack-sent-at"));
            FUZZ_CHECK(sentAt == -1 || sentAt > 0);
            parser.reset(); // pipelined: the rest is the next request
            FUZZ_CHECK(!parser.started());
            ++requests;
            continue;
        }
        // Not complete and no error: the parser must have taken the whole chunk,
        // otherwise the connection would spin without progress.
        FUZZ_CHECK(used == chunk);
    }
    return 0;
}
