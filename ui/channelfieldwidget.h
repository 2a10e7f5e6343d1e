// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/channelkind.h"

#include <QWidget>

class QLabel;

namespace uptrack {

/// The input for one field of a channel kind, made from its description: a line (hidden
/// for secrets), a number, a choice, a check box, lines of headers, free text, or a file
/// with a Browse button.
class ChannelFieldWidget : public QWidget
{
    Q_OBJECT
public:
    ChannelFieldWidget(const ChannelField &field, QWidget *parent = nullptr);

    const ChannelField &field() const { return m_field; }
    /// What the person entered, typed as ChannelValues expects.
    QVariant value() const;
    /// The widget a form label points at (for its shortcut).
    QWidget *input() const { return m_input; }

signals:
    void changed();

private:
    ChannelField m_field;
    QWidget *m_input = nullptr;
};

} // namespace uptrack
