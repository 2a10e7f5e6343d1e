// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelsdialog.h"

#include "channeleditor.h"
#include "consolecore.h"
#include "format/humanformat.h"
#include "notify/channelkind.h"
#include "schedule/duration.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace uptrack {

ChannelsDialog::ChannelsDialog(ConsoleCore &core, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
    , m_list(new QListWidget(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_test(new QPushButton(tr("Send &test"), this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Notification channels"));
    auto *add = new QPushButton(tr("&Add…"), this);
    for (QPushButton *b : {add, m_edit, m_test, m_remove})
        b->setAutoDefault(false);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
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
    auto *intro = new QLabel(
            core.local() ? tr("Where alerts go. Secrets (webhook URLs, tokens, passwords) are kept "
                              "in the system keychain only.")
                         : tr("Where %1 sends alerts. Secrets (webhook URLs, tokens, passwords) "
                              "travel encrypted to its secret store and are kept there only, "
                              "never on this computer.")
                                   .arg(core.name()),
            this);
    intro->setWordWrap(true); // a long translation wraps rather than widen the dialog
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_result);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &ChannelsDialog::add);
    connect(m_remove, &QPushButton::clicked, this, &ChannelsDialog::removeSelected);
    connect(m_edit, &QPushButton::clicked, this, &ChannelsDialog::editSelected);
    connect(m_list, &QListWidget::itemActivated, this, &ChannelsDialog::editSelected);
    connect(m_test, &QPushButton::clicked, this, &ChannelsDialog::testSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_remove->setEnabled(!selectedName().isEmpty());
        m_edit->setEnabled(!selectedName().isEmpty());
        m_test->setEnabled(!selectedName().isEmpty());
    });
    connect(&core, &ConsoleCore::channelsChanged, this, &ChannelsDialog::reload);
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
        const ChannelKind *kind = ChannelKinds::find(c.kind);
        QString text = tr("%1 — %2 (%3)")
                               .arg(c.name, kind ? kind->label() : c.kind,
                                    what.join(QStringLiteral(", ")));
        if (c.reminderMs > 0)
            text += tr(", reminder every %1").arg(human::duration(c.reminderMs));
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
    m_edit->setEnabled(!selectedName().isEmpty());
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
    command::AddChannel add = editor.command();
    // "Use for new monitors" says nothing of the existing ones: ask, so that the first
    // failure of an older monitor does not alert nobody.
    const QList<Monitor> monitors = m_core.snapshot();
    if (add.channel.isDefault && !monitors.isEmpty()) {
        const auto answer = QMessageBox::question(
                this, tr("Existing monitors"),
                tr("New monitors will use \"%1\". Should the %n existing monitor(s) use it "
                   "too?",
                   nullptr, int(monitors.size()))
                        .arg(add.channel.name),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        add.applyToExisting = answer == QMessageBox::Yes;
    }
    QPointer<ChannelsDialog> self(this);
    // The core keeps the secret in the keychain; without one it adds nothing.
    m_core.command(add, [self](const command::Reply &reply) {
        if (!self)
            return;
        if (!reply.ok) {
            QMessageBox::warning(self, tr("Channel not added"), reply.error);
            return;
        }
        self->m_result->setText(tr("Added. Use \"Send test\" to try it."));
    });
}

void ChannelsDialog::editSelected()
{
    const QString name = selectedName();
    std::optional<Channel> channel;
    for (const Channel &c : m_core.channels())
        channel = c.name == name ? std::optional<Channel>(c) : channel;
    if (!channel)
        return;
    ChannelEditor editor(*channel, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    QPointer<ChannelsDialog> self(this);
    m_core.command(editor.editCommand(), [self](const command::Reply &reply) {
        if (!self)
            return;
        if (!reply.ok) {
            QMessageBox::warning(self, tr("Channel not changed"), reply.error);
            return;
        }
        self->m_result->setText(tr("Changed."));
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
    m_core.command(command::RemoveChannel{name}, [self](const command::Reply &reply) {
        if (!self)
            return;
        QString text = reply.ok ? tr("Removed.") : reply.error;
        if (!reply.warning.isEmpty())
            text += QLatin1Char(' ') + reply.warning;
        self->m_result->setText(text);
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
    m_core.command(command::TestChannel{name}, [self, name](const command::Reply &reply) {
        if (!self)
            return;
        self->setBusy(false);
        if (!reply.ok)
            self->m_result->setText(reply.error);
        else if (reply.delivered)
            self->m_result->setText(
                    tr("✔ Delivered through \"%1\" (%2).").arg(name, reply.outcome));
        else
            self->m_result->setText(
                    tr("✘ Not delivered through \"%1\": %2").arg(name, reply.outcome));
    });
}

} // namespace uptrack
