// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "settings/defaults.h"

#include "apikeysdialog.h"
#include "i18n/translations.h"
#include "runtime/coreruntime.h"
#include "runtime/selfping.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace uptrack {

namespace {
QString currentListen(const RuntimeConfig &c)
{
    const QString host = c.listenAddress == QHostAddress::Any ? QString()
            : c.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
            ? QStringLiteral("[%1]").arg(c.listenAddress.toString())
            : c.listenAddress.toString();
    return QStringLiteral("%1:%2").arg(host).arg(c.port);
}
} // namespace

SettingsDialog::SettingsDialog(CoreRuntime &core, bool trayAvailable, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
    , m_settings(ConsoleSettings::load())
    , m_listen(new QLineEdit(this))
    , m_listenError(new QLabel(this))
    , m_bodyCap(new QSpinBox(this))
    , m_keepPings(new QSpinBox(this))
    , m_selfPing(new QLineEdit(this))
    , m_selfPingEvery(new QSpinBox(this))
    , m_selfPingError(new QLabel(this))
    , m_startMinimised(new QCheckBox(tr("Start &minimised to the tray"), this))
    , m_launchAtLogin(new QCheckBox(tr("&Launch at login"), this))
    , m_keepAwake(new QCheckBox(tr("Keep this computer a&wake while jobs are due"), this))
    , m_language(new QComboBox(this))
    , m_pingKey(new QLineEdit(this))
    , m_applyError(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings"));
    m_listen->setText(currentListen(core.config()));
    m_listen->setToolTip(tr("Where jobs send pings: ADDRESS:PORT, or :PORT for every network "
                            "interface (the default, :%1).")
                                 .arg(defaults::kPort));
    for (QLabel *l : {m_listenError, m_applyError, m_selfPingError}) {
        l->setWordWrap(true);
        l->setStyleSheet(QStringLiteral("color: #b3261e;"));
        l->hide();
    }
    m_bodyCap->setRange(0, int(defaults::kMaxBodyCapBytes / 1024));
    m_bodyCap->setSuffix(tr(" KB"));
    m_bodyCap->setValue(int(core.config().receiver.http.bodyCap / 1024));
    m_bodyCap->setToolTip(tr("How much of a POSTed body (the job's output) is stored with each "
                             "ping; the rest is cut off."));
    // A spin box holds an int; more than this is for the command line.
    constexpr int kMostPingsHere = 10'000'000;
    m_keepPings->setRange(1, kMostPingsHere);
    m_keepPings->setGroupSeparatorShown(true);
    m_keepPings->setValue(
            int(std::min<qint64>(core.config().engine.pingsKeptPerMonitor, kMostPingsHere)));
    m_keepPings->setSuffix(tr(" pings per monitor"));
    m_selfPing->setText(core.config().selfPingUrl);
    m_selfPing->setPlaceholderText(tr("https://hc-ping.com/… or http://other-box:8470/ping/…"));
    m_selfPing->setToolTip(tr("Watch the watcher: Uptrack pings this URL (another Uptrack, or "
                              "Healthchecks.io) while it listens, so that one alerts you when "
                              "this computer is asleep, off or cut off. Empty: no self-ping."));
    m_selfPingEvery->setRange(10, 86'400);
    m_selfPingEvery->setSuffix(tr(" s"));
    m_selfPingEvery->setPrefix(tr("every "));
    m_selfPingEvery->setValue(int(core.config().selfPingEveryMs / 1000));
    m_selfPingEvery->setAccessibleName(tr("Self-ping interval"));
    m_startMinimised->setChecked(m_settings.startMinimised);
    if (!trayAvailable) {
        m_startMinimised->setEnabled(false);
        m_startMinimised->setToolTip(tr("There is no system tray on this desktop."));
    }
    m_launchAtLogin->setChecked(launchesAtLogin());
    m_keepAwake->setChecked(core.config().keepAwake);
    m_keepAwake->setToolTip(tr("From a few minutes before a job's deadline until its ping comes "
                               "or its grace runs out, this computer may not go to sleep: its "
                               "pings are heard. Only then, never all night; jobs every few "
                               "minutes do not count. Needs logind (systemd)."));
    m_launchAtLogin->setToolTip(tr("Start Uptrack in the tray when you log in to this desktop."));
    m_language->addItem(tr("System default"), QString());
    for (const QString &code : i18n::languages())
        m_language->addItem(i18n::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language)));
    m_language->setToolTip(tr("Takes effect the next time Uptrack starts."));
    m_pingKey->setReadOnly(true);
    m_pingKey->setText(core.pingUrls().pingKey);
    m_pingKey->setAccessibleName(tr("Ping key"));
    auto *regenerate = new QPushButton(tr("&Regenerate…"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("Listen &on:"), m_listen);
    form->addRow(QString(), m_listenError);
    form->addRow(tr("&Body cap:"), m_bodyCap);
    form->addRow(tr("&Keep:"), m_keepPings);
    auto *selfPingRow = new QHBoxLayout;
    selfPingRow->addWidget(m_selfPing, 1);
    selfPingRow->addWidget(m_selfPingEvery);
    auto *selfPingLabel = new QLabel(tr("&Self-ping:"), this);
    selfPingLabel->setBuddy(m_selfPing);
    form->addRow(selfPingLabel, selfPingRow);
    form->addRow(QString(), m_selfPingError);
    form->addRow(QString(), m_startMinimised);
    form->addRow(QString(), m_launchAtLogin);
    form->addRow(QString(), m_keepAwake);
    form->addRow(tr("&Language:"), m_language);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_pingKey, 1);
    keyRow->addWidget(regenerate);
    auto *keyLabel = new QLabel(tr("Ping &key:"), this);
    keyLabel->setBuddy(m_pingKey);
    form->addRow(keyLabel, keyRow);
    auto *keyHelp = new QLabel(tr("The key in readable ping URLs (/ping/KEY/slug). Regenerating "
                                  "it stops every slug URL in use."),
                               this);
    keyHelp->setWordWrap(true);
    form->addRow(QString(), keyHelp);
    auto *apiKeys = new QPushButton(tr("&API keys…"), this);
    apiKeys->setToolTip(tr("Keys for scripts and tools that use the management API, and the "
                           "HTTPS certificate's fingerprint."));
    form->addRow(tr("Management API:"), apiKeys);
    connect(apiKeys, &QPushButton::clicked, this, [this] {
        ApiKeysDialog dialog(m_core, this);
        dialog.exec();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_applyError);
    layout->addWidget(m_buttons);

    connect(m_listen, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_selfPing, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(regenerate, &QPushButton::clicked, this, &SettingsDialog::regenerateKey);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

void SettingsDialog::validate()
{
    QHostAddress address;
    quint16 port = 0;
    QString error;
    const bool ok = parseListenAddress(m_listen->text().trimmed(), &address, &port, &error);
    m_listenError->setText(ok ? QString() : error);
    m_listenError->setVisible(!ok);
    QString selfPingError;
    const QString selfPing = m_selfPing->text().trimmed();
    const bool selfPingOk = selfPing.isEmpty() || validSelfPingUrl(selfPing, &selfPingError);
    m_selfPingError->setText(selfPingError);
    m_selfPingError->setVisible(!selfPingOk);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok && selfPingOk);
}

void SettingsDialog::apply()
{
    QHostAddress address;
    quint16 port = 0;
    QString error;
    if (!parseListenAddress(m_listen->text().trimmed(), &address, &port, &error))
        return;
    const QString selfPing = m_selfPing->text().trimmed();
    if (!selfPing.isEmpty() && !validSelfPingUrl(selfPing, &error))
        return;
    m_settings.selfPingUrl = selfPing;
    m_settings.selfPingEveryMs = qint64(m_selfPingEvery->value()) * 1000;
    m_settings.listen = m_listen->text().trimmed();
    m_settings.bodyCap = qint64(m_bodyCap->value()) * 1024;
    m_settings.keepPings = m_keepPings->value();
    m_settings.startMinimised = m_startMinimised->isChecked();
    m_settings.launchAtLogin = m_launchAtLogin->isChecked();
    m_settings.keepAwake = m_keepAwake->isChecked();
    m_settings.language = m_language->currentData().toString();
    QString loginError;
    if (m_launchAtLogin->isChecked() != launchesAtLogin()
        && !setLaunchAtLogin(m_launchAtLogin->isChecked(), &loginError)) {
        m_applyError->setText(loginError);
        m_applyError->show();
        return;
    }
    m_buttons->setEnabled(false);
    QPointer<SettingsDialog> self(this);
    const ConsoleSettings settings = m_settings;
    m_core.relisten(address, port, settings.bodyCap, [self, settings](const QString &why) {
        if (!self)
            return;
        self->m_buttons->setEnabled(true);
        if (!why.isEmpty()) {
            // Keep the dialog open with the reason; nothing was changed.
            self->m_listenError->setText(why);
            self->m_listenError->show();
            return;
        }
        // Applied only with the rest: when the address is refused, nothing changes.
        self->m_core.setPingsKeptPerMonitor(settings.keepPings);
        self->m_core.setSelfPing(settings.selfPingUrl, settings.selfPingEveryMs);
        self->m_core.setKeepAwake(settings.keepAwake);
        settings.save();
        self->accept();
    });
}

void SettingsDialog::regenerateKey()
{
    const auto answer = QMessageBox::warning(
            this, tr("Regenerate the ping key?"),
            tr("Every job that pings a readable URL (/ping/KEY/slug) will get \"not found\" "
               "until its URL is updated. Jobs that use the token URLs are not affected."),
            QMessageBox::Cancel | QMessageBox::Ok, QMessageBox::Cancel);
    if (answer != QMessageBox::Ok)
        return;
    QPointer<SettingsDialog> self(this);
    m_core.regeneratePingKey([self](const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            self->m_applyError->setText(error);
            self->m_applyError->show();
            return;
        }
        self->m_pingKey->setText(self->m_core.pingUrls().pingKey);
    });
}

} // namespace uptrack
