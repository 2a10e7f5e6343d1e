// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/check.h"
#include "domain/problem.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QVBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace uptrack {

/// An uptime check's settings in the monitor dialog: the address, how often and how
/// long, and what counts as up: for HTTP(S) the status, keyword, response time,
/// redirects, certificates and headers; for ICMP the echo requests, the loss and the
/// round trip allowed; for DNS the record type, the value expected and the server.
class CheckEditor : public QGroupBox
{
    Q_OBJECT
public:
    explicit CheckEditor(QWidget *parent = nullptr);

    /// Shows the fields of `kind` (HTTP has the most, TCP the fewest).
    void setKind(MonitorKind kind);
    /// Fills the fields; secret headers are set on the command line and kept as they are.
    void setCheck(const CheckSpec &check);
    /// The check the fields describe; what cannot be read (an interval that is no
    /// duration, an empty address) goes into *problems, named as the rules name them.
    CheckSpec spec(Problems *problems) const;
    /// Shows the problems about the check (fields "check.*"), first one first.
    void showProblems(const Problems &problems);

    QLineEdit *targetEdit() const { return m_target; }
    QLineEdit *intervalEdit() const { return m_interval; }
    QLineEdit *keywordEdit() const { return m_keyword; }
    QComboBox *recordCombo() const { return m_record; }
    QLineEdit *expectValueEdit() const { return m_expectValue; }
    QLineEdit *serverEdit() const { return m_server; }
    QSpinBox *countSpin() const { return m_count; }

signals:
    void changed();

private:
    MonitorKind m_kind = MonitorKind::Http;
    CheckSpec m_base;    ///< what the fields do not show (secret headers)
    QVBoxLayout *m_form; ///< the parts, one QFormLayout each
    QWidget *m_httpPart = nullptr;
    QWidget *m_latencyPart = nullptr;
    QWidget *m_tlsPart = nullptr;
    QWidget *m_icmpPart = nullptr;
    QWidget *m_dnsPart = nullptr;
    QLineEdit *m_target;
    QComboBox *m_method;
    QLineEdit *m_interval;
    QLineEdit *m_timeout;
    QLineEdit *m_expect;
    QLineEdit *m_keyword;
    QCheckBox *m_keywordAbsent;
    QLineEdit *m_maxResponse;
    QCheckBox *m_follow;
    QCheckBox *m_insecure;
    QPlainTextEdit *m_headers;
    QSpinBox *m_certWarn;
    QSpinBox *m_confirm;
    QSpinBox *m_count;
    QSpinBox *m_maxLoss;
    QComboBox *m_record;
    QLineEdit *m_expectValue;
    QLineEdit *m_server;
    QLabel *m_error;                   ///< problems of no one field below
    QHash<QString, QLabel *> m_errors; ///< by field ("check.target"): under its own field
};

} // namespace uptrack
