// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace uptrack {

class CoreRuntime;

/// Settings → API keys: the management API's keys (name, access, created, last used, the
/// first characters), a new key shown once with a Copy button, removing one, and the
/// HTTPS certificate's fingerprint for clients to compare.
class ApiKeysDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ApiKeysDialog(CoreRuntime &core, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *readOnlyBox() const { return m_readOnly; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *removeButton() const { return m_remove; }
    /// The new key, once made (read-only; empty otherwise).
    QLineEdit *newKeyEdit() const { return m_newKey; }
    QLabel *errorLabel() const { return m_error; }

private:
    void reload();
    void create();
    void removeSelected();

    CoreRuntime &m_core;
    QTreeWidget *m_list;
    QLineEdit *m_name;
    QCheckBox *m_readOnly;
    QPushButton *m_create;
    QPushButton *m_remove;
    QLineEdit *m_newKey;
    QPushButton *m_copy;
    QLabel *m_newKeyNote;
    QLabel *m_error;
};

} // namespace uptrack
