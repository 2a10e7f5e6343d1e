// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcrontabdialog.h"

#include "consolecore.h"
#include "domain/monitorspec.h"
#include "schedule/duration.h"
#include "viewhelpers.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace uptrack {

namespace {
constexpr int kNoChannel = -1;
constexpr int kDefaultChannels = 0;

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}
} // namespace

ImportCrontabDialog::ImportCrontabDialog(ConsoleCore &core, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
    , m_input(new QPlainTextEdit(this))
    , m_tags(new QLineEdit(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_summary(new QLabel(this))
    , m_output(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy crontab"), this))
    , m_create(new QPushButton(tr("C&reate monitors"), this))
{
    setWindowTitle(tr("Import a crontab"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_input->setFont(mono);
    m_input->setPlaceholderText(tr("Paste a crontab here: the output of crontab -l, /etc/crontab "
                                   "or a file of /etc/cron.d."));
    m_input->setAccessibleName(tr("Crontab to import"));
    m_output->setFont(mono);
    m_output->setReadOnly(true);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setAccessibleName(tr("Rewritten crontab"));
    m_tags->setPlaceholderText(tr("e.g. fileserver nightly"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setToolTip(tr("Tags for every monitor made, separated by spaces (the host name, "
                          "say)."));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_table->setHorizontalHeaderLabels(
            {tr("Watch"), tr("Name"), tr("Schedule"), tr("Grace"), tr("Channel"), tr("Line")});
    m_table->setAccessibleName(tr("Proposed monitors"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setColumnWidth(WatchColumn, 60);
    m_table->setColumnWidth(NameColumn, 180);
    m_table->setColumnWidth(ScheduleColumn, 200);
    m_table->setColumnWidth(GraceColumn, 70);
    m_table->setColumnWidth(ChannelColumn, 150);

    auto *open = new QPushButton(tr("&Open file…"), this);
    open->setAutoDefault(false);
    m_copy->setAutoDefault(false);
    auto *top = new QHBoxLayout;
    top->addWidget(wrapped(tr("One monitor for each job; the jobs' own schedules and time "
                              "zones (CRON_TZ=) are kept."),
                           this),
                   1);
    top->addWidget(open);
    auto *tagsRow = new QFormLayout;
    auto *tagsLabel = new QLabel(tr("&Tags:"), this);
    tagsLabel->setBuddy(m_tags);
    tagsRow->addRow(tagsLabel, m_tags);

    auto *outputBar = new QHBoxLayout;
    outputBar->addWidget(wrapped(tr("Install this in place of the original (crontab FILE): "
                                    "each job then reports to Uptrack through uptrack-run."),
                                 this),
                         1);
    outputBar->addWidget(m_copy);
    auto *outputPane = new QWidget(this);
    auto *outputLayout = new QVBoxLayout(outputPane);
    outputLayout->setContentsMargins(0, 0, 0, 0);
    outputLayout->addLayout(outputBar);
    outputLayout->addWidget(m_output);

    auto *inputPane = new QWidget(this);
    auto *inputLayout = new QVBoxLayout(inputPane);
    inputLayout->setContentsMargins(0, 0, 0, 0);
    inputLayout->addLayout(top);
    inputLayout->addWidget(m_input);
    inputLayout->addLayout(tagsRow);

    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table);
    tableLayout->addWidget(m_summary);

    // Three panes that share the height; each can be made larger (small screens).
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(inputPane);
    splitter->addWidget(tablePane);
    splitter->addWidget(outputPane);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({160, 240, 200});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    m_parseLater.setSingleShot(true);
    m_parseLater.setInterval(250);
    connect(&m_parseLater, &QTimer::timeout, this, &ImportCrontabDialog::parse);
    connect(m_input, &QPlainTextEdit::textChanged, &m_parseLater, qOverload<>(&QTimer::start));
    connect(m_tags, &QLineEdit::textChanged, this, &ImportCrontabDialog::refreshOutput);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            refreshOutput();
    });
    connect(open, &QPushButton::clicked, this, &ImportCrontabDialog::openFile);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_output->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_create, &QPushButton::clicked, this, &ImportCrontabDialog::createMonitors);
    resizeWithinScreen(this, QSize(980, 680));
    parse();
}

void ImportCrontabDialog::openFile()
{
    const QString path
            = QFileDialog::getOpenFileName(this, tr("Open a crontab"), QStringLiteral("/etc"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4 * 1024 * 1024) {
        m_summary->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    m_input->setPlainText(QString::fromUtf8(file.readAll()));
    parse();
}

void ImportCrontabDialog::parse()
{
    m_parseLater.stop();
    crontab::Options options;
    m_crontab = crontab::read(m_input->toPlainText(), options);
    QSet<QString> taken = m_made;
    for (const Monitor &m : m_core.snapshot())
        taken.insert(m.slug);
    const QList<Channel> channels = m_core.channels();

    m_filling = true;
    m_table->setRowCount(int(m_crontab.jobs.size()));
    for (int row = 0; row < m_crontab.jobs.size(); ++row) {
        const crontab::Job &job = m_crontab.jobs[row];
        const bool exists = taken.contains(job.slug);
        auto *watch = new QTableWidgetItem(exists ? tr("exists") : QString());
        watch->setFlags(exists ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        if (!exists)
            watch->setCheckState(Qt::Checked);
        watch->setToolTip(exists ? tr("A monitor with this name exists already: it is kept as "
                                      "it is.")
                                 : tr("Untick to leave this job as it is."));
        m_table->setItem(row, WatchColumn, watch);
        auto *name = new QTableWidgetItem(job.name);
        if (exists)
            name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, NameColumn, name);
        QString schedule = job.schedule;
        if (job.timeZone != QString::fromUtf8(options.machine.id()))
            schedule += QStringLiteral(" (%1)").arg(job.timeZone);
        auto *scheduleItem = new QTableWidgetItem(schedule);
        scheduleItem->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, ScheduleColumn, scheduleItem);
        auto *grace = new QTableWidgetItem(formatDuration(job.graceMs));
        grace->setToolTip(tr("How late a run may be before it is down: 5 % of the time between "
                             "two runs, from 5 min to 1 h."));
        if (exists)
            grace->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, GraceColumn, grace);
        auto *channel = new QComboBox(m_table);
        channel->addItem(tr("Default channels"), kDefaultChannels);
        channel->addItem(tr("No channel"), kNoChannel);
        for (const Channel &c : channels)
            channel->addItem(c.name, c.id);
        channel->setEnabled(!exists);
        channel->setAccessibleName(tr("Channel for %1").arg(job.name));
        m_table->setCellWidget(row, ChannelColumn, channel);
        auto *line = new QTableWidgetItem(QString::number(job.lineNumber) + QStringLiteral(": ")
                                          + job.command);
        line->setFlags(Qt::ItemIsEnabled);
        line->setToolTip(job.line);
        m_table->setItem(row, LineColumn, line);
    }
    m_filling = false;
    fitColumnsToHeaders(m_table);
    refreshOutput();
}

crontab::Crontab ImportCrontabDialog::edited() const
{
    crontab::Crontab out = m_crontab;
    out.jobs.clear();
    for (int row = 0; row < m_crontab.jobs.size(); ++row) {
        const QTableWidgetItem *watch = m_table->item(row, WatchColumn);
        crontab::Job job = m_crontab.jobs[row];
        const bool exists = !(watch->flags() & Qt::ItemIsUserCheckable);
        if (!exists && watch->checkState() != Qt::Checked)
            continue; // left as it is
        job.name = m_table->item(row, NameColumn)->text().trimmed();
        job.slug = exists ? job.slug : MonitorRules::slugify(job.name);
        out.jobs.append(job);
    }
    return out;
}

void ImportCrontabDialog::refreshOutput()
{
    const crontab::Crontab chosen = edited();
    const PingUrls urls = m_core.pingUrls();
    m_output->setPlainText(chosen.lines.isEmpty()
                                   ? QString()
                                   : crontab::rewrite(chosen, [&](const crontab::Job &j) {
                                         Monitor m;
                                         m.slug = j.slug;
                                         return urls.slugUrl(m);
                                     }));
    // What would be made, and what is wrong with it.
    int toMake = 0;
    QStringList problems;
    for (int row = 0; row < m_crontab.jobs.size(); ++row) {
        QTableWidgetItem *watch = m_table->item(row, WatchColumn);
        if (!(watch->flags() & Qt::ItemIsUserCheckable) || watch->checkState() != Qt::Checked)
            continue;
        ++toMake;
        QTableWidgetItem *grace = m_table->item(row, GraceColumn);
        QString why;
        const bool bad = !parseDuration(grace->text(), &why);
        grace->setForeground(bad ? QBrush(Qt::red) : QBrush());
        if (bad)
            problems << tr("line %1: grace: %2").arg(m_crontab.jobs[row].lineNumber).arg(why);
        if (m_table->item(row, NameColumn)->text().trimmed().isEmpty())
            problems << tr("line %1: a monitor needs a name").arg(m_crontab.jobs[row].lineNumber);
    }
    QString summary = m_input->toPlainText().trimmed().isEmpty()
            ? QString()
            : tr("%n jobs found, %1 to make into monitors.", nullptr, int(m_crontab.jobs.size()))
                      .arg(toMake);
    if (!m_crontab.skipped.isEmpty()) {
        QStringList skipped;
        for (const crontab::Skipped &s : std::as_const(m_crontab.skipped))
            skipped << tr("line %1: %2").arg(s.lineNumber).arg(s.reason);
        summary += QLatin1Char('\n')
                + tr("Left as they are: %1").arg(skipped.join(QStringLiteral("; ")));
    }
    if (!problems.isEmpty())
        summary += QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    m_summary->setText(summary.trimmed());
    m_create->setEnabled(toMake > 0 && problems.isEmpty());
    m_create->setText(toMake > 0 ? tr("C&reate %n monitors", nullptr, toMake)
                                 : tr("C&reate monitors"));
    m_copy->setEnabled(!m_output->toPlainText().isEmpty());
}

void ImportCrontabDialog::createMonitors()
{
    const QStringList extraTags = m_tags->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<command::AddMonitor> adds;
    for (int row = 0; row < m_crontab.jobs.size(); ++row) {
        QTableWidgetItem *watch = m_table->item(row, WatchColumn);
        if (!(watch->flags() & Qt::ItemIsUserCheckable) || watch->checkState() != Qt::Checked)
            continue;
        const crontab::Job &job = m_crontab.jobs[row];
        command::AddMonitor add;
        const QString name = m_table->item(row, NameColumn)->text().trimmed();
        add.spec.name = name;
        add.spec.slug = MonitorRules::slugify(name);
        add.spec.cron = job.schedule;
        add.spec.timeZone = job.timeZone;
        add.spec.periodMs = job.periodMs;
        add.spec.graceMs
                = parseDuration(m_table->item(row, GraceColumn)->text()).value_or(job.graceMs);
        QStringList tags = job.tags;
        for (const QString &t : extraTags) {
            if (!tags.contains(t))
                tags << t;
        }
        add.spec.tags = tags;
        add.spec.description = tr("Imported from a crontab, line %1: %2")
                                       .arg(job.lineNumber)
                                       .arg(job.line.trimmed())
                                       .left(2000);
        auto *channel = qobject_cast<QComboBox *>(m_table->cellWidget(row, ChannelColumn));
        const int choice = channel->currentData().toInt();
        if (choice == kNoChannel)
            add.spec.channels = QStringList();
        else if (choice != kDefaultChannels)
            add.spec.channels = QStringList{channel->currentText()};
        adds.append(add);
    }
    if (adds.isEmpty())
        return;
    m_create->setEnabled(false);
    setCursor(Qt::BusyCursor);
    struct Progress
    {
        int left = 0;
        int made = 0;
        QStringList failed;
    };
    auto progress = std::make_shared<Progress>();
    progress->left = int(adds.size());
    QPointer<ImportCrontabDialog> self(this);
    for (const command::AddMonitor &add : std::as_const(adds)) {
        m_core.command(add, [self, progress, name = *add.spec.name](const command::Reply &reply) {
            if (reply.ok) {
                ++progress->made;
                if (self)
                    self->m_made.insert(MonitorRules::slugify(name));
            } else
                progress->failed << tr("%1: %2").arg(name, reply.error);
            if (--progress->left > 0 || !self)
                return;
            self->unsetCursor();
            // The monitors now exist: the table marks them, the crontab names them.
            const QString copy = self->m_output->toPlainText();
            self->parse();
            self->m_output->setPlainText(copy);
            QString text = tr("Created %n monitors. Copy the crontab below and install it "
                              "(crontab FILE) so that the jobs report to Uptrack.",
                              nullptr, progress->made);
            if (!progress->failed.isEmpty())
                text += QLatin1Char('\n')
                        + tr("Not created: %1").arg(progress->failed.join(QStringLiteral("; ")));
            self->m_summary->setText(text);
        });
    }
}

} // namespace uptrack
