// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fuzz target for the management API's JSON decoding: a request body, as anyone with a
// key (or without one: the body is parsed before the key in it is read) can send it,
// through QJsonDocument and every strict decoder of a body: Healthchecks' check fields and
// Uptrack's own monitors, channels and channel edits (/api/uptrack/v1/), its typed
// commands (/api/uptrack/v1/commands) and remote command lines (/api/uptrack/v1/cli). Built as a
// libFuzzer binary with -DUPTRACK_FUZZ=ON (clang), and as a replay program the test
// suite runs over fuzz/apijson-corpus.
#include "api/hcspec.h"
#include "api/ownspec.h"
#include "notify/channelkind.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace uptrack;

#define FUZZ_CHECK(cond) \
    do { \
        if (!(cond)) { \
            fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
            std::abort(); \
        } \
    } while (0)

namespace {
/// /api/uptrack/v1/'s decoders: a refusal always names its field and says why; what is
/// accepted has a name and a known kind.
void checkOwnDecoders(const QJsonObject &json)
{
    QString field;
    QString why;
    if (const auto spec = ownapi::decodeMonitor(json, &field, &why)) {
        FUZZ_CHECK(!spec->name || json.value(QLatin1String("name")).isString());
    } else {
        FUZZ_CHECK(!field.isEmpty() && !why.isEmpty());
    }
    field.clear();
    why.clear();
    if (const auto add = ownapi::decodeChannel(json, &field, &why)) {
        FUZZ_CHECK(!add->channel.name.isEmpty()
                   && add->channel.name == add->channel.name.trimmed());
        FUZZ_CHECK(ChannelKinds::find(add->channel.kind) != nullptr);
    } else {
        FUZZ_CHECK(!field.isEmpty() && !why.isEmpty());
    }
    field.clear();
    why.clear();
    if (const auto edit = ownapi::decodeChannelEdit(QStringLiteral("c"), QStringLiteral("slack"),
                                                    json, &field, &why)) {
        FUZZ_CHECK(edit->channel == QLatin1String("c"));
        FUZZ_CHECK(!edit->name || !edit->name->isEmpty());
        FUZZ_CHECK(!edit->reminderMs || *edit->reminderMs >= 0);
    } else {
        FUZZ_CHECK(!field.isEmpty() && !why.isEmpty());
    }
}
/// POST /api/uptrack/v1/commands and /cli: a typed command decodes and encodes back to
/// itself, a refusal says why; a remote command line is within its bounds.
void checkCommandDecoders(const QJsonObject &json)
{
    QString why;
    if (const auto command = command::fromJson(json, &why)) {
        const QJsonObject again = command::toJson(*command);
        QString whyAgain;
        const auto back = command::fromJson(again, &whyAgain);
        FUZZ_CHECK(back.has_value());
        FUZZ_CHECK(command::nameOf(*back) == command::nameOf(*command));
        FUZZ_CHECK(command::toJson(*back) == again);
    } else {
        FUZZ_CHECK(!why.isEmpty());
    }
    why.clear();
    if (const auto cli = ownapi::decodeCliRequest(json, &why)) {
        FUZZ_CHECK(!cli->args.isEmpty() && cli->args.size() <= ownapi::kMaxCliArguments);
        for (const QString &a : cli->args)
            FUZZ_CHECK(a.size() <= ownapi::kMaxCliArgumentLength && !a.contains(QChar(0)));
        FUZZ_CHECK(cli->language.size() <= 16);
    } else {
        FUZZ_CHECK(!why.isEmpty());
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0; // the API refuses larger bodies before parsing them
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return 0;
    checkOwnDecoders(doc.object());
    checkCommandDecoders(doc.object());
    QString why;
    const auto r = hc::decodeCheckRequest(doc.object(), &why);
    if (!r) {
        FUZZ_CHECK(why.startsWith(QLatin1String("json validation error: ")));
        return 0;
    }
    FUZZ_CHECK(!r->name || r->name->size() <= hc::kMaxName);
    FUZZ_CHECK(!r->timeoutS
               || (*r->timeoutS >= hc::kMinTimeout && *r->timeoutS <= hc::kMaxTimeout));
    FUZZ_CHECK(!r->graceS || (*r->graceS >= hc::kMinTimeout && *r->graceS <= hc::kMaxTimeout));
    FUZZ_CHECK(!r->methods || r->methods->isEmpty() || *r->methods == QLatin1String("POST"));
    FUZZ_CHECK(!r->successKw || r->successKw->size() <= hc::kMaxKeywords);
    if (r->slug) {
        for (const QChar c : *r->slug)
            FUZZ_CHECK((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                       || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')
                       || c == QLatin1Char('_'));
    }
    if (r->unique) {
        for (const QString &f : *r->unique)
            FUZZ_CHECK(f == QLatin1String("name") || f == QLatin1String("slug")
                       || f == QLatin1String("tags") || f == QLatin1String("timeout")
                       || f == QLatin1String("grace"));
    }
    return 0;
}
