// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandhandler.h"

#include "controllog.h"
#include "engine/engine.h"
#include "format/jsonformat.h"
#include "notify/channelkind.h"
#include "notify/notifier.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace uptrack {

using command::Reply;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandHandler)
};

QString newSecretRef()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Reply noMonitor(const QString &ref)
{
    return Reply::failure(
            Tr::tr("No monitor is named \"%1\" (give an id, a slug or a token).").arg(ref));
}

Reply noChannel(const QString &ref)
{
    return Reply::failure(Tr::tr("No channel is named \"%1\".").arg(ref));
}

Reply result(bool ok, qint64 id, const QString &error)
{
    return ok ? Reply::success(id) : Reply::failure(error);
}

// The engine said no: field by field when it could, else in a sentence.
Reply refusal(const QString &error, const Problems &problems)
{
    return problems.isEmpty() ? Reply::failure(error) : Reply::refused(problems);
}
} // namespace

void CommandHandler::handle(const command::Command &command, Done done)
{
    std::visit([this, &done](const auto &c) { run(c, std::move(done)); }, command);
}

void CommandHandler::handleJson(const QJsonObject &json,
                                std::function<void(const QJsonObject &)> reply)
{
    QString error;
    const auto command = command::fromJson(json, &error);
    if (!command) {
        reply(Reply::failure(error).toJson());
        return;
    }
    handle(*command, [reply](const Reply &r) { reply(r.toJson()); });
}

void CommandHandler::storeCheckSecrets(const QMap<QString, QString> &values, MonitorSpec *spec,
                                       Done done, std::function<void(const QString &)> next)
{
    if (values.isEmpty()) {
        next(QString());
        return;
    }
    QJsonObject stored;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        stored.insert(it.key(), it.value());
    const QString ref = newSecretRef();
    QJsonObject check = spec->check.value_or(QJsonObject());
    check.insert(QStringLiteral("secret_headers"), QJsonArray::fromStringList(values.keys()));
    check.insert(QStringLiteral("secret_ref"), ref);
    spec->check = check;
    m_secrets.write(SecretStore::checkKey(ref),
                    QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)),
                    [done, next, ref](bool ok, const QString &error) {
                        if (!ok)
                            done(Reply::failure(error));
                        else
                            next(ref);
                    });
}

void CommandHandler::forgetSecret(QString (*keyOf)(const QString &), const QString &ref,
                                  Reply reply, Done done)
{
    if (ref.isEmpty()) {
        done(reply);
        return;
    }
    m_secrets.remove(keyOf(ref), [reply, done](bool ok, const QString &error) mutable {
        if (!ok) {
            qCWarning(lcControl) << "a secret could not be removed from the store:" << error;
            reply.warning
                    = Tr::tr("Its secret could not be removed from the keychain: %1").arg(error);
        }
        done(reply);
    });
}

void CommandHandler::run(const command::AddMonitor &c, Done done)
{
    auto spec = std::make_shared<MonitorSpec>(c.spec);
    storeCheckSecrets(c.secretHeaders, spec.get(), done, [this, spec, done](const QString &ref) {
        QString error;
        Problems problems;
        const auto m = m_engine.addMonitor(*spec, &error, &problems);
        const Reply reply = m ? Reply::success(m->id) : refusal(error, problems);
        forgetSecret(SecretStore::checkKey, m ? QString() : ref, reply, done);
    });
}

void CommandHandler::run(const command::EditMonitor &c, Done done)
{
    const Monitor *m = target(c.monitor, done);
    if (!m)
        return;
    const qint64 id = m->id;
    const QString oldRef = m->check.secretRef;
    auto spec = std::make_shared<MonitorSpec>(c.spec);
    storeCheckSecrets(c.secretHeaders, spec.get(), done,
                      [this, spec, done, id, oldRef](const QString &ref) {
                          QString error;
                          Problems problems;
                          const auto m = m_engine.editMonitor(id, *spec, &error, &problems);
                          const Reply reply = m ? Reply::success(id) : refusal(error, problems);
                          // The new values replace the old ones; a refused edit keeps the old.
                          const QString stale
                                  = m ? (ref.isEmpty() || ref == oldRef ? QString() : oldRef) : ref;
                          forgetSecret(SecretStore::checkKey, stale, reply, done);
                      });
}

const Monitor *CommandHandler::target(const QString &ref, const Done &done) const
{
    const Monitor *m = m_engine.find(ref);
    if (!m)
        done(noMonitor(ref));
    return m;
}

void CommandHandler::run(const command::PauseMonitor &c, Done done)
{
    if (const Monitor *m = target(c.monitor, done)) {
        QString error;
        const qint64 id = m->id;
        done(result(m_engine.pauseMonitor(id, &error), id, error));
    }
}

void CommandHandler::run(const command::ResumeMonitor &c, Done done)
{
    if (const Monitor *m = target(c.monitor, done)) {
        QString error;
        const qint64 id = m->id;
        done(result(m_engine.resumeMonitor(id, &error, c.asNew), id, error));
    }
}

void CommandHandler::run(const command::RemoveMonitor &c, Done done)
{
    const Monitor *m = target(c.monitor, done);
    if (!m)
        return;
    QString error;
    const qint64 id = m->id;
    const QString secretRef = m->check.secretRef;
    if (!m_engine.removeMonitor(id, &error)) {
        done(Reply::failure(error));
        return;
    }
    forgetSecret(SecretStore::checkKey, secretRef, Reply::success(id), done);
}

void CommandHandler::run(const command::TestPing &c, Done done)
{
    const Monitor *m = target(c.monitor, done);
    if (!m)
        return;
    Ping ping;
    ping.source = QStringLiteral("console");
    ping.method = QStringLiteral("TEST");
    ping.userAgent = QStringLiteral("Uptrack console (test ping)");
    const qint64 id = m->id;
    m_engine.submitPing(
            PingTarget::byToken(m->token), std::move(ping), [done, id](PingOutcome outcome) {
                done(outcome == PingOutcome::Ok || outcome == PingOutcome::Created
                             ? Reply::success(id)
                             : Reply::failure(Tr::tr("The test ping could not be stored.")));
            });
}

void CommandHandler::run(const command::AddChannel &c, Done done)
{
    const ChannelSpec &spec = c.channel;
    const ChannelKind *kind = ChannelKinds::find(spec.kind);
    if (!kind) {
        done(Reply::refused(
                {{QStringLiteral("kind"),
                  Tr::tr("Unknown channel kind \"%1\" (%2).")
                          .arg(spec.kind, ChannelKinds::names().join(QStringLiteral(", ")))}}));
        return;
    }
    Problems problems;
    if (spec.name.trimmed().isEmpty())
        problems.append(
                {QStringLiteral("name"),
                 QCoreApplication::translate("uptrack::Engine", "A channel needs a name.")});
    problems += kind->validateConfig(spec.config);
    if (kind->secretRequired() && spec.secret.isEmpty())
        problems.append({QStringLiteral("secret"),
                         Tr::tr("A %1 channel needs its %2.").arg(spec.kind, kind->secretLabel())});
    else if (!spec.secret.isEmpty())
        if (const QString why = kind->validateSecret(spec.secret); !why.isEmpty())
            problems.append({QStringLiteral("secret"), why});
    if (!problems.isEmpty()) {
        done(Reply::refused(problems));
        return;
    }
    Channel channel;
    channel.name = spec.name.trimmed();
    channel.kind = spec.kind;
    channel.config = spec.config;
    channel.onDown = spec.onDown;
    channel.onUp = spec.onUp;
    channel.reminderMs = spec.reminderMs;
    channel.isDefault = spec.isDefault;
    auto add = [this, done, toAll = c.applyToExisting](Channel channel) {
        QString error;
        const auto saved = m_engine.addChannel(channel, &error, toAll);
        forgetSecret(SecretStore::channelKey, saved ? QString() : channel.secretRef,
                     result(saved.has_value(), saved ? saved->id : 0, error), done);
    };
    if (spec.secret.isEmpty()) {
        add(channel);
        return;
    }
    // The secret goes to the store first; without one, nothing is stored at all.
    channel.secretRef = newSecretRef();
    m_secrets.write(SecretStore::channelKey(channel.secretRef), spec.secret,
                    [add, channel, done](bool ok, const QString &error) {
                        if (!ok)
                            done(Reply::failure(error));
                        else
                            add(channel);
                    });
}

void CommandHandler::run(const command::EditChannel &c, Done done)
{
    const Channel *found = m_engine.findChannel(c.channel);
    if (!found) {
        done(noChannel(c.channel));
        return;
    }
    Channel channel = *found;
    Problems problems;
    if (c.name) {
        if (c.name->trimmed().isEmpty())
            problems.append(
                    {QStringLiteral("name"),
                     QCoreApplication::translate("uptrack::Engine", "A channel needs a name.")});
        channel.name = c.name->trimmed();
    }
    channel.onDown = c.onDown.value_or(channel.onDown);
    channel.onUp = c.onUp.value_or(channel.onUp);
    if (!channel.onDown && !channel.onUp)
        problems.append({QStringLiteral("on"),
                         Tr::tr("A channel sends down alerts, recovery notices, or both.")});
    if (c.reminderMs) {
        if (*c.reminderMs < 0 || (*c.reminderMs > 0 && *c.reminderMs < 60'000))
            problems.append({QStringLiteral("reminder"),
                             Tr::tr("Reminders: at least 1 min, or 0 for none.")});
        channel.reminderMs = *c.reminderMs;
    }
    channel.isDefault = c.isDefault.value_or(channel.isDefault);
    if (!problems.isEmpty()) {
        done(Reply::refused(problems));
        return;
    }
    QString error;
    const auto saved = m_engine.editChannel(channel, &error);
    done(result(saved.has_value(), channel.id, error));
}

void CommandHandler::run(const command::RemoveChannel &c, Done done)
{
    const Channel *channel = m_engine.findChannel(c.channel);
    if (!channel) {
        done(noChannel(c.channel));
        return;
    }
    QString error;
    const qint64 id = channel->id;
    const auto secretRef = m_engine.removeChannel(id, &error);
    if (!secretRef) {
        done(Reply::failure(error));
        return;
    }
    forgetSecret(SecretStore::channelKey, *secretRef, Reply::success(id), done);
}

void CommandHandler::run(const command::TestChannel &c, Done done)
{
    const Channel *channel = m_engine.findChannel(c.channel);
    if (!channel) {
        done(noChannel(c.channel));
        return;
    }
    if (!m_notifier) {
        done(Reply::failure(Tr::tr("Alerts are not running here.")));
        return;
    }
    const qint64 id = channel->id;
    m_notifier->sendTest(id, [done, id](bool ok, const QString &outcome) {
        Reply r = Reply::success(id);
        r.delivered = ok;
        r.outcome = outcome;
        done(r);
    });
}

void CommandHandler::run(const command::SetIncidentNote &c, Done done)
{
    QString error;
    done(result(m_engine.setIncidentNote(c.incident, c.note, &error), c.incident, error));
}

void CommandHandler::run(const command::AcknowledgeIncident &c, Done done)
{
    QString error;
    qint64 incident = c.incident;
    if (incident == 0) { // a monitor's open incident
        const Monitor *m = m_engine.find(c.monitor);
        if (!m) {
            done(Reply::failure(
                    Tr::tr("No monitor \"%1\" (give an id, slug or token).").arg(c.monitor)));
            return;
        }
        incident = m_engine.openIncidentOf(m->id);
        if (incident == 0) {
            done(Reply::failure(Tr::tr("%1 has no open incident: there is nothing to acknowledge.")
                                        .arg(m->name)));
            return;
        }
    }
    done(result(m_engine.acknowledgeIncident(incident, c.by, c.note, &error), incident, error));
}

void CommandHandler::run(const command::AddApiKey &c, Done done)
{
    QString error;
    QString key;
    Problems problems;
    const auto added = m_engine.addApiKey(c.name, c.readOnly, &key, &error, &problems);
    if (!added) {
        done(problems.isEmpty() ? Reply::failure(error) : Reply::refused(problems));
        return;
    }
    Reply reply = Reply::success(added->id);
    reply.key = key;
    reply.apiKey = apiKeyToJson(*added);
    done(reply);
}

void CommandHandler::run(const command::RemoveApiKey &c, Done done)
{
    QString error;
    done(result(m_engine.removeApiKey(c.name, &error), 0, error));
}

void CommandHandler::run(const command::AddMaintenance &c, Done done)
{
    QString error;
    const auto added = m_engine.addMaintenance(c.window, &error);
    done(added ? Reply::success(added->id) : Reply::failure(error));
}

void CommandHandler::run(const command::EditMaintenance &c, Done done)
{
    QString error;
    const auto edited = m_engine.editMaintenance(c.window, &error);
    done(edited ? Reply::success(edited->id) : Reply::failure(error));
}

void CommandHandler::run(const command::RemoveMaintenance &c, Done done)
{
    QString error;
    done(result(m_engine.removeMaintenance(c.window, &error), c.window, error));
}

namespace {
// The scope a mute command names: a monitor, a tag, or every monitor.
std::optional<uptrack::Mute> muteScope(const Engine &engine, const QString &monitor,
                                       const QString &tag, QString *error)
{
    uptrack::Mute scope;
    if (!monitor.isEmpty() && !tag.isEmpty()) {
        *error = Tr::tr("Give a monitor or a tag, not both.");
        return std::nullopt;
    }
    if (!monitor.isEmpty()) {
        const Monitor *m = engine.find(monitor);
        if (!m) {
            *error = Tr::tr("No monitor \"%1\" (give an id, slug or token).").arg(monitor);
            return std::nullopt;
        }
        scope.scope = uptrack::Mute::Scope::Monitor;
        scope.monitorId = m->id;
    } else if (!tag.isEmpty()) {
        scope.scope = uptrack::Mute::Scope::Tag;
        scope.tag = tag;
    }
    return scope;
}
} // namespace

void CommandHandler::run(const command::Mute &c, Done done)
{
    QString error;
    auto scope = muteScope(m_engine, c.monitor, c.tag, &error);
    if (!scope) {
        done(Reply::failure(error));
        return;
    }
    scope->untilMs = c.untilMs;
    const auto muted = m_engine.mute(*scope, &error);
    done(muted ? Reply::success(muted->id) : Reply::failure(error));
}

void CommandHandler::run(const command::Unmute &c, Done done)
{
    QString error;
    std::optional<uptrack::Mute> scope;
    if (!c.all) {
        scope = muteScope(m_engine, c.monitor, c.tag, &error);
        if (!scope) {
            done(Reply::failure(error));
            return;
        }
    }
    const auto ended = m_engine.unmute(scope, &error);
    if (!ended) {
        done(Reply::failure(error));
        return;
    }
    if (ended->isEmpty() && scope) {
        done(Reply::failure(
                Tr::tr("Nothing is muted for %1.").arg(m_engine.muteScopeText(*scope))));
        return;
    }
    done(Reply::success(ended->size()));
}

void CommandHandler::run(const command::ShowConsole &, Done done)
{
    if (!m_showWindow) {
        done(Reply::failure(Tr::tr("This Uptrack runs without a window (--headless).")));
        return;
    }
    m_showWindow();
    done(Reply::success());
}

} // namespace uptrack
