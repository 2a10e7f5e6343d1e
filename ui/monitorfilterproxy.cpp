// SPDX-FileCopyrightText: 2026 Uptrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitorfilterproxy.h"

#include "monitortablemodel.h"

namespace uptrack {

MonitorFilterProxy::MonitorFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(MonitorTableModel::SortRole);
    setDynamicSortFilter(true);
}

void MonitorFilterProxy::setStatus(std::optional<Status> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void MonitorFilterProxy::setTag(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    invalidateFilter();
}

void MonitorFilterProxy::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool MonitorFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto *model = qobject_cast<const MonitorTableModel *>(sourceModel());
    const Monitor *m = model ? model->monitorAt(sourceRow) : nullptr;
    if (!m)
        return false;
    if (m_status && m->status != *m_status)
        return false;
    if (!m_tag.isEmpty() && !m->tags.contains(m_tag, Qt::CaseInsensitive))
        return false;
    if (m_text.isEmpty())
        return true;
    if (m->name.contains(m_text, Qt::CaseInsensitive)
        || m->slug.contains(m_text, Qt::CaseInsensitive))
        return true;
    for (const QString &t : m->tags) {
        if (t.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace uptrack
