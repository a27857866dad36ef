#include "sync/ConflictBanner.h"

#include "store/ArticleRepository.h"
#include "store/ChangeNotifier.h"
#include "store/Database.h"
#include "sync/ConflictDialog.h"
#include "sync/ConflictService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace PressDesk {

ConflictBanner::ConflictBanner(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("conflictBanner"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#conflictBanner { background: #fff4ce; border-bottom: 1px "
                                 "solid #e0c060; } #conflictBanner QLabel { color: #3d2e00; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("conflictLabel"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    layout->addWidget(m_text, 1);
    m_resolve = new QPushButton(tr("Resolve…"), this);
    m_resolve->setObjectName(QStringLiteral("resolveConflictButton"));
    layout->addWidget(m_resolve);
    connect(m_resolve, &QPushButton::clicked, this, &ConflictBanner::resolve);
    db.changes().subscribe(this, Change::Sync | Change::Articles, [this] { refresh(); });
    hide();
}

void ConflictBanner::showArticle(const QString &articleId)
{
    m_articleId = articleId;
    refresh();
}

void ConflictBanner::refresh()
{
    m_conflictId.clear();
    if (!m_articleId.isEmpty()) {
        auto open = ConflictService(m_db).open(m_articleId);
        if (open && !open->isEmpty()) {
            m_conflictId = open->first().id;
            auto theirs = ArticleRepository(m_db).revision(open->first().theirsRevisionId);
            const QString other = theirs && theirs->has_value() && !(*theirs)->savedBy.isEmpty()
                                      ? ConflictService(m_db).displayName((*theirs)->savedBy)
                                      : tr("another desk");
            m_text->setText(
                tr("This article was also changed by %1, in the same places. Both versions are "
                   "kept; it is not sent to the office server until someone chooses.")
                    .arg(other));
        }
    }
    setVisible(!m_conflictId.isEmpty());
}

bool ConflictBanner::resolve()
{
    if (m_conflictId.isEmpty())
        return false;
    if (m_saveHook && !m_saveHook())
        return false;
    ConflictDialog dialog(m_db, m_conflictId, window());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    refresh();
    Q_EMIT resolved(m_articleId);
    return true;
}

} // namespace PressDesk
