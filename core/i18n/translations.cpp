// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace uptrack::i18n {

QStringList languages(const QString &dir)
{
    QStringList out{QStringLiteral("en")};
    const QStringList files
            = QDir(dir).entryList({QStringLiteral("uptrack_*.qm")}, QDir::Files, QDir::Name);
    for (QString f : files) {
        f.remove(0, int(qstrlen("uptrack_")));
        f.chop(3);
        if (!out.contains(f))
            out.append(f);
    }
    return out;
}

QString nativeName(const QString &language)
{
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? language : name;
}

QString install(const QString &language, const QString &dir)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *app = QCoreApplication::instance();
    // A language installed before is replaced, not layered under the new one.
    static QPointer<QTranslator> ownBefore, qtBefore;
    for (QPointer<QTranslator> *before : {&ownBefore, &qtBefore}) {
        if (*before) {
            QCoreApplication::removeTranslator(*before);
            delete before->data();
        }
    }
    QString inUse = QStringLiteral("en");
    // English has a translation too: its plural forms ("1 ping", "2 pings").
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("uptrack"), QStringLiteral("_"), dir)) {
        inUse = own->language().section(QLatin1Char('_'), 0, 0);
        QCoreApplication::installTranslator(own);
        ownBefore = own;
    } else if (own->load(QStringLiteral("uptrack_en"), dir)) {
        QCoreApplication::installTranslator(own); // any other language: English
        ownBefore = own;
    } else {
        delete own;
    }
    auto *qt = new QTranslator(app);
    if (inUse != QLatin1String("en")
        && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtBefore = qt;
    } else {
        delete qt;
    }
    return inUse;
}

} // namespace uptrack::i18n
