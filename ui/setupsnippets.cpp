// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupsnippets.h"

#include <QCoreApplication>

namespace uptrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SetupSnippets)
};
} // namespace

QList<SetupSnippet> setupSnippets(const QString &url, const QString &name)
{
    const QString curl = QStringLiteral("curl -fsS -m 10 --retry 5 -o /dev/null");
    QList<SetupSnippet> out;
    out.append({Tr::tr("Bash: ping when the job succeeded"), QStringLiteral("bash"),
                QStringLiteral(
                        "#!/bin/bash\n"
                        "# %1\n"
                        "set -e   # stop at the first failing command: no ping, so Uptrack alerts\n"
                        "\n"
                        "# ... the job's commands ...\n"
                        "\n"
                        "# Last line: only reached when everything above succeeded.\n"
                        "%2 %3\n")
                        .arg(name, curl, url)});
    out.append({Tr::tr("Crontab line"), QStringLiteral("crontab"),
                QStringLiteral("# m h dom mon dow  command\n"
                               "0 2 * * *  /usr/local/bin/job.sh && %1 %2\n")
                        .arg(curl, url)});
    out.append({Tr::tr("Crontab line with uptrack-run (start, run time, exit status and output)"),
                QStringLiteral("crontab"),
                QStringLiteral("# m h dom mon dow  command\n"
                               "0 2 * * *  uptrack-run --timeout 2h %1 -- /usr/local/bin/job.sh\n")
                        .arg(url)});
    out.append({Tr::tr("Bash: report start, run time and exit status"), QStringLiteral("bash"),
                QStringLiteral("#!/bin/bash\n"
                               "URL=%1\n"
                               "RID=$(cat /proc/sys/kernel/random/uuid)\n"
                               "curl -fsS -m 10 --retry 5 -o /dev/null \"$URL/start?rid=$RID\"\n"
                               "\n"
                               "/usr/local/bin/job.sh > /tmp/job.log 2>&1\n"
                               "STATUS=$?\n"
                               "\n"
                               "# Sends the exit status (0 is success) and the job's output.\n"
                               "curl -fsS -m 10 --retry 5 -o /dev/null --data-binary @/tmp/job.log "
                               "\"$URL/$STATUS?rid=$RID\"\n"
                               "exit $STATUS\n")
                        .arg(url)});
    out.append({Tr::tr("Python"), QStringLiteral("python"),
                QStringLiteral(
                        "import urllib.request\n"
                        "\n"
                        "# ... the job's work; an exception ends the script before the ping ...\n"
                        "\n"
                        "urllib.request.urlopen(\"%1\", timeout=10)\n")
                        .arg(url)});
    out.append({Tr::tr("Node.js (18 or later)"), QStringLiteral("javascript"),
                QStringLiteral("// ... the job's work ...\n"
                               "\n"
                               "await fetch(\"%1\", { signal: AbortSignal.timeout(10000) });\n")
                        .arg(url)});
    out.append({Tr::tr("PowerShell"), QStringLiteral("powershell"),
                QStringLiteral("$ErrorActionPreference = \"Stop\"\n"
                               "# ... the job's work ...\n"
                               "\n"
                               "Invoke-RestMethod -Uri \"%1\" -TimeoutSec 10 | Out-Null\n")
                        .arg(url)});
    return out;
}

} // namespace uptrack
