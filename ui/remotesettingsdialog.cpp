// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotesettingsdialog.h"

#include "consolecore.h"
#include "remote/apiclient.h"
#include "settings/defaults.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace uptrack {

namespace {
constexpr int kRequestMs = 20'000;
constexpr int kMostPings = 10'000'000;
const QString kPath = QStringLiteral("/api/uptrack/v1/settings");
} // namespace

RemoteSettingsDialog::RemoteSettingsDialog(ConsoleCore &core, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
    , m_listen(new QLineEdit(this))
    , m_bodyCap(new QSpinBox(this))
    , m_keepPings(new QSpinBox(this))
    , m_facts(new QLabel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings of %1").arg(core.name()));
    auto *intro = new QLabel(tr("These are the settings of the Uptrack core on %1: what you "
                                "save here applies there at once and stays after it "
                                "restarts (options on its command line still win).")
                                     .arg(core.name().toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_listen->setPlaceholderText(QStringLiteral("0.0.0.0:%1").arg(defaults::kPort));
    m_listen->setToolTip(tr("Where the core receives pings (ADDRESS:PORT). Move it with care: "
                            "jobs and this console must reach the new address."));
    m_bodyCap->setRange(0, int(defaults::kMaxBodyCapBytes / 1024));
    m_bodyCap->setSuffix(tr(" KB"));
    m_bodyCap->setToolTip(tr("How much of a POSTed body (the job's output) is stored with each "
                             "ping"));
    m_keepPings->setRange(1, kMostPings);
    m_keepPings->setGroupSeparatorShown(true);
    m_keepPings->setSuffix(tr(" pings per monitor"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Listen on:"), m_listen);
    form->addRow(tr("Largest ping &body:"), m_bodyCap);
    form->addRow(tr("&Keep:"), m_keepPings);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_facts);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RemoteSettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 360);
    load();
}

void RemoteSettingsDialog::load()
{
    remote::ApiClient *api = m_core.api();
    if (!api)
        return;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_status->setText(tr("Reading the settings from %1…").arg(m_core.name()));
    QPointer<RemoteSettingsDialog> self(this);
    api->request("GET", kPath, {}, kRequestMs, [self](const remote::Answer &a) {
        if (!self)
            return;
        if (a.failure != remote::Answer::Failure::None || a.status != 200) {
            self->m_status->setText(
                    tr("The settings could not be read: %1")
                            .arg(a.failure != remote::Answer::Failure::None
                                         ? a.error
                                         : a.json.value(QLatin1String("error")).toString()));
            return;
        }
        self->show(a.json);
    });
}

void RemoteSettingsDialog::show(const QJsonObject &s)
{
    m_loaded = s;
    m_listen->setText(s.value(QLatin1String("listen")).toString());
    m_bodyCap->setValue(int(s.value(QLatin1String("ping_body_limit")).toDouble() / 1024));
    m_keepPings->setValue(s.value(QLatin1String("pings_kept_per_monitor")).toInt());
    const QString tls = s.value(QLatin1String("tls_listen")).toString();
    m_facts->setText(
            tr("Pings go to %1. HTTPS: %2. History kept %3 days. Database: %4. Secrets: %5. "
               "Uptrack %6.")
                    .arg(s.value(QLatin1String("ping_url_base")).toString(),
                         tls.isEmpty() ? tr("off") : tls)
                    .arg(s.value(QLatin1String("history_days")).toInt())
                    .arg(s.value(QLatin1String("database")).toString(),
                         s.value(QLatin1String("secrets")).toString(),
                         s.value(QLatin1String("version")).toString()));
    m_status->clear();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
}

void RemoteSettingsDialog::save()
{
    remote::ApiClient *api = m_core.api();
    if (!api)
        return;
    // Only what changed: a setting nobody touched is left to the server.
    QJsonObject changes;
    const QString listen = m_listen->text().trimmed();
    if (listen != m_loaded.value(QLatin1String("listen")).toString())
        changes.insert(QStringLiteral("listen"), listen);
    const qint64 cap = qint64(m_bodyCap->value()) * 1024;
    if (cap != qint64(m_loaded.value(QLatin1String("ping_body_limit")).toDouble()))
        changes.insert(QStringLiteral("ping_body_limit"), double(cap));
    if (m_keepPings->value() != m_loaded.value(QLatin1String("pings_kept_per_monitor")).toInt())
        changes.insert(QStringLiteral("pings_kept_per_monitor"), m_keepPings->value());
    if (changes.isEmpty()) {
        accept();
        return;
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_status->setText(tr("Saving on %1…").arg(m_core.name()));
    QPointer<RemoteSettingsDialog> self(this);
    api->request("POST", kPath, changes, kRequestMs, [self](const remote::Answer &a) {
        if (!self)
            return;
        self->m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
        if (a.failure != remote::Answer::Failure::None || a.status != 200) {
            const QString why = a.failure != remote::Answer::Failure::None
                    ? a.error
                    : a.json.value(QLatin1String("error")).toString();
            self->m_status->setText(QStringLiteral("<span style='color:#a4262c'>%1</span>")
                                            .arg(tr("Not saved: %1").arg(why).toHtmlEscaped()));
            return;
        }
        self->accept();
    });
}

} // namespace uptrack
