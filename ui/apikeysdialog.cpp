// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apikeysdialog.h"

#include "runtime/coreruntime.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace uptrack {

namespace {
QString when(qint64 ms)
{
    if (ms < 0)
        return ApiKeysDialog::tr("never");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}
} // namespace

ApiKeysDialog::ApiKeysDialog(CoreRuntime &core, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
    , m_list(new QTreeWidget(this))
    , m_name(new QLineEdit(this))
    , m_readOnly(new QCheckBox(tr("&Read-only (may read checks, never change them)"), this))
    , m_create(new QPushButton(tr("Create &key"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_newKey(new QLineEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_newKeyNote(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("API keys"));
    auto *intro = new QLabel(
            tr("Keys for scripts and tools that use the management API (Healthchecks' API "
               "under /api/v3/). A key is shown once, when it is made: only its hash is kept."),
            this);
    intro->setWordWrap(true);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Access"), tr("Created"), tr("Last used"), tr("Key")});
    m_list->setAccessibleName(tr("API keys"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setMinimumHeight(140);

    m_name->setPlaceholderText(tr("what it is for, e.g. deploy"));
    m_name->setAccessibleName(tr("Name of the new key"));
    auto *createForm = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_create);
    createForm->addRow(nameLabel, nameRow);
    createForm->addRow(QString(), m_readOnly);
    m_newKey->setReadOnly(true);
    m_newKey->setAccessibleName(tr("The new key"));
    m_newKey->setFont(QFont(QStringLiteral("monospace")));
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_newKey, 1);
    keyRow->addWidget(m_copy);
    m_newKeyNote->setWordWrap(true);
    createForm->addRow(QString(), keyRow);
    createForm->addRow(QString(), m_newKeyNote);
    for (QWidget *w : {static_cast<QWidget *>(m_newKey), static_cast<QWidget *>(m_copy),
                       static_cast<QWidget *>(m_newKeyNote)})
        w->hide();
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    createForm->addRow(QString(), m_error);
    auto *newGroup = new QGroupBox(tr("New key"), this);
    newGroup->setLayout(createForm);

    const QString fingerprint = core.tlsFingerprint();
    auto *tls = new QLabel(this);
    tls->setWordWrap(true);
    tls->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tls->setText(fingerprint.isEmpty()
                         ? tr("HTTPS is off: keys are accepted from this computer only. Start "
                              "Uptrack with --tls auto to use the API from other machines.")
                         : tr("HTTPS certificate (SHA-256), to compare on a client:\n%1")
                                   .arg(fingerprint));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addStretch(1);
    listButtons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(listButtons);
    layout->addWidget(newGroup);
    layout->addWidget(tls);
    layout->addWidget(buttons);

    m_create->setEnabled(false);
    m_remove->setEnabled(false);
    connect(m_name, &QLineEdit::textChanged, this,
            [this](const QString &t) { m_create->setEnabled(!t.trimmed().isEmpty()); });
    connect(m_name, &QLineEdit::returnPressed, this, [this] {
        if (m_create->isEnabled())
            create();
    });
    connect(m_create, &QPushButton::clicked, this, &ApiKeysDialog::create);
    connect(m_remove, &QPushButton::clicked, this, &ApiKeysDialog::removeSelected);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_newKey->text());
        m_copy->setText(tr("Copied"));
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&core, &CoreRuntime::apiKeysChanged, this, &ApiKeysDialog::reload);
    reload();
    m_name->setFocus();
    resize(680, sizeHint().height());
}

void ApiKeysDialog::reload()
{
    m_list->clear();
    for (const ApiKey &k : m_core.apiKeys()) {
        auto *item = new QTreeWidgetItem(m_list,
                                         {k.name, k.readOnly ? tr("read-only") : tr("read-write"),
                                          when(k.createdMs), when(k.lastUsedMs),
                                          k.prefix + QStringLiteral("…")});
        item->setData(0, Qt::UserRole, k.name);
    }
    for (int c = 1; c < m_list->columnCount(); ++c)
        m_list->resizeColumnToContents(c);
}

void ApiKeysDialog::create()
{
    m_error->hide();
    QPointer<ApiKeysDialog> self(this);
    m_create->setEnabled(false);
    m_core.command(command::AddApiKey{m_name->text().trimmed(), m_readOnly->isChecked()},
                   [self](const command::Reply &r) {
                       if (!self)
                           return;
                       self->m_create->setEnabled(true);
                       if (!r.ok) {
                           self->m_error->setText(r.error);
                           self->m_error->show();
                           return;
                       }
                       self->m_newKey->setText(r.key);
                       self->m_newKeyNote->setText(
                               tr("The key \"%1\": copy it now, it is not shown again.")
                                       .arg(r.apiKey.value(QLatin1String("name")).toString()));
                       self->m_copy->setText(tr("&Copy"));
                       for (QWidget *w : {static_cast<QWidget *>(self->m_newKey),
                                          static_cast<QWidget *>(self->m_copy),
                                          static_cast<QWidget *>(self->m_newKeyNote)})
                           w->show();
                       self->m_newKey->selectAll();
                       self->m_newKey->setFocus();
                       self->m_name->clear();
                   });
}

void ApiKeysDialog::removeSelected()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    const QString name = selected.first()->data(0, Qt::UserRole).toString();
    const auto answer = QMessageBox::question(
            this, tr("Remove the API key?"),
            tr("Remove the API key \"%1\"? Scripts that use it stop working at once.").arg(name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QPointer<ApiKeysDialog> self(this);
    m_core.command(command::RemoveApiKey{name}, [self](const command::Reply &r) {
        if (!self || r.ok)
            return;
        self->m_error->setText(r.error);
        self->m_error->show();
    });
}

} // namespace uptrack
