// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>
#include <QUrl>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;

namespace uptrack {

/// File → Connect to server…: this computer, a recent server, or a new address.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    /// The server chosen ("https://office-server:8471"), or "" for this computer.
    QString chosen() const;
    /// Chooses the entry (tests): "" this computer, else an address.
    void choose(const QString &address);

private:
    void check();

    QListWidget *m_list;
    QComboBox *m_address;
    QLabel *m_problem;
};

/// What a console needs to attach to a core elsewhere, made ready: the certificate
/// trusted, the key accepted.
struct Attachment
{
    QUrl server;
    QString apiKey;
    QString fingerprint; ///< "" when a CA vouches for the certificate
    QString name;        ///< what the server calls itself (its host name)
};

/// Makes the attachment ready, asking what it must: the server certificate's fingerprint
/// is shown once, to compare with `uptrack tls fingerprint` on the server, then pinned (a
/// changed one is refused, with what to check); the API key (UPTRACK_API_KEY, else the one
/// kept for the server in the keychain, else asked and kept there once it works).
/// `expectedFingerprint` ("" none) is --fingerprint or UPTRACK_FINGERPRINT: never asked
/// then. nullopt with *error ("" when the admin cancelled). With `ask` false (nobody to
/// answer a dialog: an offscreen run, a script) nothing is asked: an unknown certificate
/// and a missing or refused key are refused with a sentence naming what to give instead.
std::optional<Attachment> prepareAttachment(const QUrl &server, const QString &expectedFingerprint,
                                            QWidget *parent, QString *error, bool ask = true);

/// The fingerprint question, on its own (tests drive it).
class FingerprintDialog : public QDialog
{
    Q_OBJECT
public:
    FingerprintDialog(const QString &origin, const QString &fingerprint, QWidget *parent = nullptr);
};

} // namespace uptrack
