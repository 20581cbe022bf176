#include "mail_models.h"

#include "list_models.h"
#include "local_time.h"

#include <QLocale>

namespace qq {

QString letterTime(qint64 ms, bool anonymous, const QTimeZone &zone)
{
    const QDateTime local = toLocal(ms, zone);
    const QString day = QLocale().toString(local.date(), InboxModel::tr("MMM d, ddd"));
    return anonymous ? InboxModel::tr("%1, around %2").arg(day, local.toString(QStringLiteral("HH:00")))
                     : InboxModel::tr("%1, %2").arg(day, local.toString(QStringLiteral("HH:mm")));
}

void InboxModel::reset(CounselorSession *session, QList<LetterSummary> rows, const QTimeZone &zone)
{
    beginResetModel();
    m_session = session;
    m_rows = std::move(rows);
    m_tried = QList<bool>(m_rows.size(), false);
    m_zone = zone;
    endResetModel();
}

void InboxModel::clear()
{
    reset(nullptr, {}, m_zone);
}

LetterSummary &InboxModel::opened(int row) const
{
    LetterSummary &summary = m_rows[row];
    if (!m_tried[row] && m_session) {
        m_tried[row] = true;
        m_session->readHeader(summary);
    }
    return summary;
}

void InboxModel::setOpened(const QString &letterId)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == letterId && !m_rows[row].opened) {
            m_rows[row].opened = true;
            emit dataChanged(index(row), index(row), {OpenedRole});
        }
    }
}

void InboxModel::setFollowUp(const QString &letterId, bool followUp)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == letterId) {
            m_rows[row].followUp = followUp;
            emit dataChanged(index(row), index(row), {FollowUpRole});
        }
    }
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const LetterSummary &row = role == LetterIdRole || role == OpenedRole || role == FollowUpRole ? m_rows[index.row()]
                                                                                                  : opened(index.row());
    switch (role) {
    case LetterIdRole:
        return row.id;
    case WhenRole:
        return row.headerRead ? letterTime(row.writtenAtMs, row.childId.isEmpty(), m_zone) : letterTime(row.hourMs, true, m_zone);
    case SenderRole:
        if (!row.headerRead)
            return tr("Damaged letter");
        return row.childId.isEmpty() ? tr("Without a name") : row.childName;
    case AnonymousRole:
        return row.headerRead && row.childId.isEmpty();
    case FeelingRole:
        return row.feeling;
    case PreviewRole:
        if (!row.headerRead)
            return tr("This letter cannot be opened: it was changed or cut short on the disk.");
        if (row.preview.isEmpty() && row.voiceMs > 0)
            return tr("A voice message, %n second(s)", nullptr, (row.voiceMs + 500) / 1000);
        return row.preview;
    case HasVoiceRole:
        return row.voiceMs > 0;
    case OpenedRole:
        return row.opened;
    case FollowUpRole:
        return row.followUp;
    case DamagedRole:
        return !row.headerRead;
    default:
        return {};
    }
}

QHash<int, QByteArray> InboxModel::roleNames() const
{
    return {{LetterIdRole, "letterId"}, {WhenRole, "when"},       {SenderRole, "sender"},     {AnonymousRole, "anonymous"},
            {FeelingRole, "feeling"},   {PreviewRole, "preview"}, {HasVoiceRole, "hasVoice"}, {OpenedRole, "opened"},
            {FollowUpRole, "followUp"}, {DamagedRole, "damaged"}};
}

void CareListModel::reset(QList<CareSignal> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CareListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CareListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CareSignal &row = m_rows[index.row()];
    switch (role) {
    case ChildIdRole:
        return row.childId;
    case NameRole:
        return row.childName;
    case ClassNameRole:
        return row.className;
    case PhotoRole:
        return photoUrl(row.childId);
    case ReasonRole:
        return row.reason == CareSignal::Reason::SadStreak
            ? tr("Sad or worried on %n visit(s) in a row", nullptr, row.sadVisits)
            : tr("Has not come for %n day(s); came often before", nullptr, row.daysAway);
    case MoodsRole: {
        QVariantList moods;
        for (int mood : row.recentMoods)
            moods.append(mood);
        return moods;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> CareListModel::roleNames() const
{
    return {{ChildIdRole, "childId"}, {NameRole, "name"},     {ClassNameRole, "className"},
            {PhotoRole, "photo"},     {ReasonRole, "reason"}, {MoodsRole, "moods"}};
}

void ReplyListModel::reset(QList<Reply> rows, const QTimeZone &zone)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_zone = zone;
    endResetModel();
}

int ReplyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReplyListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Reply &row = m_rows[index.row()];
    switch (role) {
    case TextRole:
        return row.text;
    case WhenRole:
        return letterTime(row.writtenAtMs, false, m_zone);
    case ReadRole:
        return row.readByChild;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReplyListModel::roleNames() const
{
    return {{TextRole, "text"}, {WhenRole, "when"}, {ReadRole, "read"}};
}

} // namespace qq
