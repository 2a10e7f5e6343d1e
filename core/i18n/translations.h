// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace uptrack::i18n {

/// Where the compiled translations live: embedded in the uptrack executable.
inline constexpr const char *kResourceDir = ":/i18n";

/// The languages Uptrack is translated into, as ISO 639 codes ("de", "fr"), English
/// first (the source language). Read from the .qm files in `dir`.
QStringList languages(const QString &dir = QString::fromLatin1(kResourceDir));

/// A language's own name, for a language menu: "Deutsch", "Français".
QString nativeName(const QString &language);

/// Installs the translators for `language` ("" follows the system's UI languages)
/// on the running application: Uptrack's own from `dir`, and Qt's (standard buttons
/// and dialogs) when installed. A chosen language also becomes the default QLocale,
/// so dates, times and numbers follow it; the language installed before is replaced.
/// Returns the language in use ("en" when no translation matched).
QString install(const QString &language, const QString &dir = QString::fromLatin1(kResourceDir));

} // namespace uptrack::i18n
