// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hcspec.h"

#include "schedule/schedule.h"

#include <QJsonArray>
#include <QTimeZone>

#include <cmath>

namespace uptrack::hc {

namespace {
/// The first wrong field stops decoding; its sentence is Healthchecks' own.
class Decoder
{
public:
    Decoder(const QJsonObject &json, QString *error) : m_json(json), m_error(error) { }
    bool failed() const { return m_failed; }

    void text(const char *key, std::optional<QString> *out, int maxLength = -1)
    {
        const QJsonValue v = value(key);
        if (m_failed || v.isUndefined())
            return;
        if (!v.isString())
            return fail(key, "is not a string");
        if (maxLength >= 0 && v.toString().size() > maxLength)
            return fail(key, "is too long");
        *out = v.toString();
    }
    void flag(const char *key, std::optional<bool> *out)
    {
        const QJsonValue v = value(key);
        if (m_failed || v.isUndefined())
            return;
        if (!v.isBool())
            return fail(key, "is not a boolean");
        *out = v.toBool();
    }
    void seconds(const char *key, std::optional<qint64> *out)
    {
        const QJsonValue v = value(key);
        if (m_failed || v.isUndefined())
            return;
        const double d = v.toDouble();
        if (!v.isDouble() || !std::isfinite(d) || std::floor(d) != d)
            return fail(key, "is not a number");
        if (d < double(kMinTimeout))
            return fail(key, "is too small");
        if (d > double(kMaxTimeout))
            return fail(key, "is too large");
        *out = qint64(d);
    }
    void methods(std::optional<QString> *out)
    {
        const QJsonValue v = value("methods");
        if (m_failed || v.isUndefined())
            return;
        if (!v.isString() || (!v.toString().isEmpty() && v.toString() != QLatin1String("POST")))
            return fail("methods", "has unexpected value");
        *out = v.toString();
    }
    void schedule(std::optional<QString> *out)
    {
        text("schedule", out, 100);
        if (m_failed || !*out)
            return;
        // Healthchecks reads a single line of five fields as cron; anything else would be
        // systemd OnCalendar, which Uptrack does not read: refused as an invalid one is.
        const QString expr = (*out)->trimmed();
        const bool cron = !expr.contains(QLatin1Char('\n'))
                && expr.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() == 5;
        if (!cron || !Schedule::cronProblem(expr).isEmpty()) {
            out->reset();
            return fail("schedule", "is not a valid cron or OnCalendar expression");
        }
    }
    void slug(std::optional<QString> *out)
    {
        text("slug", out, 100);
        if (m_failed || !*out)
            return;
        for (const QChar c : **out) {
            const char16_t u = c.unicode();
            if (!((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '_')) {
                out->reset();
                return fail("slug", "does not match pattern");
            }
        }
    }
    void zone(std::optional<QString> *out)
    {
        text("tz", out);
        if (m_failed || !*out)
            return;
        const QString canonical = canonicalZone(**out);
        if (canonical.isEmpty() || !QTimeZone(canonical.toUtf8()).isValid()) {
            out->reset();
            return fail("tz", "is not a valid timezone");
        }
        *out = canonical;
    }
    void unique(std::optional<QStringList> *out)
    {
        const QJsonValue v = value("unique");
        if (m_failed || v.isUndefined())
            return;
        if (!v.isArray())
            return fail("unique", "is not an array");
        static const QStringList allowed
                = {QStringLiteral("name"), QStringLiteral("slug"), QStringLiteral("tags"),
                   QStringLiteral("timeout"), QStringLiteral("grace")};
        QStringList fields;
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString() || !allowed.contains(item.toString())) {
                m_failed = true;
                *m_error = QStringLiteral(
                        "json validation error: an item in 'unique' has unexpected value");
                return;
            }
            fields.append(item.toString());
        }
        *out = fields;
    }

private:
    QJsonValue value(const char *key) const
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        // Healthchecks refuses null for every field (it reads as a value of no field's
        // type); here it is a value, and so of the wrong type.
        return v.isNull() ? QJsonValue(0.5) : v;
    }
    void fail(const char *key, const char *what)
    {
        m_failed = true;
        *m_error = QStringLiteral("json validation error: %1 %2")
                           .arg(QLatin1String(key), QLatin1String(what));
    }

    const QJsonObject &m_json;
    QString *m_error;
    bool m_failed = false;
};
} // namespace

std::optional<CheckRequest> decodeCheckRequest(const QJsonObject &json, QString *error)
{
    CheckRequest r;
    Decoder d(json, error);
    // In Healthchecks' order, so the first error named is the one it names.
    d.text("channels", &r.channels);
    d.text("desc", &r.desc);
    d.text("failure_kw", &r.failureKw, kMaxKeywords);
    d.flag("filter_body", &r.filterBody);
    d.seconds("grace", &r.graceS);
    d.flag("manual_resume", &r.manualResume);
    d.methods(&r.methods);
    d.text("name", &r.name, kMaxName);
    d.schedule(&r.schedule);
    d.slug(&r.slug);
    d.text("start_kw", &r.startKw, kMaxKeywords);
    d.text("success_kw", &r.successKw, kMaxKeywords);
    d.text("tags", &r.tags);
    d.seconds("timeout", &r.timeoutS);
    d.zone(&r.tz);
    d.unique(&r.unique);
    if (d.failed())
        return std::nullopt;
    return r;
}

QString canonicalZone(const QString &zone)
{
    // The renames of the IANA database that Healthchecks maps back (its legacy_timezones
    // are the "backward" links); the common ones.
    static const QHash<QString, QString> legacy = {
            {QStringLiteral("Europe/Kiev"), QStringLiteral("Europe/Kyiv")},
            {QStringLiteral("Europe/Uzhgorod"), QStringLiteral("Europe/Kyiv")},
            {QStringLiteral("Europe/Zaporozhye"), QStringLiteral("Europe/Kyiv")},
            {QStringLiteral("Asia/Calcutta"), QStringLiteral("Asia/Kolkata")},
            {QStringLiteral("Asia/Saigon"), QStringLiteral("Asia/Ho_Chi_Minh")},
            {QStringLiteral("Asia/Katmandu"), QStringLiteral("Asia/Kathmandu")},
            {QStringLiteral("Asia/Rangoon"), QStringLiteral("Asia/Yangon")},
            {QStringLiteral("America/Buenos_Aires"),
             QStringLiteral("America/Argentina/Buenos_Aires")},
            {QStringLiteral("America/Indianapolis"),
             QStringLiteral("America/Indiana/Indianapolis")},
            {QStringLiteral("Pacific/Enderbury"), QStringLiteral("Pacific/Kanton")},
            {QStringLiteral("Atlantic/Faeroe"), QStringLiteral("Atlantic/Faroe")},
    };
    const auto it = legacy.constFind(zone);
    if (it == legacy.constEnd())
        return zone;
    // An older zone database may not know the new name yet: then the old one stands.
    return QTimeZone(it->toUtf8()).isValid() ? *it : zone;
}

} // namespace uptrack::hc
