// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apikey.h"

#include <QCoreApplication>

namespace uptrack::ApiKeyRules {

QString nameProblem(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("ApiKey",
                                           "Give the key a name that says who uses it "
                                           "(for example \"deploy\").");
    if (trimmed.size() > kMaxNameLength)
        return QCoreApplication::translate("ApiKey", "The name is longer than %1 characters.")
                .arg(kMaxNameLength);
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return QCoreApplication::translate("ApiKey",
                                               "The name may not contain control characters.");
    }
    return QString();
}

} // namespace uptrack::ApiKeyRules
