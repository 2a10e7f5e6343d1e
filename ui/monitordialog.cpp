// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitordialog.h"

#include "domain/monitorspec.h"
#include "format/humanformat.h"
#include "schedule/cronexpression.h"
#include "schedule/duration.h"
#include "schedule/schedule.h"
#include "time/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace uptrack {

namespace {
struct Preset
{
    const char *label;
    const char *value;
};
// Labels are for people; values are what the field receives.
constexpr Preset kPeriodPresets[] = {
        {QT_TRANSLATE_NOOP("MonitorDialog", "Every minute"), "1m"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "Every 5 minutes"), "5m"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "Every 15 minutes"), "15m"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "Every hour"), "1h"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "Every 6 hours"), "6h"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "Every day"), "1d"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "Every week"), "7d"},
};
constexpr Preset kGracePresets[] = {
        {QT_TRANSLATE_NOOP("MonitorDialog", "1 minute"), "1m"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "5 minutes"), "5m"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "15 minutes"), "15m"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "1 hour"), "1h"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "6 hours"), "6h"},
};
constexpr Preset kCronPresets[] = {
        {QT_TRANSLATE_NOOP("MonitorDialog", "Every 15 minutes"), "*/15 * * * *"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "Hourly, on the hour"), "0 * * * *"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "Daily at 02:00"), "0 2 * * *"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "Weekdays at 09:00"), "0 9 * * 1-5"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "Sundays at 03:30"), "30 3 * * 0"},
        {QT_TRANSLATE_NOOP("MonitorDialog", "First of the month at 04:00"), "0 4 1 * *"},
};

template<size_t N>
QComboBox *presetBox(const Preset (&presets)[N], QLineEdit *target, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(MonitorDialog::tr("Presets…"));
    for (const Preset &p : presets)
        box->addItem(QCoreApplication::translate("MonitorDialog", p.label),
                     QString::fromLatin1(p.value));
    QObject::connect(box, &QComboBox::activated, target, [box, target](int i) {
        if (i > 0)
            target->setText(box->itemData(i).toString());
        box->setCurrentIndex(0);
    });
    return box;
}

QWidget *row(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *w = new QWidget(parent);
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    for (QWidget *x : widgets)
        l->addWidget(x, x == *widgets.begin() ? 1 : 0);
    return w;
}

/// A label whose shortcut focuses `buddy` (a row container cannot take focus).
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &t :
         text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
        if (!tags.contains(t))
            tags.append(t);
    }
    return tags;
}
} // namespace

QLabel *MonitorDialog::errorLabel()
{
    auto *label = new QLabel(this);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

MonitorDialog::MonitorDialog(const Clock &clock, std::optional<Monitor> existing,
                             QList<Channel> channels, QStringList takenSlugs, Submit submit,
                             QWidget *parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_existing(std::move(existing))
    , m_channels(std::move(channels))
    , m_takenSlugs(std::move(takenSlugs))
    , m_submit(std::move(submit))
    , m_name(new QLineEdit(this))
    , m_nameError(errorLabel())
    , m_slug(new QLineEdit(this))
    , m_slugError(errorLabel())
    , m_tags(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_simpleMode(new QRadioButton(tr("&Simple: every period"), this))
    , m_cronMode(new QRadioButton(tr("C&ron expression"), this))
    , m_scheduleStack(new QStackedWidget(this))
    , m_period(new QLineEdit(this))
    , m_periodError(errorLabel())
    , m_cron(new QLineEdit(this))
    , m_zone(new QComboBox(this))
    , m_cronError(errorLabel())
    , m_cronPreview(new QLabel(this))
    , m_grace(new QLineEdit(this))
    , m_graceError(errorLabel())
    , m_maxRun(new QLineEdit(this))
    , m_maxRunError(errorLabel())
    , m_channelList(new QListWidget(this))
    , m_kind(new QComboBox(this))
    , m_target(new QLineEdit(this))
    , m_method(new QComboBox(this))
    , m_interval(new QLineEdit(this))
    , m_timeout(new QLineEdit(this))
    , m_expect(new QLineEdit(this))
    , m_keyword(new QLineEdit(this))
    , m_keywordAbsent(new QCheckBox(tr("must not a&ppear"), this))
    , m_maxResponse(new QLineEdit(this))
    , m_follow(new QCheckBox(tr("&Follow redirects (also to other hosts; the result shows where)"),
                             this))
    , m_insecure(new QCheckBox(tr("Accept a self-si&gned or invalid certificate (LAN services)"),
                               this))
    , m_headers(new QPlainTextEdit(this))
    , m_certWarn(new QSpinBox(this))
    , m_confirm(new QSpinBox(this))
    , m_checkError(errorLabel())
    , m_saveError(errorLabel())
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(m_existing ? tr("Edit %1").arg(m_existing->name) : tr("New monitor"));
    m_periodPresets = presetBox(kPeriodPresets, m_period, this);
    m_gracePresets = presetBox(kGracePresets, m_grace, this);
    m_cronPresets = presetBox(kCronPresets, m_cron, this);
    m_periodPresets->setAccessibleName(tr("Period presets"));
    m_gracePresets->setAccessibleName(tr("Grace presets"));
    m_cronPresets->setAccessibleName(tr("Cron expression presets"));

    m_name->setPlaceholderText(tr("e.g. Nightly backup"));
    m_slug->setPlaceholderText(tr("made from the name"));
    m_slug->setToolTip(tr("The readable part of the slug URL: lower-case letters, digits, "
                          "'-' and '_'."));
    m_tags->setPlaceholderText(tr("e.g. backup, prod (separated by commas)"));
    m_description->setPlaceholderText(
            tr("What the job does, who owns it, what to do when it fails"));
    m_description->setFixedHeight(60);
    m_description->setTabChangesFocus(true);
    m_period->setPlaceholderText(tr("e.g. 1h, 30m, 1d"));
    m_grace->setPlaceholderText(tr("e.g. 5m"));
    m_grace->setToolTip(tr("How long after the expected time the job may still report before "
                           "it is down."));
    m_cron->setPlaceholderText(tr("e.g. 0 2 * * *"));
    m_cron->setToolTip(tr("Five fields: minute, hour, day of month, month, day of week — the "
                          "same line as in the crontab; @daily and friends work too."));
    m_maxRun->setPlaceholderText(tr("none (the grace period decides)"));
    m_maxRun->setToolTip(tr("A run that started (/start) and has not finished after this long "
                            "is down (hung)."));
    m_cronPreview->setTextFormat(Qt::PlainText);
    m_cronPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones.append(QString::fromUtf8(id));
    m_zone->addItems(zones);
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->setAccessibleName(tr("Time zone"));

    m_kind->addItem(tr("Heartbeat: the job pings Uptrack"), kindName(MonitorKind::Heartbeat));
    m_kind->addItem(tr("HTTP(S) check: Uptrack opens a URL"), kindName(MonitorKind::Http));
    m_kind->addItem(tr("TCP check: Uptrack connects to a port"), kindName(MonitorKind::Tcp));
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("HEAD")});
    m_method->setAccessibleName(tr("Method"));
    m_interval->setPlaceholderText(tr("e.g. 30s, 1m, 5m"));
    m_timeout->setPlaceholderText(tr("e.g. 10s"));
    m_expect->setPlaceholderText(tr("e.g. 200-299,301"));
    m_keyword->setPlaceholderText(tr("optional: text the page must contain"));
    m_maxResponse->setPlaceholderText(tr("none"));
    m_maxResponse->setToolTip(tr("An answer slower than this fails the check."));
    m_headers->setPlaceholderText(tr("optional, one per line: Authorization: Bearer …"));
    m_headers->setFixedHeight(48);
    m_headers->setTabChangesFocus(true);
    m_certWarn->setRange(0, 365);
    m_certWarn->setSuffix(tr(" days before expiry"));
    m_certWarn->setSpecialValueText(tr("never"));
    m_confirm->setRange(1, 10);
    m_confirm->setSuffix(tr(" failures in a row"));
    m_confirm->setToolTip(tr("One failed check may be a blip: the check is down only after "
                             "this many in a row, and each failure is kept with its reason."));

    m_checkBox = new QGroupBox(tr("Check"), this);
    m_checkForm = new QFormLayout(m_checkBox);
    m_checkForm->addRow(tr("&Address:"), m_target);
    m_checkForm->addRow(tr("M&ethod:"), m_method);
    m_checkForm->addRow(tr("Ever&y:"), m_interval);
    m_checkForm->addRow(tr("Time&out:"), m_timeout);
    m_checkForm->addRow(tr("Expected stat&us:"), m_expect);
    m_checkForm->addRow(buddyLabel(tr("Key&word:"), m_keyword),
                        row(m_checkBox, {m_keyword, m_keywordAbsent}));
    m_checkForm->addRow(tr("Response-time l&imit:"), m_maxResponse);
    m_checkForm->addRow(QString(), m_follow);
    m_checkForm->addRow(QString(), m_insecure);
    m_checkForm->addRow(tr("&Headers:"), m_headers);
    m_checkForm->addRow(tr("Certificate &warning:"), m_certWarn);
    m_checkForm->addRow(tr("Down &after:"), m_confirm);
    m_checkForm->addRow(QString(), m_checkError);

    auto *scheduleBox = new QGroupBox(tr("Schedule"), this);
    m_scheduleBox = scheduleBox;
    auto *scheduleLayout = new QVBoxLayout(scheduleBox);
    scheduleLayout->addWidget(row(scheduleBox, {m_simpleMode, m_cronMode}));
    auto *simplePage = new QWidget(this);
    auto *simpleForm = new QFormLayout(simplePage);
    simpleForm->setContentsMargins(0, 0, 0, 0);
    simpleForm->addRow(buddyLabel(tr("&Period:"), m_period),
                       row(simplePage, {m_period, m_periodPresets}));
    simpleForm->addRow(QString(), m_periodError);
    auto *cronPage = new QWidget(this);
    auto *cronForm = new QFormLayout(cronPage);
    cronForm->setContentsMargins(0, 0, 0, 0);
    cronForm->addRow(buddyLabel(tr("E&xpression:"), m_cron),
                     row(cronPage, {m_cron, m_cronPresets}));
    cronForm->addRow(tr("&Time zone:"), m_zone);
    cronForm->addRow(QString(), m_cronError);
    cronForm->addRow(tr("Next runs:"), m_cronPreview);
    m_scheduleStack->addWidget(simplePage);
    m_scheduleStack->addWidget(cronPage);
    scheduleLayout->addWidget(m_scheduleStack);
    auto *graceForm = new QFormLayout;
    graceForm->addRow(buddyLabel(tr("&Grace:"), m_grace),
                      row(scheduleBox, {m_grace, m_gracePresets}));
    graceForm->addRow(QString(), m_graceError);
    scheduleLayout->addLayout(graceForm);

    for (const Channel &c : std::as_const(m_channels)) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(c.name, c.kind), m_channelList);
        item->setData(Qt::UserRole, c.name);
        const bool on = m_existing ? m_existing->channelIds.contains(c.id) : c.isDefault;
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_channelList->setMaximumHeight(90);
    m_channelList->setAccessibleName(tr("Channels that hear about this monitor"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("S&lug:"), m_slug);
    form->addRow(QString(), m_slugError);
    form->addRow(tr("T&ags:"), m_tags);
    form->addRow(tr("&Description:"), m_description);
    auto *after = new QFormLayout;
    m_afterForm = after;
    after->addRow(tr("&Max run time:"), m_maxRun);
    after->addRow(QString(), m_maxRunError);
    after->addRow(tr("&Channels:"), m_channelList);
    if (m_channels.isEmpty()) {
        auto *none = new QLabel(tr("No channels yet: add them under Alerts → Channels. Desktop "
                                   "popups still appear."),
                                this);
        none->setWordWrap(true);
        after->addRow(QString(), none);
        m_channelList->hide();
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scheduleBox);
    layout->addWidget(m_checkBox);
    layout->addLayout(after);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    // Initial values.
    const Monitor defaults = [] {
        Monitor m;
        m.schedule = Schedule(MonitorRules::kDefaultPeriodMs);
        m.graceMs = MonitorRules::kDefaultGraceMs;
        return m;
    }();
    const Monitor &m = m_existing ? *m_existing : defaults;
    m_name->setText(m.name);
    m_slug->setText(m.slug);
    m_slugTouched = m_existing.has_value();
    m_tags->setText(m.tags.join(QStringLiteral(", ")));
    m_description->setPlainText(m.description);
    m_period->setText(formatDuration(m.schedule.periodMs()));
    m_grace->setText(formatDuration(m.graceMs));
    m_cron->setText(m.schedule.isCron() ? m.schedule.cron() : QStringLiteral("0 2 * * *"));
    const QString zone = m.schedule.timeZone().isEmpty()
            ? QString::fromUtf8(QTimeZone::systemTimeZoneId())
            : m.schedule.timeZone();
    m_zone->setCurrentText(zone);
    m_maxRun->setText(m.maxRunMs > 0 ? formatDuration(m.maxRunMs) : QString());
    (m.schedule.isCron() ? m_cronMode : m_simpleMode)->setChecked(true);
    m_scheduleStack->setCurrentIndex(m.schedule.isCron() ? 1 : 0);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kindName(m.kind))));
    m_kind->setEnabled(!m_existing); // a monitor keeps its kind
    const CheckSpec &c = m.check;
    m_target->setText(m.isCheck() ? c.target : QString());
    m_method->setCurrentText(c.method);
    m_interval->setText(formatDuration(c.intervalMs));
    m_timeout->setText(formatDuration(c.timeoutMs));
    m_expect->setText(c.expectStatus);
    m_keyword->setText(c.keyword);
    m_keywordAbsent->setChecked(c.keywordAbsent);
    m_maxResponse->setText(c.maxResponseMs > 0 ? formatDuration(c.maxResponseMs) : QString());
    m_follow->setChecked(c.followRedirects);
    m_insecure->setChecked(c.insecureTls);
    m_headers->setPlainText(c.headers.join(QLatin1Char('\n')));
    m_certWarn->setValue(c.certWarnDays);
    m_confirm->setValue(c.confirmations);

    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_slugTouched)
            m_slug->setText(MonitorRules::slugify(text));
        validate();
    });
    connect(m_slug, &QLineEdit::textEdited, this, [this] { m_slugTouched = true; });
    for (QLineEdit *e : {m_slug, m_period, m_cron, m_grace, m_maxRun, m_tags})
        connect(e, &QLineEdit::textChanged, this, &MonitorDialog::validate);
    connect(m_zone, &QComboBox::currentTextChanged, this, &MonitorDialog::validate);
    for (QLineEdit *e : {m_target, m_interval, m_timeout, m_expect, m_keyword, m_maxResponse})
        connect(e, &QLineEdit::textChanged, this, &MonitorDialog::validate);
    connect(m_headers, &QPlainTextEdit::textChanged, this, &MonitorDialog::validate);
    connect(m_method, &QComboBox::currentIndexChanged, this, &MonitorDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        showKind();
        validate();
    });
    showKind();
    connect(m_cronMode, &QRadioButton::toggled, this, [this](bool cron) {
        m_scheduleStack->setCurrentIndex(cron ? 1 : 0);
        validate();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MonitorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_name->setFocus();
    validate();
}

void MonitorDialog::validate()
{
    QStringList problems;
    auto check = [&problems](QLabel *label, const QString &error) {
        label->setText(error);
        label->setVisible(!error.isEmpty());
        if (!error.isEmpty())
            problems.append(error);
    };

    const QString name = m_name->text().trimmed();
    check(m_nameError,
          name.isEmpty() ? tr("Give the monitor a name.")
                  : name.size() > MonitorRules::kMaxNameLength
                  ? tr("The name is too long (at most %1 characters).")
                            .arg(MonitorRules::kMaxNameLength)
                  : QString());

    const QString slug = m_slug->text().trimmed();
    QString slugError;
    if (slug.isEmpty())
        slugError = tr("A slug is needed for the readable ping URL.");
    else if (!MonitorRules::isValidSlug(slug))
        slugError = tr("Use only lower-case letters, digits, '-' and '_'.");
    else if (m_takenSlugs.contains(slug))
        slugError = tr("Another monitor already uses the slug \"%1\".").arg(slug);
    check(m_slugError, slugError);

    QString error;
    if (kind() != MonitorKind::Heartbeat) {
        QString problem;
        checkSpec(&problem);
        check(m_checkError, problem);
        m_problems = problems.join(QLatin1Char('\n'));
        m_saveError->hide();
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty());
        return;
    }
    const bool cron = m_cronMode->isChecked();
    if (!cron) {
        const auto period = parseDuration(m_period->text(), &error);
        if (period && *period < MonitorRules::kMinPeriodMs)
            error = tr("The period must be at least 1 second.");
        check(m_periodError, period && error.isEmpty() ? QString() : tr("Period: %1").arg(error));
        m_cronError->hide();
        m_preview.clear();
    } else {
        m_periodError->hide();
        QString cronError = Schedule::cronProblem(m_cron->text().trimmed());
        if (cronError.isEmpty())
            cronError = Schedule::zoneProblem(m_zone->currentText().trimmed());
        check(m_cronError, cronError);
        m_preview.clear();
        if (cronError.isEmpty()) {
            const auto expr = CronExpression::parse(m_cron->text().trimmed());
            const auto zone = zoneFromName(m_zone->currentText().trimmed());
            if (expr && zone)
                m_preview = expr->nextN(m_clock.nowMs(), *zone, 5);
        }
        QStringList lines;
        const QTimeZone zone(m_zone->currentText().trimmed().toUtf8());
        for (qint64 at : std::as_const(m_preview)) {
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(at, zone);
            lines.append(QLocale().toString(t, QStringLiteral("ddd d MMM yyyy  HH:mm t")));
        }
        if (cronError.isEmpty() && m_preview.isEmpty())
            lines.append(tr("This expression never fires."));
        m_cronPreview->setText(lines.join(QLatin1Char('\n')));
        if (cronError.isEmpty() && m_preview.isEmpty())
            problems.append(tr("This expression never fires."));
    }

    const auto grace = parseDuration(m_grace->text(), &error);
    check(m_graceError, grace ? QString() : tr("Grace: %1").arg(error));

    if (m_maxRun->text().trimmed().isEmpty()) {
        check(m_maxRunError, QString());
    } else {
        const auto maxRun = parseDuration(m_maxRun->text(), &error);
        check(m_maxRunError, maxRun ? QString() : tr("Max run time: %1").arg(error));
    }

    m_problems = problems.join(QLatin1Char('\n'));
    m_saveError->hide();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty());
}

MonitorKind MonitorDialog::kind() const
{
    return kindFromName(m_kind->currentData().toString()).value_or(MonitorKind::Heartbeat);
}

void MonitorDialog::showKind()
{
    const MonitorKind k = kind();
    const bool isCheck = k != MonitorKind::Heartbeat;
    const bool http = k == MonitorKind::Http;
    m_scheduleBox->setVisible(!isCheck);
    m_checkBox->setVisible(isCheck);
    m_afterForm->setRowVisible(m_maxRun, !isCheck);
    m_afterForm->setRowVisible(m_maxRunError, !isCheck && !m_maxRunError->text().isEmpty());
    // HTTP-only rows; the keyword's field is the row holding it and its checkbox.
    const QList<QWidget *> httpRows{m_method,      m_expect,  m_keyword->parentWidget(),
                                    m_maxResponse, m_follow,  m_insecure,
                                    m_headers,     m_certWarn};
    for (QWidget *w : httpRows)
        m_checkForm->setRowVisible(w, http);
    m_target->setPlaceholderText(http ? QStringLiteral("https://intranet.example/health")
                                      : QStringLiteral("db01.lan:5432"));
    adjustSize();
}

CheckSpec MonitorDialog::checkSpec(QString *problem) const
{
    CheckSpec c;
    c.target = m_target->text().trimmed();
    c.method = m_method->currentText();
    c.expectStatus = m_expect->text().trimmed();
    c.keyword = m_keyword->text();
    c.keywordAbsent = m_keywordAbsent->isChecked();
    c.followRedirects = m_follow->isChecked();
    c.insecureTls = m_insecure->isChecked();
    for (const QString &line : m_headers->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            c.headers.append(line.trimmed());
    }
    c.certWarnDays = m_certWarn->value();
    c.confirmations = m_confirm->value();
    if (m_existing) {
        // Secret headers are set from the command line (their values live in the keychain).
        c.secretHeaders = m_existing->check.secretHeaders;
        c.secretRef = m_existing->check.secretRef;
    }
    QString why;
    const auto interval = parseDuration(m_interval->text(), &why);
    if (!interval) {
        *problem = tr("Every: %1").arg(why);
        return c;
    }
    c.intervalMs = *interval;
    const auto timeout = parseDuration(m_timeout->text(), &why);
    if (!timeout) {
        *problem = tr("Timeout: %1").arg(why);
        return c;
    }
    c.timeoutMs = *timeout;
    if (!m_maxResponse->text().trimmed().isEmpty()) {
        const auto limit = parseDuration(m_maxResponse->text(), &why);
        if (!limit) {
            *problem = tr("Response-time limit: %1").arg(why);
            return c;
        }
        c.maxResponseMs = *limit;
    }
    if (c.target.isEmpty()) {
        *problem = kind() == MonitorKind::Http ? tr("Enter the URL to check.")
                                               : tr("Enter the HOST:PORT to connect to.");
        return c;
    }
    *problem = messagesOf(CheckRules::validate(kind(), c)).value(0);
    return c;
}

QString MonitorDialog::problems() const
{
    return m_problems;
}

QJsonObject MonitorDialog::command() const
{
    QJsonObject c;
    c.insert(QStringLiteral("command"),
             m_existing ? QStringLiteral("monitor.edit") : QStringLiteral("monitor.add"));
    if (m_existing)
        c.insert(QStringLiteral("monitor"), QString::number(m_existing->id));
    c.insert(QStringLiteral("name"), m_name->text().trimmed());
    c.insert(QStringLiteral("slug"), m_slug->text().trimmed());
    c.insert(QStringLiteral("tags"), QJsonArray::fromStringList(splitTags(m_tags->text())));
    c.insert(QStringLiteral("description"), m_description->toPlainText().trimmed());
    if (kind() != MonitorKind::Heartbeat) {
        if (!m_existing)
            c.insert(QStringLiteral("kind"), kindName(kind()));
        QString ignored;
        c.insert(QStringLiteral("check"), checkSpec(&ignored).toJson());
    } else {
        c.insert(QStringLiteral("grace_ms"), double(parseDuration(m_grace->text()).value_or(0)));
        if (m_cronMode->isChecked()) {
            c.insert(QStringLiteral("cron"), m_cron->text().trimmed());
            c.insert(QStringLiteral("tz"), m_zone->currentText().trimmed());
        } else {
            c.insert(QStringLiteral("cron"), QString());
            c.insert(QStringLiteral("period_ms"),
                     double(parseDuration(m_period->text()).value_or(0)));
        }
        c.insert(QStringLiteral("max_run_ms"),
                 m_maxRun->text().trimmed().isEmpty()
                         ? 0.0
                         : double(parseDuration(m_maxRun->text()).value_or(0)));
    }
    if (!m_channels.isEmpty()) {
        QStringList chosen;
        for (int i = 0; i < m_channelList->count(); ++i) {
            if (m_channelList->item(i)->checkState() == Qt::Checked)
                chosen.append(m_channelList->item(i)->data(Qt::UserRole).toString());
        }
        c.insert(QStringLiteral("channels"), QJsonArray::fromStringList(chosen));
    }
    return c;
}

void MonitorDialog::save()
{
    validate();
    if (!m_problems.isEmpty())
        return;
    m_buttons->setEnabled(false);
    QPointer<MonitorDialog> self(this);
    m_submit(command(), [self](const QString &error) {
        if (!self)
            return;
        MonitorDialog *d = self;
        d->m_buttons->setEnabled(true);
        if (error.isEmpty()) {
            d->accept();
            return;
        }
        d->m_saveError->setText(error);
        d->m_saveError->show();
    });
}

} // namespace uptrack
