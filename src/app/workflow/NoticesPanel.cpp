#include "workflow/NoticesPanel.h"

#include "store/CommentRepository.h"
#include "store/Database.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace PressDesk {

NoticesPanel::NoticesPanel(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("noticesPanel"));
    db.changes().subscribe(this, Change::Articles | Change::Comments | Change::Users,
                           [this] { refresh(); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("noticesList"));
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    layout->addWidget(m_list, 1);
    m_empty =
        new QLabel(tr("Nothing waits for you: no returned article, no unread comment."), this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty, 1);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT articleActivated(item->data(Qt::UserRole).toString());
    });
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT articleActivated(item->data(Qt::UserRole).toString());
    });
    refresh();
}

void NoticesPanel::refresh()
{
    m_list->clear();
    auto notices = CommentRepository(m_db).noticesForActingUser();
    if (notices) {
        for (const AuthorNotice &n : std::as_const(notices.value())) {
            QStringList why;
            if (n.returned)
                why << tr("returned to you");
            if (n.unreadComments > 0)
                why << tr("%n unread comment(s)", nullptr, n.unreadComments);
            auto *item =
                new QListWidgetItem((n.title.isEmpty() ? tr("(untitled)") : n.title) + u'\n' +
                                        QStringLiteral("● ") + why.join(QStringLiteral(", ")),
                                    m_list);
            item->setData(Qt::UserRole, n.articleId);
        }
    }
    m_list->setVisible(m_list->count() > 0);
    m_empty->setVisible(m_list->count() == 0);
    Q_EMIT countChanged(count());
}

int NoticesPanel::count() const
{
    return m_list->count();
}

} // namespace PressDesk
