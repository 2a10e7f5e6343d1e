// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelsdialog.h"

#include "channeleditor.h"
#include "runtime/coreruntime.h"
#include "schedule/duration.h"
#include "secrets/secretstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace uptrack {

ChannelsDialog::ChannelsDialog(CoreRuntime &core, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
    , m_list(new QListWidget(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_test(new QPushButton(tr("Send &test"), this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Notification channels"));
    auto *add = new QPushButton(tr("&Add…"), this);
    for (QPushButton *b : {add, m_test, m_remove})
        b->setAutoDefault(false);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_test);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    m_list->setAccessibleName(tr("Channels"));
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Where alerts go. Secrets (webhook URLs, passwords) are kept "
                                    "in the system keychain only."),
                                 this));
    layout->addLayout(row);
    layout->addWidget(m_result);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &ChannelsDialog::add);
    connect(m_remove, &QPushButton::clicked, this, &ChannelsDialog::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &ChannelsDialog::testSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_remove->setEnabled(!selectedName().isEmpty());
        m_test->setEnabled(!selectedName().isEmpty());
    });
    connect(&core, &CoreRuntime::channelsChanged, this, &ChannelsDialog::reload);
    reload();
    resize(620, 380);
}

QString ChannelsDialog::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ChannelsDialog::reload()
{
    const QString keep = selectedName();
    m_list->clear();
    for (const Channel &c : m_core.channels()) {
        QStringList what;
        if (c.onDown)
            what << tr("down");
        if (c.onUp)
            what << tr("recovery");
        QString text = tr("%1 — %2 (%3)").arg(c.name, c.kind, what.join(QStringLiteral(", ")));
        if (c.reminderMs > 0)
            text += tr(", reminder every %1").arg(formatDuration(c.reminderMs));
        if (c.isDefault)
            text += tr(", default");
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, c.name);
        if (c.name == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_remove->setEnabled(!selectedName().isEmpty());
    m_test->setEnabled(!selectedName().isEmpty());
}

void ChannelsDialog::setBusy(bool busy)
{
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
    m_test->setEnabled(!busy && !selectedName().isEmpty());
}

void ChannelsDialog::add()
{
    ChannelEditor editor(this);
    if (editor.exec() != QDialog::Accepted)
        return;
    QJsonObject command = editor.command();
    const QString secret = editor.secret();
    QPointer<ChannelsDialog> self(this);
    auto save = [self, command](const QString &secretRef) mutable {
        if (!self)
            return;
        command.insert(QStringLiteral("secret_ref"), secretRef);
        self->m_core.command(command, [self, secretRef](const QJsonObject &reply) {
            if (!self)
                return;
            if (!reply.value(QLatin1String("ok")).toBool()) {
                if (!secretRef.isEmpty())
                    SecretStore().remove(SecretStore::channelKey(secretRef),
                                         [](bool, const QString &) {});
                QMessageBox::warning(self, tr("Channel not added"),
                                     reply.value(QLatin1String("error")).toString());
                return;
            }
            self->m_result->setText(tr("Added. Use \"Send test\" to try it."));
        });
    };
    if (secret.isEmpty()) {
        save(QString());
        return;
    }
    // The secret goes to the keychain first; without one, nothing is stored at all.
    const QString secretRef = QUuid::createUuid().toString(QUuid::WithoutBraces);
    SecretStore().write(SecretStore::channelKey(secretRef), secret,
                        [self, save, secretRef](bool ok, const QString &error) mutable {
                            if (!self)
                                return;
                            if (!ok) {
                                QMessageBox::warning(self, tr("No keychain"), error);
                                return;
                            }
                            save(secretRef);
                        });
}

void ChannelsDialog::removeSelected()
{
    const QString name = selectedName();
    if (name.isEmpty()
        || QMessageBox::question(this, tr("Remove channel"),
                                 tr("Remove the channel \"%1\"? Monitors stop using it and its "
                                    "pending alerts are dropped.")
                                         .arg(name))
                != QMessageBox::Yes)
        return;
    QPointer<ChannelsDialog> self(this);
    m_core.command(QJsonObject{{QStringLiteral("command"), QStringLiteral("channel.remove")},
                               {QStringLiteral("channel"), name}},
                   [self](const QJsonObject &reply) {
                       if (!self)
                           return;
                       const QString ref = reply.value(QLatin1String("secret_ref")).toString();
                       if (!ref.isEmpty())
                           SecretStore().remove(SecretStore::channelKey(ref),
                                                [](bool, const QString &) {});
                       self->m_result->setText(
                               reply.value(QLatin1String("ok")).toBool()
                                       ? tr("Removed.")
                                       : reply.value(QLatin1String("error")).toString());
                   });
}

void ChannelsDialog::testSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    setBusy(true);
    m_result->setText(tr("Sending a test message through \"%1\"…").arg(name));
    QPointer<ChannelsDialog> self(this);
    m_core.command(QJsonObject{{QStringLiteral("command"), QStringLiteral("channel.test")},
                               {QStringLiteral("channel"), name}},
                   [self, name](const QJsonObject &reply) {
                       if (!self)
                           return;
                       self->setBusy(false);
                       const QString outcome = reply.value(QLatin1String("outcome")).toString();
                       if (!reply.value(QLatin1String("ok")).toBool())
                           self->m_result->setText(reply.value(QLatin1String("error")).toString());
                       else if (reply.value(QLatin1String("delivered")).toBool())
                           self->m_result->setText(
                                   tr("✔ Delivered through \"%1\" (%2).").arg(name, outcome));
                       else
                           self->m_result->setText(
                                   tr("✘ Not delivered through \"%1\": %2").arg(name, outcome));
                   });
}

} // namespace uptrack
