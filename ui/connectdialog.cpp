// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectdialog.h"

#include "remote/apiclient.h"
#include "secrets/secretstore.h"
#include "viewhelpers.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace uptrack {

namespace {

constexpr int kProbeMs = 15'000;
const QString kProbePath = QStringLiteral("/api/uptrack/v1/settings");

/// The fingerprint as `uptrack tls fingerprint` prints it (AB:CD:...), on two lines of
/// sixteen bytes, so the two can be compared side by side.
QString twoLines(const QString &fingerprint)
{
    const QStringList bytes = fingerprint.split(QLatin1Char(':'));
    if (bytes.size() != 32)
        return fingerprint;
    return bytes.mid(0, 16).join(QLatin1Char(':')) + QStringLiteral(":\n")
            + bytes.mid(16).join(QLatin1Char(':'));
}

remote::Answer probe(remote::ApiClient &client, const QString &origin, QWidget *parent)
{
    QProgressDialog progress(ConnectDialog::tr("Connecting to %1…").arg(origin),
                             ConnectDialog::tr("Cancel"), 0, 0, parent);
    progress.setWindowTitle(ConnectDialog::tr("Uptrack"));
    progress.setMinimumDuration(500);
    progress.setWindowModality(Qt::ApplicationModal);
    return client.requestAndWait("GET", kProbePath, {}, kProbeMs);
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_address(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Connect to server"));
    auto *intro = new QLabel(
            tr("Show the monitors of an Uptrack core on another machine (one that is always "
               "on, so it watches while this computer sleeps), or of this computer's own. On "
               "the server, <tt>uptrack apikey add --name NAME</tt> makes the key it asks "
               "for."),
            this);
    intro->setWordWrap(true);
    auto *here = new QListWidgetItem(tr("This computer"), m_list);
    here->setData(Qt::UserRole, QString());
    for (const QString &origin : remote::servers::recent()) {
        auto *item = new QListWidgetItem(origin, m_list);
        item->setData(Qt::UserRole, origin);
    }
    m_list->setAccessibleName(tr("Recent servers"));
    m_list->setCurrentRow(0);
    m_address->setEditable(true);
    m_address->lineEdit()->setPlaceholderText(tr("office-server or https://office-server:8471"));
    m_address->setAccessibleName(tr("Server address"));
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c"));
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *go = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    go->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ConnectDialog::check);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_address->setEditText(m_list->item(row)->data(Qt::UserRole).toString());
    });
    connect(m_address, &QComboBox::editTextChanged, this, [this](const QString &text) {
        m_problem->clear();
        // Typing a new address leaves the list's choice.
        const QListWidgetItem *item = m_list->currentItem();
        if (item && item->data(Qt::UserRole).toString() != text.trimmed())
            m_list->setCurrentRow(-1);
    });
    auto *form = new QFormLayout;
    form->addRow(tr("&Recent:"), m_list);
    form->addRow(tr("&Address:"), m_address);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(520, 360);
}

QString ConnectDialog::chosen() const
{
    const QString text = m_address->currentText().trimmed();
    if (text.isEmpty())
        return QString();
    QString why;
    const QUrl url = remote::serverUrl(text, &why);
    return url.isValid() ? remote::originOf(url) : QString();
}

void ConnectDialog::choose(const QString &address)
{
    m_address->setEditText(address);
}

void ConnectDialog::check()
{
    const QString text = m_address->currentText().trimmed();
    if (!text.isEmpty()) {
        QString why;
        if (!remote::serverUrl(text, &why).isValid()) {
            m_problem->setText(why);
            return;
        }
    }
    accept();
}

FingerprintDialog::FingerprintDialog(const QString &origin, const QString &fingerprint,
                                     QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("fingerprintDialog"));
    setWindowTitle(tr("Is this %1?").arg(origin));
    auto *text = new QLabel(
            tr("<p>This computer has not connected to <b>%1</b> before. Its certificate is "
               "not vouched for by an authority, so check that it is really your server "
               "before anything is sent to it.</p><p>On the server, run <tt>uptrack tls "
               "fingerprint</tt> and compare what it prints with this SHA-256 "
               "fingerprint:</p>")
                    .arg(origin.toHtmlEscaped()),
            this);
    text->setWordWrap(true);
    auto *print = new QLabel(twoLines(fingerprint), this);
    print->setObjectName(QStringLiteral("fingerprint"));
    print->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    print->setTextInteractionFlags(Qt::TextSelectableByMouse);
    print->setAccessibleName(tr("Certificate fingerprint"));
    print->setStyleSheet(QStringLiteral("QLabel { padding: 8px; background: palette(base); }"));
    auto *after = new QLabel(tr("When they match, this certificate is remembered; if it ever "
                                "changes, Uptrack refuses to connect and says so."),
                             this);
    after->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *trust
            = buttons->addButton(tr("They &match: connect"), QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(tr("&Cancel"), QDialogButtonBox::RejectRole);
    cancel->setDefault(true); // nothing trusted by a stray Enter
    trust->setObjectName(QStringLiteral("trust"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(print);
    layout->addWidget(after);
    layout->addWidget(buttons);
}

std::optional<Attachment> prepareAttachment(const QUrl &server, const QString &expectedFingerprint,
                                            QWidget *parent, QString *error, bool ask)
{
    const QString origin = remote::originOf(server);
    const bool given = !expectedFingerprint.isEmpty();
    QString expected = given ? expectedFingerprint : remote::pins::pinned(origin);
    SecretStore secrets;
    const QString storeKey = remote::apiKeyStoreKey(origin);
    QString key = qEnvironmentVariable("UPTRACK_API_KEY");
    bool keyTyped = false;
    if (key.isEmpty()) {
        QString stored, why;
        if (secrets.readSync(storeKey, &stored, &why))
            key = stored;
    }
    remote::ApiClient client(server, key, expected);
    remote::Answer a = probe(client, origin, parent);
    bool trusted = false;
    if (a.failure == remote::Answer::Failure::Unpinned && !given && !ask) {
        *error = ConnectDialog::tr("The certificate of %1 is not known here yet (SHA-256 "
                                   "fingerprint %2). Compare it with \"uptrack tls "
                                   "fingerprint\" on the server and give it with --fingerprint "
                                   "(or UPTRACK_FINGERPRINT), or connect once from a desktop "
                                   "to be asked.")
                         .arg(origin, a.presented);
        return std::nullopt;
    }
    if (a.failure == remote::Answer::Failure::Unpinned && !given) {
        FingerprintDialog ask(origin, a.presented, parent);
        if (ask.exec() != QDialog::Accepted) {
            error->clear(); // the admin said no: nothing to add
            return std::nullopt;
        }
        expected = a.presented;
        trusted = true;
        client.setExpectedFingerprint(expected);
        a = probe(client, origin, parent);
    }
    // The key is asked for only from a server that is trusted: never sent to another.
    for (int tries = 0; a.failure == remote::Answer::Failure::None && a.status == 401; ++tries) {
        const QString said = a.json.value(QLatin1String("error")).toString();
        if (!ask) {
            *error = key.isEmpty()
                    ? ConnectDialog::tr("No API key for %1: set UPTRACK_API_KEY (\"uptrack "
                                        "apikey add --name NAME\" on the server makes one), or "
                                        "connect once from a desktop to enter it.")
                              .arg(origin)
                    : ConnectDialog::tr("%1 refused the API key (%2). Check it, or make one "
                                        "with \"uptrack apikey add --name NAME\" on the server.")
                              .arg(origin, said);
            return std::nullopt;
        }
        bool ok = false;
        const QString question
                = (tries == 0 && key.isEmpty()
                           ? ConnectDialog::tr("The API key for %1 (on the server, \"uptrack "
                                               "apikey add --name NAME\" makes one):")
                                     .arg(origin)
                           : ConnectDialog::tr("%1 refused the key (%2). The API key for %1:")
                                     .arg(origin, said));
        key = QInputDialog::getText(parent, ConnectDialog::tr("API key for %1").arg(origin),
                                    question, QLineEdit::Password, QString(), &ok)
                      .trimmed();
        if (!ok || key.isEmpty()) {
            error->clear();
            return std::nullopt;
        }
        keyTyped = true;
        client.setApiKey(key);
        a = probe(client, origin, parent);
    }
    if (a.failure != remote::Answer::Failure::None) {
        *error = a.error;
        return std::nullopt;
    }
    if (a.status != 200 || !a.json.contains(QLatin1String("ping_url_base"))) {
        const QString said = a.json.value(QLatin1String("error")).toString();
        *error = a.status == 429 || a.status == 403
                ? ConnectDialog::tr("%1 answered %2: %3").arg(origin).arg(a.status).arg(said)
                : ConnectDialog::tr("%1 does not look like an Uptrack server (it answered HTTP "
                                    "%2 to %3). Check the address and port.")
                          .arg(origin)
                          .arg(a.status)
                          .arg(kProbePath);
        return std::nullopt;
    }
    // It works: remember the certificate, the key and the server.
    if (trusted || given)
        remote::pins::pin(origin, expected);
    if (keyTyped) {
        QString why;
        if (!secrets.writeSync(storeKey, key, &why))
            *error = ConnectDialog::tr("The API key works but could not be kept in the "
                                       "keychain (%1); you will be asked again next time.")
                             .arg(why);
    }
    remote::servers::remember(origin);
    Attachment out;
    out.server = server;
    out.apiKey = key;
    out.fingerprint = expected;
    out.name = a.json.value(QLatin1String("host_name")).toString();
    if (out.name.isEmpty())
        out.name = server.host();
    return out;
}

} // namespace uptrack
